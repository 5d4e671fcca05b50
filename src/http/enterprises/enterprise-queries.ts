import type { Application } from '../../app/container';
import type { Actor } from '../../domain/decider';
import { enterpriseStream } from '../../domain/enterprise/enterprise';
import { ENTERPRISES } from '../../projections/enterprises';
import { POSITION_FIELD } from '../../projections/projection';
import { TIMELINE } from '../../projections/timeline';
import { InvalidCursorError, findPage } from '../../readstore/paginate';
import type { Document, Filter, ReadStore } from '../../readstore/read-store';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';
import { forbidden, notFound } from '../problem';
import { onReadModels } from '../read-models';
import { page } from '../schemas';
import { streamsOfFirm } from '../subsidies/streams-of-firm';
import { assertMayAccess } from './enterprise-access';
import { enterpriseIdParams, enterpriseProfile, eventsQuery, listQuery, profileQuery, recordedEvent, timelineEntry, timelineQuery } from './enterprise-schemas';

const TAG = 'Enterprises';

/** A read-model document as the API shows it: `id` instead of `_id`, bookkeeping left out. */
export function publicView(doc: Document): Record<string, unknown> {
  const { _id, [POSITION_FIELD]: _position, ...rest } = doc;
  return { id: _id, ...rest };
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function listFilter(actor: Actor, query: { agentId?: string; township?: string; status?: string; q?: string }): Filter {
  const filter: Filter = {};
  if (actor.role === 'agent') {
    if (query.agentId && query.agentId !== 'me' && query.agentId !== actor.id) throw forbidden("An agent sees only the firms assigned to them");
    filter['agentId'] = actor.id;
  } else if (query.agentId) {
    filter['agentId'] = query.agentId === 'me' ? actor.id : query.agentId;
  }
  if (actor.role === 'enterprise') filter['_id'] = actor.enterpriseId;
  if (query.township) filter['township'] = query.township;
  if (query.status) filter['status'] = query.status;
  if (query.q) filter['$or'] = [{ name: { $regex: escapeRegex(query.q), $options: 'i' } }, { creditCode: { $regex: `^${escapeRegex(query.q.toUpperCase())}` } }];
  return filter;
}

async function profileFor(reads: ReadStore, actor: Actor, id: string): Promise<Document> {
  const doc = await reads.collection(ENTERPRISES).findOne({ _id: id });
  assertMayAccess(actor, id, { exists: doc !== null, agentId: (doc?.['agentId'] as string | null | undefined) ?? null });
  return doc!;
}

export function enterpriseQueries(app: Application): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/api/enterprises',
      operationId: 'listEnterprises',
      summary: 'List firms, newest registrations first',
      tag: TAG,
      kind: 'query',
      roles: ['agent', 'enterprise', 'manager', 'admin'],
      params: noParams,
      query: listQuery,
      body: noBody,
      responses: { 200: { description: 'A page of firms', schema: page(enterpriseProfile) } },
      handle: async ({ query, actor }) => {
        const filter = listFilter(actor, query);
        const result = await onReadModels(app, query.asOf, undefined, (reads) =>
          findPage(reads.collection(ENTERPRISES), filter, { sort: { registeredAt: -1 }, limit: query.limit, cursor: query.cursor }),
        );
        return { status: 200, body: { items: result.items.map(publicView), nextCursor: result.nextCursor } };
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/api/enterprises/:id',
      operationId: 'getEnterprise',
      summary: "Read a firm's profile",
      tag: TAG,
      kind: 'query',
      roles: ['agent', 'enterprise', 'manager', 'admin'],
      params: enterpriseIdParams,
      query: profileQuery,
      body: noBody,
      responses: { 200: { description: 'The profile; ETag carries its revision', schema: enterpriseProfile } },
      handle: async ({ params, query, actor }) => {
        const doc = await onReadModels(app, query.asOf, [enterpriseStream(params.id)], (reads) => profileFor(reads, actor, params.id));
        return { status: 200, body: publicView(doc), headers: { ETag: `W/"${String(doc['revision'])}"` } };
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/api/enterprises/:id/timeline',
      operationId: 'getEnterpriseTimeline',
      summary: "Read a firm's whole service history, newest first",
      tag: TAG,
      kind: 'query',
      roles: ['agent', 'enterprise', 'manager', 'admin'],
      params: enterpriseIdParams,
      query: timelineQuery,
      body: noBody,
      responses: { 200: { description: 'A page of timeline entries', schema: page(timelineEntry) } },
      handle: async ({ params, query, actor }) => {
        const streams = query.asOf ? await streamsOfFirm(app.reads, params.id) : undefined;
        const result = await onReadModels(app, query.asOf, streams, async (reads) => {
          await profileFor(reads, actor, params.id);
          return findPage(reads.collection(TIMELINE), { enterpriseId: params.id }, { sort: { position: -1 }, limit: query.limit, cursor: query.cursor });
        });
        return { status: 200, body: { items: result.items.map(publicView), nextCursor: result.nextCursor } };
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/api/enterprises/:id/events',
      operationId: 'getEnterpriseEvents',
      summary: "Read a firm's raw events with their hashes",
      tag: TAG,
      kind: 'query',
      roles: ['manager', 'admin'],
      params: enterpriseIdParams,
      query: eventsQuery,
      body: noBody,
      responses: { 200: { description: 'A page of recorded events, oldest first', schema: page(recordedEvent) } },
      handle: async ({ params, query }) => {
        const fromRevision = query.cursor === undefined ? 0 : revisionCursor(query.cursor);
        const events = await app.events.readStream(enterpriseStream(params.id), { fromRevision, maxCount: query.limit + 1 });
        if (fromRevision === 0 && events.length === 0) throw notFound(`No firm ${params.id}`);
        const items = events.slice(0, query.limit).map(({ streamName, ...event }) => ({ ...event, stream: streamName }));
        const nextCursor = events.length > query.limit ? Buffer.from(String(fromRevision + query.limit)).toString('base64url') : null;
        return { status: 200, body: { items, nextCursor } };
      },
    }),
  ];
}

function revisionCursor(cursor: string): number {
  const revision = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isSafeInteger(revision) || revision < 0) throw new InvalidCursorError('The cursor is not one this list gave out');
  return revision;
}
