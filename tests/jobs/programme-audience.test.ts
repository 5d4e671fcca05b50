import { ManualClock } from '../../src/app/clock';
import type { FirmFacts } from '../../src/app/firm-facts';
import { initialProgrammeState } from '../../src/domain/programme/state';
import type { ProgrammeTerms } from '../../src/domain/programme/terms';
import { forFirm, programmeReminders } from '../../src/domain/reminder/programme-reminders';
import { ProgrammeAudience } from '../../src/jobs/programme-audience';
import type { CauseReminders } from '../../src/jobs/reminder-causes';
import { ENTERPRISES } from '../../src/projections/enterprises';
import { SUBSIDIES } from '../../src/projections/subsidies';
import { EmbeddedReadStore } from '../../src/readstore/embedded/embedded-read-store';

const terms: ProgrammeTerms = {
  name: '现代服务业扶持',
  kind: 'modern-services',
  capPerEnterpriseFen: 1_000_000,
  eligibility: { industries: ['I'], townships: [], parks: [], minAgeMonths: 0 },
  window: { opensOn: '2026-03-01', closesOn: '2026-03-31' },
  deferredAmountDueOn: null,
};
const firm = (id: string, overrides: Partial<FirmFacts> = {}): FirmFacts & { _id: string } => ({
  _id: id,
  status: 'licensed',
  blacklisted: false,
  agentId: 'a-1',
  name: `企业${id}`,
  industry: 'I',
  township: '启明街道',
  park: null,
  registeredAt: '2025-06-01T02:00:00.000Z',
  ...overrides,
});

describe("a programme's audience", () => {
  const clock = new ManualClock('2026-03-24T02:00:00.000Z');
  const reads = EmbeddedReadStore.open(':memory:');
  const audience = new ProgrammeAudience(reads, clock);
  const firms = [firm('e-1'), firm('e-2'), firm('e-3', { industry: 'C' }), firm('e-4', { blacklisted: true }), firm('e-5', { status: 'deregistered' })];
  const cause: CauseReminders = {
    reminders: programmeReminders('p-1', '2026-03-01T02:00:00.000Z', { ...initialProgrammeState, status: 'open', terms }),
    itemName: null,
    taskOwner: null,
    programmeTerms: terms,
  };
  const [published, closing] = cause.reminders;

  beforeAll(async () => {
    for (const { _id, ...profile } of firms) await reads.collection(ENTERPRISES).updateOne({ _id }, { $set: profile }, { upsert: true });
    await reads.collection(SUBSIDIES).updateOne({ _id: 's-1' }, { $set: { programmeId: 'p-1', enterpriseId: 'e-2' } }, { upsert: true });
  });
  afterAll(() => reads.close());

  it('is the firms the rules admit, never a blacklisted or deregistered one', async () => {
    expect((await audience.eligibleFirms(terms)).sort()).toEqual(['e-1', 'e-2']);
  });

  it('is told of the programme whether or not it applied, but reminded of the closing window only if it has not', async () => {
    expect(await audience.stillIncludes(forFirm(published!, 'e-2'), cause, firms[1]!)).toBe(true);
    expect(await audience.stillIncludes(forFirm(closing!, 'e-1'), cause, firms[0]!)).toBe(true);
    expect(await audience.stillIncludes(forFirm(closing!, 'e-2'), cause, firms[1]!)).toBe(false);
  });

  it('drops a firm that was blacklisted, deregistered or no longer meets the rules by the time its reminder goes', async () => {
    expect(await audience.stillIncludes(forFirm(published!, 'e-1'), cause, { ...firms[0]!, blacklisted: true })).toBe(false);
    expect(await audience.stillIncludes(forFirm(published!, 'e-1'), cause, { ...firms[0]!, status: 'deregistered' })).toBe(false);
    expect(await audience.stillIncludes(forFirm(published!, 'e-3'), cause, firms[2]!)).toBe(false);
  });
});
