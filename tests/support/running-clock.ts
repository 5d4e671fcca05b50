import { ManualClock } from '../../src/app/clock';

/**
 * A clock that runs at real speed from an instant the test sets: for the schedulers, whose
 * delays and retries take real time, while the dates stay on the test calendar.
 */
export class RunningClock extends ManualClock {
  private base: number;
  private startedAt = Date.now();

  constructor(instant: string) {
    super(instant);
    this.base = Date.parse(instant);
  }

  override now(): string {
    return new Date(this.base + (Date.now() - this.startedAt)).toISOString();
  }

  override set(instant: string): void {
    this.base = Date.parse(instant);
    this.startedAt = Date.now();
  }

  override advance(milliseconds: number): void {
    this.base += milliseconds;
  }
}
