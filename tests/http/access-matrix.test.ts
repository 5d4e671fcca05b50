import request from 'supertest';
import type { Actor, Role } from '../../src/domain/decider';
import { apiEndpoints } from '../../src/http/app';
import type { Endpoint } from '../../src/http/endpoint';
import { actors, enterpriseUser, signTokenNow, startHarness, type Harness } from '../support/http-harness';
import { loanScenarios, type LoanStage } from '../support/loan-scenarios';
import { programmePublication } from '../support/programme-publication';
import { registration } from '../support/registration';
import { talentScenarios, type GrantStage } from '../support/talent-scenarios';

/*
 * The access matrix: every role × every endpoint of apiEndpoints() × a record of the caller's
 * own and a foreign one, each case on fresh firms, asserting the exact status.
 *
 * "Own" is a firm assigned to the calling agent, or the enterprise user's own firm; "foreign" is
 * a firm assigned to another agent, or another firm. Staff roles (manager, finance, admin) see
 * every firm alike, so own and foreign are the same case for them.
 *
 * A programme is nobody's own; an application is its firm's, so it is own or foreign as its firm is.
 * A task is its firm's to an enterprise user, but to an agent it is the task owner's: the agent who
 * opened it (首问负责制), whoever the firm is assigned to. Any agent may open a task for any firm.
 * A calendar year and the catalogue are everyone's to read.
 * Talent grants and loans are worked by staff alone, for any firm; an agent applies for a loan for its own firm only.
 * A person (whose personal data an admin erases) is nobody's own.
 *
 * Rules: a role the endpoint does not allow gets 403 (the enterprise role is allowed no command
 * but supplying materials, rating and complaining); an enterprise user asking about another firm gets 404 (existence must not leak);
 * an agent on a firm assigned to another agent gets 403; success is 201 for a registration and
 * 200 otherwise. A firm that does not exist is 404 to every role allowed on the endpoint.
 */

const ROLES: readonly Role[] = ['agent', 'enterprise', 'manager', 'finance', 'admin'];
type Ownership = 'own' | 'foreign';
type Expected = Record<Ownership, number>;

/** What one case has to work with: two fresh firms, each with its own agent. */
interface Fixture {
  /** The record the request is about (for a registration: none, the id is only used to name callers). */
  firmId: string;
  /** A second fresh firm, assigned to `otherAgentId`: the foreign callers' own (registered on first use). */
  otherFirmId: () => Promise<string>;
  agentId: string;
  otherAgentId: string;
  serial: () => number;
  /** A fresh programme open to every firm, published by a manager on first use. */
  programmeId: () => Promise<string>;
}

interface CaseContext extends Fixture {
  role: Role;
  ownership: Ownership;
  caller: Actor;
  res: request.Response;
}

interface Row {
  /** `METHOD /path` as served: a row whose endpoint moved or changed method fails. */
  route: string;
  expect: Record<Role, Expected>;
  /** A valid body for the endpoint. */
  body?: (fixture: Fixture) => object | Promise<object>;
  /** The id in the path when the record is not the firm itself (a programme, an application), made fresh in the state the endpoint needs. */
  target?: (fixture: Fixture) => Promise<string>;
  /** Brings the fresh firm into the state the endpoint needs, acting as a role that may. */
  prepare?: (fixture: Fixture) => Promise<void>;
  /** More assertions on a successful answer. */
  verify?: (context: CaseContext) => Promise<void>;
  /** A query string the endpoint requires, from its `?`. */
  query?: string;
}

const ok: Expected = { own: 200, foreign: 200 };
const created: Expected = { own: 201, foreign: 201 };
const forbidden: Expected = { own: 403, foreign: 403 };
/** An agent creating something for a firm: its own firm yes, a firm assigned to another agent 403. */
const createdForAssigned: Expected = { own: 201, foreign: 403 };
/** An agent: its own firm yes, a firm assigned to another agent 403. */
const assignedOnly: Expected = { own: 200, foreign: 403 };
/** An enterprise user: its own firm yes, any other firm 404. */
const ownFirmOnly: Expected = { own: 200, foreign: 404 };

/** The manager's decisions: blacklist, its lifting, reassignment. */
const managerOnly: Record<Role, Expected> = { agent: forbidden, enterprise: forbidden, manager: ok, finance: forbidden, admin: forbidden };
/** The concierge's paperwork, on the firms assigned to them. */
const agentOnOwn: Record<Role, Expected> = { agent: assignedOnly, enterprise: forbidden, manager: forbidden, finance: forbidden, admin: forbidden };
/** Payments: finance records them. */
const financeOnly: Record<Role, Expected> = { agent: forbidden, enterprise: forbidden, manager: forbidden, finance: ok, admin: forbidden };
/** The commands DOMAIN.md gives a firm's own user: supplying materials, rating, complaining. */
const ENTERPRISE_COMMANDS = ['supplySubsidyMaterials', 'receiveTaskMaterials', 'fulfilTaskCommitment', 'rateTask', 'fileTaskComplaint'];

