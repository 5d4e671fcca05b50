import type { Actor } from '../domain/decider';
import { enterpriseStream } from '../domain/enterprise/enterprise';
import type { EventStore } from '../eventstore/event-store';
import type { Document, Filter, ReadStore } from '../readstore/read-store';
import { agentsOfFirms, firmsOfAgent } from './firm-lookups';
import { forbidden, notFound } from './problem';

/**
 * The records about firms (applications, grants, loans) a caller may list: an agent those of the
 * firms assigned to them, an enterprise user its own firm's (another firm's stay hidden: 404);
 * staff all. `enterpriseId` narrows the list to one firm.
 */
export async function firmRecordsTheCallerSees(reads: ReadStore, actor: Actor, enterpriseId: string | undefined): Promise<Filter> {
  if (actor.role === 'enterprise') {
    if (enterpriseId !== undefined && enterpriseId !== actor.enterpriseId) throw notFound(`No firm ${enterpriseId}`);
    return { enterpriseId: actor.enterpriseId };
  }
  if (actor.role === 'agent') {
    const firms = await firmsOfAgent(reads, actor.id);
    if (enterpriseId === undefined) return { enterpriseId: { $in: firms } };
    if (!firms.includes(enterpriseId)) throw forbidden('This firm is assigned to another agent');
  }
  return enterpriseId === undefined ? {} : { enterpriseId };
}

/** One record about a firm, or 404 when there is none or it is another firm's to an enterprise user; 403 to an agent of another firm. */
export async function firmRecordFor(reads: ReadStore, actor: Actor, collection: string, id: string, noun: string): Promise<Document> {
  const record = await reads.collection(collection).findOne({ _id: id });
  if (!record || (actor.role === 'enterprise' && record['enterpriseId'] !== actor.enterpriseId)) throw notFound(`No ${noun} ${id}`);
  if (actor.role === 'agent') {
    const agents = await agentsOfFirms(reads, [String(record['enterpriseId'])]);
    if (agents.get(String(record['enterpriseId'])) !== actor.id) throw forbidden(`This ${noun} is for a firm assigned to another agent`);
  }
  return record;
}

/** The streams a record's read models come from, for a replay as of a past instant: its own, and its firm's (whose agent decides who may read it). */
export async function recordAndFirmStreams(events: EventStore, stream: string): Promise<string[]> {
  const [first] = await events.readStream(stream, { maxCount: 1 });
  return first ? [stream, enterpriseStream(String(first.data['enterpriseId']))] : [];
}
