import type { ApplyForSubsidy, ProgrammeFacts } from '../../src/domain/subsidy/commands';
import type { SubsidyEvent } from '../../src/domain/subsidy/events';
import type { FirmStanding } from '../../src/domain/subsidy/firm-standing';
import { subsidyDecider } from '../../src/domain/subsidy/subsidy';
import { deciderSpec, testContext } from '../support/decider-spec';

const spec = deciderSpec(subsidyDecider);
const now = testContext().now;
const earlier = '2026-03-01T01:00:00.000Z';
const agent = testContext({ actor: { id: 'a-1', role: 'agent' } });
const finance = testContext({ actor: { id: 'f-1', role: 'finance' } });

const programme: ProgrammeFacts = {
  status: 'open',
  terms: {
    name: '移动互联网产业园扶持资金',
    kind: 'mobile-internet-park',
    capPerEnterpriseFen: 500_000,
    eligibility: { industries: ['I65'], townships: [], parks: ['武陵移动互联网产业园'], minAgeMonths: 6 },
    window: { opensOn: '2026-01-01', closesOn: '2026-06-30' },
    deferredAmountDueOn: null,
  },
};
const firm = { status: 'licensed', blacklisted: false, industry: 'I65', township: '穿紫河街道', park: '武陵移动互联网产业园', registeredAt: '2025-01-10T02:00:00.000Z' } as const;
const inGoodStanding: FirmStanding = { status: 'licensed', blacklisted: false };
const blacklisted: FirmStanding = { status: 'licensed', blacklisted: true };
const deregistered: FirmStanding = { status: 'deregistered', blacklisted: false };

const apply: ApplyForSubsidy = { type: 'ApplyForSubsidy', subsidyId: 's-1', programmeId: 'p-1', enterpriseId: 'e-1', requestedFen: 300_000, programme, enterprise: firm };
const applied: SubsidyEvent = { type: 'SubsidyApplied', data: { subsidyId: 's-1', programmeId: 'p-1', enterpriseId: 'e-1', requestedFen: 300_000, appliedAt: earlier } };
const materialsRequested: SubsidyEvent = { type: 'MaterialsRequested', data: { missingItems: ['营业执照', '纳税证明'], requestedAt: earlier } };
const approved: SubsidyEvent = { type: 'SubsidyApproved', data: { approvedFen: 250_000, approverId: 'm-1', approvedAt: earlier } };
const rejected: SubsidyEvent = { type: 'SubsidyRejected', data: { reason: '不符合条件', rejectedAt: earlier } };
const disbursed = (amountFen: number, paymentReference: string): SubsidyEvent => ({
  type: 'SubsidyDisbursed',
  data: { amountFen, paymentReference, disbursedBy: 'f-1', disbursedAt: earlier },
});
const closed: SubsidyEvent = { type: 'SubsidyClosed', data: { closedAt: earlier } };

const approve = (approvedFen: number, enterprise = inGoodStanding) => ({ type: 'ApproveSubsidy', approvedFen, enterprise }) as const;
const disburse = (amountFen: number, paymentReference: string, enterprise = inGoodStanding) => ({ type: 'DisburseSubsidy', amountFen, paymentReference, enterprise }) as const;

