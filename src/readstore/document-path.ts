/** The value at a dotted path of a document, without MongoDB's array expansion; undefined when absent. */
export function valueAtPath(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc);
}
