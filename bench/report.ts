/** A goal on the figure itself or on its ratio to the baseline. */
export interface Target {
  on: 'value' | 'ratio';
  /** 'atLeast' for rates, 'below' for durations. */
  kind: 'atLeast' | 'below';
  limit: number;
}

export interface Row {
  measure: string;
  value: number;
  unit: string;
  /** Measured in the same run on the same machine; what it is is said in `notes`. */
  baseline?: number;
  target?: Target;
}

export interface Section {
  rows: Row[];
  /** How the figures were obtained: the baseline's definition, the loading method, sub-timings. */
  notes: string[];
}

const number = (value: number): string =>
  value >= 100 ? Math.round(value).toLocaleString('en-US') : value >= 10 ? value.toFixed(1) : value.toFixed(2);

const ratioOf = (row: Row): number | undefined => (row.baseline ? row.value / row.baseline : undefined);

function targetText(target: Target | undefined, unit: string): string {
  if (!target) return '—';
  const sign = target.kind === 'atLeast' ? '≥' : '<';
  return target.on === 'ratio' ? `${sign} ${target.limit}× baseline` : `${sign} ${number(target.limit)} ${unit}`;
}

export function isMet(row: Row): boolean | undefined {
  if (!row.target) return undefined;
  const figure = row.target.on === 'ratio' ? ratioOf(row) : row.value;
  if (figure === undefined || !Number.isFinite(figure)) return false;
  return row.target.kind === 'atLeast' ? figure >= row.target.limit : figure < row.target.limit;
}

/** The results table in Markdown, so it reads well in a terminal and pastes into an issue. */
export function renderTable(rows: readonly Row[]): string {
  const header = ['measure', 'value', 'baseline', 'ratio', 'target', 'met?'];
  const body = rows.map((row) => {
    const ratio = ratioOf(row);
    const met = isMet(row);
    return [
      row.measure,
      `${number(row.value)} ${row.unit}`,
      row.baseline === undefined ? '—' : `${number(row.baseline)} ${row.unit}`,
      ratio === undefined ? '—' : `${ratio.toFixed(2)}×`,
      targetText(row.target, row.unit),
      met === undefined ? '—' : met ? 'yes' : 'NO',
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => [...cells[i]!].length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function renderNotes(notes: readonly string[]): string {
  return notes.map((note) => `- ${note}`).join('\n');
}
