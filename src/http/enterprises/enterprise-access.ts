import type { Actor } from '../../domain/decider';
import { forbidden, notFound } from '../problem';

interface Ownership {
  exists: boolean;
  agentId: string | null;
}

/**
 * Who may touch a firm: its own enterprise user (anyone else's existence stays hidden: 404),
 * the agent it is assigned to (other agents: 403), and the district's staff roles.
 */
export function assertMayAccess(actor: Actor, enterpriseId: string, firm: Ownership): void {
  if (actor.role === 'enterprise' && actor.enterpriseId !== enterpriseId) throw notFound(`No firm ${enterpriseId}`);
  if (!firm.exists) throw notFound(`No firm ${enterpriseId}`);
  if (actor.role === 'agent' && firm.agentId !== actor.id) throw forbidden('This firm is assigned to another agent');
}
