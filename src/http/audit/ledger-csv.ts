import type { Document } from '../../readstore/read-store';
import { csvRecord, type CsvValue } from './csv';
import type { LedgerTotals } from './ledger-reads';

type Row = Record<string, unknown>;

const field = (name: string) => (row: Row): CsvValue => (row[name] as CsvValue | undefined) ?? null;
const eventField = (source: string, name: string) => (row: Row): CsvValue =>
  ((row['provenance'] as Record<string, Row | null> | undefined)?.[source]?.[name] as CsvValue | undefined) ?? null;

const ENTRY_FIELDS = ['id', 'kind', 'paidAt', 'month', 'programmeId', 'enterpriseId', 'subsidyId', 'amountFen', 'paymentReference', 'reason', 'approverId', 'approvedAt', 'approvedFen', 'disburserId'];
const EVENT_FIELDS = ['id', 'stream', 'revision', 'position', 'hash'];
const COLUMNS: [string, (row: Row) => CsvValue][] = [
  ...ENTRY_FIELDS.map((name): [string, (row: Row) => CsvValue] => [name, field(name)]),
  ...['entry', 'approval', 'commitment'].flatMap((source) =>
    EVENT_FIELDS.map((name): [string, (row: Row) => CsvValue] => [`${source}Event${name[0]!.toUpperCase()}${name.slice(1)}`, eventField(source, name)]),
  ),
];

/** The export's content type; the byte-order mark lets spreadsheet software read the Chinese in it as UTF-8. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
export const csvHeader = (): string => `\uFEFF${csvRecord(COLUMNS.map(([name]) => name))}`;

export const csvEntries = (entries: readonly Document[]): string =>
  entries.map((entry) => csvRecord(COLUMNS.map(([, value]) => value({ ...entry, id: entry._id })))).join('');

/** The totals as the last three records, in the kind and amountFen columns; counts are the records above them. */
export const csvTotals = (totals: LedgerTotals): string =>
  [
    { kind: 'total-paid', amountFen: totals.paidFen },
    { kind: 'total-clawed-back', amountFen: -totals.clawedBackFen },
    { kind: 'total-net', amountFen: totals.netFen },
  ]
    .map((row) => csvRecord(COLUMNS.map(([, value]) => value(row))))
    .join('');
