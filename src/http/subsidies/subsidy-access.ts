import type { FirmFacts } from '../../app/firm-facts';
import type { SubsidyAccess } from '../../app/subsidy-record';
import type { Actor } from '../../domain/decider';
import { assertMayAccess } from '../enterprises/enterprise-access';
import { forbidden, notFound } from '../problem';

/**
 * Who may act on an application: its firm's own enterprise user (anyone else's applications stay
 * hidden: 404), the agent the firm is assigned to (other agents: 403), and the district's staff.
 */
export function subsidyAccess(actor: Actor): SubsidyAccess {
  return ({ subsidyId, state, firm }) => {
    const hidden = state.status === 'none' || (actor.role === 'enterprise' && actor.enterpriseId !== state.enterpriseId);
    if (hidden) throw notFound(`No subsidy application ${subsidyId}`);
    if (actor.role === 'agent' && firm.agentId !== actor.id) throw forbidden('This application is for a firm assigned to another agent');
  };
}

/** Applying for a firm: only for a firm the caller may act for; a firm never registered is the rules' to refuse. */
export function applicantAccess(actor: Actor, enterpriseId: string): (firm: FirmFacts) => void {
  return (firm) => {
    if (firm.status !== 'none') assertMayAccess(actor, enterpriseId, { exists: true, agentId: firm.agentId });
  };
}
