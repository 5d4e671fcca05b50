import { ESCALATION_ACTOR } from '../../app/overdue-task-escalation';
import { assertCovered } from '../../domain/calendar/working-calendar';
import { workingDaysBetween } from '../../domain/calendar/working-days';
import type { CatalogueService } from '../../domain/catalogue/catalogue-service';
import type { Actor } from '../../domain/decider';
import { DomainError } from '../../domain/domain-error';
import type { RatingLevel } from '../../domain/task/events';
import { isBadRating } from '../../domain/task/feedback';
import { actorOf, DEMO_MANAGER } from '../../app/demo-users';
import type { FirmCommitments } from './firm-commitments';
import { officeInstantBetween } from './office-instants';
import { chance, drawDistinct, intBetween, pick, weightedPick, type Random } from './random';
import type { SeedStep } from './seed-steps';
import { TaskSteps } from './task-steps';
import * as texts from './task-texts';
import { DAY, shanghaiDate } from './working-time';
import { officeInstantOn, SHIPPED_CALENDAR, workingDateAfter, workingDaysAfter } from './working-dates';

/** How often things happen to a task. */
const TASK_RATES = {
  cancelledBeforeAcceptance: 0.03,
  handedOver: 0.05,
  /** Among services done on the spot, none; among the others: */
  materialsRequested: 0.25,
  materialsSupplied: 0.85,
  /** Among services that allow it, while the firm may sign one. */
  commitment: 0.35,
  commitmentBreached: 0.12,
  cancelledInProgress: 0.03,
  late: 0.12,
  rated: 0.85,
  rectificationAnsweredOnTime: 0.85,
  complaint: 0.03,
  complaintAnswered: 0.9,
} as const;

const RATING_LEVELS: readonly (readonly [RatingLevel, number])[] = [[5, 55], [4, 30], [3, 10], [2, 3], [1, 2]];

interface TaskDraft {
  index: number;
  firm: number;
  service: CatalogueService;
  keyProject: string | null;
  openedAt: number;
  /** The first contact (首问负责制), who owns the task until handing it over. */
  opener: Actor;
  /** The firm's own user, who supplies materials, rates and complains. */
  firmUser: Actor;
  /** The agents the owner may hand the task over to. */
  colleagues: readonly Actor[];
  commitments: FirmCommitments;
  /** Stable across runs of the same seed. */
  key: string;
}

export interface PlannedTask {
  index: number;
  firm: number;
  steps: SeedStep[];
}

const manager = actorOf(DEMO_MANAGER);

/**
 * One task's life until `now`: opened by its first contact, accepted, for some handed over; then
 * either a one-time materials request (the clock paused until they come, or cancelled when they
 * never do), or a commitment with the permit at once (its materials supplied by the deadline, or
 * breached), or plain work; completed on time mostly, escalated when overdue, rated by the firm
 * with a bad rating rectified; now and then a complaint, mostly answered. Timing follows the
 * service's own calendar; a history reaching a year it has no calendar for stops there, as the service would.
 */
export function taskHistory(random: Random, draft: TaskDraft, now: number): PlannedTask {
  const history = new TaskSteps(draft);
  try {
    const lastAt = live(random, draft, history);
    complaint(random, draft, history, lastAt);
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'calendar-year-missing')) throw error;
  }
  return { index: draft.index, firm: draft.firm, steps: history.steps.filter((step) => step.at <= now) };
}

