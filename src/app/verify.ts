import { CorruptEventError, type EventStore, type Position } from '../eventstore/event-store';
import { ChainVerifier, type ChainBreak } from '../eventstore/hash-chain';

export interface BrokenLink {
  stream: string;
  revision: number;
  position: Position;
  eventId: string | null;
  problem: ChainBreak['kind'] | 'unreadable';
  detail: string;
}

export interface VerificationReport {
  eventsChecked: number;
  streamsChecked: number;
  broken: BrokenLink[];
}

const PAGE_SIZE = 5000;

/** Walks every stream's hash chain in log order and names the first broken link of each. */
export async function verifyChains(store: EventStore): Promise<VerificationReport> {
  const verifier = new ChainVerifier();
  const broken: BrokenLink[] = [];
  let after: Position | undefined;
  let pageSize = PAGE_SIZE;
  for (;;) {
    let page;
    try {
      page = await store.readAll({ after, maxCount: pageSize });
    } catch (error) {
      if (!(error instanceof CorruptEventError)) throw error;
      if (pageSize > 1) {
        pageSize = 1; // read up to the damaged event one at a time, then step over it
        continue;
      }
      if (verifier.markBroken(error.stream)) {
        broken.push({ stream: error.stream, revision: error.revision, position: error.position, eventId: null, problem: 'unreadable', detail: error.message });
      }
      after = error.position;
      pageSize = PAGE_SIZE;
      continue;
    }
    for (const event of page.events) {
      const found = verifier.check(event);
      if (found) broken.push(describe(found));
    }
    after = page.scannedTo;
    if (page.isEnd) break;
  }
  return { eventsChecked: verifier.eventsChecked, streamsChecked: verifier.streamsChecked, broken };
}

function describe(found: ChainBreak): BrokenLink {
  const { event } = found;
  const base = { stream: event.streamName, revision: event.revision, position: event.position, eventId: event.id, problem: found.kind };
  switch (found.kind) {
    case 'hash-mismatch':
      return { ...base, detail: 'the event no longer matches its hash: its content was changed after it was written' };
    case 'broken-link':
      return { ...base, detail: `the event does not point at the hash of the event before it (${found.expectedPreviousHash ?? 'none'})` };
    case 'revision-gap':
      return { ...base, detail: `expected revision ${found.expectedRevision}: an event is missing or out of place` };
  }
}
