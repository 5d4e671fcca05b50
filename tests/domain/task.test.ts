import type { OpenTask } from '../../src/domain/task/commands';
import type { TaskEvent } from '../../src/domain/task/events';
import { taskDecider } from '../../src/domain/task/task';
import { deciderSpec } from '../support/decider-spec';
import { accepted, agent, calendar, cancelled, completed, hygienePermit, manager, on, opened, service, when } from '../support/task-fixtures';

const spec = deciderSpec(taskDecider);

const open: OpenTask = { type: 'OpenTask', taskId: 't-1', enterpriseId: 'e-1', keyProject: null, service: hygienePermit, enterprise: { status: 'licensed' } };
const accept = { type: 'AcceptTask', calendar } as const;
const requestMaterials = { type: 'RequestMaterials', missingItems: ['卫生管理制度', '从业人员健康证明'] } as const;
const materialsRequested: TaskEvent = { type: 'TaskMaterialsRequested', data: { missingItems: ['卫生管理制度', '从业人员健康证明'], requestedAt: on('2026-03-04') } };
const materialsReceived: TaskEvent = { type: 'TaskMaterialsReceived', data: { receivedAt: on('2026-03-09'), pausedWorkingDays: 3, dueOn: '2026-03-19' } };
const complete = { type: 'CompleteTask', outcome: '已发证', costSavedFen: 50_000, calendar } as const;
const handOver = { type: 'HandOverTask', toAgentId: 'a-2', reason: '休假' } as const;
const escalate = { type: 'EscalateOverdueTask' } as const;

