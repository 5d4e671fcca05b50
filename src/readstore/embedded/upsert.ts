import { randomUUID } from 'node:crypto';
import { update as applyModifier } from 'mingo';
import type { Document, Filter, Update } from '../read-store';
import { applySimpleUpdate } from './simple-update';

type Modifier = Parameters<typeof applyModifier>[1];

/**
 * Applies update operators in place as MongoDB would; returns whether anything changed.
 * Documents are serialised right after, so mingo need not clone the values it sets.
 */
export function applyUpdate(doc: Document, update: Update, inserting: boolean): boolean {
  const { $setOnInsert, ...operators } = update as Record<string, Record<string, unknown> | undefined>;
  const modifier = (inserting && $setOnInsert ? { ...operators, $set: { ...operators['$set'], ...$setOnInsert } } : operators) as Record<string, Record<string, unknown>>;
  if (Object.keys(modifier).length === 0) return false;
  return applySimpleUpdate(doc, modifier) ?? applyModifier(doc, modifier as Modifier, undefined, undefined, { cloneMode: 'none' }).length > 0;
}

/** The document an upsert starts from: the filter's equality conditions, then the update. */
export function upsertDocument(filter: Filter, update: Update): Document {
  const doc: Record<string, unknown> = {};
  for (const [path, value] of equalityConditions(filter)) setPath(doc, path, value);
  doc['_id'] ??= randomUUID();
  applyUpdate(doc as Document, update, true);
  return doc as Document;
}

function* equalityConditions(filter: Filter): Generator<[string, unknown]> {
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(condition)) {
      for (const part of condition as Filter[]) yield* equalityConditions(part);
    } else if (!key.startsWith('$')) {
      if (isOperatorObject(condition)) {
        if ('$eq' in condition) yield [key, condition['$eq']];
      } else {
        yield [key, condition];
      }
    }
  }
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).some((k) => k.startsWith('$'));
}

function setPath(doc: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  let target = doc;
  for (const segment of segments.slice(0, -1)) {
    const next = target[segment];
    target = (next !== null && typeof next === 'object' ? next : (target[segment] = {})) as Record<string, unknown>;
  }
  target[segments.at(-1)!] = structuredClone(value);
}
