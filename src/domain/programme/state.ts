import { DomainError } from '../domain-error';
import type { Fen } from '../money';
import { emptyMap, entries, lookup, type PersistentMap } from './persistent-map';
import type { ProgrammeTerms } from './terms';

export type ProgrammeStatus = 'none' | 'open' | 'closed';

/** `open` until the approval it was made for is known to be written; an open one found long after is crash debris. */
export type CommitmentStatus = 'open' | 'confirmed' | 'released';

export interface Commitment {
  enterpriseId: string;
  amountFen: Fen;
  committedAt: string;
  status: CommitmentStatus;
  disbursedFen: Fen;
  clawedBackFen: Fen;
}

export interface ProgrammeState {
  status: ProgrammeStatus;
  terms: ProgrammeTerms | null;
  budgetFen: Fen;
  /** Held by open and confirmed commitments, less what was clawed back. */
  committedFen: Fen;
  disbursedFen: Fen;
  clawedBackFen: Fen;
  committedByEnterprise: PersistentMap<Fen>;
  /** By subsidy id. */
  commitments: PersistentMap<Commitment>;
}

export const initialProgrammeState: ProgrammeState = {
  status: 'none',
  terms: null,
  budgetFen: 0,
  committedFen: 0,
  disbursedFen: 0,
  clawedBackFen: 0,
  committedByEnterprise: emptyMap,
  commitments: emptyMap,
};

export const remainingFen = (state: ProgrammeState): Fen => state.budgetFen - state.committedFen;

export const committedForEnterprise = (state: ProgrammeState, enterpriseId: string): Fen => lookup(state.committedByEnterprise, enterpriseId) ?? 0;

export const commitmentFor = (state: ProgrammeState, subsidyId: string): Commitment | undefined => lookup(state.commitments, subsidyId);

export const openCommitments = (state: ProgrammeState): [subsidyId: string, commitment: Commitment][] =>
  entries(state.commitments).filter(([, commitment]) => commitment.status === 'open');

export function assertProgrammeOpen(state: ProgrammeState): void {
  if (state.status === 'closed') throw new DomainError('programme-closed', 'The programme is closed');
}
