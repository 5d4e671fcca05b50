import type { Application } from '../app/container';
import type { ReadStore } from '../readstore/read-store';

/** Runs a query on the live read models, or on the read models as they stood at `asOf`. */
export async function onReadModels<T>(app: Application, asOf: string | undefined, streams: readonly string[] | undefined, query: (reads: ReadStore) => Promise<T>): Promise<T> {
  if (!asOf) return query(app.reads);
  const past = app.pastReadModels.lease(asOf, streams);
  try {
    const answer = await query(past.reads);
    await past.release();
    return answer;
  } catch (error) {
    await past.release(true);
    throw error;
  }
}
