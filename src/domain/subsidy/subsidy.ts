import type { Decider } from '../decider';
import type { SubsidyCommand } from './commands';
import { decideSubsidy } from './decide';
import type { SubsidyEvent } from './events';
import { evolveSubsidy } from './evolve';
import { initialSubsidyState, type SubsidyState } from './state';

export const subsidyStream = (subsidyId: string): string => `subsidy-${subsidyId}`;
export const SUBSIDY_STREAM_PREFIX = 'subsidy-';

export const subsidyDecider: Decider<SubsidyCommand, SubsidyEvent, SubsidyState> = {
  initialState: initialSubsidyState,
  decide: decideSubsidy,
  evolve: evolveSubsidy,
};
