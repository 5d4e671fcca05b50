import { shanghaiDate } from '../programme/calendar-date';
import type { TalentEvent } from './events';
import type { TalentState } from './state';

export function evolveTalent(state: TalentState, event: TalentEvent): TalentState {
  switch (event.type) {
    case 'TalentGrantAwarded': {
      const { awardedBy, housingSubsidyFen, monthlyAllowanceFen, months, startsOn } = event.data;
      return { ...state, status: 'active', awardedBy, housingSubsidyFen, monthlyAllowanceFen, months, startsOn };
    }
    case 'HousingSubsidyPaid':
      return { ...state, housingSubsidyPaid: true };
    case 'MonthlyAllowancePaid':
      return { ...state, allowancePaidAt: { ...state.allowancePaidAt, [event.data.month]: event.data.paidAt } };
    case 'TalentGrantSuspended':
      return { ...state, status: 'suspended', suspensions: [...state.suspensions, { from: shanghaiDate(event.data.suspendedAt), to: null }] };
    case 'TalentGrantResumed': {
      const to = shanghaiDate(event.data.resumedAt);
      return { ...state, status: 'active', suspensions: state.suspensions.map((suspension) => (suspension.to === null ? { ...suspension, to } : suspension)) };
    }
    case 'TalentGrantEnded':
      return { ...state, status: 'ended' };
    default:
      return state; // an event this version does not know changes nothing it decides on
  }
}
