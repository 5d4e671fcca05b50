import { ENTERPRISES } from '../projections/enterprises';
import type { ReadStore } from '../readstore/read-store';

/** The firms assigned to an agent, by id, from the firms read model. */
export async function firmsOfAgent(reads: ReadStore, agentId: string): Promise<string[]> {
  const firms = await reads.collection(ENTERPRISES).find({ agentId }, { projection: { _id: 1 } });
  return firms.map((firm) => firm._id);
}

export interface FirmSummary {
  name: string | null;
  agentId: string | null;
}

/** Each firm's name and agent, by firm id, from the firms read model. */
export async function summariesOfFirms(reads: ReadStore, enterpriseIds: readonly string[]): Promise<Map<string, FirmSummary>> {
  const firms = await reads.collection(ENTERPRISES).find({ _id: { $in: [...new Set(enterpriseIds)] } }, { projection: { name: 1, agentId: 1 } });
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return new Map(firms.map((firm) => [firm._id, { name: text(firm['name']), agentId: text(firm['agentId']) }]));
}

/** Each firm's agent, by firm id. */
export async function agentsOfFirms(reads: ReadStore, enterpriseIds: readonly string[]): Promise<Map<string, string | null>> {
  const firms = await summariesOfFirms(reads, enterpriseIds);
  return new Map([...firms].map(([id, firm]) => [id, firm.agentId]));
}

/**
 * Each item with its firm's name beside its `enterpriseId` (null when it names none), read in one
 * query. No event renames a firm, so `reads` may be the live read models whatever instant the
 * items were read at.
 */
export async function withFirmNames<Item extends Record<string, unknown>>(reads: ReadStore, items: readonly Item[]): Promise<(Item & { enterpriseName: string | null })[]> {
  const idOf = (item: Item): string | null => (typeof item['enterpriseId'] === 'string' ? item['enterpriseId'] : null);
  const firms = await summariesOfFirms(reads, items.flatMap((item) => idOf(item) ?? []));
  return items.map((item) => ({ ...item, enterpriseName: firms.get(idOf(item) ?? '')?.name ?? null }));
}
