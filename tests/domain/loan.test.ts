import type { ApplyForLoan, GrantCreditLine } from '../../src/domain/loan/commands';
import type { LoanEvent } from '../../src/domain/loan/events';
import { loanDecider } from '../../src/domain/loan/loan';
import type { FirmStanding } from '../../src/domain/subsidy/firm-standing';
import { deciderSpec, testContext } from '../support/decider-spec';
import { disbursedLoan, instalmentRepaid, loanApplied, loanApproved } from '../support/loan-fixtures';

const spec = deciderSpec(loanDecider);
const now = testContext().now; // 2026-03-02, 10:00 in Shanghai
const agent = testContext({ actor: { id: 'a-1', role: 'agent' } });
const finance = testContext({ actor: { id: 'f-1', role: 'finance' } });
const approverAsFinance = testContext({ actor: { id: 'm-1', role: 'finance' } });
const system = (instant: string) => testContext({ now: instant, actor: { id: 'system', role: 'admin' } });

const inGoodStanding: FirmStanding = { status: 'licensed', blacklisted: false };
const blacklisted: FirmStanding = { status: 'licensed', blacklisted: true };

const creditLine: GrantCreditLine = { type: 'GrantCreditLine', loanId: 'l-1', enterpriseId: 'e-1', bank: '中国农业银行常德武陵支行', amountFen: 50_000_000, termMonths: 12, enterprise: { status: 'licensed' } };
const creditLineGranted: LoanEvent = {
  type: 'CreditLineGranted',
  data: { loanId: 'l-1', enterpriseId: 'e-1', bank: '中国农业银行常德武陵支行', amountFen: 50_000_000, termMonths: 12, grantedAt: now },
};
const apply: ApplyForLoan = { type: 'ApplyForLoan', loanId: 'l-1', enterpriseId: 'e-1', amountFen: 1_000_000, termMonths: 3, enterprise: inGoodStanding };
const rejected: LoanEvent = { type: 'LoanRejected', data: { reason: '资料不实', rejectedAt: now } };
const settled: LoanEvent = { type: 'LoanSettled', data: { settledAt: now } };
const repay = (instalment: number, amountFen: number) => ({ type: 'RepayInstalment', instalment, amountFen }) as const;
const markOverdue = (instalment: number) => ({ type: 'MarkInstalmentOverdue', instalment }) as const;

describe('credit lines', () => {
  it('records a bank’s credit line on a registered firm, whatever its credit', () => {
    spec.given([]).when(creditLine, agent).then([creditLineGranted]);
    spec.given([]).when({ ...creditLine, enterprise: { status: 'registered' } }, agent).then([creditLineGranted]);
  });

  it('records nothing for a firm that is unknown or deregistered', () => {
    spec.given([]).when({ ...creditLine, enterprise: { status: 'none' } }, agent).thenRefuses('enterprise-not-found');
    spec.given([]).when({ ...creditLine, enterprise: { status: 'deregistered' } }, agent).thenRefuses('enterprise-deregistered');
  });

  it('takes a positive amount in fen and a term of 1 to 360 months', () => {
    spec.given([]).when({ ...creditLine, amountFen: 0 }, agent).thenRefuses('invalid-amount');
    spec.given([]).when({ ...creditLine, termMonths: 0 }, agent).thenRefuses('invalid-months');
  });

  it('is recorded once, and is no loan to approve, disburse or repay', () => {
    spec.given([creditLineGranted]).when(creditLine, agent).thenRefuses('loan-already-recorded');
    spec.given([creditLineGranted]).when(apply, agent).thenRefuses('loan-already-recorded');
    spec.given([creditLineGranted]).when({ type: 'ApproveLoan', enterprise: inGoodStanding }).thenRefuses('not-a-guaranteed-loan');
    spec.given([creditLineGranted]).when(repay(1, 1), finance).thenRefuses('not-a-guaranteed-loan');
  });
});