/** Every role may. */
const everyone: Record<Role, Expected> = { agent: ok, enterprise: ok, manager: ok, finance: ok, admin: ok };
/** The task's owner (an agent) and the firm's own user. */
const ownerOrFirm: Record<Role, Expected> = { agent: assignedOnly, enterprise: ownFirmOnly, manager: forbidden, finance: forbidden, admin: forbidden };
/** The task's owner (an agent) and the managers. */
const ownerOrManager: Record<Role, Expected> = { agent: assignedOnly, enterprise: forbidden, manager: ok, finance: forbidden, admin: forbidden };
/** The audit views: managers (the district's auditors) and admins. */
const auditors: Record<Role, Expected> = { agent: forbidden, enterprise: forbidden, manager: ok, finance: forbidden, admin: ok };

let h: Harness;

const asAdmin = async (method: 'get' | 'post', path: string, body?: object, status = 200): Promise<request.Response> => call(actors.admin, method, path, body).expect(status);

/** THE table, keyed by operationId. */
const TABLE: Record<string, Row> = {
  registerEnterprise: {
    route: 'POST /api/enterprises',
    body: ({ serial }) => registration(serial()),
    expect: { agent: created, enterprise: forbidden, manager: forbidden, finance: forbidden, admin: forbidden },
    verify: async ({ res, caller }) => {
      expect(res.headers['location']).toBe(`/api/enterprises/${res.body.id}`);
      await h.settle();
      const profile = await asAdmin('get', `/api/enterprises/${res.body.id}`);
      // First contact: the agent who registers a firm looks after it.
      expect(profile.body.agentId).toBe(caller.id);
    },
  },
  issueLicence: {
    route: 'POST /api/enterprises/:id/licence',
    expect: agentOnOwn,
  },
  issueStarterKit: {
    route: 'POST /api/enterprises/:id/starter-kit',
    prepare: async ({ firmId, agentId }) => {
      await call({ id: agentId, role: 'agent' }, 'post', `/api/enterprises/${firmId}/licence`).expect(200);
    },
    body: () => ({ costFen: 40_000 }),
    expect: agentOnOwn,
  },
  assignConcierge: {
    route: 'POST /api/enterprises/:id/concierge',
    body: ({ agentId }) => ({ agentId: `${agentId}-successor` }),
    expect: managerOnly,
  },
  blacklistEnterprise: {
    route: 'POST /api/enterprises/:id/blacklist',
    body: () => ({ reason: '提供虚假材料', evidence: '核查记录 2026-031' }),
    expect: managerOnly,
  },
  liftBlacklist: {
    route: 'POST /api/enterprises/:id/blacklist-lifting',
    prepare: async ({ firmId }) => {
      await call(actors.manager, 'post', `/api/enterprises/${firmId}/blacklist`, { reason: '提供虚假材料', evidence: '核查记录' }).expect(200);
    },
    body: () => ({ reason: '信用修复完成' }),
    expect: managerOnly,
  },
  deregisterEnterprise: {
    route: 'POST /api/enterprises/:id/deregistration',
    body: () => ({ reason: '歇业' }),
    expect: agentOnOwn,
  },
  publishProgramme: {
    route: 'POST /api/programmes',
    body: () => programmePublication(),
    expect: { agent: forbidden, enterprise: forbidden, manager: created, finance: forbidden, admin: forbidden },
    verify: async ({ res }) => {
      expect(res.headers['location']).toBe(`/api/programmes/${res.body.id}`);
    },
  },
  adjustProgrammeBudget: {
    route: 'POST /api/programmes/:id/budget',
    target: ({ programmeId }) => programmeId(),
    body: () => ({ budgetFen: 2_000_000, reason: '追加预算' }),
    expect: managerOnly,
  },
  closeProgramme: {
    route: 'POST /api/programmes/:id/closure',
    target: ({ programmeId }) => programmeId(),
    body: () => ({ reason: '资金用完' }),
    expect: managerOnly,
  },
  applyForSubsidy: {
    route: 'POST /api/subsidies',
    body: async ({ programmeId, firmId }) => ({ programmeId: await programmeId(), enterpriseId: firmId, requestedFen: 400_000 }),
    expect: { agent: createdForAssigned, enterprise: forbidden, manager: forbidden, finance: forbidden, admin: forbidden },
    verify: async ({ res }) => {
      expect(res.headers['location']).toBe(`/api/subsidies/${res.body.id}`);
    },
  },
  requestSubsidyMaterials: {
    route: 'POST /api/subsidies/:id/materials-request',
    target: (fixture) => applicationOf(fixture, 'applied'),
    body: () => ({ missingItems: ['营业执照', '纳税证明'] }),
    expect: { agent: assignedOnly, enterprise: forbidden, manager: ok, finance: forbidden, admin: forbidden },
  },
  supplySubsidyMaterials: {
    route: 'POST /api/subsidies/:id/materials',
    target: (fixture) => applicationOf(fixture, 'materials-requested'),
    body: () => ({ items: ['营业执照'] }),
    expect: { agent: assignedOnly, enterprise: ownFirmOnly, manager: forbidden, finance: forbidden, admin: forbidden },
  },
  approveSubsidy: {
    route: 'POST /api/subsidies/:id/approval',
    target: (fixture) => applicationOf(fixture, 'applied'),
    body: () => ({ approvedFen: 300_000 }),
    expect: managerOnly,
  },
  rejectSubsidy: {
    route: 'POST /api/subsidies/:id/rejection',
    target: (fixture) => applicationOf(fixture, 'applied'),
    body: () => ({ reason: '不符合条件' }),
    expect: managerOnly,
  },
  disburseSubsidy: {
    route: 'POST /api/subsidies/:id/disbursements',
    target: (fixture) => applicationOf(fixture, 'approved'),
    body: ({ serial }) => ({ amountFen: 100_000, paymentReference: `BOC-2026-${serial()}` }),
    expect: financeOnly,
  },
  clawBackSubsidy: {
    route: 'POST /api/subsidies/:id/clawbacks',
    target: (fixture) => applicationOf(fixture, 'disbursed'),
    body: () => ({ amountFen: 50_000, reason: '虚报材料' }),
    expect: managerOnly,
  },
  closeSubsidy: {
    route: 'POST /api/subsidies/:id/closure',
    target: (fixture) => applicationOf(fixture, 'fully-disbursed'),
    expect: financeOnly,
  },
  awardTalentGrant: {
    route: 'POST /api/talent-grants',
    body: ({ firmId }) => given().talent.awardBody(firmId),
    expect: { agent: forbidden, enterprise: forbidden, manager: created, finance: forbidden, admin: forbidden },
    verify: async ({ res }) => {
      expect(res.headers['location']).toBe(`/api/talent-grants/${res.body.id}`);
    },
  },
  payTalentHousingSubsidy: {
    route: 'POST /api/talent-grants/:id/housing-payment',
    target: (fixture) => grantOf(fixture, 'awarded'),
    expect: financeOnly,
  },
  payTalentAllowance: {
    route: 'POST /api/talent-grants/:id/allowance-payments',
    target: (fixture) => grantOf(fixture, 'awarded'),
    body: () => ({ month: 1 }),
    expect: financeOnly,
  },
  suspendTalentGrant: {
    route: 'POST /api/talent-grants/:id/suspension',
    target: (fixture) => grantOf(fixture, 'awarded'),
    body: () => ({ reason: '离开本区' }),
    expect: managerOnly,
  },
  resumeTalentGrant: {
    route: 'POST /api/talent-grants/:id/resumption',
    target: (fixture) => grantOf(fixture, 'suspended'),
    expect: managerOnly,
  },
  endTalentGrant: {
    route: 'POST /api/talent-grants/:id/ending',
    target: (fixture) => grantOf(fixture, 'awarded'),
    body: () => ({ reason: '合同期满' }),
    expect: managerOnly,
  },
  grantCreditLine: {
    route: 'POST /api/credit-lines',
    body: ({ firmId }) => ({ enterpriseId: firmId, bank: '中国银行常德分行', amountFen: 50_000_000, termMonths: 12 }),
    expect: { agent: forbidden, enterprise: forbidden, manager: forbidden, finance: created, admin: forbidden },
    verify: async ({ res }) => {
      expect(res.headers['location']).toBe(`/api/credit-lines/${res.body.id}`);
    },
  },
  applyForLoan: {
    route: 'POST /api/loans',
    body: ({ firmId }) => ({ enterpriseId: firmId, amountFen: 1_000_000, termMonths: 3 }),
    expect: { agent: createdForAssigned, enterprise: forbidden, manager: forbidden, finance: forbidden, admin: forbidden },
    verify: async ({ res }) => {
      expect(res.headers['location']).toBe(`/api/loans/${res.body.id}`);
    },
  },
  approveLoan: {
    route: 'POST /api/loans/:id/approval',
    target: (fixture) => loanOf(fixture, 'applied'),
    expect: managerOnly,
  },
  rejectLoan: {
    route: 'POST /api/loans/:id/rejection',
    target: (fixture) => loanOf(fixture, 'applied'),
    body: () => ({ reason: '担保不足' }),
    expect: managerOnly,
  },
  disburseLoan: {
    route: 'POST /api/loans/:id/disbursement',
    target: (fixture) => loanOf(fixture, 'approved'),
    expect: financeOnly,
  },
  repayLoanInstalment: {
    route: 'POST /api/loans/:id/repayments',
    target: (fixture) => loanOf(fixture, 'disbursed'),
    body: () => ({ instalment: 1, amountFen: 100_000 }),
    expect: financeOnly,
  },
  erasePersonalData: {
    route: 'POST /api/people/:personId/erasure',
    target: async ({ firmId }) => (await given().talent.grant('awarded', { firmId })).personId,
    expect: { agent: forbidden, enterprise: forbidden, manager: forbidden, finance: forbidden, admin: ok },
  },
  openTask: {
    route: 'POST /api/tasks',
    body: ({ firmId }) => ({ enterpriseId: firmId, serviceCode: 'public-place-hygiene-permit' }),
    // First contact: an agent opens a task for any firm, its own or one assigned to someone else.
    expect: { agent: created, enterprise: forbidden, manager: forbidden, finance: forbidden, admin: forbidden },
    verify: async ({ res }) => {
      expect(res.headers['location']).toBe(`/api/tasks/${res.body.id}`);
    },
  },
  acceptTask: {
    route: 'POST /api/tasks/:id/acceptance',
    target: (fixture) => taskOf(fixture, 'opened'),
    expect: agentOnOwn,
  },
  requestTaskMaterials: {
    route: 'POST /api/tasks/:id/materials-request',
    target: (fixture) => taskOf(fixture, 'accepted'),
    body: () => ({ missingItems: ['卫生检测报告', '从业人员健康证明'] }),
    expect: agentOnOwn,
  },
  receiveTaskMaterials: {
    route: 'POST /api/tasks/:id/materials',
    target: (fixture) => taskOf(fixture, 'awaiting-materials'),
    expect: ownerOrFirm,
  },
  completeTask: {
    route: 'POST /api/tasks/:id/completion',
    target: (fixture) => taskOf(fixture, 'accepted'),
    body: () => ({ outcome: '许可证已发放', costSavedFen: 50_000 }),
    expect: agentOnOwn,
  },
  cancelTask: {
    route: 'POST /api/tasks/:id/cancellation',
    target: (fixture) => taskOf(fixture, 'accepted'),
    body: () => ({ reason: '企业撤回申请' }),
    expect: agentOnOwn,
  },
  handOverTask: {
    route: 'POST /api/tasks/:id/handover',
    target: (fixture) => taskOf(fixture, 'accepted'),
    body: ({ agentId }) => ({ toAgentId: `${agentId}-successor`, reason: '调岗' }),
    expect: ownerOrManager,
  },
  escalateTask: {
    route: 'POST /api/tasks/:id/escalation',
    target: (fixture) => taskOf(fixture, 'overdue'),
    expect: managerOnly,
  },
  signTaskCommitment: {
    route: 'POST /api/tasks/:id/commitment',
    target: (fixture) => taskOf(fixture, 'accepted'),
    body: () => ({ missingItems: ['卫生检测报告'], materialsDueInWorkingDays: 20 }),
    expect: agentOnOwn,
  },
  fulfilTaskCommitment: {
    route: 'POST /api/tasks/:id/commitment/fulfilment',
    target: (fixture) => taskOf(fixture, 'committed'),
    expect: ownerOrFirm,
  },
  breachTaskCommitment: {
    route: 'POST /api/tasks/:id/commitment/breach',
    target: (fixture) => taskOf(fixture, 'commitment-overdue'),
    expect: managerOnly,
  },
  rateTask: {
    route: 'POST /api/tasks/:id/rating',
    target: (fixture) => taskOf(fixture, 'completed'),
    body: () => ({ score: 5, comment: '很满意' }),
    expect: { agent: forbidden, enterprise: ownFirmOnly, manager: forbidden, finance: forbidden, admin: forbidden },
  },
  verifyTaskRectification: {
    route: 'POST /api/tasks/:id/rectification/verification',
    target: (fixture) => taskOf(fixture, 'badly-rated'),
    body: () => ({ findings: '办理超时属实' }),
    expect: managerOnly,
  },
  carryOutTaskRectification: {
    route: 'POST /api/tasks/:id/rectification/action',
    target: (fixture) => taskOf(fixture, 'verified'),
    body: () => ({ actions: '已约谈代办员并优化流程' }),
    expect: ownerOrManager,
  },
  answerTaskRectification: {
    route: 'POST /api/tasks/:id/rectification/answer',
    target: (fixture) => taskOf(fixture, 'carried-out'),
    body: () => ({ answer: '已整改，感谢监督' }),
    expect: managerOnly,
  },
  fileTaskComplaint: {
    route: 'POST /api/tasks/:id/complaints',
    target: (fixture) => taskOf(fixture, 'opened'),
    body: () => ({ text: '窗口排队太久' }),
    expect: { agent: forbidden, enterprise: { own: 201, foreign: 404 }, manager: forbidden, finance: forbidden, admin: forbidden },
    verify: async ({ res }) => {
      expect(res.headers['location']).toBe(`/api/tasks/${res.body.id}/complaints/1`);
    },
  },
  answerTaskComplaint: {
    route: 'POST /api/tasks/:id/complaint-answers',
    target: (fixture) => taskOf(fixture, 'complained'),
    body: () => ({ complaintNo: 1, answer: '已增设窗口' }),
    expect: managerOnly,
  },
  repairEnterpriseCredit: {
    route: 'POST /api/enterprises/:id/credit-repair',
    prepare: async (fixture) => {
      const taskId = await taskOf(fixture, 'commitment-overdue');
      await call(actors.manager, 'post', `/api/tasks/${taskId}/commitment/breach`).expect(200);
    },
    body: () => ({ reason: '已补齐材料并作出信用承诺' }),
    expect: managerOnly,
  },
  listCatalogueServices: {
    route: 'GET /api/catalogue/services',
    expect: everyone,
  },
  getCalendarYear: {
    route: 'GET /api/calendar/:year',
    target: async () => '2026',
    expect: everyone,
  },
  setCalendarYear: {
    route: 'PUT /api/calendar/:year',
    // A year no case set before, so that every case writes.
    target: async () => String((calendarYear += 1)),
    body: () => ({ holidays: [], workingWeekendDays: [] }),
    expect: { agent: forbidden, enterprise: forbidden, manager: forbidden, finance: forbidden, admin: created },
  },
  listEnterprises: {
    route: 'GET /api/enterprises',
    expect: { agent: ok, enterprise: ok, manager: ok, finance: forbidden, admin: ok },
    verify: async ({ role, caller, firmId, otherFirmId, ownership }) => {
      const otherId = await otherFirmId();
      await h.settle();
      // Record-level filtering: the whole list, every page, as this caller sees it.
      const items = await everyPage(caller, '/api/enterprises');
      const ids = items.map((item) => item['id']);
      if (role === 'agent') {
        // The caller's agent has exactly one firm assigned in the whole store.
        expect(ids).toEqual([ownership === 'own' ? firmId : otherId]);
        expect(items.every((item) => item['agentId'] === caller.id)).toBe(true);
      } else if (role === 'enterprise') {
        expect(ids).toEqual([caller.enterpriseId]);
      } else {
        expect(ids).toEqual(expect.arrayContaining([firmId, otherId]));
      }
    },
  },
  getEnterprise: {
    route: 'GET /api/enterprises/:id',
    expect: { agent: assignedOnly, enterprise: ownFirmOnly, manager: ok, finance: forbidden, admin: ok },
    verify: async ({ res, firmId }) => {
      expect(res.body).toMatchObject({ id: firmId, revision: 1 });
      expect(res.headers['etag']).toBe('W/"1"');
    },
  },
  getEnterpriseTimeline: {
    route: 'GET /api/enterprises/:id/timeline',
    expect: { agent: assignedOnly, enterprise: ownFirmOnly, manager: ok, finance: forbidden, admin: ok },
    verify: async ({ res }) => {
      expect(res.body.items.map((entry: { type: string }) => entry.type)).toEqual(['ConciergeAssigned', 'EnterpriseRegistered']);
    },
  },
  getEnterpriseEvents: {
    route: 'GET /api/enterprises/:id/events',
    expect: { agent: forbidden, enterprise: forbidden, manager: ok, finance: forbidden, admin: ok },
    verify: async ({ res, firmId }) => {
      expect(res.body.items.map((event: { type: string; stream: string }) => `${event.stream} ${event.type}`)).toEqual([
        `enterprise-${firmId} EnterpriseRegistered`,
        `enterprise-${firmId} ConciergeAssigned`,
      ]);
    },
  },
  listProgrammes: {
    route: 'GET /api/programmes',
    expect: everyone,
  },
  getProgramme: {
    route: 'GET /api/programmes/:id',
    target: ({ programmeId }) => programmeId(),
    expect: everyone,
    verify: async ({ res }) => {
      expect(res.body).toMatchObject({ status: 'open', committedFen: 0 });
    },
  },
  listEligibleEnterprises: {
    route: 'GET /api/programmes/:id/eligible-enterprises',
    target: ({ programmeId }) => programmeId(),
    expect: { agent: ok, enterprise: ok, manager: ok, finance: forbidden, admin: ok },
    verify: async ({ role, caller, firmId, otherFirmId, ownership, programmeId }) => {
      const otherId = await otherFirmId();
      await h.settle();
      const ids = (await everyPage(caller, `/api/programmes/${await programmeId()}/eligible-enterprises`)).map((item) => item['id']);
      // The programme admits every firm: the list is every firm the caller may see.
      if (role === 'agent') expect(ids).toEqual([ownership === 'own' ? firmId : otherId]);
      else if (role === 'enterprise') expect(ids).toEqual([caller.enterpriseId]);
      else expect(ids).toEqual(expect.arrayContaining([firmId, otherId]));
    },
  },
  listSubsidies: {
    route: 'GET /api/subsidies',
    prepare: async (fixture) => {
      await applicationOf(fixture, 'applied');
    },
    expect: everyone,
    verify: async ({ role, caller, firmId, ownership }) => {
      const firms = (await everyPage(caller, '/api/subsidies')).map((item) => item['enterpriseId']);
      // The foreign caller's own firm has no application; the fixture's firm has exactly one.
      if (role === 'agent' || role === 'enterprise') expect(firms).toEqual(ownership === 'own' ? [firmId] : []);
      else expect(firms).toContain(firmId);
    },
  },
  getSubsidy: {
    route: 'GET /api/subsidies/:id',
    target: (fixture) => applicationOf(fixture, 'applied'),
    expect: { agent: assignedOnly, enterprise: ownFirmOnly, manager: ok, finance: ok, admin: ok },
    verify: async ({ res, firmId, agentId }) => {
      expect(res.body).toMatchObject({ enterpriseId: firmId, agentId, status: 'applied' });
    },
  },
  auditDisbursements: {
    route: 'GET /api/audit/disbursements',
    expect: { agent: forbidden, enterprise: forbidden, manager: ok, finance: ok, admin: ok },
    verify: async ({ res }) => {
      expect(res.body.totals).toMatchObject({ entries: expect.any(Number), netFen: expect.any(Number) });
    },
  },
  auditProgramme: {
    route: 'GET /api/audit/programmes/:id',
    target: ({ programmeId }) => programmeId(),
    expect: auditors,
  },
  auditAnomalies: {
    route: 'GET /api/audit/anomalies',
    expect: auditors,
  },
  auditIntegrity: {
    route: 'GET /api/audit/integrity',
    expect: auditors,
    verify: async ({ res }) => {
      expect(res.body).toMatchObject({ intact: true, broken: [] });
    },
  },
  listTasks: {
    route: 'GET /api/tasks',
    prepare: async (fixture) => {
      await taskOf(fixture, 'accepted');
    },
    expect: { agent: ok, enterprise: ok, manager: ok, finance: forbidden, admin: ok },
    verify: async ({ role, caller, firmId, ownership }) => {
      await h.settle();
      const firms = (await everyPage(caller, '/api/tasks')).map((item) => item['enterpriseId']);
      // The foreign caller's own firm has no task, nor did it open one; the fixture's firm has exactly one.
      if (role === 'agent' || role === 'enterprise') expect(firms).toEqual(ownership === 'own' ? [firmId] : []);
      else expect(firms).toContain(firmId);
    },
  },
  getTask: {
    route: 'GET /api/tasks/:id',
    target: (fixture) => taskOf(fixture, 'accepted'),
    expect: { agent: assignedOnly, enterprise: ownFirmOnly, manager: ok, finance: forbidden, admin: ok },
    verify: async ({ res, firmId, agentId }) => {
      expect(res.body).toMatchObject({ enterpriseId: firmId, firstContactAgentId: agentId, status: 'in-progress', overdue: false });
      expect(res.body.history.map((entry: { type: string }) => entry.type)).toEqual(['TaskOpened', 'TaskAccepted']);
    },
  },
  listMyReminders: {
    route: 'GET /api/reminders',
    expect: everyone,
  },
  reportServiceQuality: {
    route: 'GET /api/reports/service-quality',
    expect: auditors,
  },
  listTalentGrants: {
    route: 'GET /api/talent-grants',
    prepare: async (fixture) => {
      await grantOf(fixture, 'awarded');
    },
    expect: everyone,
    verify: async ({ role, caller, firmId, ownership }) => {
      const grants = await everyPage(caller, '/api/talent-grants');
      const firms = grants.map((item) => item['enterpriseId']);
      if (role === 'agent' || role === 'enterprise') expect(firms).toEqual(ownership === 'own' ? [firmId] : []);
      else expect(firms).toContain(firmId);
      // Other cases erase people: only the fixture's own grant is sure to have its identity number.
      const own = grants.find((grant) => grant['enterpriseId'] === firmId) as { person: { identityNumber: string } } | undefined;
      if (own) expect(own.person.identityNumber.includes('*')).toBe(role !== 'finance');
    },
  },
  getTalentGrant: {
    route: 'GET /api/talent-grants/:id',
    target: (fixture) => grantOf(fixture, 'awarded'),
    expect: { agent: assignedOnly, enterprise: ownFirmOnly, manager: ok, finance: ok, admin: ok },
    verify: async ({ res, role, firmId }) => {
      expect(res.body).toMatchObject({ enterpriseId: firmId, status: 'active', person: { erased: false } });
      expect(res.body.person.identityNumber.includes('*')).toBe(role !== 'finance');
    },
  },
  listLoans: {
    route: 'GET /api/loans',
    prepare: async (fixture) => {
      await loanOf(fixture, 'applied');
    },
    expect: everyone,
    verify: async ({ role, caller, firmId, ownership }) => {
      const firms = (await everyPage(caller, '/api/loans')).map((item) => item['enterpriseId']);
      if (role === 'agent' || role === 'enterprise') expect(firms).toEqual(ownership === 'own' ? [firmId] : []);
      else expect(firms).toContain(firmId);
    },
  },
  getLoan: {
    route: 'GET /api/loans/:id',
    target: (fixture) => loanOf(fixture, 'applied'),
    expect: { agent: assignedOnly, enterprise: ownFirmOnly, manager: ok, finance: ok, admin: ok },
    verify: async ({ res, firmId }) => {
      expect(res.body).toMatchObject({ enterpriseId: firmId, kind: 'loan', status: 'applied' });
    },
  },
  listPaymentSchedule: {
    route: 'GET /api/schedules/payments',
    query: '?from=2026-01-01&to=2026-12-31',
    expect: { agent: forbidden, enterprise: forbidden, manager: ok, finance: ok, admin: ok },
  },
  getReachReport: {
    route: 'GET /api/reports/reach',
    expect: auditors,
  },
};

