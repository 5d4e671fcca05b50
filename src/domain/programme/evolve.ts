import type { Fen } from '../money';
import type { ProgrammeEvent } from './events';
import { withEntry } from './persistent-map';
import { commitmentFor, committedForEnterprise, type Commitment, type ProgrammeState } from './state';

export function evolveProgramme(state: ProgrammeState, event: ProgrammeEvent): ProgrammeState {
  switch (event.type) {
    case 'ProgrammePublished': {
      const { programmeId: _id, budgetFen, publishedAt: _at, ...terms } = event.data;
      return { ...state, status: 'open', terms, budgetFen };
    }
    case 'ProgrammeBudgetAdjusted':
      return { ...state, budgetFen: event.data.budgetFen };
    case 'ProgrammeClosed':
      return { ...state, status: 'closed' };
    case 'FundsCommitted': {
      const { subsidyId, enterpriseId, amountFen, committedAt } = event.data;
      const commitment: Commitment = { enterpriseId, amountFen, committedAt, status: 'open', disbursedFen: 0, clawedBackFen: 0 };
      return { ...hold(state, enterpriseId, amountFen), commitments: withEntry(state.commitments, subsidyId, commitment) };
    }
    case 'CommitmentConfirmed':
      return withCommitment(state, event.data.subsidyId, { status: 'confirmed' });
    case 'CommitmentReleased':
      return withCommitment(hold(state, event.data.enterpriseId, -event.data.amountFen), event.data.subsidyId, { status: 'released' });
    case 'FundsDisbursed':
      return withCommitment({ ...state, disbursedFen: state.disbursedFen + event.data.amountFen }, event.data.subsidyId, {
        disbursedFen: event.data.disbursedTotalFen,
      });
    case 'FundsClawedBack': {
      const { subsidyId, enterpriseId, amountFen, clawedBackTotalFen } = event.data;
      const returned = hold(state, enterpriseId, -amountFen);
      return withCommitment({ ...returned, clawedBackFen: state.clawedBackFen + amountFen }, subsidyId, { clawedBackFen: clawedBackTotalFen });
    }
    default:
      return state; // an event this version does not know changes nothing it decides on
  }
}

/** Moves an amount into (or, negative, out of) what the programme and the firm have committed. */
function hold(state: ProgrammeState, enterpriseId: string, amountFen: Fen): ProgrammeState {
  const firmFen = committedForEnterprise(state, enterpriseId) + amountFen;
  return { ...state, committedFen: state.committedFen + amountFen, committedByEnterprise: withEntry(state.committedByEnterprise, enterpriseId, firmFen) };
}

function withCommitment(state: ProgrammeState, subsidyId: string, change: Partial<Commitment>): ProgrammeState {
  const commitment = commitmentFor(state, subsidyId);
  if (!commitment) return state;
  return { ...state, commitments: withEntry(state.commitments, subsidyId, { ...commitment, ...change }) };
}
