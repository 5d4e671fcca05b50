import { findPage, InvalidCursorError, type Page } from '../../readstore/paginate';
import type { Collection, Document, Filter } from '../../readstore/read-store';

const SORT = { queueDate: 1 } as const;

/** Overdue on `today`, and the rest: the queue lists the first, then the second, each by due date. */
const segmentsOn = (today: string): Filter[] => [
  { deadlineLive: true, queueDate: { $lt: today } },
  { $or: [{ deadlineLive: false }, { queueDate: { $gte: today } }] },
];

interface QueueCursor {
  segment: number;
  cursor: string | null;
}

/**
 * A page of tasks by due date, overdue ones first. Overdue depends on the day, so it is no stored
 * sort key: the cursor names the segment it is in and the position within it.
 */
export async function workQueuePage(tasks: Collection, filter: Filter, today: string, limit: number, cursor: string | undefined): Promise<Page<Document>> {
  const segments = segmentsOn(today);
  let at = cursor === undefined ? { segment: 0, cursor: null } : decodeQueueCursor(cursor, segments.length);
  const items: Document[] = [];
  for (;;) {
    const query = { $and: [filter, segments[at.segment]!] };
    const page = await findPage(tasks, query, { sort: SORT, limit: limit - items.length, ...(at.cursor ? { cursor: at.cursor } : {}) });
    items.push(...page.items);
    if (page.nextCursor) return { items, nextCursor: encodeQueueCursor({ segment: at.segment, cursor: page.nextCursor }) };
    if (at.segment === segments.length - 1) return { items, nextCursor: null };
    at = { segment: at.segment + 1, cursor: null };
    if (items.length === limit) {
      const more = await tasks.find({ $and: [filter, segments[at.segment]!] }, { limit: 1 });
      return { items, nextCursor: more.length > 0 ? encodeQueueCursor(at) : null };
    }
  }
}

const encodeQueueCursor = (at: QueueCursor): string => Buffer.from(JSON.stringify([at.segment, at.cursor])).toString('base64url');

function decodeQueueCursor(cursor: string, segmentCount: number): QueueCursor {
  const [segment, within] = decodedPair(cursor);
  if (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0 && segment < segmentCount && (within === null || typeof within === 'string')) {
    return { segment, cursor: within };
  }
  throw new InvalidCursorError('The cursor is not one this list gave out');
}

function decodedPair(cursor: string): unknown[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(value) && value.length === 2 ? value : [];
  } catch {
    return [];
  }
}
