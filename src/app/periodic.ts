import type { Logger } from 'pino';

/**
 * Runs `work` every `intervalMs` until stopped; a run still going when the next is due is not
 * doubled, and a run that fails is logged and tried again at the next interval.
 */
export class Periodic {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly name: string,
    private readonly work: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.running ??= this.work()
        .catch((error: unknown) => this.logger.error({ err: error, job: this.name }, `${this.name} failed`))
        .finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
