import { ManualClock } from '../../app/clock';
import { CommandHandler, type CommandOptions } from '../../app/command-handler';
import { EnterpriseRegistration } from '../../app/enterprise-registration';
import { deterministicId } from '../../app/ids';
import type { DomainEvent } from '../../domain/decider';
import { enterpriseDecider, enterpriseStream } from '../../domain/enterprise/enterprise';
import type { EventStore } from '../../eventstore/event-store';
import type { SeedStep } from './firm-history';

/** The application services a seed runs through; `commands` and `registration` must be wired to `clock`. */
export interface SeedDeps {
  events: EventStore;
  commands: CommandHandler;
  registration: EnterpriseRegistration;
  clock: ManualClock;
}

/** One command at a time, on its own clock: the clock is set to the step's instant just before the command. */
export interface Lane {
  clock: ManualClock;
  commands: CommandHandler;
  registration: EnterpriseRegistration;
}

export interface StepOutcome {
  enterpriseId: string;
  /** What the command decided: nothing when it changed nothing. */
  events: readonly DomainEvent[];
}

/**
 * A ManualClock holds one instant, so two commands in flight cannot share one: the first lane
 * is the caller's own services and clock, every further lane the same services built over the
 * same event store with a clock of its own.
 */
export function lanesFor(deps: SeedDeps, count: number): Lane[] {
  const lanes: Lane[] = [{ clock: deps.clock, commands: deps.commands, registration: deps.registration }];
  while (lanes.length < count) {
    const clock = new ManualClock(deps.clock.now());
    const commands = new CommandHandler(deps.events, clock);
    lanes.push({ clock, commands, registration: new EnterpriseRegistration(deps.events, commands, clock) });
  }
  return lanes;
}

/** Stable per step, so a second run of the same seed finds its commands already written instead of writing them twice. */
const stepKey = (step: SeedStep, creditCode: string): string => `seed:${creditCode}:${step.order}`;

/**
 * Runs the steps in time order, one per lane at a time, as many at once as there are lanes;
 * a firm's steps wait for its earlier ones. The first failure stops the run and is thrown.
 */
export async function runSteps(
  lanes: readonly Lane[],
  steps: readonly SeedStep[],
  creditCodeOf: (firm: number) => string,
  onOutcome: (step: SeedStep, outcome: StepOutcome) => void,
): Promise<void> {
  const enterpriseIds = new Map<number, string>();
  const previousOfFirm = new Map<number, Promise<void>>();
  let next = 0;
  let failed = false;
  let failure: unknown;

  const execute = async (lane: Lane, step: SeedStep): Promise<StepOutcome> => {
    const key = stepKey(step, creditCodeOf(step.firm));
    const options: CommandOptions = { idempotencyKey: key, correlationId: deterministicId(key) };
    lane.clock.set(new Date(step.at).toISOString());
    if (step.action.kind === 'register') {
      const result = await lane.registration.register(step.action.registration, step.actor, options);
      enterpriseIds.set(step.firm, result.enterpriseId);
      return { enterpriseId: result.enterpriseId, events: result.events };
    }
    const enterpriseId = enterpriseIds.get(step.firm);
    if (enterpriseId === undefined) throw new Error(`Firm ${step.firm} has no id: its registration did not run`);
    const result = await lane.commands.handle(enterpriseDecider, enterpriseStream(enterpriseId), step.action.command, step.actor, options);
    return { enterpriseId, events: result.events };
  };

  const work = async (lane: Lane): Promise<void> => {
    while (!failed && next < steps.length) {
      const step = steps[next]!;
      next += 1;
      const previous = previousOfFirm.get(step.firm);
      let done!: () => void;
      previousOfFirm.set(step.firm, new Promise<void>((resolve) => (done = resolve)));
      try {
        if (previous) await previous;
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
