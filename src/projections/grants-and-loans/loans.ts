import type { LoanEvent } from '../../domain/loan/events';
import { LOAN_STREAM_PREFIX } from '../../domain/loan/loan';
import type { Document } from '../../readstore/read-store';
import type { Projection } from '../projection';

export const LOANS = 'loans';

interface InstalmentView {
  instalment: number;
  dueOn: string;
  principalFen: number;
  repaidFen: number;
  owedFen: number;
  overdue: boolean;
}

/**
 * Credit lines and guaranteed loans as their streams have them: `kind` tells them apart; a loan
 * carries its instalments with due dates, what each repaid and still owes, and the loan's totals.
 * Written with top-level `$set` only, as a repayment reads the instalments back.
 */
export const loansProjection: Projection = {
  name: 'loans',
  filter: { streamPrefixes: [LOAN_STREAM_PREFIX] },
  collections: {
    [LOANS]: [{ keys: { enterpriseId: 1, openedAt: -1 } }, { keys: { openedAt: -1 } }, { keys: { kind: 1 } }, { keys: { status: 1 } }],
  },
  async project(recorded, lookup) {
    const id = recorded.streamName.slice(LOAN_STREAM_PREFIX.length);
    const event = { type: recorded.type, data: recorded.data } as LoanEvent;
    const needsInstalments = event.type === 'InstalmentRepaid' || event.type === 'InstalmentOverdue';
    const loan = needsInstalments ? await lookup(LOANS, id) : null;
    const fields = loanFields(event, loan);
    if (!fields) return [];
    return [{ collection: LOANS, id, update: { $set: { ...fields, revision: recorded.revision, updatedAt: recorded.metadata.occurredAt } } }];
  },
};

const notDisbursed = { disbursement: null, instalments: [], repaidFen: 0, owedFen: 0, settledAt: null };

function loanFields(event: LoanEvent, loan: Document | null): Record<string, unknown> | undefined {
  switch (event.type) {
    case 'CreditLineGranted': {
      const { loanId: _id, grantedAt, ...terms } = event.data;
      return { kind: 'credit-line', ...terms, status: 'granted', openedAt: grantedAt };
    }
    case 'LoanApplied': {
      const { loanId: _id, appliedAt, ...terms } = event.data;
      return { kind: 'loan', ...terms, status: 'applied', openedAt: appliedAt, approval: null, rejection: null, ...notDisbursed };
    }
    case 'LoanApproved':
      return { status: 'approved', approval: event.data };
    case 'LoanRejected':
      return { status: 'rejected', rejection: event.data };
    case 'LoanDisbursed': {
      const { instalments, ...disbursement } = event.data;
      const views: InstalmentView[] = instalments.map((i) => ({ ...i, repaidFen: 0, owedFen: i.principalFen, overdue: false }));
      return { status: 'disbursed', disbursement, instalments: views, owedFen: event.data.amountFen };
    }
    case 'InstalmentRepaid': {
      if (!loan) return undefined;
      const { instalment, amountFen, owedFen } = event.data;
      const instalments = instalmentsOf(loan).map((i) => (i.instalment === instalment ? { ...i, repaidFen: i.repaidFen + amountFen, owedFen } : i));
      return { instalments, repaidFen: Number(loan['repaidFen']) + amountFen, owedFen: Number(loan['owedFen']) - amountFen };
    }
    case 'InstalmentOverdue':
      return loan ? { instalments: instalmentsOf(loan).map((i) => (i.instalment === event.data.instalment ? { ...i, overdue: true } : i)) } : undefined;
    case 'LoanSettled':
      return { status: 'settled', settledAt: event.data.settledAt };
    default:
      return undefined;
  }
}

const instalmentsOf = (loan: Document): InstalmentView[] => (loan['instalments'] as InstalmentView[] | undefined) ?? [];
