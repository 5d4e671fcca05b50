import type { OverdueSweep } from '../app/overdue-sweep';
import type { ProgrammeAnnouncer } from './programme-announcer';
import { ANNOUNCE_PROGRAMME, OVERDUE_SWEEP, SEND_REMINDER, type SendReminderData } from './reminder-jobs';
import type { ReminderSender } from './reminder-sender';
import type { JobRunner } from './scheduler';

/** The worker: one handler per job name; a job of a name this version does not know fails and is kept for inspection. */
export function jobRunner(sender: ReminderSender, announcer: ProgrammeAnnouncer, sweep: OverdueSweep): JobRunner {
  return async (job) => {
    switch (job.name) {
      case SEND_REMINDER:
        await sender.send(job.data as unknown as SendReminderData);
        return;
      case ANNOUNCE_PROGRAMME:
        await announcer.announce(job.data as unknown as SendReminderData);
        return;
      case OVERDUE_SWEEP:
        await sweep.runOnce();
        return;
      default:
        throw new Error(`No worker runs jobs named ${job.name}`);
    }
  };
}
