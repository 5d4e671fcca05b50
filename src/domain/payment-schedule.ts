/** Where a scheduled payment stands on an Asia/Shanghai date: due on its day, late from the day after. */
export type DueStatus = 'paid' | 'due' | 'late' | 'upcoming';

export function dueStatus(dueOn: string, paid: boolean, asOf: string): DueStatus {
  if (paid) return 'paid';
  if (dueOn === asOf) return 'due';
  return dueOn < asOf ? 'late' : 'upcoming';
}

/** Asia/Shanghai calendar dates, both included. */
export interface DateRange {
  from: string;
  to: string;
}

export const fallingDueIn = <Entry extends { dueOn: string }>(entries: readonly Entry[], { from, to }: DateRange): Entry[] =>
  entries.filter(({ dueOn }) => from <= dueOn && dueOn <= to);
