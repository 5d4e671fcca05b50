import type { Logger } from 'pino';
import type { EventStore, Position, Subscription, SubscriptionBatch } from '../eventstore/event-store';
import type { ReadStore } from '../readstore/read-store';
import { ensureIndexes, readCheckpoint } from './checkpoints';
import type { Projection } from './projection';
import { BatchWrites } from './writes';

export type ProjectionState = 'starting' | 'catching-up' | 'live' | 'failed' | 'stopped';

export interface ProjectionStatus {
  name: string;
  state: ProjectionState;
  position: Position | undefined;
  failure?: { position: Position; type: string; message: string };
}

const live = (name: string): string => name;

/**
 * Keeps every read model up to date: each projection follows the log from its own checkpoint,
 * writing its documents and its checkpoint together. One that throws stops alone.
 */
export class ProjectionRunner {
  private readonly statuses = new Map<string, ProjectionStatus>();
  private readonly subscriptions: Subscription[] = [];

  constructor(
    private readonly events: EventStore,
    private readonly reads: ReadStore,
    private readonly projections: readonly Projection[],
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    for (const projection of this.projections) {
      await ensureIndexes(this.reads, projection, live);
      const position = await readCheckpoint(this.reads, projection.name);
      const status: ProjectionStatus = { name: projection.name, state: 'catching-up', position };
      this.statuses.set(projection.name, status);
      const subscription = this.events.subscribeToAll({ after: position, filter: projection.filter, batchSize: 2000 }, (batch) =>
        this.apply(projection, status, batch),
      );
      subscription.done.catch((error: unknown) => this.fail(status, error));
      this.subscriptions.push(subscription);
    }
  }

  status(): ProjectionStatus[] {
    return [...this.statuses.values()].map((s) => ({ ...s }));
  }

  /** Resolves once every projection has caught up with `position`, or one of them has failed. */
  async caughtUpWith(position: Position | undefined, pollMs = 10): Promise<ProjectionStatus[]> {
    for (;;) {
      const statuses = this.status();
      if (statuses.some((s) => s.state === 'failed')) return statuses;
      if (statuses.every((s) => s.state === 'live' && (position === undefined || (s.position ?? 0) >= position))) return statuses;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.close()));
    for (const status of this.statuses.values()) if (status.state !== 'failed') status.state = 'stopped';
  }

  private async apply(projection: Projection, status: ProjectionStatus, batch: SubscriptionBatch): Promise<void> {
    const writes = new BatchWrites(live, true);
    let applied = status.position;
    for (const event of batch.events) {
      try {
        writes.add(projection, event);
      } catch (error) {
        await this.reads.writeAtomically(await writes.toWrites(this.reads, projection.name, applied));
        status.position = applied;
        status.failure = { position: event.position, type: event.type, message: error instanceof Error ? error.message : String(error) };
        throw error;
      }
      applied = event.position;
    }
    if (batch.position !== status.position) {
      await this.reads.writeAtomically(await writes.toWrites(this.reads, projection.name, batch.position));
      status.position = batch.position;
    }
    if (batch.live) status.state = 'live';
  }

  private fail(status: ProjectionStatus, error: unknown): void {
    status.state = 'failed';
    status.failure ??= { position: status.position ?? 0, type: 'unknown', message: error instanceof Error ? error.message : String(error) };
    this.logger.error({ projection: status.name, position: status.failure.position, eventType: status.failure.type, err: error }, 'projection stopped');
  }
}
