import type { Actor } from '../domain/decider';
import type { ApplyForSubsidy, CloseSubsidy, RequestMaterials, SupplyMaterials } from '../domain/subsidy/commands';
import { subsidyDecider, subsidyStream } from '../domain/subsidy/subsidy';
import type { EventStore } from '../eventstore/event-store';
import type { Clock } from './clock';
import type { CommandHandler, CommandOptions, CommandResult } from './command-handler';
import { readFirmFacts, type FirmFacts } from './firm-facts';
import type { Programmes } from './programmes';
import { creationId } from './stream-ids';
import { readSubsidyRecord, type SubsidyCommandOptions } from './subsidy-record';

export type SubsidyApplication = Pick<ApplyForSubsidy, 'programmeId' | 'enterpriseId' | 'requestedFen'>;

/** The commands that touch the application's stream alone. */
export type ApplicationCommand = RequestMaterials | SupplyMaterials | CloseSubsidy;

/** Files applications, with the facts of the firm and the programme as their streams have them now. */
export class SubsidyApplications {
  constructor(
    private readonly store: EventStore,
    private readonly handler: CommandHandler,
    private readonly programmes: Programmes,
    private readonly clock: Clock,
  ) {}

  async apply(
    application: SubsidyApplication,
    actor: Actor,
    { authorize, ...options }: CommandOptions & { authorize?: (firm: FirmFacts) => void } = {},
  ): Promise<CommandResult & { subsidyId: string }> {
    const firm = await readFirmFacts(this.store, application.enterpriseId);
    authorize?.(firm);
    const { status, terms } = await this.programmes.read(application.programmeId);
    const subsidyId = creationId('subsidy', actor, this.clock, options.idempotencyKey);
    const command: ApplyForSubsidy = { type: 'ApplyForSubsidy', subsidyId, ...application, programme: { status, terms }, enterprise: firm };
    const result = await this.handler.handle(subsidyDecider, subsidyStream(subsidyId), command, actor, options);
    return { ...result, subsidyId };
  }

  async handle(subsidyId: string, command: ApplicationCommand, actor: Actor, { authorize, ...options }: SubsidyCommandOptions = {}): Promise<CommandResult> {
    if (authorize) authorize(await readSubsidyRecord(this.store, subsidyId));
    return this.handler.handle(subsidyDecider, subsidyStream(subsidyId), command, actor, options);
  }
}
