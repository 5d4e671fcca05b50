import type { Application } from '../../app/container';
import { commandReply } from '../command-reply';
import { defineEndpoint, noBody, noQuery, type Endpoint } from '../endpoint';
import { notFound } from '../problem';
import { commandAnswer } from '../schemas';
import { calendarYearParams, yearCalendarBody, yearCalendarView } from './calendar-schemas';

const TAG = 'Calendar';

export function calendarEndpoints(app: Application): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/api/calendar/:year',
      operationId: 'getCalendarYear',
      summary: "A year's working-day calendar: its holidays and the weekend days worked in exchange (调休)",
      tag: TAG,
      kind: 'query',
      roles: ['agent', 'enterprise', 'manager', 'finance', 'admin'],
      params: calendarYearParams,
      query: noQuery,
      body: noBody,
      responses: { 200: { description: "The year's calendar", schema: yearCalendarView } },
      handle: async ({ params }) => {
        const known = await app.calendars.year(params.year);
        if (!known) throw notFound(`There is no working-day calendar for ${params.year}`);
        const { calendar, source } = known;
        return { status: 200, body: { ...calendar, source }, ...(known.source === 'set' ? { headers: { ETag: `W/"${known.revision}"` } } : {}) };
      },
    }),
    defineEndpoint({
      method: 'put',
      path: '/api/calendar/:year',
      operationId: 'setCalendarYear',
      summary: "Add a year's working-day calendar from the State Council's notice, or replace one; deadlines in it count from then on",
      tag: TAG,
      kind: 'command',
      roles: ['admin'],
      params: calendarYearParams,
      query: noQuery,
      body: yearCalendarBody,
      responses: {
        200: { description: 'Replaced (or unchanged)', schema: commandAnswer },
        201: { description: 'Added: the year had no calendar', schema: commandAnswer },
      },
      handle: async ({ params, body, actor, expectedRevision, idempotencyKey, correlationId }) => {
        const existed = (await app.calendars.year(params.year)) !== undefined;
        const result = await app.calendars.set({ year: params.year, ...body }, actor, { expectedRevision, idempotencyKey, correlationId });
        const id = String(params.year);
        return existed ? commandReply(id, result, 200) : commandReply(id, result, 201, `/api/calendar/${id}`);
      },
    }),
  ];
}
