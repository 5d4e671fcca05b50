import { valueAtPath } from './document-path';
import type { Collection, Document, Filter, SortSpec } from './read-store';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

/**
 * Keyset pagination: the cursor holds the sort values of the last item, so a page never
 * skips or repeats documents when others are added before it. Sort keys must always be set.
 */
export async function findPage<T extends Document>(
  collection: Collection<T>,
  filter: Filter,
  options: { sort: SortSpec; limit: number; cursor?: string },
): Promise<Page<T>> {
  const sort: SortSpec = '_id' in options.sort ? options.sort : { ...options.sort, _id: 1 };
  const keys = Object.entries(sort);
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor, keys.length);
  const query = after ? { $and: [filter, afterFilter(keys, after)] } : filter;
  const items = await collection.find(query, { sort, limit: options.limit + 1 });
  const hasMore = items.length > options.limit;
  const pageItems = items.slice(0, options.limit);
  const last = pageItems.at(-1);
  return { items: pageItems, nextCursor: hasMore && last ? encodeCursor(keys.map(([path]) => valueAtPath(last, path))) : null };
}

function afterFilter(keys: [string, 1 | -1][], values: unknown[]): Filter {
  return {
    $or: keys.map(([path, direction], index) => ({
      ...Object.fromEntries(keys.slice(0, index).map(([equalPath], i) => [equalPath, values[i]])),
      [path]: { [direction === 1 ? '$gt' : '$lt']: values[index] },
    })),
  };
}

const encodeCursor = (values: unknown[]): string => Buffer.from(JSON.stringify(values)).toString('base64url');

function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Only plain values: a forged cursor must not smuggle query operators into the filter.
    if (Array.isArray(values) && values.length === length && values.every(isScalar)) return values;
  } catch {
    // falls through to the error below
  }
  throw new InvalidCursorError('The cursor is not one this list gave out');
}

const isScalar = (value: unknown): boolean => value === null || ['string', 'number', 'boolean'].includes(typeof value);
