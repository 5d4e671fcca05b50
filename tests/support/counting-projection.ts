import type { Projection } from '../../src/projections/projection';

/** Counts each stream's events into one document of collection `name`, and how many events it was handed. */
export function countingProjection(name: string, prefix: string): Projection & { handed: number } {
  const projection = {
    name,
    handed: 0,
    filter: { streamPrefixes: [prefix] },
    collections: { [name]: [] },
    project(event: { streamName: string }) {
      projection.handed += 1;
      return [{ collection: name, id: event.streamName, update: { $inc: { events: 1 } } }];
    },
  };
  return projection;
}
