import type { Document } from '../../readstore/read-store';

export interface QualityCounts {
  completed: number;
  rated: number;
  satisfied: number;
  onTime: number;
  workingDaysSaved: number;
}

const COUNTS: readonly (keyof QualityCounts)[] = ['completed', 'rated', 'satisfied', 'onTime', 'workingDaysSaved'];
const NONE: QualityCounts = { completed: 0, rated: 0, satisfied: 0, onTime: 0, workingDaysSaved: 0 };

/** The counts of several months' documents added up. */
export function addedUp(docs: readonly Document[]): QualityCounts {
  const sum = { ...NONE };
  for (const doc of docs) for (const count of COUNTS) sum[count] += Number(doc[count] ?? 0);
  return sum;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** 评价率, 满意率, the on-time rate and the working days saved per task, from the counts. */
export const withRates = (counts: QualityCounts) => ({
  ...counts,
  evaluationRate: ratio(counts.rated, counts.completed),
  satisfactionRate: ratio(counts.satisfied, counts.rated),
  onTimeRate: ratio(counts.onTime, counts.completed),
  averageWorkingDaysSaved: ratio(counts.workingDaysSaved, counts.completed),
});
