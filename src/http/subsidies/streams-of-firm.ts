import { enterpriseStream } from '../../domain/enterprise/enterprise';
import { subsidyStream } from '../../domain/subsidy/subsidy';
import { SUBSIDIES } from '../../projections/subsidies';
import type { ReadStore } from '../../readstore/read-store';

/** A firm's own stream and its applications' streams: everything its timeline is projected from. */
export async function streamsOfFirm(reads: ReadStore, enterpriseId: string): Promise<string[]> {
  const applications = await reads.collection(SUBSIDIES).find({ enterpriseId }, { projection: { _id: 1 } });
  return [enterpriseStream(enterpriseId), ...applications.map((application) => subsidyStream(application._id))];
}
