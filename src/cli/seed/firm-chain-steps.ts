import type { Actor } from '../../domain/decider';
import { firmChain, wholeSecond, type SeedAction, type SeedStep } from './seed-steps';

/** Appends the steps of one thing a firm has (a task, a grant, a loan), each keyed by its name within it, on the firm's chain: they read or mark the firm. */
export class FirmChainSteps {
  readonly steps: SeedStep[] = [];

  constructor(private readonly owner: { firm: number; key: string }) {}

  add(instant: number, actor: Actor, action: SeedAction, name: string): number {
    const at = wholeSecond(instant);
    this.steps.push({ at, actor, action, key: `${this.owner.key}:${name}`, chains: [firmChain(this.owner.firm)] });
    return at;
  }
}
