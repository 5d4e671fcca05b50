import type { DomainEvent } from '../decider';
import type { Fen } from '../money';

export type Channel = 'online' | 'window';

export type EnterpriseRegistered = DomainEvent<
  'EnterpriseRegistered',
  {
    enterpriseId: string;
    name: string;
    creditCode: string;
    legalRepresentative: string;
    industry: string;
    township: string;
    park: string | null;
    registeredCapitalFen: Fen;
    channel: Channel;
    registeredAt: string;
  }
>;
/** The business licence carries the credit code; the lead time from registration is kept for the 1.5-working-day target. */
export type LicenceIssued = DomainEvent<'LicenceIssued', { issuedAt: string; leadTimeMinutes: number }>;
export type StarterKitIssued = DomainEvent<
  'StarterKitIssued',
  { licences: 1; policyPacks: 1; seals: 3; costFen: Fen; issuedAt: string }
>;
export type ConciergeAssigned = DomainEvent<'ConciergeAssigned', { agentId: string; previousAgentId: string | null; assignedAt: string }>;
export type EnterpriseBlacklisted = DomainEvent<'EnterpriseBlacklisted', { reason: string; evidence: string; blacklistedAt: string }>;
export type BlacklistLifted = DomainEvent<'BlacklistLifted', { reason: string; liftedAt: string }>;
export type EnterpriseDeregistered = DomainEvent<'EnterpriseDeregistered', { reason: string; deregisteredAt: string }>;
export type CreditMarkReason = 'commitment-breached';
/** The firm broke its word on task `taskId` (告知承诺制): commitment handling is refused to it until its credit is repaired. */
export type CreditMarked = DomainEvent<'CreditMarked', { taskId: string; reason: CreditMarkReason; markedAt: string }>;
/** 信用修复: the marks of the tasks named are cleared. */
export type CreditRepaired = DomainEvent<'CreditRepaired', { taskIds: string[]; reason: string; repairedAt: string }>;

export type EnterpriseEvent =
  | EnterpriseRegistered
  | LicenceIssued
  | StarterKitIssued
  | ConciergeAssigned
  | EnterpriseBlacklisted
  | BlacklistLifted
  | EnterpriseDeregistered
  | CreditMarked
  | CreditRepaired;

export type EnterpriseEventType = EnterpriseEvent['type'];

export const ENTERPRISE_EVENT_TYPES: readonly EnterpriseEventType[] = [
  'EnterpriseRegistered',
  'LicenceIssued',
  'StarterKitIssued',
  'ConciergeAssigned',
  'EnterpriseBlacklisted',
  'BlacklistLifted',
  'EnterpriseDeregistered',
  'CreditMarked',
  'CreditRepaired',
];
