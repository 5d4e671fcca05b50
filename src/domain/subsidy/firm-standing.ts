import { DomainError } from '../domain-error';
import type { EnterpriseState } from '../enterprise/state';

/** What the firm's own stream says now: deciders read no other stream, so the caller passes it. */
export type FirmStanding = Pick<EnterpriseState, 'status' | 'blacklisted'>;

/** 一处失信、处处受限: why a firm may not be served (no application, approval, disbursement or policy push), if it may not. */
export function standingRefusal(firm: FirmStanding): DomainError | undefined {
  if (firm.status === 'none') return new DomainError('enterprise-not-found', 'No firm is registered under this id');
  if (firm.status === 'deregistered') return new DomainError('enterprise-deregistered', 'The firm is deregistered');
  if (firm.blacklisted) return new DomainError('enterprise-blacklisted', 'The firm is on the blacklist (失信名单)');
  return undefined;
}

export function assertInGoodStanding(firm: FirmStanding): void {
  const refusal = standingRefusal(firm);
  if (refusal) throw refusal;
}
