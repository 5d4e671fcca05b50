import type { Fen } from '../money';
import type { FirmStanding } from '../subsidy/firm-standing';
import type { FirmRegistration } from '../task/firm-facts';

/**
 * The firm's standing comes from its own stream, since deciders read no other. A credit line is
 * the bank's decision, recorded whatever the firm's credit; a guaranteed loan is refused to a
 * blacklisted firm at every step that moves it forward.
 */
export type GrantCreditLine = {
  type: 'GrantCreditLine';
  loanId: string;
  enterpriseId: string;
  bank: string;
  amountFen: Fen;
  termMonths: number;
  enterprise: FirmRegistration;
};
export type ApplyForLoan = { type: 'ApplyForLoan'; loanId: string; enterpriseId: string; amountFen: Fen; termMonths: number; enterprise: FirmStanding };
export type ApproveLoan = { type: 'ApproveLoan'; enterprise: FirmStanding };
export type RejectLoan = { type: 'RejectLoan'; reason: string };
export type DisburseLoan = { type: 'DisburseLoan'; enterprise: FirmStanding };
export type RepayInstalment = { type: 'RepayInstalment'; instalment: number; amountFen: Fen };
/** Sent once an instalment's due date has passed; sending it again writes nothing. */
export type MarkInstalmentOverdue = { type: 'MarkInstalmentOverdue'; instalment: number };

export type RepaymentCommand = RepayInstalment | MarkInstalmentOverdue;

export type LoanCommand = GrantCreditLine | ApplyForLoan | ApproveLoan | RejectLoan | DisburseLoan | RepaymentCommand;
