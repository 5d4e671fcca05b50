import type { Logger } from 'pino';
import { matchesFilter, type EventStore, type Position, type Subscription, type SubscriptionBatch } from '../eventstore/event-store';
import type { CollectionWrites, ReadStore } from '../readstore/read-store';
import { ensureIndexes, readCheckpoint } from './checkpoints';
import type { Projection } from './projection';
import { unionFilter } from './union-filter';
import { BatchWrites } from './writes';

export type ProjectionState = 'starting' | 'catching-up' | 'live' | 'failed' | 'stopped';

export interface ProjectionStatus {
  name: string;
  state: ProjectionState;
  position: Position | undefined;
  failure?: { position: Position; type: string; message: string };
}

type Failure = NonNullable<ProjectionStatus['failure']>;

/** One projection's share of a batch: its writes, how far they take it, and the event that broke it, if one did. */
interface Share {
  projection: Projection;
  status: ProjectionStatus;
  writes: CollectionWrites[];
  reached: Position | undefined;
  failure?: Failure;
  error?: unknown;
}

const live = (name: string): string => name;

/**
 * Keeps every read model up to date. The log is read once for all projections; each keeps its
 * own checkpoint, written in the same transaction as its documents. One that throws stops alone.
 */
export class ProjectionRunner {
  private readonly statuses = new Map<string, ProjectionStatus>();
  private subscription: Subscription | undefined;

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
      this.statuses.set(projection.name, { name: projection.name, state: 'catching-up', position });
    }
    if (this.projections.length === 0) return;
    const positions = [...this.statuses.values()].map((s) => s.position);
    const after = positions.includes(undefined) ? undefined : Math.min(...(positions as Position[]));
    const filter = unionFilter(this.projections.map((p) => p.filter));
    this.subscription = this.events.subscribeToAll({ after, filter, batchSize: 5000 }, (batch) => this.apply(batch));
    this.subscription.done.catch((error: unknown) => {
      for (const status of this.statuses.values()) if (status.state !== 'failed' && status.state !== 'stopped') this.fail(status, error);
    });
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
    await this.subscription?.close();
    for (const status of this.statuses.values()) if (status.state !== 'failed') status.state = 'stopped';
  }

  private async apply(batch: SubscriptionBatch): Promise<void> {
    const shares: Share[] = [];
    for (const projection of this.projections) {
      const status = this.statuses.get(projection.name)!;
      if (status.state !== 'failed' && (status.position ?? 0) < (batch.position ?? 0)) shares.push(await this.share(projection, status, batch));
    }
    await this.write(shares);
    for (const share of shares) {
      if (share.failure) {
        share.status.failure = share.failure;
        this.fail(share.status, share.error);
      } else {
        share.status.position = share.reached;
      }
    }
    if (batch.live) for (const status of this.statuses.values()) if (status.state === 'catching-up') status.state = 'live';
  }

  private async share(projection: Projection, status: ProjectionStatus, batch: SubscriptionBatch): Promise<Share> {
    const pending = new BatchWrites(live, true, this.reads);
    let applied = status.position;
    for (const event of batch.events) {
      if (event.position <= (status.position ?? 0) || !matchesFilter(event, projection.filter)) continue;
      try {
        const looking = pending.add(projection, event);
        if (looking) await looking; // only projections that look documents up are asynchronous
      } catch (error) {
        const failure = { position: event.position, type: event.type, message: error instanceof Error ? error.message : String(error) };
        const writes = await pending.toWrites(this.reads, projection.name, applied);
        return { projection, status, writes, reached: applied, failure, error };
      }
      applied = event.position;
    }
    return { projection, status, writes: await pending.toWrites(this.reads, projection.name, batch.position), reached: batch.position };
  }

  /** Every share in one transaction; should that fail, each alone, so a write only one projection makes fails only that one. */
  private async write(shares: Share[]): Promise<void> {
    try {
      await this.reads.writeAtomically(shares.flatMap((share) => share.writes));
      return;
    } catch (error) {
      if (shares.length === 1) return this.refuse(shares[0]!, error);
    }
    for (const share of shares) {
      try {
        await this.reads.writeAtomically(share.writes);
      } catch (error) {
        this.refuse(share, error);
      }
    }
  }

  private refuse(share: Share, error: unknown): void {
    share.failure = { position: share.status.position ?? 0, type: 'write', message: error instanceof Error ? error.message : String(error) };
    share.error = error;
  }

  private fail(status: ProjectionStatus, error: unknown): void {
    status.state = 'failed';
    status.failure ??= { position: status.position ?? 0, type: 'unknown', message: error instanceof Error ? error.message : String(error) };
    this.logger.error({ projection: status.name, position: status.failure.position, eventType: status.failure.type, err: error }, 'projection stopped');
  }
}
