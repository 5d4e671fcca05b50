import { newId } from '../../src/app/ids';
import { describeWithService, redis, REDIS_URL } from '../support/needs-service';
import { reminderBehaviour } from './reminders.behaviour';

describeWithService('reminders on BullMQ', redis, () => {
  reminderBehaviour(() => ({ REDIS_URL, REDIS_PREFIX: `test-reminders-${newId()}` }));
});
