import type { ReminderEvent } from '../domain/reminder/events';
import { REMINDER_STREAM_PREFIX } from '../domain/reminder/reminder';
import type { Projection } from './projection';

export const REMINDERS = 'reminders';

/** The in-app inbox: every reminder sent, under its key, with the channels it has been delivered on since. */
export const reminderInboxProjection: Projection = {
  name: 'reminder-inbox',
  filter: { streamPrefixes: [REMINDER_STREAM_PREFIX] },
  collections: { [REMINDERS]: [{ keys: { recipients: 1 } }, { keys: { sentAt: 1 } }] },
  project(recorded) {
    const event = { type: recorded.type, data: recorded.data } as ReminderEvent;
    const id = recorded.streamName.slice(REMINDER_STREAM_PREFIX.length);
    switch (event.type) {
      case 'ReminderSent':
        return [{ collection: REMINDERS, id, update: { $set: { ...event.data, deliveredOn: [] } } }];
      case 'ReminderDelivered':
        return [{ collection: REMINDERS, id, update: { $addToSet: { deliveredOn: event.data.channel } } }];
      default:
        return [];
    }
  },
};
