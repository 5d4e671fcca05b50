import { ENTERPRISE_EVENT_TYPES } from '../../domain/enterprise/events';
import { LOAN_EVENT_TYPES } from '../../domain/loan/events';
import { PROGRAMME_EVENT_TYPES } from '../../domain/programme/events';
import { SUBSIDY_EVENT_TYPES } from '../../domain/subsidy/events';
import { TALENT_EVENT_TYPES } from '../../domain/talent/events';
import { TASK_EVENT_TYPES } from '../../domain/task/events';
import type { EventStore, Position } from '../../eventstore/event-store';

/** Every type of event the seed's commands write, the reservations of credit codes and payment references included. */
const SEED_EVENT_TYPES: readonly string[] = [
  'CreditCodeReserved',
  ...ENTERPRISE_EVENT_TYPES,
  ...PROGRAMME_EVENT_TYPES,
  ...SUBSIDY_EVENT_TYPES,
  'PaymentReferenceReserved',
  ...TASK_EVENT_TYPES,
  ...TALENT_EVENT_TYPES,
  ...LOAN_EVENT_TYPES,
];

const PAGE = 5000;

/**
 * The events after `after` (all of them when undefined), counted per type, from the log itself:
 * an approval or a payment writes to the programme's ledger and to reservation streams besides
 * the application, and the log is where all of them are.
 */
export async function eventCountsAfter(store: EventStore, after: Position | undefined): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(SEED_EVENT_TYPES.map((type) => [type, 0]));
  for (let from = after; ; ) {
    const page = await store.readAll({ after: from, maxCount: PAGE });
    for (const event of page.events) counts[event.type] = (counts[event.type] ?? 0) + 1;
    from = page.scannedTo;
    if (page.isEnd) return counts;
  }
}
