import { eventCountsAfter } from './event-counts';
import type { Random } from './random';
import { lanesFor, type SeedDeps } from './seed-lanes';
import { planDistrict } from './seed-plan';
import { SeedTally, type SeedSummary } from './seed-summary';
import { StepExecutor } from './step-executor';
import { runSteps } from './step-runner';

export interface SeedOptions {
  /** How many firms to register. */
  firms: number;
  /** A seeded generator (see seededRandom): the same seed gives the same firms and history. */
  random: Random;
  /** The ISO instant the district's history ends at; it starts two years earlier. */
  now: string;
  /** How many commands are in flight at once (default 50); 1 runs everything through `deps` alone. */
  concurrency?: number;
}

export const DEFAULT_SEED_CONCURRENCY = 50;

/**
 * Fills the event store with two years of a district's firms and programmes, through the
 * application services only: each firm registered, licensed, kitted out, assigned, and for a few
 * reassigned, blacklisted or deregistered; the district's programmes published, applied to,
 * decided, paid, clawed back and closed; a year of agency tasks worked, rated and complained
 * about; each command decided at its historical instant.
 * `onProgress` counts commands. When it returns, `deps.clock` stands at `options.now`.
 */
export async function seedDistrict(
  deps: SeedDeps,
  options: SeedOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<SeedSummary> {
  const plan = planDistrict(options.random, options.firms, options.now);
  const concurrency = options.concurrency ?? DEFAULT_SEED_CONCURRENCY;
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) throw new RangeError(`Concurrency must be a whole number from 1, not ${concurrency}`);

  const head = await deps.events.headPosition();
  const executor = new StepExecutor();
  const tally = new SeedTally();
  let done = 0;
  onProgress?.(0, plan.steps.length);
  await runSteps(
    lanesFor(deps, concurrency),
    plan.steps,
    (lane, step) => executor.execute(lane, step),
    (step, outcome) => {
      tally.record(step, outcome);
      done += 1;
      onProgress?.(done, plan.steps.length);
    },
  );
  deps.clock.set(new Date(plan.to).toISOString());
  return tally.summary(plan.from, plan.to, await eventCountsAfter(deps.events, head));
}
