import type { Decider } from '../decider';
import { DomainError } from '../domain-error';
import type { DeliveryChannel, ReminderEvent, ReminderSent } from './events';

export type ReminderCommand = { type: 'SendReminder'; reminder: Omit<ReminderSent['data'], 'sentAt'> } | { type: 'RecordDelivery'; channel: DeliveryChannel };

export interface ReminderState {
  sent: ReminderSent['data'] | null;
  deliveredOn: readonly DeliveryChannel[];
}

/** A reminder is sent once, whoever asks again; each channel delivers it once. */
export const reminderDecider: Decider<ReminderCommand, ReminderEvent, ReminderState> = {
  initialState: { sent: null, deliveredOn: [] },
  decide(command, state, { now }) {
    switch (command.type) {
      case 'SendReminder':
        return state.sent ? [] : [{ type: 'ReminderSent', data: { ...command.reminder, sentAt: now } }];
      case 'RecordDelivery':
        if (!state.sent) throw new DomainError('reminder-not-sent', 'A reminder is delivered only once it is sent');
        return state.deliveredOn.includes(command.channel) ? [] : [{ type: 'ReminderDelivered', data: { channel: command.channel, deliveredAt: now } }];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ReminderSent':
        return { ...state, sent: event.data };
      case 'ReminderDelivered':
        return { ...state, deliveredOn: [...state.deliveredOn, event.data.channel] };
      default:
        return state;
    }
  },
};