describe('guaranteed start-up loans (创业担保贷款)', () => {
  describe('applying and deciding', () => {
    it('takes an application for a firm in good standing', () => {
      spec.given([]).when(apply, agent).then([{ type: 'LoanApplied', data: { loanId: 'l-1', enterpriseId: 'e-1', amountFen: 1_000_000, termMonths: 3, appliedAt: now } }]);
      spec.given([]).when({ ...apply, enterprise: blacklisted }, agent).thenRefuses('enterprise-blacklisted');
      spec.given([]).when({ ...apply, enterprise: { status: 'deregistered', blacklisted: false } }, agent).thenRefuses('enterprise-deregistered');
    });

    it('takes a positive amount in fen and a term of 1 to 360 months', () => {
      spec.given([]).when({ ...apply, amountFen: 100.5 }, agent).thenRefuses('invalid-amount');
      spec.given([]).when({ ...apply, termMonths: 361 }, agent).thenRefuses('invalid-months');
    });

    it('knows no other command before the application', () => {
      spec.given([]).when({ type: 'RejectLoan', reason: 'x' }).thenRefuses('loan-not-found');
      spec.given([loanApplied]).when(apply, agent).thenRefuses('loan-already-recorded');
    });

    it('approves, naming the approver, unless the firm is blacklisted', () => {
      spec.given([loanApplied]).when({ type: 'ApproveLoan', enterprise: inGoodStanding }).then([{ type: 'LoanApproved', data: { approvedBy: 'm-1', approvedAt: now } }]);
      spec.given([loanApplied]).when({ type: 'ApproveLoan', enterprise: blacklisted }).thenRefuses('enterprise-blacklisted');
    });

    it('rejects with a reason', () => {
      spec.given([loanApplied]).when({ type: 'RejectLoan', reason: '资料不实' }).then([rejected]);
    });

    it('decides an application once', () => {
      spec.given([loanApplied, loanApproved]).when({ type: 'ApproveLoan', enterprise: inGoodStanding }).thenRefuses('loan-already-decided');
      spec.given([loanApplied, rejected]).when({ type: 'ApproveLoan', enterprise: inGoodStanding }).thenRefuses('loan-already-decided');
      spec.given(disbursedLoan).when({ type: 'RejectLoan', reason: 'x' }).thenRefuses('loan-already-decided');
    });
  });

  describe('disbursement', () => {
    it('disburses an approved loan with its schedule: equal principal monthly, the odd fen on the last instalment', () => {
      spec.given([loanApplied, loanApproved]).when({ type: 'DisburseLoan', enterprise: inGoodStanding }, finance).then([
        {
          type: 'LoanDisbursed',
          data: {
            amountFen: 1_000_000,
            instalments: [
              { instalment: 1, dueOn: '2026-04-02', principalFen: 333_333 },
              { instalment: 2, dueOn: '2026-05-02', principalFen: 333_333 },
              { instalment: 3, dueOn: '2026-06-02', principalFen: 333_334 },
            ],
            disbursedBy: 'f-1',
            disbursedAt: now,
          },
        },
      ]);
    });

    it('disburses only an approved loan, once', () => {
      spec.given([loanApplied]).when({ type: 'DisburseLoan', enterprise: inGoodStanding }, finance).thenRefuses('loan-not-approved');
      spec.given([loanApplied, rejected]).when({ type: 'DisburseLoan', enterprise: inGoodStanding }, finance).thenRefuses('loan-not-approved');
      spec.given(disbursedLoan).when({ type: 'DisburseLoan', enterprise: inGoodStanding }, finance).thenRefuses('loan-already-disbursed');
    });

    it('is never done by the approving officer, nor for a blacklisted firm', () => {
      spec.given([loanApplied, loanApproved]).when({ type: 'DisburseLoan', enterprise: inGoodStanding }, approverAsFinance).thenRefuses('approver-may-not-disburse');
      spec.given([loanApplied, loanApproved]).when({ type: 'DisburseLoan', enterprise: blacklisted }, finance).thenRefuses('enterprise-blacklisted');
    });
  });

  describe('repayment', () => {
    it('takes part of an instalment, then the rest', () => {
      spec.given(disbursedLoan).when(repay(1, 100_000), finance).then([{ type: 'InstalmentRepaid', data: { instalment: 1, amountFen: 100_000, owedFen: 233_333, repaidBy: 'f-1', repaidAt: now } }]);
      spec.given([...disbursedLoan, instalmentRepaid(1, 100_000, 233_333)]).when(repay(1, 233_333), finance).then([
        { type: 'InstalmentRepaid', data: { instalment: 1, amountFen: 233_333, owedFen: 0, repaidBy: 'f-1', repaidAt: now } },
      ]);
    });

    it('never takes more than the instalment owes', () => {
      spec.given(disbursedLoan).when(repay(1, 333_334), finance).thenRefuses('repayment-exceeds-owed');
      spec.given([...disbursedLoan, instalmentRepaid(1, 100_000, 233_333)]).when(repay(1, 233_334), finance).thenRefuses('repayment-exceeds-owed');
      spec.given([...disbursedLoan, instalmentRepaid(1, 333_333, 0)]).when(repay(1, 1), finance).thenRefuses('instalment-already-repaid');
      spec.given(disbursedLoan).when(repay(1, 0), finance).thenRefuses('invalid-amount');
    });

    it('settles the loan with the repayment that leaves nothing owed, in any order', () => {
      const twoRepaid = [...disbursedLoan, instalmentRepaid(3, 333_334, 0), instalmentRepaid(1, 333_333, 0)];
      spec.given(twoRepaid).when(repay(2, 333_333), finance).then([
        { type: 'InstalmentRepaid', data: { instalment: 2, amountFen: 333_333, owedFen: 0, repaidBy: 'f-1', repaidAt: now } },
        { type: 'LoanSettled', data: { settledAt: now } },
      ]);
      spec.given([...twoRepaid, instalmentRepaid(2, 333_333, 0), settled]).when(repay(2, 1), finance).thenRefuses('loan-settled');
    });

    it('repays only an instalment of a disbursed loan', () => {
      spec.given([loanApplied, loanApproved]).when(repay(1, 1), finance).thenRefuses('loan-not-disbursed');
      spec.given(disbursedLoan).when(repay(4, 1), finance).thenRefuses('instalment-not-found');
    });

    it('is never recorded by the approving officer (segregation of duties)', () => {
      spec.given(disbursedLoan).when(repay(1, 1), approverAsFinance).thenRefuses('approver-may-not-record-repayment');
    });
  });

  describe('overdue instalments', () => {
    it('marks an instalment overdue from the day after its due date, with what it still owes', () => {
      spec.given(disbursedLoan).when(markOverdue(1), system('2026-04-01T15:59:59.000Z')).thenRefuses('instalment-not-overdue');
      spec.given([...disbursedLoan, instalmentRepaid(1, 100_000, 233_333)]).when(markOverdue(1), system('2026-04-01T16:00:00.000Z')).then([
        { type: 'InstalmentOverdue', data: { instalment: 1, dueOn: '2026-04-01', owedFen: 233_333, markedAt: '2026-04-01T16:00:00.000Z' } },
      ]);
    });

    it('marks it once: marking again writes nothing', () => {
      const marked: LoanEvent = { type: 'InstalmentOverdue', data: { instalment: 1, dueOn: '2026-04-01', owedFen: 333_333, markedAt: '2026-04-02T02:00:00.000Z' } };
      spec.given([...disbursedLoan, marked]).when(markOverdue(1), system('2026-04-03T02:00:00.000Z')).then([]);
    });

    it('marks no instalment that is repaid, unknown, or of a loan settled or not disbursed', () => {
      spec.given([...disbursedLoan, instalmentRepaid(1, 333_333, 0)]).when(markOverdue(1), system('2026-04-03T02:00:00.000Z')).thenRefuses('instalment-already-repaid');
      spec.given(disbursedLoan).when(markOverdue(9), system('2026-04-03T02:00:00.000Z')).thenRefuses('instalment-not-found');
      spec.given([loanApplied, loanApproved]).when(markOverdue(1), system('2026-04-03T02:00:00.000Z')).thenRefuses('loan-not-disbursed');
      spec.given([...disbursedLoan, settled]).when(markOverdue(1), system('2026-04-03T02:00:00.000Z')).thenRefuses('loan-settled');
    });
  });
});
