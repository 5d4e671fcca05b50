import type { Actor } from '../domain/decider';
import type { ApplyForLoan, GrantCreditLine, LoanCommand } from '../domain/loan/commands';
import type { LoanApplied } from '../domain/loan/events';
import { loanDecider, loanStream } from '../domain/loan/loan';
import type { LoanState } from '../domain/loan/state';
import type { FirmStanding } from '../domain/subsidy/firm-standing';
import type { EventStore } from '../eventstore/event-store';
import type { Clock } from './clock';
import type { CommandHandler, CommandOptions, CommandResult } from './command-handler';
import { readFirmFacts, UNREGISTERED_FIRM, type FirmFacts } from './firm-facts';
import { creationId } from './stream-ids';

type WithoutFacts<Command> = Command extends unknown ? Omit<Command, 'enterprise'> : never;

export type CreditLine = Pick<GrantCreditLine, 'enterpriseId' | 'bank' | 'amountFen' | 'termMonths'>;
export type LoanApplication = Pick<ApplyForLoan, 'enterpriseId' | 'amountFen' | 'termMonths'>;

/** A command to a recorded loan as its caller sends it: the firm's standing is added here. */
export type LoanRequest = WithoutFacts<Exclude<LoanCommand, GrantCreditLine | ApplyForLoan>>;

export type LoanCommandOptions = CommandOptions & { authorize?: (state: LoanState) => void };

/** Banks' credit lines and guaranteed start-up loans, with the firm's standing as its own stream has it now. */
export class Loans {
  constructor(
    private readonly store: EventStore,
    private readonly handler: CommandHandler,
    private readonly clock: Clock,
  ) {}

  async grantCreditLine(line: CreditLine, actor: Actor, options: CommandOptions = {}): Promise<CommandResult & { loanId: string }> {
    const loanId = creationId('credit-line', actor, this.clock, options.idempotencyKey);
    const enterprise = await readFirmFacts(this.store, line.enterpriseId);
    const result = await this.handler.handle(loanDecider, loanStream(loanId), { type: 'GrantCreditLine', loanId, ...line, enterprise }, actor, options);
    return { ...result, loanId };
  }

  async apply(
    application: LoanApplication,
    actor: Actor,
    { authorize, ...options }: CommandOptions & { authorize?: (firm: FirmFacts) => void } = {},
  ): Promise<CommandResult & { loanId: string }> {
    const enterprise = await readFirmFacts(this.store, application.enterpriseId);
    authorize?.(enterprise);
    const loanId = creationId('loan', actor, this.clock, options.idempotencyKey);
    const result = await this.handler.handle(loanDecider, loanStream(loanId), { type: 'ApplyForLoan', loanId, ...application, enterprise }, actor, options);
    return { ...result, loanId };
  }

  async handle(loanId: string, request: LoanRequest, actor: Actor, options: LoanCommandOptions = {}): Promise<CommandResult> {
    return this.handler.handle(loanDecider, loanStream(loanId), await this.withFacts(loanId, request), actor, options);
  }

  private async withFacts(loanId: string, request: LoanRequest): Promise<LoanCommand> {
    switch (request.type) {
      case 'ApproveLoan':
      case 'DisburseLoan':
        return { ...request, enterprise: await this.firmOf(loanId) };
      default:
        return request;
    }
  }

  /** Both a credit line and a loan name their firm in their first event. */
  private async firmOf(loanId: string): Promise<FirmStanding> {
    const [first] = await this.store.readStream(loanStream(loanId), { maxCount: 1 });
    const enterpriseId = (first?.data as LoanApplied['data'] | undefined)?.enterpriseId;
    return enterpriseId === undefined ? UNREGISTERED_FIRM : readFirmFacts(this.store, enterpriseId);
  }
}
