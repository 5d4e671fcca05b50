import type { Actor } from '../domain/decider';
import { DomainError } from '../domain/domain-error';
import { commitmentFor } from '../domain/programme/state';
import { subsidyDecider, subsidyStream } from '../domain/subsidy/subsidy';
import type { EventStore } from '../eventstore/event-store';
import { LedgerOutOfStepError } from './command-errors';
import type { CommandOptions } from './command-handler';
import type { Programmes } from './programmes';
import { readStreamState } from './stream-state';

type LedgerOptions = Pick<CommandOptions, 'correlationId'>;

/**
 * What an application's flows write to its programme's ledger. Budget and caps span many
 * applications, so funds are committed there before an approval is written to the application.
 */
export class SubsidyLedger {
  constructor(
    private readonly store: EventStore,
    private readonly programmes: Programmes,
  ) {}

  /** Holds an approval's amount against the budget and the firm's cap; refuses when they cannot take it. */
  async commit(programmeId: string, subsidyId: string, enterpriseId: string, amountFen: number, actor: Actor, options: LedgerOptions): Promise<void> {
    await this.programmes.handle(programmeId, { type: 'CommitFunds', subsidyId, enterpriseId, amountFen }, actor, ledgerOptions(options));
  }

  /** The approval is written: its commitment stays. */
  async confirm(programmeId: string, subsidyId: string, actor: Actor, options: LedgerOptions): Promise<void> {
    await following(subsidyId, this.programmes.handle(programmeId, { type: 'ConfirmCommitment', subsidyId }, actor, ledgerOptions(options)));
  }

  /**
   * After the approval's write was refused: its funds go back, unless the application carries an
   * approval after all (the same approval sent twice at once, the other one written).
   */
  async settleRefusedApproval(programmeId: string, subsidyId: string, actor: Actor, options: LedgerOptions): Promise<void> {
    const { state } = await readStreamState(this.store, subsidyDecider, subsidyStream(subsidyId));
    const command = state.approverId === null ? ({ type: 'ReleaseCommitment', subsidyId, reason: 'approval-not-written' } as const) : ({ type: 'ConfirmCommitment', subsidyId } as const);
    await this.programmes.handle(programmeId, command, actor, ledgerOptions(options));
  }

  /** A rejected application: funds an unfinished approval committed for it go back. */
  async releaseForRejection(programmeId: string, subsidyId: string, actor: Actor, options: LedgerOptions): Promise<void> {
    if (commitmentFor(await this.programmes.read(programmeId), subsidyId)?.status !== 'open') return;
    const release = { type: 'ReleaseCommitment', subsidyId, reason: 'application-rejected' } as const;
    await following(subsidyId, this.programmes.handle(programmeId, release, actor, ledgerOptions(options)));
  }

  /** The application's disbursed and clawed-back totals as its stream now has them. */
  async recordPaymentTotals(subsidyId: string, actor: Actor, options: LedgerOptions): Promise<void> {
    const { state } = await readStreamState(this.store, subsidyDecider, subsidyStream(subsidyId));
    const totals = { type: 'RecordPaymentTotals', subsidyId, disbursedFen: state.disbursedFen, clawedBackFen: state.clawedBackFen } as const;
    await following(subsidyId, this.programmes.handle(state.programmeId!, totals, actor, ledgerOptions(options)));
  }
}

/** Ledger writes join the request's correlation, but never its If-Match or idempotency key: those belong to the application's stream. */
const ledgerOptions = ({ correlationId }: LedgerOptions): LedgerOptions => ({ correlationId });

/** A ledger write that follows a write already made to the application: a refusal now is a fault, not an answer. */
async function following(subsidyId: string, write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    throw error instanceof DomainError ? new LedgerOutOfStepError(subsidyId, error) : error;
  }
}
