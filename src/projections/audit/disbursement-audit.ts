import { ENTERPRISE_STREAM_PREFIX } from '../../domain/enterprise/enterprise';
import { PROGRAMME_STREAM_PREFIX } from '../../domain/programme/programme';
import { REFUSAL_STREAM_PREFIX } from '../../domain/subsidy/refusal';
import { SUBSIDY_STREAM_PREFIX } from '../../domain/subsidy/subsidy';
import type { Projection } from '../projection';
import { ANOMALIES, AUDIT_FIRMS, AUDIT_REFERENCES, AUDIT_SUBSIDIES, DISBURSEMENTS } from './audit-collections';
import { commitmentUpdates } from './commitment-watch';
import { firmStandingUpdates } from './firm-standing';
import { ledgerUpdates } from './ledger-entries';
import { refusalUpdates } from './refusals';

/**
 * The disbursement audit: a ledger entry per payment and per clawback with the events it came
 * from, and the anomalies found along the way. Facts from other streams (the approval, the
 * commitment, the firm's standing, a reference's first use) are kept in its own lookups.
 */
export const disbursementAuditProjection: Projection = {
  name: 'disbursement-audit',
  filter: { streamPrefixes: [SUBSIDY_STREAM_PREFIX, PROGRAMME_STREAM_PREFIX, ENTERPRISE_STREAM_PREFIX, REFUSAL_STREAM_PREFIX] },
  collections: {
    [DISBURSEMENTS]: [{ keys: { programmeId: 1 } }, { keys: { enterpriseId: 1 } }, { keys: { month: 1 } }, { keys: { paidAt: 1 } }],
    [ANOMALIES]: [{ keys: { listed: 1 } }, { keys: { kind: 1 } }, { keys: { at: 1 } }, { keys: { programmeId: 1 } }, { keys: { enterpriseId: 1 } }],
    [AUDIT_SUBSIDIES]: [],
    [AUDIT_FIRMS]: [],
    [AUDIT_REFERENCES]: [],
  },
  project(event, lookup) {
    const stream = event.streamName;
    if (stream.startsWith(SUBSIDY_STREAM_PREFIX)) return ledgerUpdates(event, lookup);
    if (stream.startsWith(PROGRAMME_STREAM_PREFIX)) return commitmentUpdates(event, lookup);
    if (stream.startsWith(ENTERPRISE_STREAM_PREFIX)) return firmStandingUpdates(event);
    return refusalUpdates(event);
  },
};
