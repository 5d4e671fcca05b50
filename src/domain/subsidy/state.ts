import type { Fen } from '../money';

export type SubsidyStatus = 'none' | 'applied' | 'approved' | 'rejected' | 'closed';

export interface SubsidyState {
  status: SubsidyStatus;
  programmeId: string | null;
  enterpriseId: string | null;
  requestedFen: Fen;
  materialsRequests: number;
  outstandingMaterials: string[];
  approvedFen: Fen;
  approverId: string | null;
  disbursedFen: Fen;
  clawedBackFen: Fen;
  paymentReferences: string[];
}

export const initialSubsidyState: SubsidyState = {
  status: 'none',
  programmeId: null,
  enterpriseId: null,
  requestedFen: 0,
  materialsRequests: 0,
  outstandingMaterials: [],
  approvedFen: 0,
  approverId: null,
  disbursedFen: 0,
  clawedBackFen: 0,
  paymentReferences: [],
};
