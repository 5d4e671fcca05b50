import { createHash } from 'node:crypto';
import type { Clock } from '../app/clock';
import { toEnvelopes } from '../app/command-handler';
import type { Actor } from '../domain/decider';
import { canonicalJson } from '../eventstore/canonical-json';
import { WrongExpectedRevisionError, type EventStore } from '../eventstore/event-store';
import type { Reply } from './endpoint';
import { HttpProblem } from './problem';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export const requestFingerprint = (method: string, path: string, body: unknown): string => sha256(`${method} ${path}\n${canonicalJson(body ?? {})}`);

/**
 * Idempotency-Key: the first successful answer is kept in a stream of its own, per caller and
 * key; a retry with the same request gets that answer again and writes nothing, the same key
 * with another request is refused.
 */
export class IdempotentReplies {
  constructor(
    private readonly events: EventStore,
    private readonly clock: Clock,
  ) {}

  async run(actor: Actor, key: string, fingerprint: string, handle: () => Promise<Reply>): Promise<Reply> {
    const stream = `idempotency-${sha256(`${actor.id}\n${key}`)}`;
    const [recorded] = await this.events.readStream(stream, { maxCount: 1 });
    if (recorded) {
      if (recorded.data['fingerprint'] !== fingerprint) {
        throw new HttpProblem(422, 'idempotency-key-reused', 'Idempotency key reused', 'This Idempotency-Key was already used for a different request', {
          code: 'idempotency-key-reused',
        });
      }
      return recorded.data['reply'] as Reply;
    }
    const reply = await handle();
    if (reply.status < 300) {
      const completed = { type: 'RequestCompleted', data: { fingerprint, reply } };
      const envelopes = toEnvelopes(stream, [completed], { now: this.clock.now(), actor }, { idempotencyKey: key });
      // A concurrent retry may have recorded it first; the command itself was idempotent by its event ids.
      await this.events.appendToStream(stream, envelopes, { expectedRevision: 'no_stream' }).catch((error: unknown) => {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
      });
    }
    return reply;
  }
}
