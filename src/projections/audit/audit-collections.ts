/** One document per payment, and per clawback as a negative entry, with its provenance. */
export const DISBURSEMENTS = 'disbursements';
export const ANOMALIES = 'anomalies';
/** Lookups: what the audit needs to know about an application when its money moves. */
export const AUDIT_SUBSIDIES = 'audit-subsidies';
/** Lookups: whether a firm is blacklisted or deregistered, as of the last event seen. */
export const AUDIT_FIRMS = 'audit-firms';
/** Lookups: the first payment made under each payment reference. */
export const AUDIT_REFERENCES = 'audit-references';
