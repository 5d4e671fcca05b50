import { enterpriseStream } from '../../domain/enterprise/enterprise';
import { subsidyStream } from '../../domain/subsidy/subsidy';
import { taskStream } from '../../domain/task/task';
import { SUBSIDIES } from '../../projections/subsidies';
import { TASKS } from '../../projections/tasks/tasks-projection';
import type { ReadStore } from '../../readstore/read-store';

/** A firm's own stream, its applications' and its tasks' streams: everything its timeline is projected from. */
export async function streamsOfFirm(reads: ReadStore, enterpriseId: string): Promise<string[]> {
  const ids = async (collection: string): Promise<string[]> => (await reads.collection(collection).find({ enterpriseId }, { projection: { _id: 1 } })).map((doc) => doc._id);
  return [enterpriseStream(enterpriseId), ...(await ids(SUBSIDIES)).map(subsidyStream), ...(await ids(TASKS)).map(taskStream)];
}
