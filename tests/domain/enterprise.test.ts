import type { RegisterEnterprise } from '../../src/domain/enterprise/commands';
import { enterpriseDecider } from '../../src/domain/enterprise/enterprise';
import type { EnterpriseEvent } from '../../src/domain/enterprise/events';
import { deciderSpec, testContext } from '../support/decider-spec';
import { registration } from '../support/registration';

const spec = deciderSpec(enterpriseDecider);
const registeredAt = '2026-03-01T01:00:00.000Z';
const now = testContext().now;

const register: RegisterEnterprise = { type: 'RegisterEnterprise', enterpriseId: 'e-1', ...registration(1) };
const { type: _type, ...registeredData } = register;
const registered: EnterpriseEvent = { type: 'EnterpriseRegistered', data: { ...registeredData, park: register.park!, registeredAt } };
const licensed: EnterpriseEvent = { type: 'LicenceIssued', data: { issuedAt: registeredAt, leadTimeMinutes: 0 } };
const assigned: EnterpriseEvent = { type: 'ConciergeAssigned', data: { agentId: 'a-1', previousAgentId: null, assignedAt: registeredAt } };
const blacklisted: EnterpriseEvent = { type: 'EnterpriseBlacklisted', data: { reason: '提供虚假材料', evidence: '核查记录', blacklistedAt: registeredAt } };
const deregistered: EnterpriseEvent = { type: 'EnterpriseDeregistered', data: { reason: '歇业', deregisteredAt: registeredAt } };

describe('the firm', () => {
  describe('registration', () => {
    it('registers a firm with a valid credit code', () => {
      spec.given([]).when(register).then([{ type: 'EnterpriseRegistered', data: { ...registeredData, park: register.park!, registeredAt: now } }]);
    });

    it("makes the registering agent the firm's concierge", () => {
      spec
        .given([])
        .when(register, testContext({ actor: { id: 'a-7', role: 'agent' } }))
        .then([
          { type: 'EnterpriseRegistered', data: { ...registeredData, park: register.park!, registeredAt: now } },
          { type: 'ConciergeAssigned', data: { agentId: 'a-7', previousAgentId: null, assignedAt: now } },
        ]);
    });

    it('registers without a park', () => {
      const { park: _park, ...withoutPark } = register;
      spec.given([]).when(withoutPark).then([{ type: 'EnterpriseRegistered', data: { ...registeredData, park: null, registeredAt: now } }]);
    });

    it('refuses an invalid credit code', () => {
      spec.given([]).when({ ...register, creditCode: register.creditCode.slice(0, 17) + (register.creditCode.endsWith('0') ? '1' : '0') }).thenRefuses('invalid-credit-code');
    });

    it('refuses an industry that is not a GB/T 4754 division', () => {
      spec.given([]).when({ ...register, industry: 'software' }).thenRefuses('invalid-industry');
    });

    it('refuses a township or park outside the district', () => {
      spec.given([]).when({ ...register, township: '朝阳区' }).thenRefuses('unknown-township');
      spec.given([]).when({ ...register, park: '中关村' }).thenRefuses('unknown-park');
    });

    it('refuses a negative or fractional capital', () => {
      spec.given([]).when({ ...register, registeredCapitalFen: -1 }).thenRefuses('invalid-amount');
      spec.given([]).when({ ...register, registeredCapitalFen: 10.5 }).thenRefuses('invalid-amount');
    });

    it('refuses to register the same firm twice', () => {
      spec.given([registered]).when(register).thenRefuses('enterprise-already-registered');
    });
  });

  describe('licence and starter kit', () => {
    it('issues the licence and measures the lead time from registration', () => {
      spec.given([registered]).when({ type: 'IssueLicence' }).then([{ type: 'LicenceIssued', data: { issuedAt: now, leadTimeMinutes: 1500 } }]);
    });

    it('issues the licence once', () => {
      spec.given([registered, licensed]).when({ type: 'IssueLicence' }).thenRefuses('licence-already-issued');
    });

    it('issues the 1+1+3 starter kit after the licence, once, recording its cost', () => {
      spec.given([registered]).when({ type: 'IssueStarterKit', costFen: 30_000 }).thenRefuses('licence-required');
      const kit: EnterpriseEvent = { type: 'StarterKitIssued', data: { licences: 1, policyPacks: 1, seals: 3, costFen: 30_000, issuedAt: now } };
      spec.given([registered, licensed]).when({ type: 'IssueStarterKit', costFen: 30_000 }).then([kit]);
      spec.given([registered, licensed, kit]).when({ type: 'IssueStarterKit', costFen: 30_000 }).thenRefuses('starter-kit-already-issued');
      spec.given([registered, licensed]).when({ type: 'IssueStarterKit', costFen: -5 }).thenRefuses('invalid-amount');
    });
  });

  describe('concierge', () => {
    it('assigns a concierge and keeps who owned the firm before', () => {
      spec.given([registered]).when({ type: 'AssignConcierge', agentId: 'a-1' }).then([{ type: 'ConciergeAssigned', data: { agentId: 'a-1', previousAgentId: null, assignedAt: now } }]);
      spec.given([registered, assigned]).when({ type: 'AssignConcierge', agentId: 'a-2' }).then([{ type: 'ConciergeAssigned', data: { agentId: 'a-2', previousAgentId: 'a-1', assignedAt: now } }]);
    });

    it('records nothing when the same concierge is assigned again', () => {
      spec.given([registered, assigned]).when({ type: 'AssignConcierge', agentId: 'a-1' }).then([]);
    });
  });

  describe('blacklist', () => {
    it('blacklists with reason and evidence, and lifts it', () => {
      spec.given([registered]).when({ type: 'BlacklistEnterprise', reason: '提供虚假材料', evidence: '核查记录' }).then([{ type: 'EnterpriseBlacklisted', data: { reason: '提供虚假材料', evidence: '核查记录', blacklistedAt: now } }]);
      spec.given([registered, blacklisted]).when({ type: 'LiftBlacklist', reason: '信用修复' }).then([{ type: 'BlacklistLifted', data: { reason: '信用修复', liftedAt: now } }]);
    });

    it('refuses to blacklist twice or to lift what is not there', () => {
      spec.given([registered, blacklisted]).when({ type: 'BlacklistEnterprise', reason: 'x', evidence: 'y' }).thenRefuses('already-blacklisted');
      spec.given([registered]).when({ type: 'LiftBlacklist', reason: 'x' }).thenRefuses('not-blacklisted');
    });
  });

  describe('deregistration', () => {
    it('deregisters a firm', () => {
      spec.given([registered, blacklisted]).when({ type: 'DeregisterEnterprise', reason: '歇业' }).then([{ type: 'EnterpriseDeregistered', data: { reason: '歇业', deregisteredAt: now } }]);
    });

    it.each([
      { type: 'IssueLicence' },
      { type: 'IssueStarterKit', costFen: 1 },
      { type: 'AssignConcierge', agentId: 'a-9' },
      { type: 'BlacklistEnterprise', reason: 'x', evidence: 'y' },
      { type: 'DeregisterEnterprise', reason: 'again' },
    ] as const)('opens nothing new for a deregistered firm: $type', (command) => {
      spec.given([registered, licensed, deregistered]).when(command).thenRefuses('enterprise-deregistered');
    });

    it('refuses every command but registration for a firm that does not exist', () => {
      spec.given([]).when({ type: 'IssueLicence' }).thenRefuses('enterprise-not-found');
    });
  });
});
