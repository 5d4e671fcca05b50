import type { ProgrammePublication } from '../../src/app/programmes';

/** A programme open to every firm around the test clock's day (2026-03-02), with room for several approvals. */
export function programmePublication(overrides: Partial<ProgrammePublication> = {}): ProgrammePublication {
  return {
    name: '产业扶持奖励资金',
    kind: 'industrial-support',
    budgetFen: 1_000_000,
    capPerEnterpriseFen: 500_000,
    eligibility: { industries: [], townships: [], parks: [], minAgeMonths: 0 },
    window: { opensOn: '2026-01-01', closesOn: '2026-12-31' },
    ...overrides,
  };
}
