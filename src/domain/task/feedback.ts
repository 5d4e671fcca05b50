import { addWorkingDays } from '../calendar/working-days';
import type { CommandContext } from '../decider';
import { DomainError } from '../domain-error';
import { shanghaiDate } from '../programme/calendar-date';
import type { FeedbackCommand, RateTask } from './commands';
import type { RatingLevel, TaskEvent } from './events';
import { RECTIFICATION_STEPS, type RectificationStep, type TaskState } from './state';

const RECTIFICATION_WORKING_DAYS = 5;

const isRatingLevel = (level: number): level is RatingLevel => [1, 2, 3, 4, 5].includes(level);

/** 不满意 and 非常不满意 are bad ratings: each opens a rectification. */
export const isBadRating = (level: RatingLevel): boolean => level <= 2;

/** 好差评 and 吐槽找碴: the firm's say on its task, and the district's answers. */
export function decideFeedback(command: FeedbackCommand, state: TaskState, { now, actor }: CommandContext): TaskEvent[] {
  switch (command.type) {
    case 'RateTask':
      return rate(command, state, now, actor.id);
    case 'VerifyRectification':
      assertNextStep(state, 'verified');
      return [{ type: 'RectificationVerified', data: { findings: command.findings, verifiedAt: now } }];
    case 'CarryOutRectification':
      assertNextStep(state, 'carried-out');
      return [{ type: 'RectificationCarriedOut', data: { actions: command.actions, carriedOutAt: now } }];
    case 'AnswerRectification':
      assertNextStep(state, 'answered');
      return [{ type: 'RectificationAnswered', data: { answer: command.answer, onTime: shanghaiDate(now) <= state.rectificationDueOn!, answeredAt: now } }];
    case 'FileComplaint':
      return [{ type: 'ComplaintFiled', data: { complaintNo: state.complaintsAnswered.length + 1, text: command.text, filedBy: actor.id, filedAt: now } }];
    case 'AnswerComplaint': {
      const { complaintNo, answer } = command;
      const answered = state.complaintsAnswered[complaintNo - 1];
      if (answered === undefined) throw new DomainError('complaint-not-found', `There is no complaint ${complaintNo} on this task`, { field: 'complaintNo' });
      if (answered) throw new DomainError('complaint-already-answered', `Complaint ${complaintNo} is already answered`, { field: 'complaintNo' });
      return [{ type: 'ComplaintAnswered', data: { complaintNo, answer, answeredBy: actor.id, answeredAt: now } }];
    }
  }
}

function rate({ level, comment, calendar }: RateTask, state: TaskState, now: string, ratedBy: string): TaskEvent[] {
  if (state.status !== 'completed') throw new DomainError('task-not-completed', 'A task is rated once it is completed');
  if (state.rated) throw new DomainError('task-already-rated', 'The firm rates a task once');
  if (!isRatingLevel(level)) throw new DomainError('invalid-rating', 'A rating is a whole number from 1 (非常不满意) to 5 (非常满意)', { field: 'level' });
  const rated: TaskEvent = { type: 'TaskRated', data: { level, comment, ratedBy, ratedAt: now } };
  if (!isBadRating(level)) return [rated];
  const dueOn = addWorkingDays(calendar, shanghaiDate(now), RECTIFICATION_WORKING_DAYS);
  return [rated, { type: 'RectificationOpened', data: { dueOn, openedAt: now } }];
}

/** Verified, then carried out, then answered: each step once, in that order. */
function assertNextStep(state: TaskState, step: RectificationStep): void {
  if (state.rectification === 'none') throw new DomainError('no-rectification', 'No bad rating has opened a rectification');
  const done = RECTIFICATION_STEPS.indexOf(state.rectification);
  const next = RECTIFICATION_STEPS.indexOf(step);
  if (done >= next) throw new DomainError('rectification-step-done', `The rectification is already ${step}`);
  if (done < next - 1) throw new DomainError('rectification-step-out-of-order', `The rectification is first ${RECTIFICATION_STEPS[next - 1]}`);
}
