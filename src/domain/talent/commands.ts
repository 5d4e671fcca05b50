import type { FirmStanding } from '../subsidy/firm-standing';
import type { AwardedPerson } from './events';
import type { GrantTerms } from './tiers';

/**
 * The identity number comes sealed under the person's key (sealIdentityNumber checks it before
 * sealing); the firm's standing comes from its own stream, since deciders read no other.
 */
export type AwardTalentGrant = {
  type: 'AwardTalentGrant';
  talentId: string;
  person: AwardedPerson;
  enterpriseId: string;
  terms: GrantTerms;
  months: number;
  enterprise: FirmStanding;
};
export type PayHousingSubsidy = { type: 'PayHousingSubsidy' };
export type PayMonthlyAllowance = { type: 'PayMonthlyAllowance'; month: number };
export type SuspendTalentGrant = { type: 'SuspendTalentGrant'; reason: string };
export type ResumeTalentGrant = { type: 'ResumeTalentGrant' };
export type EndTalentGrant = { type: 'EndTalentGrant'; reason: string };

export type TalentPaymentCommand = PayHousingSubsidy | PayMonthlyAllowance;

export type TalentCommand = AwardTalentGrant | TalentPaymentCommand | SuspendTalentGrant | ResumeTalentGrant | EndTalentGrant;
