import type { Fen } from '../money';
import type { Channel } from './events';

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

export type EnterpriseCommand =
  | RegisterEnterprise
  | IssueLicence
  | IssueStarterKit
  | AssignConcierge
  | BlacklistEnterprise
  | LiftBlacklist
  | DeregisterEnterprise;