/** Adds the task's work and answers the instant of its last step. */
function live(random: Random, draft: TaskDraft, history: TaskSteps): number {
  const { service, firmUser } = draft;
  let owner = draft.opener;
  const openedAt = history.add(draft.openedAt, owner, { kind: 'open-task', task: draft.index, firm: draft.firm, serviceCode: service.id, keyProject: draft.keyProject }, 'open');
  if (chance(random, TASK_RATES.cancelledBeforeAcceptance)) {
    return history.command(workingDaysAfter(random, openedAt, 0, 3), owner, { type: 'CancelTask', reason: pick(random, texts.CANCELLED_BEFORE_ACCEPTANCE) }, 'cancel');
  }
  if (service.onTheSpot) {
    const acceptAt = openedAt + intBetween(random, 5, 30) * 60_000;
    assertCovered(SHIPPED_CALENDAR, shanghaiDate(acceptAt));
    const acceptedAt = history.command(acceptAt, owner, { type: 'AcceptTask' }, 'accept');
    return complete(random, draft, history, owner, acceptedAt + intBetween(random, 15, 90) * 60_000);
  }

  const acceptAt = workingDaysAfter(random, openedAt, 0, 1);
  const acceptedOn = shanghaiDate(acceptAt);
  let dueOn = workingDateAfter(acceptedOn, service.promisedWorkingDays);
  let lastAt = history.command(acceptAt, owner, { type: 'AcceptTask' }, 'accept');
  if (chance(random, TASK_RATES.handedOver)) {
    const successor = pick(random, draft.colleagues);
    lastAt = history.command(workingDaysAfter(random, lastAt, 0, 2), owner, { type: 'HandOverTask', toAgentId: successor.id, reason: pick(random, texts.HANDOVER_REASONS) }, 'handover');
    owner = successor;
  }

  if (service.commitmentAllowed && chance(random, TASK_RATES.commitment)) {
    const signAt = workingDaysAfter(random, lastAt, 0, 1);
    if (draft.commitments.maySign(signAt)) return onCommitment(random, draft, history, owner, signAt);
  }
  if (chance(random, TASK_RATES.materialsRequested)) {
    const missingItems = missingItemsFor(random, service);
    const requestedAt = history.command(workingDaysAfter(random, lastAt, 0, 1), owner, { type: 'RequestMaterials', missingItems }, 'materials-request');
    if (!chance(random, TASK_RATES.materialsSupplied)) {
      return history.command(workingDaysAfter(random, requestedAt, 15, 25), owner, { type: 'CancelTask', reason: texts.MATERIALS_NEVER_SUPPLIED }, 'cancel');
    }
    const receiveAt = workingDaysAfter(random, requestedAt, 1, 8);
    dueOn = workingDateAfter(acceptedOn, service.promisedWorkingDays, [{ from: shanghaiDate(requestedAt), to: shanghaiDate(receiveAt) }]);
    lastAt = history.command(receiveAt, pick(random, [owner, firmUser]), { type: 'ReceiveMaterials' }, 'materials');
  }
  if (chance(random, TASK_RATES.cancelledInProgress)) {
    return history.command(workingDaysAfter(random, lastAt, 1, 5), owner, { type: 'CancelTask', reason: pick(random, texts.CANCELLED_IN_PROGRESS) }, 'cancel');
  }

  const completeAt = chance(random, TASK_RATES.late) ? instantPast(random, lastAt, dueOn, 1, 6) : instantBy(random, lastAt, dueOn);
  if (shanghaiDate(completeAt) > dueOn) escalate(random, history, lastAt, dueOn, completeAt);
  return complete(random, draft, history, owner, completeAt);
}

/** 告知承诺制: the permit at once, so the task completes the same day; the committed materials come by their deadline, or the commitment is breached. */
function onCommitment(random: Random, draft: TaskDraft, history: TaskSteps, owner: Actor, signAt: number): number {
  const materialsDueInWorkingDays = intBetween(random, 5, 15);
  const materialsDueOn = workingDateAfter(shanghaiDate(signAt), materialsDueInWorkingDays);
  const signedAt = history.command(signAt, owner, { type: 'SignCommitment', missingItems: missingItemsFor(random, draft.service), materialsDueInWorkingDays }, 'commitment');
  draft.commitments.signed(signedAt);
  const lastAt = complete(random, draft, history, owner, officeInstantOn(random, shanghaiDate(signedAt), signedAt));
  if (chance(random, TASK_RATES.commitmentBreached)) {
    const breachAt = officeInstantOn(random, workingDateAfter(materialsDueOn, intBetween(random, 1, 3)));
    if (draft.commitments.mayBreach(breachAt)) {
      draft.commitments.breached(breachAt);
      return Math.max(lastAt, history.add(breachAt, manager, { kind: 'breach-commitment', task: draft.index }, 'breach'));
    }
  }
  const fulfilOn = workingDateAfter(shanghaiDate(signedAt), intBetween(random, 1, materialsDueInWorkingDays));
  return Math.max(lastAt, history.command(officeInstantOn(random, fulfilOn, signedAt), pick(random, [owner, draft.firmUser]), { type: 'FulfilCommitment' }, 'fulfilment'));
}

