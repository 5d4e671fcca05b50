import { dueStatus } from '../../domain/payment-schedule';
import type { Document } from '../../readstore/read-store';
import { publicView } from '../enterprises/enterprise-queries';

/** An entry of the payment schedule as it stands on the Asia/Shanghai date `asOn`: a waived entry owes nothing; an unpaid one past its day is late. */
export function scheduleEntry(doc: Document, asOn: string): Record<string, unknown> & { owedFen: number; late: boolean; amountFen: number; paidFen: number } {
  const amountFen = Number(doc['amountFen']);
  const paidFen = Number(doc['paidFen']);
  const waived = doc['waived'] as string | null;
  const status = waived ?? dueStatus(String(doc['dueOn']), paidFen >= amountFen, asOn);
  const { waived: _waived, ...entry } = publicView(doc);
  return { ...entry, amountFen, paidFen, owedFen: waived ? 0 : amountFen - paidFen, status, late: status === 'late' };
}
