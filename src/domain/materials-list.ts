import { DomainError } from './domain-error';

/** 一次性告知: the missing materials named at once, as distinct, non-blank items; at least one. */
export function materialsList(items: readonly string[], field: string): string[] {
  const distinct = [...new Set(items.map((item) => item.trim()))];
  if (distinct.length === 0 || distinct.includes('')) throw new DomainError('materials-list-invalid', `${field} must list at least one item, none blank`, { field });
  return distinct;
}
