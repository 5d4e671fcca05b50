import type { SeedStep } from './seed-steps';

/**
 * Runs the steps in plan order, one per lane at a time, as many at once as there are lanes; a
 * step waits for the steps before it on each of its chains. The first failure stops the run and
 * is thrown.
 */
export async function runSteps<Lane, Outcome>(
  lanes: readonly Lane[],
  steps: readonly SeedStep[],
  execute: (lane: Lane, step: SeedStep) => Promise<Outcome>,
  onOutcome: (step: SeedStep, outcome: Outcome) => void,
): Promise<void> {
  const lastOfChain = new Map<string, Promise<void>>();
  let next = 0;
  let failed = false;
  let failure: unknown;

  const work = async (lane: Lane): Promise<void> => {
    while (!failed && next < steps.length) {
      const step = steps[next]!;
      next += 1;
      const previous = step.chains.map((chain) => lastOfChain.get(chain));
      let done!: () => void;
      const finished = new Promise<void>((resolve) => (done = resolve));
      for (const chain of step.chains) lastOfChain.set(chain, finished);
      try {
        await Promise.all(previous);
        if (failed) return;
        onOutcome(step, await execute(lane, step));
      } catch (error) {
        if (!failed) failure = error;
        failed = true;
      } finally {
        done();
      }
    }
  };

  await Promise.all(lanes.map(work));
  if (failed) throw failure;
}