/** 责任追究: the daily sweep on the first working day after the due date finds the task overdue, unless it is done by then. */
function escalate(random: Random, history: TaskSteps, lastAt: number, dueOn: string, completeAt: number): void {
  const sweepAt = officeInstantOn(random, workingDateAfter(dueOn, 1), lastAt);
  if (sweepAt < completeAt) history.command(sweepAt, ESCALATION_ACTOR, { type: 'EscalateOverdueTask' }, 'escalation');
}

function complete(random: Random, draft: TaskDraft, history: TaskSteps, owner: Actor, completeAt: number): number {
  const outcome = `${draft.service.nameZh}已办结，证照及批复文件已送达企业`;
  const completedAt = history.command(completeAt, owner, { type: 'CompleteTask', outcome, costSavedFen: intBetween(random, 4, 60) * 5_000 }, 'completion');
  return rate(random, draft, history, owner, completedAt);
}

/** 好差评: most firms rate; a bad rating is verified, put right and answered, mostly within its 5 working days. */
function rate(random: Random, draft: TaskDraft, history: TaskSteps, owner: Actor, completedAt: number): number {
  if (!chance(random, TASK_RATES.rated)) return completedAt;
  const level = weightedPick(random, RATING_LEVELS);
  const rateAt = workingDaysAfter(random, completedAt, 0, 5);
  const rectificationDueOn = isBadRating(level) ? workingDateAfter(shanghaiDate(rateAt), 5) : undefined;
  const ratedAt = history.command(rateAt, draft.firmUser, { type: 'RateTask', level, comment: texts.ratingComment(random, level) }, 'rating');
  if (rectificationDueOn === undefined) return ratedAt;
  const verifiedAt = history.command(workingDaysAfter(random, ratedAt, 0, 1), manager, { type: 'VerifyRectification', findings: texts.rectificationFindings(random) }, 'verification');
  const carriedOutAt = history.command(workingDaysAfter(random, verifiedAt, 1, 2), owner, { type: 'CarryOutRectification', actions: texts.rectificationActions(random) }, 'rectification');
  const answerAt = chance(random, TASK_RATES.rectificationAnsweredOnTime) ? instantBy(random, carriedOutAt, rectificationDueOn) : instantPast(random, carriedOutAt, rectificationDueOn, 1, 3);
  return history.command(answerAt, manager, { type: 'AnswerRectification', answer: texts.rectificationAnswer(random) }, 'rectification-answer');
}

/** 吐槽找碴: at any time while the task is worked or soon after; answered by a manager a few working days later. */
function complaint(random: Random, draft: TaskDraft, history: TaskSteps, lastAt: number): void {
  if (!chance(random, TASK_RATES.complaint)) return;
  const filedAt = officeInstantBetween(random, draft.openedAt + 60_000, lastAt + 10 * DAY);
  if (filedAt === undefined) return;
  history.command(filedAt, draft.firmUser, { type: 'FileComplaint', text: texts.complaintText(random) }, 'complaint');
  if (!chance(random, TASK_RATES.complaintAnswered)) return;
  history.command(workingDaysAfter(random, filedAt, 1, 3), manager, { type: 'AnswerComplaint', complaintNo: 1, answer: texts.complaintAnswer(random) }, 'complaint-answer');
}

/** An office instant after `after`, on a working date no later than `deadline` when there is one left. */
function instantBy(random: Random, after: number, deadline: string): number {
  const daysLeft = Math.max(0, workingDaysBetween(SHIPPED_CALENDAR, shanghaiDate(after), deadline));
  return officeInstantOn(random, workingDateAfter(shanghaiDate(after), intBetween(random, Math.min(1, daysLeft), daysLeft)), after);
}

/** An office instant `min` to `max` working days past `deadline`, and after `after`. */
function instantPast(random: Random, after: number, deadline: string, min: number, max: number): number {
  const from = shanghaiDate(after) > deadline ? shanghaiDate(after) : deadline;
  return officeInstantOn(random, workingDateAfter(from, intBetween(random, min, max)), after);
}

/** 一次性告知: every missing item at once, one to three of them. */
function missingItemsFor(random: Random, service: CatalogueService): string[] {
  const materials = texts.MISSING_MATERIALS[service.category];
  const items = new Set<string>();
  for (let count = intBetween(random, 1, 3); count > 0; count -= 1) drawDistinct(items, () => pick(random, materials), 'materials');
  return materials.filter((item) => items.has(item));
}
