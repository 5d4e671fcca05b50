import { DEFAULT_CATALOGUE } from '../domain/catalogue/default-catalogue';
import type { Actor } from '../domain/decider';
import { enterpriseDecider, enterpriseStream } from '../domain/enterprise/enterprise';
import { initialEnterpriseState, isCreditMarked } from '../domain/enterprise/state';
import type { BreachCommitment, OpenTask, TaskCommand } from '../domain/task/commands';
import type { FirmCredit } from '../domain/task/firm-facts';
import type { TaskState } from '../domain/task/state';
import { taskDecider, taskStream } from '../domain/task/task';
import type { EventStore } from '../eventstore/event-store';
import type { Clock } from './clock';
import type { CommandHandler, CommandOptions, CommandResult } from './command-handler';
import { creationId } from './stream-ids';
import { readStreamState } from './stream-state';
import type { WorkingCalendars } from './working-calendars';

type WithoutFacts<Command> = Command extends unknown ? Omit<Command, 'calendar' | 'enterprise'> : never;

/** A command to an open task as its caller sends it: the facts from elsewhere are added here. A breach goes through CommitmentBreaches. */
export type TaskRequest = WithoutFacts<Exclude<TaskCommand, OpenTask | BreachCommitment>>;

export type TaskOpening = Pick<OpenTask, 'enterpriseId' | 'keyProject'> & { serviceCode: string };

/** Says no (by throwing) when the caller may not act on this task. */
export type TaskCommandOptions = CommandOptions & { authorize?: (state: TaskState) => void };

/** Agency tasks, with what the task's decider needs from the firm's stream, the catalogue and the working-day calendar. */
export class Tasks {
  constructor(
    private readonly store: EventStore,
    private readonly handler: CommandHandler,
    private readonly calendars: WorkingCalendars,
    private readonly clock: Clock,
  ) {}

  /** 首问负责制: the agent who opens the task owns it, whoever the firm is assigned to. */
  async open({ serviceCode, ...opening }: TaskOpening, actor: Actor, options: CommandOptions = {}): Promise<CommandResult & { taskId: string }> {
    const { state: enterprise } = await readStreamState(this.store, enterpriseDecider, enterpriseStream(opening.enterpriseId));
    const service = DEFAULT_CATALOGUE.find((entry) => entry.id === serviceCode) ?? null;
    const taskId = creationId('task', actor, this.clock, options.idempotencyKey);
    const command: OpenTask = { type: 'OpenTask', taskId, ...opening, service, enterprise };
    const result = await this.handler.handle(taskDecider, taskStream(taskId), command, actor, options);
    return { ...result, taskId };
  }

  async handle(taskId: string, request: TaskRequest, actor: Actor, options: TaskCommandOptions = {}): Promise<CommandResult> {
    return this.handler.handle(taskDecider, taskStream(taskId), await this.withFacts(taskId, request), actor, options);
  }

  private async withFacts(taskId: string, request: TaskRequest): Promise<TaskCommand> {
    switch (request.type) {
      case 'SignCommitment':
        return { ...request, calendar: await this.calendars.current(), enterprise: await this.firmCredit(taskId) };
      case 'AcceptTask':
      case 'ReceiveMaterials':
      case 'CompleteTask':
      case 'RateTask':
        return { ...request, calendar: await this.calendars.current() };
      default:
        return request;
    }
  }

  private async firmCredit(taskId: string): Promise<FirmCredit> {
    const { state: task } = await readStreamState(this.store, taskDecider, taskStream(taskId));
    const firm = task.enterpriseId === null ? initialEnterpriseState : (await readStreamState(this.store, enterpriseDecider, enterpriseStream(task.enterpriseId))).state;
    return { status: firm.status, blacklisted: firm.blacklisted, creditMarked: isCreditMarked(firm) };
  }
}
