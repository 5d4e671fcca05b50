import type { ProgrammePublication } from '../../app/programmes';
import type { Registration } from '../../app/enterprise-registration';
import type { CreditLine, LoanApplication, LoanRequest } from '../../app/loans';
import type { TalentAward, TalentRequest } from '../../app/talent-grants';
import type { TaskRequest } from '../../app/tasks';
import type { Actor } from '../../domain/decider';
import type { EnterpriseCommand, RegisterEnterprise } from '../../domain/enterprise/commands';
import type { Fen } from '../../domain/money';

export type FirmCommand = Exclude<EnterpriseCommand, RegisterEnterprise>;

/** Firms, programmes and applications are named by their place in the plan; the services give them ids as the seed runs. */
export type SeedAction =
  | { kind: 'register'; firm: number; registration: Registration }
  | { kind: 'firm-command'; firm: number; command: FirmCommand }
  | { kind: 'publish-programme'; programme: number; publication: ProgrammePublication }
  | { kind: 'close-programme'; programme: number; reason: string }
  | { kind: 'apply'; application: number; programme: number; firm: number; requestedFen: Fen }
  | { kind: 'request-materials'; application: number; missingItems: readonly string[] }
  | { kind: 'supply-materials'; application: number; items: readonly string[] }
  /** When the programme's ledger refuses the amount (its budget is spent), the manager rejects the application instead. */
  | { kind: 'approve'; application: number; approvedFen: Fen; rejectionIfRefused: string }
  | { kind: 'reject'; application: number; reason: string }
  | { kind: 'disburse'; application: number; amountFen: Fen; paymentReference: string }
  | { kind: 'claw-back'; application: number; amountFen: Fen; reason: string }
  | { kind: 'close-application'; application: number }
  | { kind: 'open-task'; task: number; firm: number; serviceCode: string; keyProject: string | null }
  /** An enterprise user's step names no firm: it acts for the task's. */
  | { kind: 'task-command'; task: number; request: TaskRequest }
  | { kind: 'breach-commitment'; task: number }
  | { kind: 'award-grant'; grant: number; firm: number; award: Omit<TalentAward, 'enterpriseId'> }
  | { kind: 'grant-command'; grant: number; request: TalentRequest }
  /** Credit lines and guaranteed loans are numbered together, as they share a stream type. */
  | { kind: 'grant-credit-line'; loan: number; firm: number; line: Omit<CreditLine, 'enterpriseId'> }
  | { kind: 'apply-for-loan'; loan: number; firm: number; terms: Omit<LoanApplication, 'enterpriseId'> }
  | { kind: 'loan-command'; loan: number; request: LoanRequest };

/** One command of the district's history: what, by whom, and at what instant (ms since the epoch). */
export interface SeedStep {
  at: number;
  actor: Actor;
  action: SeedAction;
  /** The command's idempotency key, the same in every run of the same seed: a second run finds its commands written. */
  key: string;
  /** Steps that share a chain run one after another, in plan order; others may run at the same time. */
  chains: readonly string[];
}

export const firmChain = (firm: number): string => `firm-${firm}`;
export const programmeChain = (programme: number): string => `programme-${programme}`;

/** Rounds to whole seconds, as the history's instants are. */
export const wholeSecond = (instant: number): number => Math.round(instant / 1000) * 1000;
