import type { Application } from '../../app/container';
import type { Endpoint } from '../endpoint';
import { anomalyList } from './anomaly-list';
import { disbursementLedger } from './disbursement-ledger';
import { integrityCheck } from './integrity-check';
import { programmeAuditSummary } from './programme-audit';

/** The disbursement audit: managers and admins; finance reads the ledger of its payments. */
export function auditQueries(app: Application): Endpoint[] {
  return [disbursementLedger(app), programmeAuditSummary(app), anomalyList(app), integrityCheck(app)];
}
