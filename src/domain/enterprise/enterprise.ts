import type { Decider } from '../decider';
import type { EnterpriseCommand } from './commands';
import { decideEnterprise } from './decide';
import type { EnterpriseEvent } from './events';
import { evolveEnterprise } from './evolve';
import { initialEnterpriseState, type EnterpriseState } from './state';

export const enterpriseStream = (enterpriseId: string): string => `enterprise-${enterpriseId}`;
export const ENTERPRISE_STREAM_PREFIX = 'enterprise-';

export const enterpriseDecider: Decider<EnterpriseCommand, EnterpriseEvent, EnterpriseState> = {
  initialState: initialEnterpriseState,
  decide: decideEnterprise,
  evolve: evolveEnterprise,
};
