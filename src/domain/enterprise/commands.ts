import type { Fen } from '../money';
import type { Channel, CreditMarkReason } from './events';

export type RegisterEnterprise = {
  type: 'RegisterEnterprise';
  enterpriseId: string;
  name: string;
  creditCode: string;
  legalRepresentative: string;
  industry: string;
  township: string;
  park?: string | null;
  registeredCapitalFen: Fen;
  channel: Channel;
};
export type IssueLicence = { type: 'IssueLicence' };
export type IssueStarterKit = { type: 'IssueStarterKit'; costFen: Fen };
export type AssignConcierge = { type: 'AssignConcierge'; agentId: string };
export type BlacklistEnterprise = { type: 'BlacklistEnterprise'; reason: string; evidence: string };
export type LiftBlacklist = { type: 'LiftBlacklist'; reason: string };
export type DeregisterEnterprise = { type: 'DeregisterEnterprise'; reason: string };
/** Sent right after a task's commitment is breached; sending it again for the same task writes nothing. */
export type MarkCredit = { type: 'MarkCredit'; taskId: string; reason: CreditMarkReason };
/** 信用修复: a manager clears every open mark at once. */
export type RepairCredit = { type: 'RepairCredit'; reason: string };

export type EnterpriseCommand =
  | RegisterEnterprise
  | IssueLicence
  | IssueStarterKit
  | AssignConcierge
  | BlacklistEnterprise
  | LiftBlacklist
  | DeregisterEnterprise
  | MarkCredit
  | RepairCredit;
