import type { SignCommitment } from '../../src/domain/task/commands';
import type { TaskEvent } from '../../src/domain/task/events';
import { taskDecider } from '../../src/domain/task/task';
import { deciderSpec } from '../support/decider-spec';
import { accepted, calendar, completed, firmUser, on, opened, service, when } from '../support/task-fixtures';

const spec = deciderSpec(taskDecider);

const inGoodStanding = { status: 'licensed', blacklisted: false, creditMarked: false } as const;
const sign: SignCommitment = { type: 'SignCommitment', missingItems: ['卫生检测报告'], materialsDueInWorkingDays: 20, enterprise: inGoodStanding, calendar };
// 20 working days from Monday 2 March 2026 is Monday 30 March; 清明节 begins 4 April.
const signed: TaskEvent = { type: 'CommitmentSigned', data: { missingItems: ['卫生检测报告'], materialsDueOn: '2026-03-30', signedAt: on('2026-03-02') } };
const permitIssued: TaskEvent = { type: 'PermitIssued', data: { issuedAt: on('2026-03-02') } };
const fulfilled: TaskEvent = { type: 'CommitmentFulfilled', data: { fulfilledAt: on('2026-03-20') } };
const breached: TaskEvent = { type: 'CommitmentBreached', data: { enterpriseId: 'e-1', missingItems: ['卫生检测报告'], materialsDueOn: '2026-03-30', breachedAt: on('2026-03-31') } };
const revoked: TaskEvent = { type: 'PermitRevoked', data: { reason: 'commitment-breached', revokedAt: on('2026-03-31') } };
const breach = { type: 'BreachCommitment' } as const;
const fulfil = { type: 'FulfilCommitment' } as const;

describe('commitment handling (告知承诺制 / 容缺办理)', () => {
  it('issues the permit at once, the missing materials due some working days later', () => {
    spec.given([opened(), accepted]).when(sign, when('2026-03-02')).then([signed, permitIssued]);
  });

  it('is refused for a service the catalogue does not open to it', () => {
    spec.given([opened({ service: service('contract-review') }), accepted]).when(sign, when('2026-03-02')).thenRefuses('commitment-not-allowed');
  });

  it('is refused to a blacklisted firm, to one whose broken commitment is not repaired, and to one deregistered', () => {
    spec.given([opened(), accepted]).when({ ...sign, enterprise: { ...inGoodStanding, blacklisted: true } }, when('2026-03-02')).thenRefuses('enterprise-blacklisted');
    spec.given([opened(), accepted]).when({ ...sign, enterprise: { ...inGoodStanding, creditMarked: true } }, when('2026-03-02')).thenRefuses('credit-marked');
    spec.given([opened(), accepted]).when({ ...sign, enterprise: { ...inGoodStanding, status: 'deregistered' } }, when('2026-03-02')).thenRefuses('enterprise-deregistered');
  });

  it('is signed once, for an accepted task whose clock runs', () => {
    spec.given([opened(), accepted, signed, permitIssued]).when(sign, when('2026-03-03')).thenRefuses('commitment-already-signed');
    spec.given([opened()]).when(sign, when('2026-03-02')).thenRefuses('task-not-accepted');
    const waiting: TaskEvent = { type: 'TaskMaterialsRequested', data: { missingItems: ['卫生检测报告'], requestedAt: on('2026-03-02') } };
    spec.given([opened(), accepted, waiting]).when(sign, when('2026-03-03')).thenRefuses('awaiting-materials');
  });

  it('names the missing items and gives them at least a working day', () => {
    spec.given([opened(), accepted]).when({ ...sign, missingItems: [] }, when('2026-03-02')).thenRefuses('materials-list-invalid');
    spec.given([opened(), accepted]).when({ ...sign, materialsDueInWorkingDays: 0 }, when('2026-03-02')).thenRefuses('invalid-working-days');
  });

  it('is fulfilled when the materials arrive by their deadline, the deadline day included', () => {
    spec.given([opened(), accepted, signed, permitIssued]).when(fulfil, when('2026-03-20', firmUser)).then([fulfilled]);
    spec.given([opened(), accepted, signed, permitIssued]).when(fulfil, when('2026-03-30', firmUser)).then([{ type: 'CommitmentFulfilled', data: { fulfilledAt: on('2026-03-30') } }]);
    spec.given([opened(), accepted, signed, permitIssued]).when(fulfil, when('2026-03-31', firmUser)).thenRefuses('commitment-deadline-passed');
  });

  it('is fulfilled once, and only when signed and not breached', () => {
    spec.given([opened(), accepted]).when(fulfil, when('2026-03-20')).thenRefuses('no-commitment');
    spec.given([opened(), accepted, signed, permitIssued, fulfilled]).when(fulfil, when('2026-03-21')).thenRefuses('commitment-fulfilled');
    spec.given([opened(), accepted, signed, permitIssued, breached, revoked]).when(fulfil, when('2026-03-31')).thenRefuses('commitment-breached');
  });

  it('is breached once its deadline has passed: the permit is revoked and the firm is named for its credit to be marked', () => {
    spec.given([opened(), accepted, signed, permitIssued]).when(breach, when('2026-03-31')).then([breached, revoked]);
  });

  it('is breached even after the task was completed', () => {
    spec.given([opened(), accepted, signed, permitIssued, completed]).when(breach, when('2026-03-31')).then([breached, revoked]);
  });

  it('is breached once: the deadline firing again writes nothing', () => {
    spec.given([opened(), accepted, signed, permitIssued, breached, revoked]).when(breach, when('2026-04-01')).then([]);
  });

  it('is not breached before the deadline has passed, nor when fulfilled or never signed', () => {
    spec.given([opened(), accepted, signed, permitIssued]).when(breach, when('2026-03-30')).thenRefuses('commitment-deadline-not-passed');
    spec.given([opened(), accepted, signed, permitIssued, fulfilled]).when(breach, when('2026-03-31')).thenRefuses('commitment-fulfilled');
    spec.given([opened(), accepted]).when(breach, when('2026-03-31')).thenRefuses('no-commitment');
  });

  it('lets the task be completed while the materials are still due, but not cancelled once the permit is out', () => {
    spec.given([opened(), accepted, signed, permitIssued]).when({ type: 'CompleteTask', outcome: '已发证', costSavedFen: 0, calendar }, when('2026-03-02')).then([
      { type: 'TaskCompleted', data: { outcome: '已发证', costSavedFen: 0, workingDaysTaken: 0, onTime: true, completedAt: on('2026-03-02') } },
    ]);
    spec.given([opened(), accepted, signed, permitIssued]).when({ type: 'CancelTask', reason: 'x' }, when('2026-03-03')).thenRefuses('permit-issued');
  });
});
