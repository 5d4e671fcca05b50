import { LogFollower } from '../../src/app/log-follower';
import { REMINDER_EVENT_TYPES } from '../../src/domain/reminder/events';
import type { EventStore, RecordedEvent } from '../../src/eventstore/event-store';
import { AUTH_SECRET, startHarness, type Harness } from './http-harness';
import { RunningClock } from './running-clock';

/** Monday 2 March 2026, 10:00 in Shanghai, as the HTTP harness starts. */
export const TEST_DAY = '2026-03-02T02:00:00.000Z';

/** The HTTP harness on a clock that runs, with the reminders started on the scheduler `env` picks (REDIS_URL or the local one). */
export async function startRemindersHarness(env: NodeJS.ProcessEnv = {}): Promise<Harness & { clock: RunningClock }> {
  const clock = new RunningClock(TEST_DAY);
  const harness = await startHarness({ AUTH_SECRET, ...env }, clock);
  await harness.app.reminders.start();
  return { ...harness, clock };
}

/** Every reminder event in the log, oldest first. */
export async function reminderEvents(events: EventStore): Promise<RecordedEvent[]> {
  const found: RecordedEvent[] = [];
  await new LogFollower(events, { eventTypes: REMINDER_EVENT_TYPES }, (event) => found.push(event)).catchUp();
  return found;
}

export const sentKeys = async (events: EventStore): Promise<string[]> =>
  (await reminderEvents(events)).filter((event) => event.type === 'ReminderSent').map((event) => String(event.data['key']));
