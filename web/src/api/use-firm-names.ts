import { useResource } from './use-resource';
import { getFirm } from './enterprises';

/** Names already read, kept for the session: a firm's name does not change between pages. */
const known = new Map<string, string>();

/** The names of the firms shown (read one by one, once each); an id stands in until its name is read. */
export function useFirmNames(ids: readonly (string | null)[]): (id: string) => string {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null && !known.has(id)))].sort();
  useResource(wanted.join(','), async (api) => {
    await Promise.all(wanted.map(async (id) => known.set(id, (await getFirm(api, id)).name)));
    return wanted.length;
  });
  return (id) => known.get(id) ?? id;
}