type TaskStep = readonly [by: 'owner' | 'firm' | 'manager', path: string, body?: object];
const accept: TaskStep = ['owner', 'acceptance'];
const complete: TaskStep = ['owner', 'completion', { outcome: '许可证已发放', costSavedFen: 50_000 }];
const rateBadly: TaskStep = ['firm', 'rating', { score: 2, comment: '办理太慢' }];
const verifyRectification: TaskStep = ['manager', 'rectification/verification', { findings: '办理超时属实' }];
const commit = (materialsDueInWorkingDays: number): TaskStep => ['owner', 'commitment', { missingItems: ['卫生检测报告'], materialsDueInWorkingDays }];

/** The steps that bring a fresh task to a stage; the overdue stages are taken a month back, so that their deadlines have passed by now. */
const TASK_STAGES = {
  opened: [],
  accepted: [accept],
  'awaiting-materials': [accept, ['owner', 'materials-request', { missingItems: ['卫生检测报告'] }]],
  committed: [accept, commit(20)],
  completed: [accept, complete],
  'badly-rated': [accept, complete, rateBadly],
  verified: [accept, complete, rateBadly, verifyRectification],
  'carried-out': [accept, complete, rateBadly, verifyRectification, ['owner', 'rectification/action', { actions: '已整改' }]],
  complained: [['firm', 'complaints', { text: '窗口排队太久' }]],
  overdue: [accept],
  'commitment-overdue': [accept, commit(1)],
} satisfies Record<string, readonly TaskStep[]>;
const A_MONTH_AGO = '2026-02-02T02:00:00.000Z';

