import type { Application } from '../../app/container';
import type { Actor } from '../../domain/decider';
import type { Recipient } from '../../domain/reminder/events';
import { REMINDERS } from '../../projections/reminder-inbox';
import { findPage } from '../../readstore/paginate';
import type { Document } from '../../readstore/read-store';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';
import { page } from '../schemas';
import { reminderInboxQuery, reminderView } from './reminder-schemas';

/** What reminders are addressed to the caller: an agent's own, a firm's, or their role's. Admins receive none. */
function addressedTo(actor: Actor): Recipient[] {
  switch (actor.role) {
    case 'agent':
      return [`agent:${actor.id}`];
    case 'enterprise':
      return actor.enterpriseId ? [`enterprise:${actor.enterpriseId}`] : [];
    case 'manager':
      return ['role:manager'];
    case 'finance':
      return ['role:finance'];
    case 'admin':
      return [];
  }
}

const inboxView = ({ _id, recipients: _recipients, _position, ...reminder }: Document): Record<string, unknown> => reminder;

export function reminderQueries(app: Application): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/api/reminders',
      operationId: 'listMyReminders',
      summary: "The caller's reminder inbox, newest first",
      tag: 'Reminders',
      kind: 'query',
      roles: ['agent', 'enterprise', 'manager', 'finance', 'admin'],
      params: noParams,
      query: reminderInboxQuery,
      body: noBody,
      responses: { 200: { description: 'A page of reminders', schema: page(reminderView) } },
      handle: async ({ query, actor }) => {
        const filter = { recipients: { $in: addressedTo(actor) }, ...(query.kind ? { kind: query.kind } : {}) };
        const result = await findPage(app.reads.collection(REMINDERS), filter, { sort: { sentAt: -1 }, limit: query.limit, cursor: query.cursor });
        return { status: 200, body: { items: result.items.map(inboxView), nextCursor: result.nextCursor } };
      },
    }),
  ];
}