describe('agency tasks', () => {
  describe('opening', () => {
    it('is opened by its first-contact agent, who owns it, with the service as the catalogue has it', () => {
      spec.given([]).when({ ...open, keyProject: '武陵移动互联网产业园二期' }, when('2026-03-02')).then([opened({ keyProject: '武陵移动互联网产业园二期' })]);
    });

    it('is opened by an agent only', () => {
      spec.given([]).when(open, when('2026-03-02', manager)).thenRefuses('opener-not-agent');
    });

    it('is opened for a registered firm, never for one deregistered', () => {
      spec.given([]).when({ ...open, enterprise: { status: 'none' } }, when('2026-03-02')).thenRefuses('enterprise-not-found');
      spec.given([]).when({ ...open, enterprise: { status: 'deregistered' } }, when('2026-03-02')).thenRefuses('enterprise-deregistered');
    });

    it('is opened for a service in the catalogue', () => {
      spec.given([]).when({ ...open, service: null }, when('2026-03-02')).thenRefuses('service-not-found');
    });

    it('is opened once', () => {
      spec.given([opened()]).when(open, when('2026-03-02')).thenRefuses('task-already-opened');
    });

    it('refuses every other command for a task never opened', () => {
      spec.given([]).when(accept, when('2026-03-02')).thenRefuses('task-not-found');
    });
  });

  describe('accepting', () => {
    it('sets the due date the promised working days after the Shanghai day of acceptance', () => {
      spec.given([opened()]).when(accept, when('2026-03-02')).then([accepted]);
      // 01:00 on 3 March in Shanghai is still the evening of 2 March in UTC.
      spec.given([opened()]).when(accept, { ...when('2026-03-02'), now: '2026-03-02T17:00:00.000Z' }).then([
        { type: 'TaskAccepted', data: { acceptedAt: '2026-03-02T17:00:00.000Z', dueOn: '2026-03-17' } },
      ]);
    });

    it('counts over the Spring Festival and its swapped working weekends', () => {
      spec.given([opened()]).when(accept, when('2026-02-13')).then([{ type: 'TaskAccepted', data: { acceptedAt: on('2026-02-13'), dueOn: '2026-03-05' } }]);
    });

    it('makes a service done on the spot due the day it is accepted', () => {
      spec.given([opened({ service: service('invoice-application') })]).when(accept, when('2026-03-02')).then([{ type: 'TaskAccepted', data: { acceptedAt: on('2026-03-02'), dueOn: '2026-03-02' } }]);
    });

    it('refuses a due date in a year that has no calendar yet', () => {
      spec.given([opened()]).when(accept, when('2026-12-24')).thenRefuses('calendar-year-missing');
    });

    it('accepts once, and never a cancelled task', () => {
      spec.given([opened(), accepted]).when(accept, when('2026-03-03')).thenRefuses('task-already-accepted');
      spec.given([opened(), cancelled]).when(accept, when('2026-03-03')).thenRefuses('task-cancelled');
    });
  });

  describe('materials (一次性告知)', () => {
    it('requests every missing item at once, stopping the clock', () => {
      spec.given([opened(), accepted]).when(requestMaterials, when('2026-03-04')).then([materialsRequested]);
    });

    it('refuses an empty list or a blank item', () => {
      spec.given([opened(), accepted]).when({ type: 'RequestMaterials', missingItems: [' '] }, when('2026-03-04')).thenRefuses('materials-list-invalid');
    });

    it('refuses a second request, whether or not the first was answered', () => {
      spec.given([opened(), accepted, materialsRequested]).when(requestMaterials, when('2026-03-05')).thenRefuses('materials-already-requested');
      spec.given([opened(), accepted, materialsRequested, materialsReceived]).when(requestMaterials, when('2026-03-10')).thenRefuses('materials-already-requested');
    });

    it('requests materials only for an accepted task still open', () => {
      spec.given([opened()]).when(requestMaterials, when('2026-03-04')).thenRefuses('task-not-accepted');
      spec.given([opened(), accepted, completed]).when(requestMaterials, when('2026-03-13')).thenRefuses('task-completed');
    });

    it('moves the due date by the working days the clock stood still', () => {
      // Paused Wednesday 4 March to Monday 9 March: 5, 6 and 9 March do not count.
      spec.given([opened(), accepted, materialsRequested]).when({ type: 'ReceiveMaterials', calendar }, when('2026-03-09')).then([materialsReceived]);
    });

    it('leaves out a holiday inside the pause, and counts a swapped weekend inside it as paused', () => {
      const acceptedBeforeMidAutumn: TaskEvent = { type: 'TaskAccepted', data: { acceptedAt: on('2026-09-24'), dueOn: '2026-10-09' } };
      const requested: TaskEvent = { type: 'TaskMaterialsRequested', data: { missingItems: ['健康证明'], requestedAt: on('2026-09-29') } };
      spec.given([opened({ service: service('food-business-permit') }), acceptedBeforeMidAutumn, requested]).when({ type: 'ReceiveMaterials', calendar }, when('2026-10-10')).then([
        { type: 'TaskMaterialsReceived', data: { receivedAt: on('2026-10-10'), pausedWorkingDays: 4, dueOn: '2026-10-14' } },
      ]);
    });

    it('receives materials only once, and only when requested', () => {
      spec.given([opened(), accepted]).when({ type: 'ReceiveMaterials', calendar }, when('2026-03-09')).thenRefuses('no-materials-requested');
      spec.given([opened(), accepted, materialsRequested, materialsReceived]).when({ type: 'ReceiveMaterials', calendar }, when('2026-03-10')).thenRefuses('materials-already-received');
    });
  });

  describe('completing', () => {
    it('records the outcome, the cost saved and the working days taken, the pause left out', () => {
      spec.given([opened(), accepted, materialsRequested, materialsReceived]).when(complete, when('2026-03-19')).then([
        { type: 'TaskCompleted', data: { outcome: '已发证', costSavedFen: 50_000, workingDaysTaken: 10, onTime: true, completedAt: on('2026-03-19') } },
      ]);
    });

    it('says when it was late', () => {
      spec.given([opened(), accepted]).when(complete, when('2026-03-17')).then([
        { type: 'TaskCompleted', data: { outcome: '已发证', costSavedFen: 50_000, workingDaysTaken: 11, onTime: false, completedAt: on('2026-03-17') } },
      ]);
    });

    it('refuses a cost saved that is not whole fen', () => {
      spec.given([opened(), accepted]).when({ ...complete, costSavedFen: -1 }, when('2026-03-10')).thenRefuses('invalid-amount');
    });

    it('completes only an accepted task that is not waiting on the firm, cancelled or completed', () => {
      spec.given([opened()]).when(complete, when('2026-03-10')).thenRefuses('task-not-accepted');
      spec.given([opened(), accepted, materialsRequested]).when(complete, when('2026-03-10')).thenRefuses('awaiting-materials');
      spec.given([opened(), accepted, cancelled]).when(complete, when('2026-03-10')).thenRefuses('task-cancelled');
      spec.given([opened(), accepted, completed]).when(complete, when('2026-03-13')).thenRefuses('task-completed');
    });
  });

  describe('cancelling', () => {
    it('cancels a task with its reason, opened or under way', () => {
      spec.given([opened()]).when({ type: 'CancelTask', reason: '企业撤回申请' }, when('2026-03-03')).then([cancelled]);
      spec.given([opened(), accepted, materialsRequested]).when({ type: 'CancelTask', reason: '企业撤回申请' }, when('2026-03-03')).then([cancelled]);
    });

    it('never cancels a completed or cancelled task', () => {
      spec.given([opened(), accepted, completed]).when({ type: 'CancelTask', reason: 'x' }, when('2026-03-13')).thenRefuses('task-completed');
      spec.given([opened(), cancelled]).when({ type: 'CancelTask', reason: 'x' }, when('2026-03-04')).thenRefuses('task-cancelled');
    });
  });

  describe('handing over (首问负责制)', () => {
    const handedOver: TaskEvent = { type: 'TaskHandedOver', data: { fromAgentId: 'a-1', toAgentId: 'a-2', reason: '休假', handedOverAt: on('2026-03-03') } };

    it('passes the task explicitly from its owner to another agent, who owns it from then on', () => {
      spec.given([opened(), accepted]).when(handOver, when('2026-03-03')).then([handedOver]);
      spec.given([opened(), accepted, handedOver]).when({ ...handOver, toAgentId: 'a-3' }, when('2026-03-04', { id: 'a-2', role: 'agent' })).then([
        { type: 'TaskHandedOver', data: { fromAgentId: 'a-2', toAgentId: 'a-3', reason: '休假', handedOverAt: on('2026-03-04') } },
      ]);
    });

    it('lets a manager hand it over, but no other agent', () => {
      spec.given([opened()]).when(handOver, when('2026-03-03', manager)).then([handedOver]);
      spec.given([opened()]).when(handOver, when('2026-03-03', { id: 'a-9', role: 'agent' })).thenRefuses('not-task-owner');
      spec.given([opened(), handedOver]).when({ ...handOver, toAgentId: 'a-3' }, when('2026-03-04', agent)).thenRefuses('not-task-owner');
    });

    it('refuses a hand-over to its owner, or of a cancelled task', () => {
      spec.given([opened()]).when({ ...handOver, toAgentId: 'a-1' }, when('2026-03-03')).thenRefuses('already-task-owner');
      spec.given([opened(), cancelled]).when(handOver, when('2026-03-04')).thenRefuses('task-cancelled');
    });
  });

  describe('escalating (责任追究)', () => {
    const escalated: TaskEvent = { type: 'TaskEscalated', data: { dueOn: '2026-03-16', agentId: 'a-1', escalatedAt: on('2026-03-17') } };

    it('escalates a task past its due date to the managers, naming its owner', () => {
      spec.given([opened(), accepted]).when(escalate, when('2026-03-17')).then([escalated]);
    });

    it('escalates once per due date, and again when a moved due date passes', () => {
      spec.given([opened(), accepted, escalated]).when(escalate, when('2026-03-18')).then([]);
      const late: TaskEvent = { type: 'TaskMaterialsRequested', data: { missingItems: ['健康证明'], requestedAt: on('2026-03-18') } };
      const lateReceipt: TaskEvent = { type: 'TaskMaterialsReceived', data: { receivedAt: on('2026-03-20'), pausedWorkingDays: 2, dueOn: '2026-03-16' } };
      spec.given([opened(), accepted, escalated, late, lateReceipt]).when(escalate, when('2026-03-23')).then([]);
      spec.given([opened(), accepted, materialsRequested, materialsReceived]).when(escalate, when('2026-03-20')).then([
        { type: 'TaskEscalated', data: { dueOn: '2026-03-19', agentId: 'a-1', escalatedAt: on('2026-03-20') } },
      ]);
    });

    it('does not escalate on or before the due date, nor while a pause that began in time lasts', () => {
      spec.given([opened(), accepted]).when(escalate, when('2026-03-16')).thenRefuses('task-not-overdue');
      spec.given([opened(), accepted, materialsRequested]).when(escalate, when('2026-03-17')).thenRefuses('task-not-overdue');
    });

    it('escalates a task already late when the firm was asked for materials', () => {
      const late: TaskEvent = { type: 'TaskMaterialsRequested', data: { missingItems: ['健康证明'], requestedAt: on('2026-03-16') } };
      spec.given([opened(), accepted, late]).when(escalate, when('2026-03-17')).then([escalated]);
    });

    it('does not escalate a task not accepted, completed or cancelled', () => {
      spec.given([opened()]).when(escalate, when('2026-03-17')).thenRefuses('task-not-accepted');
      spec.given([opened(), accepted, completed]).when(escalate, when('2026-03-17')).thenRefuses('task-completed');
      spec.given([opened(), accepted, cancelled]).when(escalate, when('2026-03-17')).thenRefuses('task-cancelled');
    });
  });
});
