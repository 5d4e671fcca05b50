import pino from 'pino';
import { ManualClock } from '../../src/app/clock';
import { CommandHandler } from '../../src/app/command-handler';
import { EnterpriseRegistration } from '../../src/app/enterprise-registration';
import type { Actor } from '../../src/domain/decider';
import type { EventStore } from '../../src/eventstore/event-store';
import { MemoryEventStore } from '../../src/eventstore/memory/memory-event-store';
import { EmbeddedReadStore } from '../../src/readstore/embedded/embedded-read-store';

export const silentLogger = pino({ level: 'silent' });
export const manager: Actor = { id: 'm-1', role: 'manager' };
export const agent: Actor = { id: 'a-1', role: 'agent' };

/** The core wired on in-memory stores with a clock that stands still. */
export function coreOn(events: EventStore = new MemoryEventStore()) {
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');
  const reads = EmbeddedReadStore.open(':memory:');
  const commands = new CommandHandler(events, clock);
  return { events, reads, clock, commands, registration: new EnterpriseRegistration(events, commands, clock) };
}
