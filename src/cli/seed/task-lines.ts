import { list } from './summary-format';
import type { TaskSummary } from './task-tally';

/** The tasks' part of the seed's summary, as readable lines. */
export function describeTasks(tasks: TaskSummary): string[] {
  const completed = tasks.tasksByState.completed;
  const rated = Object.values(tasks.ratingsByLevel).reduce((sum, count) => sum + count, 0);
  return [
    `tasks:      ${tasks.tasks.toLocaleString('en-US')} (${list(tasks.tasksByState)}); ${tasks.completedOnTime} completed on time, ${tasks.escalations} escalated`,
    `            commitments ${tasks.commitmentsSigned} signed, ${tasks.commitmentsBreached} breached`,
    `ratings:    ${rated} of ${completed} completed (${list(tasks.ratingsByLevel)}), ${tasks.rectificationsAnswered} rectifications answered; complaints ${tasks.complaintsFiled} filed, ${tasks.complaintsAnswered} answered`,
  ];
}
