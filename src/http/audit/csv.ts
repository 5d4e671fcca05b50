export type CsvValue = string | number | null;

/** Cells a spreadsheet would run as a formula; a leading apostrophe keeps them text. */
const FORMULA = /^[=+\-@\t\r]/;

/** One CSV record as RFC 4180 writes it: quoted when it must be, quotes doubled, CRLF at the end. */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
