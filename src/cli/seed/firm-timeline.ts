import type { Actor } from '../../domain/decider';
import type { SeedStep } from './seed-steps';

export type Standing = 'good' | 'blacklisted' | 'deregistered';

/** What a firm's planned history says it is at any instant: who its concierge is, and whether it may receive subsidies. */
export class FirmTimeline {
  readonly registeredAt: number;

  constructor(private readonly steps: readonly SeedStep[]) {
    const registration = steps[0];
    if (registration?.action.kind !== 'register') throw new Error('A firm’s history starts with its registration');
    this.registeredAt = registration.at;
  }

  /** The agent holding the firm at `at`: the one who registered it, unless it was reassigned since. */
  conciergeAt(at: number): Actor {
    let concierge = this.steps[0]!.actor;
    for (const step of this.until(at)) {
      if (step.action.kind === 'firm-command' && step.action.command.type === 'AssignConcierge') concierge = { id: step.action.command.agentId, role: 'agent' };
    }
    return concierge;
  }

  /** As the subsidy rules see the firm at `at`: a step at the same instant has already run (firm steps sort first). */
  standingAt(at: number): Standing {
    let standing: Standing = 'good';
    for (const step of this.until(at)) {
      if (step.action.kind !== 'firm-command') continue;
      const { type } = step.action.command;
      if (type === 'BlacklistEnterprise') standing = 'blacklisted';
      if (type === 'LiftBlacklist') standing = 'good';
      if (type === 'DeregisterEnterprise') return 'deregistered';
    }
    return standing;
  }

  private until(at: number): SeedStep[] {
    return this.steps.filter((step) => step.at <= at);
  }
}
