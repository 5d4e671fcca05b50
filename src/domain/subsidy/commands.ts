import type { Fen } from '../money';
import type { FirmProfile } from '../programme/eligibility';
import type { ProgrammeState } from '../programme/state';
import type { FirmStanding } from './firm-standing';

/** What the programme's stream says now, passed by the caller as the firm's standing is. */
export type ProgrammeFacts = Pick<ProgrammeState, 'status' | 'terms'>;

export type ApplyForSubsidy = {
  type: 'ApplyForSubsidy';
  subsidyId: string;
  programmeId: string;
  enterpriseId: string;
  requestedFen: Fen;
  programme: ProgrammeFacts;
  enterprise: FirmStanding & FirmProfile;
};
export type RequestMaterials = { type: 'RequestMaterials'; missingItems: readonly string[] };
export type SupplyMaterials = { type: 'SupplyMaterials'; items: readonly string[] };
/** Budget and cap are held on the programme's ledger (CommitFunds) before this is written. */
export type ApproveSubsidy = { type: 'ApproveSubsidy'; approvedFen: Fen; enterprise: FirmStanding };
export type RejectSubsidy = { type: 'RejectSubsidy'; reason: string };
export type DisburseSubsidy = { type: 'DisburseSubsidy'; amountFen: Fen; paymentReference: string; enterprise: FirmStanding };
/**
 * A manager's act, not finance's: recovering money revokes part of an approved entitlement, a
 * decision of the same kind as approval, and managers are the auditors who find its grounds.
 */
export type ClawBackSubsidy = { type: 'ClawBackSubsidy'; amountFen: Fen; reason: string };
export type CloseSubsidy = { type: 'CloseSubsidy' };

export type SubsidyCommand =
  | ApplyForSubsidy
  | RequestMaterials
  | SupplyMaterials
  | ApproveSubsidy
  | RejectSubsidy
  | DisburseSubsidy
  | ClawBackSubsidy
  | CloseSubsidy;
