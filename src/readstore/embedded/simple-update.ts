import { isEqual } from 'mingo/util';
import type { Document } from '../read-store';

type Fields = Record<string, unknown>;

const SIMPLE_OPERATORS = new Set(['$set', '$unset', '$inc', '$push', '$addToSet', '$pull']);
const isTopLevel = (field: string): boolean => !field.includes('.') && !field.startsWith('$');
const isOperatorDocument = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).some((key) => key.startsWith('$'));
const hasNoDuplicates = (list: unknown[]): boolean => list.every((item, i) => list.findIndex((other) => isEqual(other, item)) === i);
const isScalar = (value: unknown): boolean => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * The update operators projections write most — $set, $unset, $inc, $push, $addToSet and $pull of
 * one plain value on top-level fields (for $pull, from a list of plain values) — applied directly. mingo rebuilds its operator tables on
 * every call, which made it most of a projection's cost; anything beyond these plain forms (dotted
 * paths, $each, conditions, two operators on one field, a field of the wrong type) returns
 * undefined and goes to mingo. A property test holds this to mingo's results.
 */
export function applySimpleUpdate(doc: Document, modifier: Record<string, Fields>): boolean | undefined {
  const touched = new Set<string>();
  for (const [operator, fields] of Object.entries(modifier)) {
    if (!SIMPLE_OPERATORS.has(operator)) return undefined;
    for (const [field, value] of Object.entries(fields)) {
      if (!isTopLevel(field) || field === '_id' || touched.has(field) || !fits(operator, doc[field], value)) return undefined;
      touched.add(field);
    }
  }
  let changed = false;
  for (const [operator, fields] of Object.entries(modifier)) {
    for (const [field, value] of Object.entries(fields)) changed = apply(doc, operator, field, value) || changed;
  }
  return changed;
}

function fits(operator: string, current: unknown, value: unknown): boolean {
  switch (operator) {
    case '$set':
    case '$unset':
      return true;
    case '$inc':
      return typeof value === 'number' && (current === undefined || typeof current === 'number');
    case '$push':
      return !isOperatorDocument(value) && (current === undefined || Array.isArray(current));
    case '$addToSet': // onto a list without duplicates, where mingo's set union and MongoDB's append agree
      return !isOperatorDocument(value) && (current === undefined || (Array.isArray(current) && hasNoDuplicates(current)));
    default: // $pull of a plain value from a list of plain values: matching rules for nested arrays differ
      return isScalar(value) && (current === undefined || (Array.isArray(current) && current.every(isScalar)));
  }
}

function apply(doc: Document, operator: string, field: string, value: unknown): boolean {
  const current = doc[field];
  switch (operator) {
    case '$set':
      if (field in doc && isEqual(current, value)) return false;
      doc[field] = value;
      return true;
    case '$unset':
      if (!(field in doc)) return false;
      delete doc[field];
      return true;
    case '$inc':
      doc[field] = ((current as number | undefined) ?? 0) + (value as number);
      return current === undefined || value !== 0;
    case '$push':
      doc[field] = [...((current as unknown[] | undefined) ?? []), value];
      return true;
    case '$addToSet': {
      const list = (current as unknown[] | undefined) ?? [];
      if (current !== undefined && list.some((item) => isEqual(item, value))) return false;
      doc[field] = [...list, value];
      return true;
    }
    default: {
      const list = current as unknown[] | undefined;
      if (!list) return false;
      const kept = list.filter((item) => !isEqual(item, value));
      doc[field] = kept;
      return kept.length !== list.length;
    }
  }
}
