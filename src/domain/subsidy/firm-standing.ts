import { DomainError } from '../domain-error';
import type { EnterpriseState } from '../enterprise/state';

/** What the firm's own stream says now: deciders read no other stream, so the caller passes it. */
export type FirmStanding = Pick<EnterpriseState, 'status' | 'blacklisted'>;

/** 一处失信、处处受限: no application, approval or disbursement for a blacklisted or deregistered firm. */
export function assertInGoodStanding(firm: FirmStanding): void {
  if (firm.status === 'none') throw new DomainError('enterprise-not-found', 'No firm is registered under this id');
  if (firm.status === 'deregistered') throw new DomainError('enterprise-deregistered', 'The firm is deregistered');
  if (firm.blacklisted) throw new DomainError('enterprise-blacklisted', 'The firm is on the blacklist (失信名单)');
}
