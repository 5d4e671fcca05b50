import type { Actor, CommandContext } from '../domain/decider';
import { DomainError } from '../domain/domain-error';
import type { ClawBackSubsidy, DisburseSubsidy } from '../domain/subsidy/commands';
import { paymentReferenceStream, type PaymentReferenceReserved } from '../domain/subsidy/payment-reference-reservation';
import { AUDITED_DISBURSEMENT_REFUSALS } from '../domain/subsidy/refusal';
import { subsidyDecider, subsidyStream } from '../domain/subsidy/subsidy';
import type { EventStore } from '../eventstore/event-store';
import type { Clock } from './clock';
import type { CommandHandler, CommandOptions, CommandResult } from './command-handler';
import { recordDisbursementRefused } from './disbursement-refusals';
import { reserve } from './stream-reservation';
import { earlierAnswer, readSubsidyRecord, type SubsidyCommandOptions } from './subsidy-record';
import type { SubsidyLedger } from './subsidy-ledger';

export type Disbursement = Pick<DisburseSubsidy, 'amountFen' | 'paymentReference'>;
export type Clawback = Pick<ClawBackSubsidy, 'amountFen' | 'reason'>;

/**
 * Money paid to a firm and recovered from it. The application's stream records each payment; the
 * programme's ledger is then sent the application's running totals.
 */
export class SubsidyPayments {
  constructor(
    private readonly store: EventStore,
    private readonly handler: CommandHandler,
    private readonly ledger: SubsidyLedger,
    private readonly clock: Clock,
  ) {}

  /**
   * A tranche under a payment reference no other application holds: the reference's reservation
   * stream is written first, then the application's. A reservation whose disbursement crashed
   * half-way is completed when its application is disbursed under that reference again.
   */
  async disburse(subsidyId: string, disbursement: Disbursement, actor: Actor, { authorize, ...options }: SubsidyCommandOptions = {}): Promise<CommandResult> {
    const record = await readSubsidyRecord(this.store, subsidyId);
    authorize?.(record);
    const answered = earlierAnswer(record, actor, options);
    if (answered) {
      await this.ledger.recordPaymentTotals(subsidyId, actor, options); // the first attempt may have stopped short of it
      return answered;
    }
    const command: DisburseSubsidy = { type: 'DisburseSubsidy', ...disbursement, enterprise: record.firm };
    const context: CommandContext = { now: this.clock.now(), actor };
    // Refuse a bad disbursement before it can reserve its reference.
    try {
      subsidyDecider.decide(command, record.state, context);
    } catch (error) {
      if (error instanceof DomainError && AUDITED_DISBURSEMENT_REFUSALS.includes(error.code)) {
        await recordDisbursementRefused(this.store, record, command, error.code, context, options);
      }
      throw error;
    }
    await this.reservePaymentReference(command.paymentReference, subsidyId, context, options);
    const result = await this.handler.handle(subsidyDecider, subsidyStream(subsidyId), command, actor, options);
    await this.ledger.recordPaymentTotals(subsidyId, actor, options);
    return result;
  }

  async clawBack(subsidyId: string, clawback: Clawback, actor: Actor, { authorize, ...options }: SubsidyCommandOptions = {}): Promise<CommandResult> {
    if (authorize) authorize(await readSubsidyRecord(this.store, subsidyId));
    const result = await this.handler.handle(subsidyDecider, subsidyStream(subsidyId), { type: 'ClawBackSubsidy', ...clawback }, actor, options);
    await this.ledger.recordPaymentTotals(subsidyId, actor, options);
    return result;
  }

  private async reservePaymentReference(paymentReference: string, subsidyId: string, context: CommandContext, options: CommandOptions): Promise<void> {
    const reserved: PaymentReferenceReserved = { type: 'PaymentReferenceReserved', data: { paymentReference, subsidyId } };
    const holder = await reserve(this.store, paymentReferenceStream(paymentReference), reserved, context, options);
    if (holder['subsidyId'] !== subsidyId) {
      throw new DomainError('payment-reference-used', `Payment reference ${paymentReference} is already used`, { field: 'paymentReference' });
    }
  }
}
