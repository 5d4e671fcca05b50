import type { Decider } from '../decider';
import type { TalentCommand } from './commands';
import { decideTalent } from './decide';
import type { TalentEvent } from './events';
import { evolveTalent } from './evolve';
import { initialTalentState, type TalentState } from './state';

export const talentStream = (talentId: string): string => `talent-${talentId}`;
export const TALENT_STREAM_PREFIX = 'talent-';

export const talentDecider: Decider<TalentCommand, TalentEvent, TalentState> = {
  initialState: initialTalentState,
  decide: decideTalent,
  evolve: evolveTalent,
};
