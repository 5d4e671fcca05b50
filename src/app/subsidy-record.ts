import type { Actor } from '../domain/decider';
import type { SubsidyState } from '../domain/subsidy/state';
import { subsidyDecider, subsidyStream } from '../domain/subsidy/subsidy';
import type { EventStore } from '../eventstore/event-store';
import { StaleRevisionError } from './command-errors';
import { alreadyHandled, type CommandOptions, type CommandResult } from './command-handler';
import { readFirmFacts, UNREGISTERED_FIRM, type FirmFacts } from './firm-facts';
import { readStreamState, type StreamState } from './stream-state';

/** An application as its stream has it, with the firm it is for. */
export interface SubsidyRecord extends StreamState<SubsidyState> {
  subsidyId: string;
  firm: FirmFacts;
}

/** Says no (by throwing) when the caller may not act on this application. */
export type SubsidyAccess = (record: SubsidyRecord) => void;

export type SubsidyCommandOptions = CommandOptions & { authorize?: SubsidyAccess };

export async function readSubsidyRecord(store: EventStore, subsidyId: string): Promise<SubsidyRecord> {
  const application = await readStreamState(store, subsidyDecider, subsidyStream(subsidyId));
  const { enterpriseId } = application.state;
  const firm = enterpriseId === null ? UNREGISTERED_FIRM : await readFirmFacts(store, enterpriseId);
  return { ...application, subsidyId, firm };
}

/**
 * For a flow that writes elsewhere before the application's own stream: the answer already
 * written for this idempotency key, if any; a stale If-Match refused before anything is written.
 */
export function earlierAnswer(record: SubsidyRecord, actor: Actor, { idempotencyKey, expectedRevision }: CommandOptions): CommandResult | undefined {
  const stream = subsidyStream(record.subsidyId);
  const answered = idempotencyKey ? alreadyHandled(record.history, stream, actor, idempotencyKey) : undefined;
  if (answered) return answered;
  if (expectedRevision !== undefined && expectedRevision !== record.revision) throw new StaleRevisionError(stream, expectedRevision, record.revision);
  return undefined;
}
