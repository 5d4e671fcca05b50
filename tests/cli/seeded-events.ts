import { seedDistrict, seededRandom } from '../../src/cli/seed';
import type { EventStore, RecordedEvent } from '../../src/eventstore/event-store';
import { MemoryPersonalDataKeys } from '../../src/app/personal-data/memory-personal-data-keys';
import { coreOn } from '../support/test-app';

/** Every event in the store, in log order. */
export async function everything(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (let after: number | undefined; ; ) {
    const page = await store.readAll({ after, maxCount: 2000 });
    events.push(...page.events);
    after = page.scannedTo;
    if (page.isEnd) return events;
  }
}

/** The events of each stream whose name starts with `prefix`, in revision order, by stream name. */
export function streamsOf(events: readonly RecordedEvent[], prefix: string): Map<string, RecordedEvent[]> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    if (event.streamName.startsWith(prefix)) streams.set(event.streamName, [...(streams.get(event.streamName) ?? []), event]);
  }
  for (const history of streams.values()) history.sort((a, b) => a.revision - b.revision);
  return streams;
}

/** A stream's history folded as its decider does. */
export const fold = <E extends { type: string; data: object }, S>(decider: { initialState: S; evolve: (state: S, event: E) => S }, history: readonly RecordedEvent[]): S =>
  history.reduce((state, event) => decider.evolve(state, { type: event.type, data: event.data } as unknown as E), decider.initialState);

export const SEED_NOW = '2026-03-02T02:00:00.000Z';

/** A district of `firms` seeded into memory at SEED_NOW, with its summary and every event written. */
export async function seeded(seed: number, firms: number, concurrency?: number) {
  const core = seedCore();
  const summary = await seedDistrict(core, { firms, random: seededRandom(seed), now: SEED_NOW, concurrency });
  return { core, summary, events: await everything(core.events) };
}

/** The test app's core with the personal data keys the seed's grants seal identity numbers under. */
export const seedCore = (events?: EventStore) => ({ ...coreOn(events), personalDataKeys: new MemoryPersonalDataKeys() });
