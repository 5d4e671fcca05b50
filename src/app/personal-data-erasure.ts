import type { Actor } from '../domain/decider';
import { erasureDecider, erasureStream } from '../domain/erasure/erasure';
import type { EventStore } from '../eventstore/event-store';
import type { CommandHandler, CommandOptions, CommandResult } from './command-handler';
import type { PersonalDataKeys } from './personal-data/personal-data-keys';

/**
 * Erases a person's personal data by destroying their key: every value sealed under it, in every
 * event, can no longer be opened, while the events stay as written and their hash chains verify.
 */
export class PersonalDataErasure {
  constructor(
    private readonly store: EventStore,
    private readonly handler: CommandHandler,
    private readonly keys: PersonalDataKeys,
  ) {}

  /**
   * The erasure is recorded on the person's audit stream first, then the key destroyed: a crash
   * between the two leaves the key, and the erasure sent again destroys it. Answers undefined for
   * a person of whom no data was ever sealed.
   */
  async erase(personId: string, actor: Actor, options: CommandOptions = {}): Promise<CommandResult | undefined> {
    const stream = erasureStream(personId);
    const [recorded] = await this.store.readStream(stream, { maxCount: 1 });
    if (!recorded && !(await this.keys.find(personId))) return undefined;
    const result = await this.handler.handle(erasureDecider, stream, { type: 'ErasePersonalData', personId }, actor, options);
    await this.keys.erase(personId);
    return result;
  }
}
