import type { Actor } from '../../domain/decider';
import type { Document, Filter, ReadStore } from '../../readstore/read-store';
import { agentsOfFirms, firmsOfAgent } from '../firm-lookups';
import { firmRecordsTheCallerSees } from '../firm-records';
import { forbidden, notFound } from '../problem';

/**
 * The tasks a caller sees: an agent those it opened or owns (首问负责制, whoever its firm is
 * assigned to) and those of the firms assigned to it; an enterprise user its own firm's; staff all.
 */
export async function tasksTheCallerSees(reads: ReadStore, actor: Actor, enterpriseId: string | undefined): Promise<Filter> {
  if (actor.role !== 'agent') return firmRecordsTheCallerSees(reads, actor, enterpriseId);
  const firms = await firmsOfAgent(reads, actor.id);
  return { ...(enterpriseId === undefined ? {} : { enterpriseId }), $or: [{ firstContactAgentId: actor.id }, { ownerId: actor.id }, { enterpriseId: { $in: firms } }] };
}

/** One task, to a caller who may see it: another firm's stays hidden from an enterprise user (404); another agent's is 403. */
export async function assertMaySeeTask(reads: ReadStore, actor: Actor, taskId: string, task: Document | null): Promise<Document> {
  if (!task || (actor.role === 'enterprise' && task['enterpriseId'] !== actor.enterpriseId)) throw notFound(`No task ${taskId}`);
  if (actor.role !== 'agent' || task['firstContactAgentId'] === actor.id || task['ownerId'] === actor.id) return task;
  const agents = await agentsOfFirms(reads, [String(task['enterpriseId'])]);
  if (agents.get(String(task['enterpriseId'])) !== actor.id) throw forbidden('This task is owned by another agent, for a firm assigned to another agent');
  return task;
}
