import { DEMO_AGENTS, DEMO_USERS } from '../../app/demo-users';
import { ENTERPRISES } from '../../projections/enterprises';
import type { ReadStore } from '../../readstore/read-store';
import type { DemoUserView } from './demo-schemas';

const ENTERPRISE_USER_PREFIX = 'u-';

/**
 * The seed's staff, and a user for each agent's oldest firm still in business (the longest
 * service history to read). The firms come from the read models, so a seeded store has them.
 */
export async function demoUsers(reads: ReadStore): Promise<DemoUserView[]> {
  const firms = reads.collection(ENTERPRISES);
  const oldestFirms = await Promise.all(
    DEMO_AGENTS.map((agent) => firms.findOne({ agentId: agent.id, status: { $ne: 'deregistered' } }, { sort: { registeredAt: 1 } })),
  );
  const enterpriseUsers = oldestFirms.flatMap((firm): DemoUserView[] =>
    firm ? [{ id: `${ENTERPRISE_USER_PREFIX}${firm._id}`, role: 'enterprise', name: String(firm['name']), enterpriseId: firm._id }] : [],
  );
  return [...DEMO_USERS.map(({ id, role, name }) => ({ id, role, name })), ...enterpriseUsers];
}
