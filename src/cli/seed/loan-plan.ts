import type { LoanRequest } from '../../app/loans';
import { OVERDUE_MARKING_ACTOR } from '../../app/overdue-instalments';
import type { Actor } from '../../domain/decider';
import { repaymentSchedule } from '../../domain/loan/repayment-schedule';
import { startOfDate } from './calendar-months';
import { actorOf, DEMO_FINANCE, DEMO_MANAGER } from '../../app/demo-users';
import { FirmChainSteps } from './firm-chain-steps';
import type { PlannedFirm } from './firm-history';
import { FirmTimeline } from './firm-timeline';
import { BANKS, loanRejectionReason } from './grant-and-loan-texts';
import { officeInstantBetween, officeInstantFromDate, workingDaysLater } from './office-instants';
import { chance, intBetween, pick, weightedPick, type Random } from './random';
import { FEN_PER_YUAN } from './seed-money';
import type { SeedStep } from './seed-steps';
import { DAY, shanghaiDate } from './working-time';

const LOAN_RATES = {
  /** Firms a bank grants a credit line in the history. */
  creditLine: 0.08,
  /** Firms whose concierge applies for a guaranteed start-up loan. */
  loan: 0.06,
  rejected: 0.12,
  disbursed: 0.95,
  /** Of a borrower in arrears, the first overdue instalment repaid late. */
  arrearsCaughtUp: 0.5,
  /** Of a borrower who repays in parts, the instalments paid in two. */
  paidInParts: 0.4,
} as const;

/** How a borrower repays: on time, some instalments in two parts, falling behind from some month on, or all early. */
type Repayer = 'on-time' | 'in-parts' | 'in-arrears' | 'early';
const REPAYERS: readonly (readonly [Repayer, number])[] = [['on-time', 55], ['in-parts', 15], ['in-arrears', 15], ['early', 15]];

const WAN = 10_000 * FEN_PER_YUAN;

export interface PlannedLoan {
  index: number;
  firm: number;
  steps: SeedStep[];
}

const manager = actorOf(DEMO_MANAGER);
const finance = actorOf(DEMO_FINANCE);

/** Banks' credit lines (授信) recorded by finance, and guaranteed start-up loans (创业担保贷款) applied for by the firms' concierges. */
export function planLoans(random: Random, firms: readonly PlannedFirm[], now: number): PlannedLoan[] {
  const loans: PlannedLoan[] = [];
  for (const firm of firms) {
    const timeline = new FirmTimeline(firm.steps);
    const steps = (kind: string) => new FirmChainSteps({ firm: firm.index, key: `seed:${kind}:${firm.registration.creditCode}` });
    if (chance(random, LOAN_RATES.creditLine)) {
      const at = officeInstantBetween(random, timeline.registeredAt + 20 * DAY, now);
      if (at !== undefined && timeline.standingAt(at) !== 'deregistered') {
        const history = steps('credit-line');
        const line = { bank: pick(random, BANKS), amountFen: intBetween(random, 5, 100) * 10 * WAN, termMonths: pick(random, [12, 24, 36]) };
        history.add(at, finance, { kind: 'grant-credit-line', loan: loans.length, firm: firm.index, line }, 'grant');
        loans.push({ index: loans.length, firm: firm.index, steps: history.steps });
      }
    }
    if (chance(random, LOAN_RATES.loan)) {
      const at = officeInstantBetween(random, timeline.registeredAt + 10 * DAY, now);
      if (at === undefined || timeline.standingAt(at) !== 'good') continue;
      const history = steps('loan');
      const amountFen = firm.kind === 'individual' ? intBetween(random, 5, 20) * WAN : intBetween(random, 5, 30) * 10 * WAN;
      loanHistory(random, history, { loan: loans.length, firm: firm.index, timeline, appliedAt: at, amountFen, agent: timeline.conciergeAt(at) });
      loans.push({ index: loans.length, firm: firm.index, steps: history.steps.filter((step) => step.at <= now) });
    }
  }
  return loans;
}

interface LoanDraft {
  loan: number;
  firm: number;
  timeline: FirmTimeline;
  appliedAt: number;
  amountFen: number;
  agent: Actor;
}

/**
 * One guaranteed loan: applied for by the concierge, approved or rejected by the manager,
 * disbursed by finance while the firm stays in good standing; each instalment repaid by finance as
 * its borrower does, an instalment still owed past its due date marked overdue by the daily sweep.
 * The last fen repaid settles it.
 */
function loanHistory(random: Random, history: FirmChainSteps, { loan, firm, timeline, appliedAt, amountFen, agent }: LoanDraft): void {
  const command = (at: number, actor: Actor, request: LoanRequest, name: string): number => history.add(at, actor, { kind: 'loan-command', loan, request }, name);
  const termMonths = pick(random, [12, 12, 24, 36]);
  history.add(appliedAt, agent, { kind: 'apply-for-loan', loan, firm, terms: { amountFen, termMonths } }, 'apply');
  const decidedAt = workingDaysLater(random, appliedAt, 3, 10);
  if (timeline.standingAt(decidedAt) !== 'good' || chance(random, LOAN_RATES.rejected)) {
    command(decidedAt, manager, { type: 'RejectLoan', reason: loanRejectionReason(random) }, 'reject');
    return;
  }
  command(decidedAt, manager, { type: 'ApproveLoan' }, 'approve');
  const disbursedAt = workingDaysLater(random, decidedAt, 2, 10);
  if (timeline.standingAt(disbursedAt) !== 'good' || !chance(random, LOAN_RATES.disbursed)) return;
  command(disbursedAt, finance, { type: 'DisburseLoan' }, 'disburse');

  const repayer = weightedPick(random, REPAYERS);
  const fallsBehindFrom = intBetween(random, 2, termMonths);
  let lastAt = disbursedAt;
  const repay = (at: number, instalment: number, amount: number, part: string): void => {
    lastAt = command(Math.max(at, lastAt + 60_000), finance, { type: 'RepayInstalment', instalment, amountFen: amount }, `repay-${instalment}${part}`);
  };
  for (const { instalment, dueOn, principalFen } of repaymentSchedule(amountFen, termMonths, shanghaiDate(disbursedAt))) {
    if (repayer === 'early' && instalment > termMonths / 2) {
      repay(lastAt + 60_000, instalment, principalFen, '');
      continue;
    }
    const overdue = repayer === 'in-arrears' && instalment >= fallsBehindFrom;
    const sweepAt = officeInstantFromDate(random, shanghaiDate(startOfDate(dueOn) + DAY), 1);
    if (overdue) {
      lastAt = Math.max(lastAt, command(sweepAt, OVERDUE_MARKING_ACTOR, { type: 'MarkInstalmentOverdue', instalment }, `overdue-${instalment}`));
      if (instalment === fallsBehindFrom && chance(random, LOAN_RATES.arrearsCaughtUp)) repay(workingDaysLater(random, sweepAt, 5, 30), instalment, principalFen, '-late');
      continue;
    }
    const paidAt = officeInstantFromDate(random, shanghaiDate(startOfDate(dueOn) - 3 * DAY), 3);
    if (repayer === 'in-parts' && chance(random, LOAN_RATES.paidInParts)) {
      const firstPart = Math.floor((principalFen * intBetween(random, 3, 7)) / 10);
      repay(paidAt, instalment, firstPart, '-a');
      repay(workingDaysLater(random, paidAt, 1, 3), instalment, principalFen - firstPart, '-b');
    } else repay(paidAt, instalment, principalFen, '');
  }
}
