import type { Actor } from '../domain/decider';
import type { ApproveSubsidy } from '../domain/subsidy/commands';
import { subsidyDecider, subsidyStream } from '../domain/subsidy/subsidy';
import type { EventStore } from '../eventstore/event-store';
import type { Clock } from './clock';
import type { CommandHandler, CommandResult } from './command-handler';
import { earlierAnswer, readSubsidyRecord, type SubsidyCommandOptions } from './subsidy-record';
import type { SubsidyLedger } from './subsidy-ledger';

/**
 * A manager's approval or rejection of an application. An approval is two writes: funds are
 * committed on the programme's ledger, then the approval is written to the application and the
 * commitment confirmed. A crash between them leaves an open commitment for the repair process.
 */
export class SubsidyDecisions {
  constructor(
    private readonly store: EventStore,
    private readonly handler: CommandHandler,
    private readonly ledger: SubsidyLedger,
    private readonly clock: Clock,
  ) {}

  async approve(subsidyId: string, approvedFen: number, actor: Actor, { authorize, ...options }: SubsidyCommandOptions = {}): Promise<CommandResult> {
    const record = await readSubsidyRecord(this.store, subsidyId);
    authorize?.(record);
    const { programmeId, enterpriseId } = record.state;
    const answered = earlierAnswer(record, actor, options);
    if (answered) {
      await this.ledger.confirm(programmeId!, subsidyId, actor, options); // the first attempt may have stopped short of it
      return answered;
    }
    const command: ApproveSubsidy = { type: 'ApproveSubsidy', approvedFen, enterprise: record.firm };
    // Whatever the application would refuse is refused before any funds are committed.
    subsidyDecider.decide(command, record.state, { now: this.clock.now(), actor });
    await this.ledger.commit(programmeId!, subsidyId, enterpriseId!, approvedFen, actor, options);
    let result: CommandResult;
    try {
      result = await this.handler.handle(subsidyDecider, subsidyStream(subsidyId), command, actor, options);
    } catch (error) {
      await this.ledger.settleRefusedApproval(programmeId!, subsidyId, actor, options);
      throw error;
    }
    await this.ledger.confirm(programmeId!, subsidyId, actor, options);
    return result;
  }

  async reject(subsidyId: string, reason: string, actor: Actor, { authorize, ...options }: SubsidyCommandOptions = {}): Promise<CommandResult> {
    const record = await readSubsidyRecord(this.store, subsidyId);
    authorize?.(record);
    const result = await this.handler.handle(subsidyDecider, subsidyStream(subsidyId), { type: 'RejectSubsidy', reason }, actor, options);
    await this.ledger.releaseForRejection(record.state.programmeId!, subsidyId, actor, options);
    return result;
  }
}