let calendarYear = 3000;

/** A fresh task of the fixture's firm (public-place hygiene permit), opened by the firm's agent, who owns it, and brought as far as `stage`. */
async function taskOf(fixture: Fixture, stage: keyof typeof TASK_STAGES): Promise<string> {
  const callers = { owner: { id: fixture.agentId, role: 'agent' }, firm: enterpriseUser(fixture.firmId), manager: actors.manager } as const;
  const now = h.clock.now();
  if (stage === 'overdue' || stage === 'commitment-overdue') h.clock.set(A_MONTH_AGO);
  try {
    const opening = { enterpriseId: fixture.firmId, serviceCode: 'public-place-hygiene-permit' };
    const id = (await call(callers.owner, 'post', '/api/tasks', opening).expect(201)).body.id as string;
    for (const [by, path, body] of TASK_STAGES[stage] as readonly TaskStep[]) {
      const res = await call(callers[by], 'post', `/api/tasks/${id}/${path}`, body ?? {});
      expect({ path, status: res.status }).toEqual({ path, status: path === 'complaints' ? 201 : 200 });
    }
    return id;
  } finally {
    h.clock.set(now);
  }
}

type ApplicationStage = 'applied' | 'materials-requested' | 'approved' | 'disbursed' | 'fully-disbursed';

