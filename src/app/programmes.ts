import type { Actor } from '../domain/decider';
import type { ProgrammeCommand, PublishProgramme } from '../domain/programme/commands';
import { programmeDecider, programmeStream } from '../domain/programme/programme';
import type { ProgrammeState } from '../domain/programme/state';
import type { EventStore } from '../eventstore/event-store';
import type { Clock } from './clock';
import type { CommandHandler, CommandOptions, CommandResult } from './command-handler';
import { KeyedQueue } from './keyed-queue';
import { creationId } from './stream-ids';
import { readStreamState } from './stream-state';

export type ProgrammePublication = Omit<PublishProgramme, 'type' | 'programmeId'>;
export type ProgrammeCommandOptions = CommandOptions & { authorize?: (state: ProgrammeState) => void };

/**
 * Every command to a programme's stream (publication, budget, closing, and the ledger that
 * approvals and payments write to) runs one at a time per programme in this process: racing
 * approvals queue up instead of losing the append race to each other over and over. Writers in
 * other processes are still answered by the handler's retries on a revision conflict.
 */
export class Programmes {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly store: EventStore,
    private readonly handler: CommandHandler,
    private readonly clock: Clock,
  ) {}

  async publish(publication: ProgrammePublication, actor: Actor, options: CommandOptions = {}): Promise<CommandResult & { programmeId: string }> {
    const programmeId = creationId('programme', actor, this.clock, options.idempotencyKey);
    const result = await this.handle(programmeId, { type: 'PublishProgramme', programmeId, ...publication }, actor, options);
    return { ...result, programmeId };
  }

  handle(programmeId: string, command: ProgrammeCommand, actor: Actor, options: ProgrammeCommandOptions = {}): Promise<CommandResult> {
    return this.queue.run(programmeId, () => this.handler.handle(programmeDecider, programmeStream(programmeId), command, actor, options));
  }

  async read(programmeId: string): Promise<ProgrammeState> {
    return (await readStreamState(this.store, programmeDecider, programmeStream(programmeId))).state;
  }
}
