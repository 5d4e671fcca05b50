import type { DomainEvent } from '../decider';

/**
 * One firm per credit code: the code's own stream, written with "no stream yet", holds the id
 * of the firm that registered it. Whoever writes it first owns the code.
 */
export type CreditCodeReserved = DomainEvent<'CreditCodeReserved', { creditCode: string; enterpriseId: string }>;

export const creditCodeStream = (creditCode: string): string => `credit-code-${creditCode}`;
