import type { DomainEvent } from '../decider';

/**
 * A payment reference is used once across the system: the reference's own stream, written with
 * "no stream yet", holds the application that used it. Whoever writes it first owns it.
 */
export type PaymentReferenceReserved = DomainEvent<'PaymentReferenceReserved', { paymentReference: string; subsidyId: string }>;

/** Upper case only, so that one reference cannot be written two ways. */
export const PAYMENT_REFERENCE = /^[A-Z0-9][A-Z0-9._-]{0,63}$/;

export const paymentReferenceStream = (paymentReference: string): string => `payment-reference-${paymentReference}`;
