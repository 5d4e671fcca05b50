import type { CommandContext } from '../decider';
import { DomainError } from '../domain-error';
import { assertFen } from '../money';
import type { ClawBackSubsidy, CloseSubsidy, DisburseSubsidy } from './commands';
import type { SubsidyEvent } from './events';
import { assertInGoodStanding } from './firm-standing';
import { PAYMENT_REFERENCE } from './payment-reference-reservation';
import type { SubsidyState } from './state';

type PaymentCommand = DisburseSubsidy | ClawBackSubsidy | CloseSubsidy;

export function decidePayment(command: PaymentCommand, state: SubsidyState, { now, actor }: CommandContext): SubsidyEvent[] {
  switch (command.type) {
    case 'DisburseSubsidy':
      assertApproved(state);
      if (state.status === 'closed') throw new DomainError('application-closed', 'The application is closed');
      if (actor.id === state.approverId) {
        throw new DomainError('approver-may-not-disburse', 'The officer who approved an application never disburses it (segregation of duties)');
      }
      assertInGoodStanding(command.enterprise);
      return [disbursement(command, state, now, actor.id)];
    case 'ClawBackSubsidy': {
      assertApproved(state);
      const amountFen = assertFen(command.amountFen, 'amountFen', { allowZero: false });
      const recoverableFen = state.disbursedFen - state.clawedBackFen;
      if (amountFen > recoverableFen) {
        throw new DomainError('clawback-exceeds-disbursed', 'More would be clawed back than was disbursed', { field: 'amountFen', recoverableFen });
      }
      return [{ type: 'SubsidyClawedBack', data: { amountFen, reason: command.reason, clawedBackAt: now } }];
    }
    case 'CloseSubsidy':
      assertApproved(state);
      if (state.status === 'closed') throw new DomainError('application-closed', 'The application is already closed');
      if (state.disbursedFen < state.approvedFen) {
        throw new DomainError('disbursement-incomplete', 'An application closes once all it was approved is disbursed', { undisbursedFen: state.approvedFen - state.disbursedFen });
      }
      return [{ type: 'SubsidyClosed', data: { closedAt: now } }];
  }
}

function disbursement({ amountFen, paymentReference }: DisburseSubsidy, state: SubsidyState, now: string, disbursedBy: string): SubsidyEvent {
  assertFen(amountFen, 'amountFen', { allowZero: false });
  if (!PAYMENT_REFERENCE.test(paymentReference)) {
    throw new DomainError('invalid-payment-reference', 'A payment reference is 1 to 64 upper-case letters, digits, dots, dashes or underscores', { field: 'paymentReference' });
  }
  if (state.paymentReferences.includes(paymentReference)) {
    throw new DomainError('payment-reference-used', `Payment reference ${paymentReference} is already used`, { field: 'paymentReference' });
  }
  if (state.disbursedFen + amountFen > state.approvedFen) {
    throw new DomainError('disbursement-exceeds-approval', 'The disbursed total cannot exceed the approved amount', { field: 'amountFen', undisbursedFen: state.approvedFen - state.disbursedFen });
  }
  return { type: 'SubsidyDisbursed', data: { amountFen, paymentReference, disbursedBy, disbursedAt: now } };
}

function assertApproved(state: SubsidyState): void {
  if (state.status !== 'approved' && state.status !== 'closed') throw new DomainError('application-not-approved', 'The application is not approved');
}
