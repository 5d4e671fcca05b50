import type { CatalogueService } from '../catalogue/catalogue-service';
import type { DomainEvent } from '../decider';
import type { Fen } from '../money';

/** 好差评: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. */
export type RatingLevel = 1 | 2 | 3 | 4 | 5;

/**
 * The service as the catalogue described it that day: what was promised to this firm stays
 * promised whatever the catalogue says later. `agentId` is the first contact, who owns the task.
 */
export type TaskOpened = DomainEvent<
  'TaskOpened',
  { taskId: string; enterpriseId: string; service: CatalogueService; agentId: string; keyProject: string | null; openedAt: string }
>;
export type TaskAccepted = DomainEvent<'TaskAccepted', { acceptedAt: string; dueOn: string }>;
/** 一次性告知: every missing item at once. The task's clock stands still until they arrive. */
export type TaskMaterialsRequested = DomainEvent<'TaskMaterialsRequested', { missingItems: string[]; requestedAt: string }>;
/** The clock runs again; the due date moves by the working days it stood still, unless it had passed before the clock stopped. */
export type TaskMaterialsReceived = DomainEvent<'TaskMaterialsReceived', { receivedAt: string; pausedWorkingDays: number; dueOn: string }>;
/** 告知承诺制 / 容缺办理: the firm signs for the missing materials, due by `materialsDueOn`. */
export type CommitmentSigned = DomainEvent<'CommitmentSigned', { missingItems: string[]; materialsDueOn: string; signedAt: string }>;
/** Issued at once on the signed commitment. */
export type PermitIssued = DomainEvent<'PermitIssued', { issuedAt: string }>;
export type CommitmentFulfilled = DomainEvent<'CommitmentFulfilled', { fulfilledAt: string }>;
/** The missing materials did not arrive in time: the firm's credit is to be marked on its own stream. */
export type CommitmentBreached = DomainEvent<
  'CommitmentBreached',
  { enterpriseId: string; missingItems: string[]; materialsDueOn: string; breachedAt: string }
>;
export type PermitRevoked = DomainEvent<'PermitRevoked', { reason: 'commitment-breached'; revokedAt: string }>;
/** `workingDaysTaken` counts from acceptance, the days waiting on the firm left out. */
export type TaskCompleted = DomainEvent<
  'TaskCompleted',
  { outcome: string; costSavedFen: Fen; workingDaysTaken: number; onTime: boolean; completedAt: string }
>;
export type TaskCancelled = DomainEvent<'TaskCancelled', { reason: string; cancelledAt: string }>;
export type TaskHandedOver = DomainEvent<'TaskHandedOver', { fromAgentId: string; toAgentId: string; reason: string; handedOverAt: string }>;
/** 责任追究: the task ran past its due date while `agentId` owned it; managers answer for it. */
export type TaskEscalated = DomainEvent<'TaskEscalated', { dueOn: string; agentId: string; escalatedAt: string }>;
export type TaskRated = DomainEvent<'TaskRated', { level: RatingLevel; comment: string; ratedBy: string; ratedAt: string }>;
/** A bad rating is verified, rectified and answered to the firm by `dueOn`. */
export type RectificationOpened = DomainEvent<'RectificationOpened', { dueOn: string; openedAt: string }>;
export type RectificationVerified = DomainEvent<'RectificationVerified', { findings: string; verifiedAt: string }>;
export type RectificationCarriedOut = DomainEvent<'RectificationCarriedOut', { actions: string; carriedOutAt: string }>;
export type RectificationAnswered = DomainEvent<'RectificationAnswered', { answer: string; onTime: boolean; answeredAt: string }>;
/** 吐槽找碴: complaints are numbered from 1 within their task. */
export type ComplaintFiled = DomainEvent<'ComplaintFiled', { complaintNo: number; text: string; filedBy: string; filedAt: string }>;
export type ComplaintAnswered = DomainEvent<'ComplaintAnswered', { complaintNo: number; answer: string; answeredBy: string; answeredAt: string }>;

export type TaskEvent =
  | TaskOpened
  | TaskAccepted
  | TaskMaterialsRequested
  | TaskMaterialsReceived
  | CommitmentSigned
  | PermitIssued
  | CommitmentFulfilled
  | CommitmentBreached
  | PermitRevoked
  | TaskCompleted
  | TaskCancelled
  | TaskHandedOver
  | TaskEscalated
  | TaskRated
  | RectificationOpened
  | RectificationVerified
  | RectificationCarriedOut
  | RectificationAnswered
  | ComplaintFiled
  | ComplaintAnswered;

export type TaskEventType = TaskEvent['type'];

export const TASK_EVENT_TYPES: readonly TaskEventType[] = [
  'TaskOpened',
  'TaskAccepted',
  'TaskMaterialsRequested',
  'TaskMaterialsReceived',
  'CommitmentSigned',
  'PermitIssued',
  'CommitmentFulfilled',
  'CommitmentBreached',
  'PermitRevoked',
  'TaskCompleted',
  'TaskCancelled',
  'TaskHandedOver',
  'TaskEscalated',
  'TaskRated',
  'RectificationOpened',
  'RectificationVerified',
  'RectificationCarriedOut',
  'RectificationAnswered',
  'ComplaintFiled',
  'ComplaintAnswered',
];
