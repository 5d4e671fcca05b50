import type { Actor } from '../domain/decider';
import { DomainError } from '../domain/domain-error';
import { enterpriseDecider, enterpriseStream } from '../domain/enterprise/enterprise';
import { taskDecider, taskStream } from '../domain/task/task';
import type { EventStore } from '../eventstore/event-store';
import { CreditMarkOutOfStepError } from './command-errors';
import type { CommandHandler, CommandResult } from './command-handler';
import { readStreamState } from './stream-state';
import type { TaskCommandOptions } from './tasks';

/**
 * A commitment whose materials did not arrive in time: the task's stream records the breach and
 * the permit's revocation, then the firm's stream the credit mark. Each write is idempotent, so a
 * crash between the two is repaired by sending the breach again.
 */
export class CommitmentBreaches {
  constructor(
    private readonly store: EventStore,
    private readonly handler: CommandHandler,
  ) {}

  async breach(taskId: string, actor: Actor, options: TaskCommandOptions = {}): Promise<CommandResult> {
    const result = await this.handler.handle(taskDecider, taskStream(taskId), { type: 'BreachCommitment' }, actor, options);
    await this.markCredit(taskId, actor, options);
    return result;
  }

  /** The mark joins the request's correlation, never its If-Match or idempotency key: those belong to the task's stream. */
  private async markCredit(taskId: string, actor: Actor, { correlationId }: TaskCommandOptions): Promise<void> {
    const { state } = await readStreamState(this.store, taskDecider, taskStream(taskId));
    const mark = { type: 'MarkCredit', taskId, reason: 'commitment-breached' } as const;
    try {
      await this.handler.handle(enterpriseDecider, enterpriseStream(state.enterpriseId!), mark, actor, { correlationId });
    } catch (error) {
      throw error instanceof DomainError ? new CreditMarkOutOfStepError(taskId, error) : error;
    }
  }
}
