import { DomainError } from '../domain-error';
import type { EnterpriseState } from '../enterprise/state';
import type { FirmStanding } from '../subsidy/firm-standing';

/** What the firm's own stream says now: deciders read no other stream, so the caller passes it. */
export type FirmRegistration = Pick<EnterpriseState, 'status'>;

/** Its standing, and whether a breached commitment still marks its credit (not yet repaired, 信用修复). */
export type FirmCredit = FirmStanding & { creditMarked: boolean };

/** Nothing new is opened for a firm that is not registered, or deregistered; a blacklisted firm still gets its paperwork done. */
export function assertFirmRegistered(firm: FirmRegistration): void {
  if (firm.status === 'none') throw new DomainError('enterprise-not-found', 'No firm is registered under this id');
  if (firm.status === 'deregistered') throw new DomainError('enterprise-deregistered', 'The firm is deregistered: nothing new may be opened for it');
}