describe('subsidy applications', () => {
  describe('applying', () => {
    it('files an application for a firm', () => {
      spec.given([]).when(apply, agent).then([{ ...applied, data: { ...applied.data, appliedAt: now } }]);
    });

    it('refuses an amount that is not a positive whole number of fen', () => {
      spec.given([]).when({ ...apply, requestedFen: 0 }, agent).thenRefuses('invalid-amount');
      spec.given([]).when({ ...apply, requestedFen: 0.5 }, agent).thenRefuses('invalid-amount');
    });

    it('refuses a firm that does not exist, is deregistered, or is blacklisted', () => {
      spec.given([]).when({ ...apply, enterprise: { ...firm, status: 'none' } }, agent).thenRefuses('enterprise-not-found');
      spec.given([]).when({ ...apply, enterprise: { ...firm, status: 'deregistered' } }, agent).thenRefuses('enterprise-deregistered');
      spec.given([]).when({ ...apply, enterprise: { ...firm, blacklisted: true } }, agent).thenRefuses('enterprise-blacklisted');
    });

    it('refuses a programme that was never published, or is closed', () => {
      spec.given([]).when({ ...apply, programme: { status: 'none', terms: null } }, agent).thenRefuses('programme-not-found');
      spec.given([]).when({ ...apply, programme: { ...programme, status: 'closed' } }, agent).thenRefuses('programme-closed');
    });

    it('takes applications only while the window is open, by the Shanghai calendar', () => {
      spec.given([]).when(apply, testContext({ ...agent, now: '2025-12-31T15:59:59.000Z' })).thenRefuses('window-not-yet-open');
      spec.given([]).when(apply, testContext({ ...agent, now: '2026-06-30T16:00:00.000Z' })).thenRefuses('window-closed');
      spec.given([]).when(apply, testContext({ ...agent, now: '2026-06-30T15:59:59.000Z' })).then([{ ...applied, data: { ...applied.data, appliedAt: '2026-06-30T15:59:59.000Z' } }]);
    });

    it('refuses a firm the eligibility rules leave out', () => {
      spec.given([]).when({ ...apply, enterprise: { ...firm, industry: 'C13' } }, agent).thenRefuses('not-eligible');
      spec.given([]).when({ ...apply, enterprise: { ...firm, park: null } }, agent).thenRefuses('not-eligible');
      spec.given([]).when({ ...apply, enterprise: { ...firm, registeredAt: '2025-12-01T02:00:00.000Z' } }, agent).thenRefuses('not-eligible');
    });

    it('refuses a request above the cap per firm', () => {
      spec.given([]).when({ ...apply, requestedFen: 500_001 }, agent).thenRefuses('request-exceeds-cap');
    });

    it('files an application once', () => {
      spec.given([applied]).when(apply, agent).thenRefuses('application-already-filed');
    });

    it('refuses every other command for an application never filed', () => {
      spec.given([]).when({ type: 'RejectSubsidy', reason: 'x' }).thenRefuses('application-not-found');
    });
  });

  describe('materials (一次性告知)', () => {
    it('lists every missing item at once', () => {
      spec.given([applied]).when({ type: 'RequestMaterials', missingItems: ['营业执照', ' 纳税证明 ', '营业执照'] }, agent).then([{ ...materialsRequested, data: { ...materialsRequested.data, requestedAt: now } }]);
    });

    it('refuses an empty list or a blank item', () => {
      spec.given([applied]).when({ type: 'RequestMaterials', missingItems: [] }, agent).thenRefuses('materials-list-invalid');
      spec.given([applied]).when({ type: 'RequestMaterials', missingItems: ['营业执照', ' '] }, agent).thenRefuses('materials-list-invalid');
    });

    it('takes a manager for a second request', () => {
      const second = { type: 'RequestMaterials', missingItems: ['审计报告'] } as const;
      spec.given([applied, materialsRequested]).when(second, agent).thenRefuses('second-materials-request-needs-manager');
      spec.given([applied, materialsRequested]).when(second).then([{ type: 'MaterialsRequested', data: { missingItems: ['审计报告'], requestedAt: now } }]);
    });

    it('takes the requested materials, in one go or in parts', () => {
      spec.given([applied, materialsRequested]).when({ type: 'SupplyMaterials', items: ['纳税证明'] }, agent).then([{ type: 'MaterialsSupplied', data: { items: ['纳税证明'], suppliedAt: now } }]);
    });

    it('refuses materials nobody asked for', () => {
      spec.given([applied]).when({ type: 'SupplyMaterials', items: ['营业执照'] }, agent).thenRefuses('no-materials-requested');
      spec.given([applied, materialsRequested]).when({ type: 'SupplyMaterials', items: ['营业执照', '房产证'] }, agent).thenRefuses('material-not-requested');
    });

    it('approves only once every requested item is supplied', () => {
      const partly: SubsidyEvent = { type: 'MaterialsSupplied', data: { items: ['营业执照'], suppliedAt: earlier } };
      const fully: SubsidyEvent = { type: 'MaterialsSupplied', data: { items: ['纳税证明'], suppliedAt: earlier } };
      spec.given([applied, materialsRequested, partly]).when(approve(250_000)).thenRefuses('materials-outstanding');
      spec.given([applied, materialsRequested, partly, fully]).when(approve(250_000)).then([{ type: 'SubsidyApproved', data: { approvedFen: 250_000, approverId: 'm-1', approvedAt: now } }]);
    });

    it('asks for nothing once the application is decided', () => {
      spec.given([applied, approved]).when({ type: 'RequestMaterials', missingItems: ['x'] }).thenRefuses('application-already-decided');
      spec.given([applied, materialsRequested, rejected]).when({ type: 'SupplyMaterials', items: ['营业执照'] }, agent).thenRefuses('application-already-decided');
    });
  });

  describe('approval and rejection', () => {
    it('approves an amount up to the one requested, naming the approver', () => {
      spec.given([applied]).when(approve(300_000)).then([{ type: 'SubsidyApproved', data: { approvedFen: 300_000, approverId: 'm-1', approvedAt: now } }]);
      spec.given([applied]).when(approve(300_001)).thenRefuses('approval-exceeds-request');
      spec.given([applied]).when(approve(0)).thenRefuses('invalid-amount');
    });

    it('approves nothing for a blacklisted or deregistered firm', () => {
      spec.given([applied]).when(approve(1, blacklisted)).thenRefuses('enterprise-blacklisted');
      spec.given([applied]).when(approve(1, deregistered)).thenRefuses('enterprise-deregistered');
    });

    it('rejects with a reason', () => {
      spec.given([applied]).when({ type: 'RejectSubsidy', reason: '不符合条件' }).then([{ type: 'SubsidyRejected', data: { reason: '不符合条件', rejectedAt: now } }]);
    });

    it('decides an application once', () => {
      spec.given([applied, approved]).when(approve(1)).thenRefuses('application-already-decided');
      spec.given([applied, rejected]).when(approve(1)).thenRefuses('application-already-decided');
      spec.given([applied, approved]).when({ type: 'RejectSubsidy', reason: 'x' }).thenRefuses('application-already-decided');
    });
  });

  describe('disbursement', () => {
    it('disburses in tranches, recording the reference and the disbursing officer', () => {
      spec.given([applied, approved]).when(disburse(100_000, 'BOC-2026-000123'), finance).then([
        { type: 'SubsidyDisbursed', data: { amountFen: 100_000, paymentReference: 'BOC-2026-000123', disbursedBy: 'f-1', disbursedAt: now } },
      ]);
      spec.given([applied, approved, disbursed(100_000, 'BOC-1')]).when(disburse(150_000, 'BOC-2'), finance).then([
        { type: 'SubsidyDisbursed', data: { amountFen: 150_000, paymentReference: 'BOC-2', disbursedBy: 'f-1', disbursedAt: now } },
      ]);
    });

    it('never disburses more than was approved', () => {
      spec.given([applied, approved, disbursed(100_000, 'BOC-1')]).when(disburse(150_001, 'BOC-2'), finance).thenRefuses('disbursement-exceeds-approval');
      spec.given([applied, approved]).when(disburse(0, 'BOC-1'), finance).thenRefuses('invalid-amount');
    });

    it('never lets the approving officer disburse (segregation of duties)', () => {
      spec.given([applied, approved]).when(disburse(100_000, 'BOC-1'), testContext({ actor: { id: 'm-1', role: 'finance' } })).thenRefuses('approver-may-not-disburse');
    });

    it('uses a payment reference once, written one way only', () => {
      spec.given([applied, approved, disbursed(100_000, 'BOC-1')]).when(disburse(1, 'BOC-1'), finance).thenRefuses('payment-reference-used');
      for (const reference of ['boc-1', '', 'BOC 1', '-BOC', 'B'.repeat(65)]) {
        spec.given([applied, approved]).when(disburse(1, reference), finance).thenRefuses('invalid-payment-reference');
      }
    });

    it('disburses nothing to a blacklisted or deregistered firm', () => {
      spec.given([applied, approved]).when(disburse(1, 'BOC-1', blacklisted), finance).thenRefuses('enterprise-blacklisted');
      spec.given([applied, approved]).when(disburse(1, 'BOC-1', deregistered), finance).thenRefuses('enterprise-deregistered');
    });

    it('disburses only an approved application that is still open', () => {
      spec.given([applied]).when(disburse(1, 'BOC-1'), finance).thenRefuses('application-not-approved');
      spec.given([applied, rejected]).when(disburse(1, 'BOC-1'), finance).thenRefuses('application-not-approved');
      spec.given([applied, approved, disbursed(250_000, 'BOC-1'), closed]).when(disburse(1, 'BOC-2'), finance).thenRefuses('application-closed');
    });
  });

  describe('clawback and closing', () => {
    const paid = [applied, approved, disbursed(100_000, 'BOC-1'), disbursed(150_000, 'BOC-2')];
    const clawedBack: SubsidyEvent = { type: 'SubsidyClawedBack', data: { amountFen: 200_000, reason: '虚报项目', clawedBackAt: earlier } };

    it('claws back up to what was disbursed, with a reason, also after closing', () => {
      spec.given(paid).when({ type: 'ClawBackSubsidy', amountFen: 200_000, reason: '虚报项目' }).then([{ type: 'SubsidyClawedBack', data: { amountFen: 200_000, reason: '虚报项目', clawedBackAt: now } }]);
      spec.given([...paid, closed, clawedBack]).when({ type: 'ClawBackSubsidy', amountFen: 50_000, reason: '追加追回' }).then([
        { type: 'SubsidyClawedBack', data: { amountFen: 50_000, reason: '追加追回', clawedBackAt: now } },
      ]);
    });

    it('never claws back more than was disbursed and not yet recovered', () => {
      spec.given([...paid, clawedBack]).when({ type: 'ClawBackSubsidy', amountFen: 50_001, reason: 'x' }).thenRefuses('clawback-exceeds-disbursed');
      spec.given([applied, approved]).when({ type: 'ClawBackSubsidy', amountFen: 1, reason: 'x' }).thenRefuses('clawback-exceeds-disbursed');
      spec.given([applied, rejected]).when({ type: 'ClawBackSubsidy', amountFen: 1, reason: 'x' }).thenRefuses('application-not-approved');
      spec.given(paid).when({ type: 'ClawBackSubsidy', amountFen: 0, reason: 'x' }).thenRefuses('invalid-amount');
    });

    it('closes an application once all it was approved is disbursed', () => {
      spec.given(paid).when({ type: 'CloseSubsidy' }, finance).then([{ type: 'SubsidyClosed', data: { closedAt: now } }]);
      spec.given([applied, approved, disbursed(100_000, 'BOC-1')]).when({ type: 'CloseSubsidy' }, finance).thenRefuses('disbursement-incomplete');
      spec.given([...paid, closed]).when({ type: 'CloseSubsidy' }, finance).thenRefuses('application-closed');
      spec.given([applied]).when({ type: 'CloseSubsidy' }, finance).thenRefuses('application-not-approved');
    });
  });
});
