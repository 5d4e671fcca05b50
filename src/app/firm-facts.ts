import type { EnterpriseRegistered } from '../domain/enterprise/events';
import { enterpriseDecider, enterpriseStream } from '../domain/enterprise/enterprise';
import type { FirmProfile } from '../domain/programme/eligibility';
import type { FirmStanding } from '../domain/subsidy/firm-standing';
import type { EventStore } from '../eventstore/event-store';
import { readStreamState } from './stream-state';

/** What subsidy decisions, access rules and reminders need to know of a firm, read from its own stream. */
export type FirmFacts = FirmStanding & FirmProfile & { agentId: string | null; name: string };

/** A firm never registered: the deciders refuse it for its standing before they look at its profile. */
export const UNREGISTERED_FIRM: FirmFacts = { status: 'none', blacklisted: false, agentId: null, name: '', industry: '', township: '', park: null, registeredAt: '' };

export async function readFirmFacts(store: EventStore, enterpriseId: string): Promise<FirmFacts> {
  const { state, history } = await readStreamState(store, enterpriseDecider, enterpriseStream(enterpriseId));
  const registered = history.find((e) => e.type === 'EnterpriseRegistered')?.data as EnterpriseRegistered['data'] | undefined;
  if (!registered) return UNREGISTERED_FIRM;
  const { name, industry, township, park, registeredAt } = registered;
  return { status: state.status, blacklisted: state.blacklisted, agentId: state.agentId, name, industry, township, park, registeredAt };
}