/** A fresh application of the fixture's firm, filed by its agent, brought as far as `stage` (300,000 fen approved). */
async function applicationOf(fixture: Fixture, stage: ApplicationStage): Promise<string> {
  const body = { programmeId: await fixture.programmeId(), enterpriseId: fixture.firmId, requestedFen: 400_000 };
  const id = (await call({ id: fixture.agentId, role: 'agent' }, 'post', '/api/subsidies', body).expect(201)).body.id as string;
  const step = (actor: Actor, path: string, stepBody: object) => call(actor, 'post', `/api/subsidies/${id}/${path}`, stepBody).expect(200);
  if (stage === 'materials-requested') await step(actors.manager, 'materials-request', { missingItems: ['营业执照'] });
  if (stage === 'applied' || stage === 'materials-requested') return id;
  await step(actors.manager, 'approval', { approvedFen: 300_000 });
  if (stage === 'approved') return id;
  await step(actors.finance, 'disbursements', { amountFen: stage === 'disbursed' ? 100_000 : 300_000, paymentReference: `BOC-${id}` });
  return id;
}

let grantsAndLoans: { talent: ReturnType<typeof talentScenarios>; loans: ReturnType<typeof loanScenarios> } | undefined;
/** Talent grants and loans for the fixtures' firms (the serial names people only: the firms are the fixture's). */
const given = () => (grantsAndLoans ??= { talent: talentScenarios(h, 90_000), loans: loanScenarios(h, 90_000) });

