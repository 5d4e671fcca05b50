import type { CommandOptions } from '../../app/command-handler';
import { deterministicId } from '../../app/ids';
import type { DomainEvent } from '../../domain/decider';
import { DomainError } from '../../domain/domain-error';
import { enterpriseDecider, enterpriseStream } from '../../domain/enterprise/enterprise';
import type { Lane } from './seed-lanes';
import type { SeedAction, SeedStep } from './seed-steps';
import { GrantAndLoanStepExecutor } from './grant-and-loan-step-executor';
import { TaskStepExecutor } from './task-step-executor';

export interface StepOutcome {
  /** What the command decided on the stream it is about (the application's, for subsidy commands): nothing when it changed nothing. */
  events: readonly DomainEvent[];
  /** Set when the programme's ledger refused an approval and the manager rejected the application instead. */
  refusal?: 'budget-exceeded';
}

type ApplicationAction = Extract<SeedAction, { application: number }>;

/**
 * Runs each step through the application services at the step's instant, and remembers the ids
 * the services gave the firms, programmes and applications of the plan. An application whose
 * approval the budget refused is rejected instead, and its later steps (payments) are skipped.
 * Task steps go to the TaskStepExecutor, grant and loan steps to the GrantAndLoanStepExecutor.
 */
export class StepExecutor {
  private readonly enterpriseIds = new Map<number, string>();
  private readonly programmeIds = new Map<number, string>();
  private readonly subsidyIds = new Map<number, string>();
  private readonly refused = new Set<number>();
  private readonly taskSteps = new TaskStepExecutor((firm) => idOf(this.enterpriseIds, firm, 'firm'));
  private readonly grantAndLoanSteps = new GrantAndLoanStepExecutor((firm) => idOf(this.enterpriseIds, firm, 'firm'));

  async execute(lane: Lane, step: SeedStep): Promise<StepOutcome> {
    const { action, actor } = step;
    const options: CommandOptions = { idempotencyKey: step.key, correlationId: deterministicId(step.key) };
    lane.clock.set(new Date(step.at).toISOString());
    switch (action.kind) {
      case 'register': {
        const result = await lane.registration.register(action.registration, actor, options);
        this.enterpriseIds.set(action.firm, result.enterpriseId);
        return result;
      }
      case 'firm-command':
        return lane.commands.handle(enterpriseDecider, enterpriseStream(idOf(this.enterpriseIds, action.firm, 'firm')), action.command, actor, options);
      case 'publish-programme': {
        const result = await lane.programmes.publish(action.publication, actor, options);
        this.programmeIds.set(action.programme, result.programmeId);
        return result;
      }
      case 'close-programme':
        return lane.programmes.handle(idOf(this.programmeIds, action.programme, 'programme'), { type: 'CloseProgramme', reason: action.reason }, actor, options);
      case 'apply': {
        const programmeId = idOf(this.programmeIds, action.programme, 'programme');
        const enterpriseId = idOf(this.enterpriseIds, action.firm, 'firm');
        const result = await lane.applications.apply({ programmeId, enterpriseId, requestedFen: action.requestedFen }, actor, options);
        this.subsidyIds.set(action.application, result.subsidyId);
        return result;
      }
      case 'open-task':
      case 'task-command':
      case 'breach-commitment':
        return this.taskSteps.execute(lane, step, action, options);
      case 'award-grant':
      case 'grant-command':
      case 'grant-credit-line':
      case 'apply-for-loan':
      case 'loan-command':
        return this.grantAndLoanSteps.execute(lane, step, action, options);
      default:
        return this.refused.has(action.application) ? { events: [] } : this.onApplication(lane, step, action, options);
    }
  }

  private async onApplication(lane: Lane, step: SeedStep, action: Exclude<ApplicationAction, { kind: 'apply' }>, options: CommandOptions): Promise<StepOutcome> {
    const { actor } = step;
    const subsidyId = idOf(this.subsidyIds, action.application, 'application');
    switch (action.kind) {
      case 'request-materials':
        return lane.applications.handle(subsidyId, { type: 'RequestMaterials', missingItems: action.missingItems }, actor, options);
      case 'supply-materials':
        return lane.applications.handle(subsidyId, { type: 'SupplyMaterials', items: action.items }, actor, options);
      case 'approve':
        return this.approve(lane, step, action, subsidyId, options);
      case 'reject':
        return lane.decisions.reject(subsidyId, action.reason, actor, options);
      case 'disburse':
        return lane.payments.disburse(subsidyId, { amountFen: action.amountFen, paymentReference: action.paymentReference }, actor, options);
      case 'claw-back':
        return lane.payments.clawBack(subsidyId, { amountFen: action.amountFen, reason: action.reason }, actor, options);
      case 'close-application':
        return lane.applications.handle(subsidyId, { type: 'CloseSubsidy' }, actor, options);
    }
  }

  private async approve(lane: Lane, step: SeedStep, action: Extract<SeedAction, { kind: 'approve' }>, subsidyId: string, options: CommandOptions): Promise<StepOutcome> {
    try {
      return await lane.decisions.approve(subsidyId, action.approvedFen, step.actor, options);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'application-already-decided') {
        // A second run of the seed finds the rejection its first run wrote in the approval's place.
        this.refused.add(action.application);
        return { events: [] };
      }
      if (error.code !== 'budget-exceeded') throw error;
      this.refused.add(action.application);
      const rejection = await lane.decisions.reject(subsidyId, action.rejectionIfRefused, step.actor, { ...options, idempotencyKey: `${step.key}:refused` });
      return { events: rejection.events, refusal: error.code };
    }
  }
}

function idOf(ids: ReadonlyMap<number, string>, index: number, what: string): string {
  const id = ids.get(index);
  if (id === undefined) throw new Error(`The plan's ${what} ${index} has no id: the step that creates it did not run`);
  return id;
}
