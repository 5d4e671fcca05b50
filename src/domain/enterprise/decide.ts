import type { Actor, CommandContext } from '../decider';
import { DomainError } from '../domain-error';
import { assertFen } from '../money';
import { usccProblem } from '../uscc';
import type { EnterpriseCommand, RegisterEnterprise } from './commands';
import { markCredit, repairCredit } from './credit';
import { INDUSTRY_DIVISION, isPark, isTownship } from './district';
import type { EnterpriseEvent } from './events';
import type { EnterpriseState } from './state';

export function decideEnterprise(command: EnterpriseCommand, state: EnterpriseState, { now, actor }: CommandContext): EnterpriseEvent[] {
  if (command.type === 'RegisterEnterprise') return register(command, state, now, actor);
  if (command.type === 'MarkCredit') return markCredit(command, state, now);
  assertOpen(state);
  switch (command.type) {
    case 'IssueLicence':
      if (state.licensed) throw new DomainError('licence-already-issued', 'The business licence has already been issued');
      return [{ type: 'LicenceIssued', data: { issuedAt: now, leadTimeMinutes: minutesBetween(state.registeredAt!, now) } }];
    case 'IssueStarterKit':
      if (!state.licensed) throw new DomainError('licence-required', 'The starter kit follows the business licence');
      if (state.starterKitIssued) throw new DomainError('starter-kit-already-issued', 'The starter kit has already been issued');
      return [{ type: 'StarterKitIssued', data: { licences: 1, policyPacks: 1, seals: 3, costFen: assertFen(command.costFen, 'costFen'), issuedAt: now } }];
    case 'AssignConcierge':
      if (state.agentId === command.agentId) return [];
      return [{ type: 'ConciergeAssigned', data: { agentId: command.agentId, previousAgentId: state.agentId, assignedAt: now } }];
    case 'BlacklistEnterprise':
      if (state.blacklisted) throw new DomainError('already-blacklisted', 'The firm is already on the blacklist');
      return [{ type: 'EnterpriseBlacklisted', data: { reason: command.reason, evidence: command.evidence, blacklistedAt: now } }];
    case 'LiftBlacklist':
      if (!state.blacklisted) throw new DomainError('not-blacklisted', 'The firm is not on the blacklist');
      return [{ type: 'BlacklistLifted', data: { reason: command.reason, liftedAt: now } }];
    case 'DeregisterEnterprise':
      return [{ type: 'EnterpriseDeregistered', data: { reason: command.reason, deregisteredAt: now } }];
    case 'RepairCredit':
      return repairCredit(command, state, now);
  }
}

function register(command: RegisterEnterprise, state: EnterpriseState, now: string, actor: Actor): EnterpriseEvent[] {
  if (state.status !== 'none') throw new DomainError('enterprise-already-registered', 'This firm is already registered');
  const problem = usccProblem(command.creditCode);
  if (problem) {
    throw new DomainError('invalid-credit-code', `The unified social credit code is not valid (${problem})`, { field: 'creditCode', problem });
  }
  if (!INDUSTRY_DIVISION.test(command.industry)) {
    throw new DomainError('invalid-industry', 'The industry must be a GB/T 4754-2017 division such as I65', { field: 'industry' });
  }
  if (!isTownship(command.township)) throw new DomainError('unknown-township', `${command.township} is not a township or street of the district`, { field: 'township' });
  const park = command.park ?? null;
  if (park !== null && !isPark(park)) throw new DomainError('unknown-park', `${park} is not a park of the district`, { field: 'park' });
  const { type: _type, ...fields } = command;
  const registered: EnterpriseEvent = {
    type: 'EnterpriseRegistered',
    data: { ...fields, park, registeredCapitalFen: assertFen(command.registeredCapitalFen, 'registeredCapitalFen'), registeredAt: now },
  };
  // First contact: the agent who registers the firm looks after it until it is reassigned.
  if (actor.role !== 'agent') return [registered];
  return [registered, { type: 'ConciergeAssigned', data: { agentId: actor.id, previousAgentId: null, assignedAt: now } }];
}

function assertOpen(state: EnterpriseState): void {
  if (state.status === 'none') throw new DomainError('enterprise-not-found', 'No firm is registered under this id');
  if (state.status === 'deregistered') throw new DomainError('enterprise-deregistered', 'The firm is deregistered: nothing new may be opened for it');
}

const minutesBetween = (from: string, to: string): number => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));
