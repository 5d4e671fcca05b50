import type { Actor } from '../domain/decider';
import { DomainError } from '../domain/domain-error';
import type { RegisterEnterprise } from '../domain/enterprise/commands';
import { creditCodeStream, type CreditCodeReserved } from '../domain/enterprise/credit-code-reservation';
import { enterpriseDecider, enterpriseStream } from '../domain/enterprise/enterprise';
import type { EventStore } from '../eventstore/event-store';
import type { Clock } from './clock';
import type { CommandHandler, CommandOptions, CommandResult } from './command-handler';
import { newId } from './ids';
import { reserve } from './stream-reservation';

export type Registration = Omit<RegisterEnterprise, 'type' | 'enterpriseId'>;

/**
 * Registers a firm under a credit code no other firm holds, even when registrations race:
 * first the code's reservation stream, then the firm's own stream. A reservation left behind
 * by a crash between the two is completed by the next registration of that code.
 */
export class EnterpriseRegistration {
  constructor(
    private readonly store: EventStore,
    private readonly handler: CommandHandler,
    private readonly clock: Clock,
  ) {}

  async register(registration: Registration, actor: Actor, options: CommandOptions = {}): Promise<CommandResult & { enterpriseId: string }> {
    const command: RegisterEnterprise = { type: 'RegisterEnterprise', enterpriseId: newId(), ...registration };
    // Refuse a bad registration before it can reserve anything.
    enterpriseDecider.decide(command, enterpriseDecider.initialState, { now: this.clock.now(), actor });

    // The holder's own stream decides: a retry finds its events, a rival finds the firm registered,
    // and a reservation whose registration crashed half-way is completed.
    const enterpriseId = await this.reserve(command, actor, options);
    try {
      const result = await this.handler.handle(enterpriseDecider, enterpriseStream(enterpriseId), { ...command, enterpriseId }, actor, options);
      return { ...result, enterpriseId };
    } catch (error) {
      if (error instanceof DomainError && error.code === 'enterprise-already-registered') throw creditCodeTaken(command.creditCode);
      throw error;
    }
  }

  /** The id of the firm that holds the code: ours if we reserved it first, else the holder's. */
  private async reserve(command: RegisterEnterprise, actor: Actor, options: CommandOptions): Promise<string> {
    const stream = creditCodeStream(command.creditCode);
    const reserved: CreditCodeReserved = { type: 'CreditCodeReserved', data: { creditCode: command.creditCode, enterpriseId: command.enterpriseId } };
    const { enterpriseId } = await reserve(this.store, stream, reserved, { now: this.clock.now(), actor }, options);
    if (typeof enterpriseId !== 'string') throw new Error(`Reservation ${stream} holds no enterprise id`);
    return enterpriseId;
  }
}

const creditCodeTaken = (creditCode: string): DomainError =>
  new DomainError('credit-code-taken', `A firm with credit code ${creditCode} is already registered`, { field: 'creditCode' });
