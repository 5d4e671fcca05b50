import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppendResult, EventStore, ExpectedRevision, NewEvent } from '../eventstore/event-store';
import type { ProjectionRunner } from '../projections/runner';

/** The Prometheus figures Concierge exposes at /metrics. */
export class Metrics {
  readonly registry = new Registry();
  readonly requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly eventsAppended = new Counter({ name: 'events_appended_total', help: 'Events appended to the event store', registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Lag of each projection behind the head of the log, read when Prometheus scrapes. */
  watchProjections(events: EventStore, runner: ProjectionRunner): void {
    new Gauge({
      name: 'projection_lag_events',
      help: 'Positions between the head of the log and what each projection has applied',
      labelNames: ['projection', 'state'] as const,
      registers: [this.registry],
      async collect() {
        const head = (await events.headPosition()) ?? 0;
        this.reset();
        for (const status of runner.status()) this.set({ projection: status.name, state: status.state }, Math.max(0, head - (status.position ?? 0)));
      },
    });
  }

  /** The same store, counting what it appends. */
  counting(store: EventStore): EventStore {
    const counter = this.eventsAppended;
    return new Proxy(store, {
      get(target, property, receiver) {
        if (property !== 'appendToStream') return Reflect.get(target, property, receiver) as unknown;
        return async (stream: string, events: readonly NewEvent[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult> => {
          const result = await target.appendToStream(stream, events, options);
          counter.inc(events.length);
          return result;
        };
      },
    });
  }
}
