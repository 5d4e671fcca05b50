import { ENTERPRISES } from '../../projections/enterprises';
import type { Document, ReadStore } from '../../readstore/read-store';

/** The names of the tasks' firms, by firm id, read once for a page. */
export async function firmNamesOf(reads: ReadStore, tasks: readonly Document[]): Promise<Map<string, string>> {
  const ids = [...new Set(tasks.map((task) => String(task['enterpriseId'])))];
  const firms = await reads.collection(ENTERPRISES).find({ _id: { $in: ids } }, { projection: { name: 1 } });
  return new Map(firms.map((firm) => [firm._id, String(firm['name'])]));
}