/** A fresh talent grant to an employee of the fixture's firm, awarded by a manager and brought as far as `stage`. */
const grantOf = async ({ firmId }: Fixture, stage: GrantStage): Promise<string> => (await given().talent.grant(stage, { firmId })).talentId;

/** A fresh guaranteed loan of the fixture's firm, applied for by its agent and brought as far as `stage`. */
const loanOf = async ({ firmId, agentId }: Fixture, stage: LoanStage): Promise<string> => (await given().loans.loan(stage, { firmId, agent: { id: agentId, role: 'agent' } })).loanId;

function call(actor: Actor, method: Endpoint['method'], path: string, body?: object): request.Test {
  const test = request(h.http)[method](path).set('Authorization', `Bearer ${signTokenNow(actor)}`);
  return body === undefined ? test : test.send(body);
}

async function everyPage(actor: Actor, path: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const res: request.Response = await call(actor, 'get', `${path}?limit=500${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
    items.push(...(res.body.items as Record<string, unknown>[]));
    cursor = res.body.nextCursor as string | null;
  } while (cursor);
  return items;
}

const staff: Record<'manager' | 'finance' | 'admin', Actor> = { manager: actors.manager, finance: actors.finance, admin: actors.admin };

async function callerFor(role: Role, ownership: Ownership, fixture: Fixture): Promise<Actor> {
  switch (role) {
    case 'agent':
      return { id: ownership === 'own' ? fixture.agentId : fixture.otherAgentId, role };
    case 'enterprise':
      return enterpriseUser(ownership === 'own' ? fixture.firmId : await fixture.otherFirmId());
    default:
      return staff[role];
  }
}

const routeOf = (endpoint: Endpoint): string => `${endpoint.method.toUpperCase()} ${endpoint.path}`;
const pathFor = (endpoint: Endpoint, recordId: string): string => endpoint.path.replace(/:\w+/, encodeURIComponent(recordId));

function endpointFor(operationId: string): Endpoint {
  const endpoint = apiEndpoints(h.app).find((e) => e.operationId === operationId);
  if (!endpoint) throw new Error(`The table has a row for ${operationId}, but apiEndpoints() serves no such endpoint`);
  return endpoint;
}

let serial = 10_000;
let fixtures = 0;

/** A fresh firm (and, when asked for, a second one), each registered by (so assigned to) an agent no other case uses. */
async function freshFixture(): Promise<Fixture> {
  fixtures += 1;
  const agentId = `agent-${fixtures}`;
  const otherAgentId = `agent-${fixtures}-other`;
  const register = async (by: string): Promise<string> =>
    (await call({ id: by, role: 'agent' }, 'post', '/api/enterprises', registration((serial += 1))).expect(201)).body.id as string;
  let other: Promise<string> | undefined;
  let programme: Promise<string> | undefined;
  const publish = async (): Promise<string> => (await call(actors.manager, 'post', '/api/programmes', programmePublication()).expect(201)).body.id as string;
  return {
    firmId: await register(agentId),
    otherFirmId: () => (other ??= register(otherAgentId)),
    agentId,
    otherAgentId,
    serial: () => (serial += 1),
    programmeId: () => (programme ??= publish()),
  };
}

function expectProblem(res: request.Response, status: number): void {
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.stringMatching(/^urn:concierge:problem:/), title: expect.any(String) });
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('the access table', () => {
  it('has exactly one row for every endpoint apiEndpoints() serves, and none for an endpoint it does not', () => {
    const served = apiEndpoints(h.app).map((endpoint) => endpoint.operationId);
    expect(new Set(served).size).toBe(served.length);
    const missingRows = served.filter((id) => !(id in TABLE));
    const staleRows = Object.keys(TABLE).filter((id) => !served.includes(id));
    expect({ missingRows, staleRows }).toEqual({ missingRows: [], staleRows: [] });
  });

  it.each(Object.keys(TABLE))('row %s names the route and the roles the endpoint declares', (operationId) => {
    const endpoint = endpointFor(operationId);
    const row = TABLE[operationId]!;
    expect(routeOf(endpoint)).toBe(row.route);
    // A role the endpoint lets in succeeds on its own record; one it refuses is 403 everywhere.
    const allowed = ROLES.filter((role) => row.expect[role].own !== 403);
    expect([...endpoint.roles].sort()).toEqual([...allowed].sort());
    for (const role of ROLES.filter((r) => !allowed.includes(r))) expect(row.expect[role]).toEqual(forbidden);
    // The enterprise role is allowed no command but those DOMAIN.md gives a firm's own user.
    if (endpoint.kind === 'command' && !ENTERPRISE_COMMANDS.includes(operationId)) expect(row.expect.enterprise).toEqual(forbidden);
  });
});

describe.each(Object.keys(TABLE))('%s', (operationId) => {
  const row = TABLE[operationId]!;

  const label = { own: 'its own firm', foreign: 'a foreign firm' } as const;
  const cases = ROLES.flatMap((role) => (['own', 'foreign'] as const).map((ownership) => [role, label[ownership], row.expect[role][ownership], ownership] as const));

  it.each(cases)(
    'as %s on %s → %i',
    async (role, _label, status, ownership) => {
      const endpoint = endpointFor(operationId);
      const fixture = await freshFixture();
      await row.prepare?.(fixture);
      const recordId = row.target ? await row.target(fixture) : fixture.firmId;
      const body = await row.body?.(fixture);
      const caller = await callerFor(role, ownership, fixture);
      await h.settle();
      const before = await h.app.events.headPosition();

      const res = await call(caller, endpoint.method, `${pathFor(endpoint, recordId)}${row.query ?? ''}`, body);

      expect({ status: res.status, body: res.body }).toEqual({ status, body: expect.anything() });
      const after = await h.app.events.headPosition();
      if (status >= 400) {
        expectProblem(res, status);
        expect(after).toBe(before);
        return;
      }
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      if (endpoint.kind === 'command') {
        expect(res.body).toEqual({ id: endpoint.path.includes(':id') ? recordId : expect.any(String), revision: expect.any(Number) });
        expect(res.headers['etag']).toBe(`W/"${res.body.revision}"`);
        expect(after).toBeGreaterThan(before ?? -1);
      } else {
        expect(after).toBe(before);
      }
      await row.verify?.({ ...fixture, role, ownership, caller, res });
    },
  );

  if (row.route.includes(':id')) {
    it.each(ROLES.map((role) => [role, row.expect[role].own === 403 ? 403 : 404] as const))('as %s on a firm that does not exist → %i', async (role, status) => {
      const endpoint = endpointFor(operationId);
      const fixture = await freshFixture();
      await h.settle();
      const caller = await callerFor(role, 'own', fixture);
      // An enterprise user's own firm exists by definition: it asks about an id that does not.
      const before = await h.app.events.headPosition();
      const res = await call(caller, endpoint.method, pathFor(endpoint, 'no-such-firm'), await row.body?.(fixture));
      expect(res.status).toBe(status);
      expectProblem(res, status);
      expect(await h.app.events.headPosition()).toBe(before);
    });
  }
});
