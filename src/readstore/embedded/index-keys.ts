import { valueAtPath } from '../document-path';
import type { Document, Filter, IndexSpec } from '../read-store';

/** What an index stores per document: scalar values at its first key path; null for missing. */
export type IndexValue = string | number | null;

export interface IndexDefinition extends IndexSpec {
  name: string;
  table: string;
  /** False once a document held a value the index cannot order as MongoDB sorts (objects, booleans, []). */
  orderable: boolean;
}

export const indexName = (keys: IndexSpec['keys']): string =>
  Object.entries(keys)
    .map(([path, direction]) => `${path}_${direction}`)
    .join('_');

export const firstKey = (index: IndexSpec): string => Object.keys(index.keys)[0]!;

/**
 * The scalar values a document holds at a dotted path, arrays expanded at every level as
 * MongoDB's multikey indexes do. Objects are left out: the index only narrows candidates for
 * scalar conditions, and the query itself decides the match.
 */
export function valuesAtPath(doc: unknown, path: string): IndexValue[] {
  const scalar = topLevelScalar(doc, path);
  if (scalar !== undefined) return [scalar];
  const out = new Set<IndexValue>();
  collect(doc, path.split('.'), out);
  return [...out];
}

function collect(value: unknown, segments: string[], out: Set<IndexValue>): void {
  if (segments.length === 0) {
    if (Array.isArray(value)) value.forEach((item) => addScalar(item, out));
    else addScalar(value, out);
    return;
  }
  if (Array.isArray(value)) {
    const [head] = segments;
    if (/^\d+$/.test(head!) && value.length > Number(head)) collect(value[Number(head)], segments.slice(1), out);
    for (const item of value) if (item !== null && typeof item === 'object') collect(item, segments, out);
    return;
  }
  if (value === null || typeof value !== 'object') {
    out.add(null);
    return;
  }
  const [head, ...rest] = segments;
  collect((value as Record<string, unknown>)[head!], rest, out);
}

/** The common case, answered without walking: a scalar, null or nothing in a top-level field. */
function topLevelScalar(doc: unknown, path: string): IndexValue | undefined {
  if (path.includes('.') || doc === null || typeof doc !== 'object') return undefined;
  const value = (doc as Record<string, unknown>)[path];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

function addScalar(value: unknown, out: Set<IndexValue>): void {
  if (value === undefined || value === null) out.add(null);
  else if (typeof value === 'string' || typeof value === 'number') out.add(value);
  else if (typeof value === 'boolean') out.add(value ? 1 : 0);
}

/**
 * Whether the index's entries order this document as a sort on the key would: only a string, a
 * number, null or nothing at the path. Arrays, objects and booleans sort by rules of their own
 * (where mingo and MongoDB do not even agree), so an index that ever held one is not used to sort.
 */
export function sortsByEntries(doc: unknown, path: string): boolean {
  if (topLevelScalar(doc, path) !== undefined) return typeof (doc as Record<string, unknown>)[path] !== 'boolean';
  let value: unknown = doc;
  for (const segment of path.split('.')) {
    if (Array.isArray(value)) return false;
    if (value === null || typeof value !== 'object') return true;
    value = (value as Record<string, unknown>)[segment];
  }
  return value === undefined || value === null || typeof value === 'string' || typeof value === 'number';
}

/** The tuple a unique index compares; missing fields count as null, as in MongoDB. */
export function uniqueKey(doc: Document, index: IndexSpec): string {
  return JSON.stringify(Object.keys(index.keys).map((path) => valueAtPath(doc, path) ?? null));
}

/** A condition an index can answer with a superset of the matching documents. */
export type IndexCondition =
  | { kind: 'in'; values: IndexValue[] }
  | { kind: 'range'; lower?: { value: string | number; inclusive: boolean }; upper?: { value: string | number; inclusive: boolean } };

/** Top-level conditions on `path` (also inside a top-level $and) that an index on it can narrow. */
export function indexableCondition(filter: Filter, path: string): IndexCondition | undefined {
  const direct = path in filter ? conditionOf(filter[path]) : undefined;
  if (direct) return direct;
  const and = filter['$and'];
  if (!Array.isArray(and)) return undefined;
  for (const part of and as Filter[]) {
    const nested = indexableCondition(part, path);
    if (nested) return nested;
  }
  return undefined;
}

function conditionOf(condition: unknown): IndexCondition | undefined {
  const scalar = toIndexValue(condition);
  if (scalar !== undefined) return { kind: 'in', values: [scalar] };
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return undefined;
  const operators = condition as Record<string, unknown>;
  if ('$eq' in operators) {
    const value = toIndexValue(operators['$eq']);
    return value === undefined ? undefined : { kind: 'in', values: [value] };
  }
  if (Array.isArray(operators['$in'])) {
    const values = (operators['$in'] as unknown[]).map(toIndexValue);
    return values.every((v) => v !== undefined) ? { kind: 'in', values: values as IndexValue[] } : undefined;
  }
  return rangeOf(operators);
}

/**
 * One bound only: on an array each bound may be met by a different element (MongoDB matches
 * { $gte: 0, $lt: 0 } on [-1, 0]), so only each bound alone is sure to hold a superset.
 */
function rangeOf(operators: Record<string, unknown>): IndexCondition | undefined {
  for (const [op, inclusive, side] of [['$gte', true, 'lower'], ['$gt', false, 'lower'], ['$lte', true, 'upper'], ['$lt', false, 'upper']] as const) {
    const value = operators[op];
    if (typeof value === 'string' || typeof value === 'number') return { kind: 'range', [side]: { value, inclusive } };
  }
  return undefined;
}

function toIndexValue(value: unknown): IndexValue | undefined {
  if (value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}
