import type { Actor } from '../domain/decider';
import { DomainError } from '../domain/domain-error';
import type { SealedPersonalData } from '../domain/sealed-personal-data';
import type { AwardTalentGrant, TalentCommand } from '../domain/talent/commands';
import type { TalentState } from '../domain/talent/state';
import { talentDecider, talentStream } from '../domain/talent/talent';
import type { EventStore } from '../eventstore/event-store';
import type { Clock } from './clock';
import { alreadyHandled, type CommandHandler, type CommandOptions, type CommandResult } from './command-handler';
import { readFirmFacts } from './firm-facts';
import { sealIdentityNumber } from './personal-data/identity-number-sealing';
import { PersonalDataErasedError, type PersonalDataKeys } from './personal-data/personal-data-keys';
import { creationId } from './stream-ids';
import { readStreamState } from './stream-state';

/** An award as its caller sends it: the identity number in the clear, sealed here before anything is written. */
export type TalentAward = Pick<AwardTalentGrant, 'enterpriseId' | 'terms' | 'months'> & {
  personName: string;
  identityNumber: string;
  /** A person who holds a grant already: this one is sealed under their key too, so that one erasure covers both. */
  personId?: string;
};

export type TalentRequest = Exclude<TalentCommand, AwardTalentGrant>;

export type TalentCommandOptions = CommandOptions & { authorize?: (state: TalentState) => void };

/** Stands in for the sealed number while the award is tried against the rules; never written. */
const notYetSealed = (personId: string): SealedPersonalData => ({ keyId: personId, iv: '', ciphertext: '', tag: '' });

/** Talent grants (人才引进), with the firm's standing from its stream and the person's identity number sealed under their key. */
export class TalentGrants {
  constructor(
    private readonly store: EventStore,
    private readonly handler: CommandHandler,
    private readonly keys: PersonalDataKeys,
    private readonly clock: Clock,
  ) {}

  async award({ personId: knownPerson, personName, identityNumber, ...award }: TalentAward, actor: Actor, options: CommandOptions = {}): Promise<CommandResult & { talentId: string }> {
    const talentId = creationId('talent', actor, this.clock, options.idempotencyKey);
    const personId = knownPerson ?? creationId('person', actor, this.clock, options.idempotencyKey);
    const stream = talentStream(talentId);
    const { state, history } = await readStreamState(this.store, talentDecider, stream);
    // A retried award already written answers as the first time, where the rules would now say it is awarded already.
    const answered = options.idempotencyKey ? alreadyHandled(history, stream, actor, options.idempotencyKey) : undefined;
    if (answered) return { ...answered, talentId };
    const enterprise = await readFirmFacts(this.store, award.enterpriseId);
    const command = (sealed: SealedPersonalData): AwardTalentGrant => ({
      type: 'AwardTalentGrant',
      talentId,
      person: { personId, name: personName, identityNumber: sealed },
      ...award,
      enterprise,
    });
    // Whatever the rules refuse is refused before a key is made for the person.
    talentDecider.decide(command(notYetSealed(personId)), state, { now: this.clock.now(), actor });
    const sealed = await this.seal(personId, identityNumber);
    const result = await this.handler.handle(talentDecider, stream, command(sealed), actor, options);
    return { ...result, talentId };
  }

  handle(talentId: string, command: TalentRequest, actor: Actor, options: TalentCommandOptions = {}): Promise<CommandResult> {
    return this.handler.handle(talentDecider, talentStream(talentId), command, actor, options);
  }

  private async seal(personId: string, identityNumber: string): Promise<SealedPersonalData> {
    try {
      return await sealIdentityNumber(this.keys, personId, identityNumber);
    } catch (error) {
      if (!(error instanceof PersonalDataErasedError)) throw error;
      throw new DomainError('personal-data-erased', `The personal data of ${personId} is erased: nothing more is sealed for them`, { field: 'personId' });
    }
  }
}
