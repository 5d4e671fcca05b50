import { ENTERPRISES } from '../../projections/enterprises';
import type { ReadStore } from '../../readstore/read-store';

/** The firms assigned to an agent, by id, from the firms read model. */
export async function firmsOfAgent(reads: ReadStore, agentId: string): Promise<string[]> {
  const firms = await reads.collection(ENTERPRISES).find({ agentId }, { projection: { _id: 1 } });
  return firms.map((firm) => firm._id);
}

/** Each firm's agent, by firm id. */
export async function agentsOfFirms(reads: ReadStore, enterpriseIds: readonly string[]): Promise<Map<string, string | null>> {
  const firms = await reads.collection(ENTERPRISES).find({ _id: { $in: [...new Set(enterpriseIds)] } }, { projection: { agentId: 1 } });
  return new Map(firms.map((firm) => [firm._id, (firm['agentId'] as string | null | undefined) ?? null]));
}
