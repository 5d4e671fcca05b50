import { enterpriseStream } from '../../domain/enterprise/enterprise';
import { loanStream } from '../../domain/loan/loan';
import { subsidyStream } from '../../domain/subsidy/subsidy';
import { talentStream } from '../../domain/talent/talent';
import { taskStream } from '../../domain/task/task';
import { LOANS } from '../../projections/grants-and-loans/loans';
import { TALENT_GRANTS } from '../../projections/grants-and-loans/talent-grants';
import { SUBSIDIES } from '../../projections/subsidies';
import { TASKS } from '../../projections/tasks/tasks-projection';
import type { ReadStore } from '../../readstore/read-store';

/** A firm's own stream, its applications', tasks', talent grants' and loans' streams: everything its timeline is projected from. */
export async function streamsOfFirm(reads: ReadStore, enterpriseId: string): Promise<string[]> {
  const ids = async (collection: string): Promise<string[]> => (await reads.collection(collection).find({ enterpriseId }, { projection: { _id: 1 } })).map((doc) => doc._id);
  return [
    enterpriseStream(enterpriseId),
    ...(await ids(SUBSIDIES)).map(subsidyStream),
    ...(await ids(TASKS)).map(taskStream),
    ...(await ids(TALENT_GRANTS)).map(talentStream),
    ...(await ids(LOANS)).map(loanStream),
  ];
}
