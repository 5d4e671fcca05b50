import type { ManualClock } from '../src/app/clock';
import type { Application } from '../src/app/container';
import { OVERDUE_MARKING_ACTOR } from '../src/app/overdue-instalments';
import type { Actor } from '../src/domain/decider';
import { registration } from '../tests/support/registration';

/** A one-year start-up loan: twelve monthly instalments, so twelve overdue notices once all have passed. */
export const TERM_MONTHS = 12;
export const DISBURSED_AT = '2024-01-10T02:00:00.000Z';
/** After the last instalment fell due: each overdue notice is due at once and never stale, the early warnings all are. */
export const OVERDUE_AT = '2025-03-03T02:00:00.000Z';
const IN_FLIGHT = 64;

const agent: Actor = { id: 'a-1', role: 'agent' };
const manager: Actor = { id: 'm-1', role: 'manager' };
const finance: Actor = { id: 'f-1', role: 'finance' };

/** Runs `work` for every index below `count`, `inFlight` at a time, so the store group-commits their appends. */
async function inParallel(count: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) await work((next += 1) - 1);
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count) }, lane));
}

/** A fresh firm's guaranteed loan, applied for, approved and disbursed on the clock's day. */
async function disbursedLoan(app: Application, serial: number): Promise<string> {
  const { enterpriseId } = await app.registration.register(registration(serial), agent);
  const { loanId } = await app.loans.apply({ enterpriseId, amountFen: 1_200_000, termMonths: TERM_MONTHS }, agent);
  await app.loans.handle(loanId, { type: 'ApproveLoan' }, manager);
  await app.loans.handle(loanId, { type: 'DisburseLoan' }, finance);
  return loanId;
}

/**
 * The reminders' causes, through the app services: `count` firms with a loan each, disbursed on
 * DISBURSED_AT, then on OVERDUE_AT every instalment marked overdue with the overdue sweep's
 * command and actor (loans in parallel, where the sweep goes one by one).
 */
export async function overdueLoans(app: Application, clock: ManualClock, count: number): Promise<void> {
  clock.set(DISBURSED_AT);
  const loanIds: string[] = [];
  await inParallel(count, async (index) => {
    loanIds[index] = await disbursedLoan(app, index + 1);
  });
  clock.set(OVERDUE_AT);
  await inParallel(count, async (index) => {
    for (let instalment = 1; instalment <= TERM_MONTHS; instalment += 1) {
      await app.loans.handle(loanIds[index]!, { type: 'MarkInstalmentOverdue', instalment }, OVERDUE_MARKING_ACTOR);
    }
  });
}
