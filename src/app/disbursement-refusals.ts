import type { CommandContext } from '../domain/decider';
import type { DisburseSubsidy } from '../domain/subsidy/commands';
import { refusalStream, type DisbursementRefused } from '../domain/subsidy/refusal';
import type { EventStore } from '../eventstore/event-store';
import { toEnvelopes, type CommandOptions } from './command-handler';
import { newId } from './ids';
import type { SubsidyRecord } from './subsidy-record';

/** Keeps a refused disbursement for the audit, in a stream of its own: the application's stream stays untouched. */
export async function recordDisbursementRefused(
  store: EventStore,
  record: SubsidyRecord,
  { amountFen, paymentReference }: DisburseSubsidy,
  code: string,
  context: CommandContext,
  { correlationId }: CommandOptions,
): Promise<void> {
  const { programmeId, enterpriseId } = record.state;
  const refused: DisbursementRefused = {
    type: 'DisbursementRefused',
    // A disbursement is refused for these reasons only once the application is approved, so it names both.
    data: { subsidyId: record.subsidyId, programmeId: programmeId!, enterpriseId: enterpriseId!, actorId: context.actor.id, amountFen, paymentReference, code, refusedAt: context.now },
  };
  const stream = refusalStream(newId(Date.parse(context.now)));
  await store.appendToStream(stream, toEnvelopes(stream, [refused], context, { correlationId }), { expectedRevision: 'no_stream' });
}
