import { actorOf, DEMO_AGENTS, DEMO_FINANCE, DEMO_MANAGER } from '../../src/app/demo-users';
import { eventCountsAfter } from '../../src/cli/seed/event-counts';
import { lanesFor } from '../../src/cli/seed/seed-lanes';
import { firmChain, programmeChain, type SeedAction, type SeedStep } from '../../src/cli/seed/seed-steps';
import { SeedTally } from '../../src/cli/seed/seed-summary';
import { StepExecutor } from '../../src/cli/seed/step-executor';
import { runSteps } from '../../src/cli/seed/step-runner';
import { BUDGET_SPENT } from '../../src/cli/seed/subsidy-reasons';
import type { Actor } from '../../src/domain/decider';
import { programmePublication } from '../support/programme-publication';
import { registration } from '../support/registration';
import { everything, seedCore } from './seeded-events';

const FIRMS = 5;
const START = Date.parse('2026-03-02T02:00:00.000Z');
const MINUTE = 60_000;
const manager = actorOf(DEMO_MANAGER);
const finance = actorOf(DEMO_FINANCE);
const agent = actorOf(DEMO_AGENTS[0]!);

/** Five firms apply for 1,000 yuan each to a programme whose budget covers three; each approval is followed by a payment. */
function racingPlan(): SeedStep[] {
  const steps: SeedStep[] = [];
  const add = (minutes: number, actor: Actor, action: SeedAction, key: string, chains: string[]) => steps.push({ at: START + minutes * MINUTE, actor, action, key, chains });
  add(0, manager, { kind: 'publish-programme', programme: 0, publication: programmePublication({ budgetFen: 300_000, capPerEnterpriseFen: 100_000 }) }, 'race:publish', [programmeChain(0)]);
  for (let firm = 0; firm < FIRMS; firm += 1) {
    const on = [firmChain(firm), programmeChain(0)];
    add(1 + firm, agent, { kind: 'register', firm, registration: registration(firm + 1) }, `race:${firm}:register`, [firmChain(firm)]);
    add(10 + firm, agent, { kind: 'apply', application: firm, programme: 0, firm, requestedFen: 100_000 }, `race:${firm}:apply`, on);
    add(20 + firm, manager, { kind: 'approve', application: firm, approvedFen: 100_000, rejectionIfRefused: BUDGET_SPENT }, `race:${firm}:approve`, on);
    add(30 + firm, finance, { kind: 'disburse', application: firm, amountFen: 100_000, paymentReference: `GKZFRACE${firm}` }, `race:${firm}:disburse`, on);
  }
  return steps.sort((a, b) => a.at - b.at);
}

async function run(core: ReturnType<typeof seedCore>, concurrency: number) {
  const head = await core.events.headPosition();
  const executor = new StepExecutor();
  const tally = new SeedTally();
  await runSteps(lanesFor(core, concurrency), racingPlan(), (lane, step) => executor.execute(lane, step), (step, outcome) => tally.record(step, outcome));
  return tally.summary(START, START, await eventCountsAfter(core.events, head));
}

describe('a programme whose budget runs out while the seed runs', () => {
  it.each([1, 20])('rejects the approvals its ledger refuses, skips their payments and counts them, at concurrency %i', async (concurrency) => {
    const core = seedCore();
    const summary = await run(core, concurrency);
    const events = await everything(core.events);
    const rejections = events.filter((event) => event.type === 'SubsidyRejected');
    expect(rejections.map((event) => event.data['reason'])).toEqual([BUDGET_SPENT, BUDGET_SPENT]);
    expect(events.filter((event) => event.type === 'SubsidyDisbursed')).toHaveLength(3);
    expect(summary).toMatchObject({ budgetRefusals: 2, approvedFen: 300_000, disbursedFen: 300_000 });
    expect(summary.applicationsByState).toMatchObject({ disbursed: 3, rejected: 2 });
    expect(summary.programmes[0]).toMatchObject({ budgetFen: 300_000, approvedFen: 300_000, budgetRefusals: 2 });
    // Plan order decides who is refused: the last two to be approved.
    const refusedFirms = rejections.map((event) => events.find((e) => e.type === 'SubsidyApplied' && e.streamName === event.streamName)!.data['enterpriseId']);
    const lastRegistered = events.filter((event) => event.type === 'EnterpriseRegistered').slice(-2).map((event) => event.data['enterpriseId']);
    expect(refusedFirms).toEqual(lastRegistered);
  });

  it('writes nothing on a second run, and still skips the refused applications’ payments', async () => {
    const core = seedCore();
    await run(core, 20);
    const head = await core.events.headPosition();
    const again = await run(core, 20);
    expect(await core.events.headPosition()).toBe(head);
    expect(again.events).toBe(0);
  });
});
