import type { Document } from '../../readstore/read-store';
import type { DocumentUpdate } from '../projection';
import { AUDIT_SUBSIDIES } from './audit-collections';
import type { EventRef } from './event-ref';

/** What the audit keeps about an application, from its own stream and the programme's ledger. */
export interface AuditSubsidy {
  programmeId: string | null;
  enterpriseId: string | null;
  approverId: string | null;
  approvedAt: string | null;
  approvedFen: number;
  approval: EventRef | null;
  commitment: EventRef | null;
  committedAt: string | null;
  disbursedFen: number;
  clawedBackFen: number;
}

const nothingYet: AuditSubsidy = {
  programmeId: null,
  enterpriseId: null,
  approverId: null,
  approvedAt: null,
  approvedFen: 0,
  approval: null,
  commitment: null,
  committedAt: null,
  disbursedFen: 0,
  clawedBackFen: 0,
};

export const auditSubsidy = (doc: Document | null): AuditSubsidy => ({ ...nothingYet, ...(doc as Partial<AuditSubsidy> | null) });

export const auditSubsidyUpdate = (subsidyId: string, fields: Partial<AuditSubsidy>): DocumentUpdate => ({
  collection: AUDIT_SUBSIDIES,
  id: subsidyId,
  update: { $set: fields },
});
