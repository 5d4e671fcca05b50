/**
 * JSON with object keys sorted at every depth, so equal values always hash alike. Written out
 * directly, since every append hashes its events. Keys come in the order stored hash chains were
 * made with: those that are array indexes first, by number (as a JavaScript object orders them),
 * then the others sorted by UTF-16 code units. Like JSON.stringify, undefined, functions and
 * symbols are left out of objects and written as null in arrays.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let items = '';
    for (let i = 0; i < value.length; i += 1) items += (i === 0 ? '' : ',') + (isOmitted(value[i]) ? 'null' : canonicalJson(value[i]));
    return `[${items}]`;
  }
  let members = '';
  for (const key of orderedKeys(value)) {
    const member = (value as Record<string, unknown>)[key];
    if (!isOmitted(member)) members += `${members === '' ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `{${members}}`;
}

const isOmitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;
const MAX_ARRAY_INDEX = 2 ** 32 - 2;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isArrayIndex = (key: string): boolean => isDigit(key.charCodeAt(0)) && ARRAY_INDEX.test(key) && Number(key) <= MAX_ARRAY_INDEX;

function orderedKeys(object: object): string[] {
  const keys = Object.keys(object);
  if (!keys.some(isArrayIndex)) return keys.sort();
  const indexes = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((key) => !isArrayIndex(key)).sort()];
}
