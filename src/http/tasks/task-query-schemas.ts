import { z } from 'zod';
import { asOfQuery, calendarDate, firmName, pageQuery } from '../schemas';

const id = z.string().min(1).max(100);

export const TASK_STATUS_FILTERS = ['open', 'completed', 'cancelled'] as const;
export type TaskStatusFilter = (typeof TASK_STATUS_FILTERS)[number];

export const taskListQuery = z.strictObject({
  agentId: id.optional().describe("Tasks this agent owns now; `me` for the caller's own work queue"),
  enterpriseId: id.optional(),
  status: z.enum(TASK_STATUS_FILTERS, `must be one of ${TASK_STATUS_FILTERS.join(', ')}`).optional().describe('open: not yet completed or cancelled'),
  dueBefore: calendarDate.optional().describe('Due strictly before this Asia/Shanghai date'),
  ...pageQuery,
  ...asOfQuery,
});
export const taskQuery = z.strictObject({ ...asOfQuery });

const instant = z.string();
const date = z.string().describe('YYYY-MM-DD in Asia/Shanghai');

export const taskClockFields = {
  overdue: z.boolean().describe('Past its due date on the day asked (today, or the day of asOf), its clock not stopped in time'),
  paused: z.boolean().describe('Waiting on materials from the firm: its clock stands still'),
  workingDaysLeft: z.number().int().nullable().describe('Working days to the due date (negative once overdue; while paused in time, as many as when the clock stopped); null before acceptance, once closed, or beyond the calendar'),
};

export const taskView = z
  .object({
    id: z.string(),
    enterpriseId: z.string(),
    enterpriseName: firmName,
    keyProject: z.string().nullable(),
    service: z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string(), statutoryWorkingDays: z.number().int(), promisedWorkingDays: z.number().int() }).loose(),
    firstContactAgentId: z.string().describe('首问负责制: the agent who opened it'),
    ownerId: z.string().describe('The agent who owns it now'),
    status: z.enum(['opened', 'in-progress', 'awaiting-materials', 'completed', 'cancelled']),
    openedAt: instant,
    acceptedAt: instant.nullable(),
    dueOn: date.nullable(),
    pausedSince: date.nullable(),
    pausedWorkingDays: z.number().int(),
    ...taskClockFields,
    materialsRequest: z.object({ missingItems: z.array(z.string()), requestedAt: instant }).nullable(),
    materialsReceivedAt: instant.nullable(),
    handovers: z.array(z.object({ fromAgentId: z.string(), toAgentId: z.string(), reason: z.string(), handedOverAt: instant })),
    escalations: z.array(z.object({ dueOn: date, agentId: z.string(), escalatedAt: instant })),
    commitment: z
      .object({ status: z.enum(['signed', 'fulfilled', 'breached']), missingItems: z.array(z.string()), materialsDueOn: date, signedAt: instant, fulfilledAt: instant.nullable(), breachedAt: instant.nullable() })
      .nullable(),
    permit: z.object({ status: z.enum(['issued', 'revoked']), issuedAt: instant, revokedAt: instant.nullable() }).nullable(),
    completion: z
      .object({ outcome: z.string(), costSavedFen: z.number().int(), workingDaysTaken: z.number().int(), onTime: z.boolean(), completedAt: instant })
      .nullable(),
    cancellation: z.object({ reason: z.string(), cancelledAt: instant }).nullable(),
    rating: z.object({ level: z.number().int(), comment: z.string(), ratedBy: z.string(), ratedAt: instant, satisfied: z.boolean() }).nullable(),
    rectification: z.object({ status: z.enum(['open', 'verified', 'carried-out', 'answered']), dueOn: date, openedAt: instant }).loose().nullable(),
    complaints: z.array(
      z.object({
        complaintNo: z.number().int(),
        text: z.string(),
        filedBy: z.string(),
        filedAt: instant,
        answer: z.object({ answer: z.string(), answeredBy: z.string(), answeredAt: instant }).nullable(),
      }),
    ),
    revision: z.number().int(),
    updatedAt: instant,
  })
  .meta({ id: 'Task' });

const historyEntry = z.object({
  id: z.string(),
  revision: z.number().int(),
  type: z.string(),
  occurredAt: instant,
  actor: z.object({ id: z.string(), role: z.string() }),
  summary: z.object({ zh: z.string(), en: z.string() }),
  hash: z.string(),
});

export const taskDetail = taskView.extend({ history: z.array(historyEntry).describe('Every event of the task, oldest first') }).meta({ id: 'TaskDetail' });
