import { valueAtPath } from '../document-path';
import type { Document, Filter, IndexSpec } from '../read-store';

/** What an index stores per document: scalar values at its first key path; null for missing. */
export type IndexValue = string | number | null;

export interface IndexDefinition extends IndexSpec {
  name: string;
  table: string;
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

function addScalar(value: unknown, out: Set<IndexValue>): void {
  if (value === undefined || value === null) out.add(null);
  else if (typeof value === 'string' || typeof value === 'number') out.add(value);
  else if (typeof value === 'boolean') out.add(value ? 1 : 0);
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

function rangeOf(operators: Record<string, unknown>): IndexCondition | undefined {
  const bound = (op: string): string | number | undefined => {
    const value = operators[op];
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  };
  const [gt, gte, lt, lte] = [bound('$gt'), bound('$gte'), bound('$lt'), bound('$lte')];
  const lower = gt !== undefined ? { value: gt, inclusive: false } : gte !== undefined ? { value: gte, inclusive: true } : undefined;
  const upper = lt !== undefined ? { value: lt, inclusive: false } : lte !== undefined ? { value: lte, inclusive: true } : undefined;
  return lower || upper ? { kind: 'range', lower, upper } : undefined;
}

function toIndexValue(value: unknown): IndexValue | undefined {
  if (value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}
