import type { Actor } from '../../domain/decider';
import type { TaskState } from '../../domain/task/state';
import { forbidden, notFound } from '../problem';

/**
 * Who may act on a task, among the roles its endpoint lets in: its firm's own enterprise user
 * (anyone else's tasks stay hidden: 404), and of the agents only its owner, the first contact or
 * whoever it was handed over to, even for a firm assigned to someone else (other agents: 403).
 */
export function taskAccess(actor: Actor, taskId: string): (state: TaskState) => void {
  return (state) => {
    const hidden = state.status === 'none' || (actor.role === 'enterprise' && actor.enterpriseId !== state.enterpriseId);
    if (hidden) throw notFound(`No task ${taskId}`);
    if (actor.role === 'agent' && actor.id !== state.ownerId) throw forbidden('This task is owned by another agent');
  };
}
