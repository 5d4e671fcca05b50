import type { DomainEvent } from '../decider';
import type { Fen } from '../money';

export type SubsidyApplied = DomainEvent<
  'SubsidyApplied',
  { subsidyId: string; programmeId: string; enterpriseId: string; requestedFen: Fen; appliedAt: string }
>;
/** 一次性告知: every missing item listed at once. */
export type MaterialsRequested = DomainEvent<'MaterialsRequested', { missingItems: string[]; requestedAt: string }>;
export type MaterialsSupplied = DomainEvent<'MaterialsSupplied', { items: string[]; suppliedAt: string }>;
export type SubsidyApproved = DomainEvent<'SubsidyApproved', { approvedFen: Fen; approverId: string; approvedAt: string }>;
export type SubsidyRejected = DomainEvent<'SubsidyRejected', { reason: string; rejectedAt: string }>;
export type SubsidyDisbursed = DomainEvent<
  'SubsidyDisbursed',
  { amountFen: Fen; paymentReference: string; disbursedBy: string; disbursedAt: string }
>;
export type SubsidyClawedBack = DomainEvent<'SubsidyClawedBack', { amountFen: Fen; reason: string; clawedBackAt: string }>;
export type SubsidyClosed = DomainEvent<'SubsidyClosed', { closedAt: string }>;

export type SubsidyEvent =
  | SubsidyApplied
  | MaterialsRequested
  | MaterialsSupplied
  | SubsidyApproved
  | SubsidyRejected
  | SubsidyDisbursed
  | SubsidyClawedBack
  | SubsidyClosed;

export type SubsidyEventType = SubsidyEvent['type'];

export const SUBSIDY_EVENT_TYPES: readonly SubsidyEventType[] = [
  'SubsidyApplied',
  'MaterialsRequested',
  'MaterialsSupplied',
  'SubsidyApproved',
  'SubsidyRejected',
  'SubsidyDisbursed',
  'SubsidyClawedBack',
  'SubsidyClosed',
];
