import { reminderBehaviour } from './reminders.behaviour';

describe('reminders on the local scheduler', () => {
  reminderBehaviour(() => ({}));
});
