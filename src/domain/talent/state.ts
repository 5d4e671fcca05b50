import { DomainError } from '../domain-error';
import type { Fen } from '../money';

export type TalentGrantStatus = 'none' | 'active' | 'suspended' | 'ended';

/** Asia/Shanghai dates: from the day of suspension up to, not including, the day of resumption; `to` is null while it lasts. */
export interface Suspension {
  from: string;
  to: string | null;
}

export interface TalentState {
  status: TalentGrantStatus;
  awardedBy: string | null;
  housingSubsidyFen: Fen;
  monthlyAllowanceFen: Fen;
  months: number;
  startsOn: string | null;
  housingSubsidyPaid: boolean;
  /** When each paid month was paid, by month number. */
  allowancePaidAt: Readonly<Record<number, string>>;
  suspensions: Suspension[];
}

export const initialTalentState: TalentState = {
  status: 'none',
  awardedBy: null,
  housingSubsidyFen: 0,
  monthlyAllowanceFen: 0,
  months: 0,
  startsOn: null,
  housingSubsidyPaid: false,
  allowancePaidAt: {},
  suspensions: [],
};

export function assertNotEnded(state: TalentState): void {
  if (state.status === 'ended') throw new DomainError('talent-grant-ended', 'The talent grant has ended');
}
