import type { EventFilter } from '../eventstore/event-store';

/**
 * One filter that lets through every event any of `filters` lets through, so one read of the
 * log serves them all; each projection still applies its own filter to what comes back.
 * Filters on both prefixes and types cannot be joined exactly, so they widen to everything.
 */
export function unionFilter(filters: readonly (EventFilter | undefined)[]): EventFilter | undefined {
  const prefixOnly = filters.every((f) => f?.streamPrefixes?.length && !f.eventTypes?.length);
  if (prefixOnly) return { streamPrefixes: [...new Set(filters.flatMap((f) => f!.streamPrefixes!))] };
  const typeOnly = filters.every((f) => f?.eventTypes?.length && !f.streamPrefixes?.length);
  if (typeOnly) return { eventTypes: [...new Set(filters.flatMap((f) => f!.eventTypes!))] };
  return undefined;
}
