import type { DomainEvent } from '../decider';
import type { Fen } from '../money';

/**
 * A refused disbursement the audit must still see, although it changed no application: the
 * officer who approved an application tried to disburse it. Each attempt is a stream of its own.
 */
export type DisbursementRefused = DomainEvent<
  'DisbursementRefused',
  {
    subsidyId: string;
    programmeId: string;
    enterpriseId: string;
    actorId: string;
    amountFen: Fen;
    paymentReference: string;
    code: string;
    refusedAt: string;
  }
>;

/** The refusal codes of a disbursement that are recorded as DisbursementRefused. */
export const AUDITED_DISBURSEMENT_REFUSALS: readonly string[] = ['approver-may-not-disburse'];

export const REFUSAL_STREAM_PREFIX = 'refusal-';
export const refusalStream = (refusalId: string): string => `${REFUSAL_STREAM_PREFIX}${refusalId}`;
