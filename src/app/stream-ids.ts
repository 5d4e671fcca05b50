import type { Actor } from '../domain/decider';
import type { Clock } from './clock';
import { deterministicId, newId } from './ids';

/**
 * The id of a stream a command creates. With an idempotency key it follows from the key, so a
 * retry finds the stream its first attempt wrote (and is answered from it) instead of creating another.
 */
export const creationId = (kind: string, actor: Actor, clock: Clock, idempotencyKey?: string): string =>
  idempotencyKey ? deterministicId(`${kind}\n${actor.id}\n${idempotencyKey}`) : newId(Date.parse(clock.now()));
