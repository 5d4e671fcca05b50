import type { DomainEvent } from '../decider';
import type { Fen } from '../money';
import type { SealedPersonalData } from '../sealed-personal-data';
import type { TalentTier } from './tiers';

/** The identity number travels sealed under the person's key: erasing the key erases it from every event. */
export interface AwardedPerson {
  personId: string;
  name: string;
  identityNumber: SealedPersonalData;
}

/** Allowance months count from `startsOn`, the Asia/Shanghai date of the award. */
export type TalentGrantAwarded = DomainEvent<
  'TalentGrantAwarded',
  {
    talentId: string;
    person: AwardedPerson;
    enterpriseId: string;
    tier: TalentTier;
    housingSubsidyFen: Fen;
    monthlyAllowanceFen: Fen;
    months: number;
    startsOn: string;
    awardedBy: string;
    awardedAt: string;
  }
>;
export type HousingSubsidyPaid = DomainEvent<'HousingSubsidyPaid', { amountFen: Fen; paidBy: string; paidAt: string }>;
export type MonthlyAllowancePaid = DomainEvent<'MonthlyAllowancePaid', { month: number; dueOn: string; amountFen: Fen; paidBy: string; paidAt: string }>;
/** The person left the firm or the district: nothing is paid, and no month falls due, until the grant resumes. */
export type TalentGrantSuspended = DomainEvent<'TalentGrantSuspended', { reason: string; suspendedAt: string }>;
export type TalentGrantResumed = DomainEvent<'TalentGrantResumed', { resumedAt: string }>;
/** Nothing more is paid: what is unpaid when a grant ends is no longer owed. */
export type TalentGrantEnded = DomainEvent<'TalentGrantEnded', { reason: string; endedAt: string }>;

export type TalentEvent =
  | TalentGrantAwarded
  | HousingSubsidyPaid
  | MonthlyAllowancePaid
  | TalentGrantSuspended
  | TalentGrantResumed
  | TalentGrantEnded;

export type TalentEventType = TalentEvent['type'];

export const TALENT_EVENT_TYPES: readonly TalentEventType[] = [
  'TalentGrantAwarded',
  'HousingSubsidyPaid',
  'MonthlyAllowancePaid',
  'TalentGrantSuspended',
  'TalentGrantResumed',
  'TalentGrantEnded',
];
