import type { Actor } from '../domain/decider';
import { DomainError } from '../domain/domain-error';
import type { LoanEvent } from '../domain/loan/events';
import { LOAN_STREAM_PREFIX } from '../domain/loan/loan';
import { shanghaiDate } from '../domain/programme/calendar-date';
import type { EventStore } from '../eventstore/event-store';
import type { Loans } from './loans';
import { LogFollower } from './log-follower';

/** Who the sweep's markings are recorded as. */
export const OVERDUE_MARKING_ACTOR: Actor = { id: 'system:overdue-instalments', role: 'manager' };

/** The events that schedule instalments, repay them, mark them or end the loan. */
const FOLLOWED: readonly LoanEvent['type'][] = ['LoanDisbursed', 'InstalmentRepaid', 'InstalmentOverdue', 'LoanSettled'];

export interface OverdueInstalment {
  loanId: string;
  instalment: number;
}

interface UnpaidInstalment {
  dueOn: string;
  marked: boolean;
}

/**
 * Marks every guaranteed loan's instalment that is still owed past its due date overdue, once
 * (for issue 7's daily sweep, which escalates them to the firm's concierge). It follows the log for
 * the instalments still owed, and leaves it to the loan's decider whether one is overdue.
 */
export class OverdueInstalments {
  /** By loan id, its instalments still owed, by number. */
  private readonly unpaid = new Map<string, Map<number, UnpaidInstalment>>();
  private readonly log: LogFollower;

  constructor(
    store: EventStore,
    private readonly loans: Loans,
  ) {
    this.log = new LogFollower(store, { streamPrefixes: [LOAN_STREAM_PREFIX], eventTypes: FOLLOWED }, (event) =>
      this.apply(event.streamName.slice(LOAN_STREAM_PREFIX.length), { type: event.type, data: event.data } as LoanEvent),
    );
  }

  /** The instalments marked overdue now; `now` is the sweep's instant, the clock's when it runs on time. */
  async markOverdueInstalments(now: string): Promise<OverdueInstalment[]> {
    await this.log.catchUp();
    const today = shanghaiDate(now);
    const marked: OverdueInstalment[] = [];
    for (const [loanId, instalments] of this.unpaid) {
      for (const [instalment, { dueOn, marked: already }] of instalments) {
        if (already || dueOn >= today) continue;
        try {
          const { events } = await this.loans.handle(loanId, { type: 'MarkInstalmentOverdue', instalment }, OVERDUE_MARKING_ACTOR);
          if (events.length > 0) marked.push({ loanId, instalment });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error; // repaid or settled meanwhile
        }
      }
    }
    return marked;
  }

  private apply(loanId: string, event: LoanEvent): void {
    const instalments = this.unpaid.get(loanId);
    switch (event.type) {
      case 'LoanDisbursed':
        this.unpaid.set(loanId, new Map(event.data.instalments.map(({ instalment, dueOn }) => [instalment, { dueOn, marked: false }])));
        break;
      case 'InstalmentRepaid':
        if (event.data.owedFen === 0) instalments?.delete(event.data.instalment);
        break;
      case 'InstalmentOverdue': {
        const unpaid = instalments?.get(event.data.instalment);
        if (unpaid) unpaid.marked = true;
        break;
      }
      case 'LoanSettled':
        this.unpaid.delete(loanId);
        break;
    }
  }
}
