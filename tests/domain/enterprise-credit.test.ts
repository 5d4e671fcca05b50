import { enterpriseDecider } from '../../src/domain/enterprise/enterprise';
import type { EnterpriseEvent } from '../../src/domain/enterprise/events';
import { initialEnterpriseState, isCreditMarked } from '../../src/domain/enterprise/state';
import { deciderSpec, testContext } from '../support/decider-spec';
import { registration } from '../support/registration';

const spec = deciderSpec(enterpriseDecider);
const { now } = testContext();
const earlier = '2026-03-01T01:00:00.000Z';

const registered: EnterpriseEvent = { type: 'EnterpriseRegistered', data: { enterpriseId: 'e-1', ...registration(1), park: null, registeredAt: earlier } };
const deregistered: EnterpriseEvent = { type: 'EnterpriseDeregistered', data: { reason: '歇业', deregisteredAt: earlier } };
const marked = (taskId: string): EnterpriseEvent => ({ type: 'CreditMarked', data: { taskId, reason: 'commitment-breached', markedAt: earlier } });
const repaired = (...taskIds: string[]): EnterpriseEvent => ({ type: 'CreditRepaired', data: { taskIds, reason: '已补齐材料', repairedAt: earlier } });

const mark = (taskId: string) => ({ type: 'MarkCredit', taskId, reason: 'commitment-breached' }) as const;
const repair = { type: 'RepairCredit', reason: '已补齐材料并作出信用承诺' } as const;

const stateAfter = (events: EnterpriseEvent[]) => events.reduce(enterpriseDecider.evolve, initialEnterpriseState);

describe("the firm's credit (告知承诺制)", () => {
  it('is marked for a breached commitment, naming the task', () => {
    spec.given([registered]).when(mark('t-1')).then([{ type: 'CreditMarked', data: { taskId: 't-1', reason: 'commitment-breached', markedAt: now } }]);
  });

  it('is marked once per task: marking again for the same task writes nothing, even after a repair', () => {
    spec.given([registered, marked('t-1')]).when(mark('t-1')).then([]);
    spec.given([registered, marked('t-1'), repaired('t-1')]).when(mark('t-1')).then([]);
    spec.given([registered, marked('t-1')]).when(mark('t-2')).then([{ type: 'CreditMarked', data: { taskId: 't-2', reason: 'commitment-breached', markedAt: now } }]);
  });

  it('is marked for a firm deregistered since: the breach is its history', () => {
    spec.given([registered, deregistered]).when(mark('t-1')).then([{ type: 'CreditMarked', data: { taskId: 't-1', reason: 'commitment-breached', markedAt: now } }]);
  });

  it('is not marked for a firm that does not exist', () => {
    spec.given([]).when(mark('t-1')).thenRefuses('enterprise-not-found');
  });

  it('is repaired all at once, naming every task whose mark it clears', () => {
    spec.given([registered, marked('t-1'), marked('t-2')]).when(repair).then([{ type: 'CreditRepaired', data: { taskIds: ['t-1', 't-2'], reason: repair.reason, repairedAt: now } }]);
    spec.given([registered, marked('t-1'), repaired('t-1'), marked('t-2')]).when(repair).then([{ type: 'CreditRepaired', data: { taskIds: ['t-2'], reason: repair.reason, repairedAt: now } }]);
  });

  it('refuses a repair with no open mark, and a repair for a deregistered firm', () => {
    spec.given([registered]).when(repair).thenRefuses('credit-not-marked');
    spec.given([registered, marked('t-1'), repaired('t-1')]).when(repair).thenRefuses('credit-not-marked');
    spec.given([registered, marked('t-1'), deregistered]).when(repair).thenRefuses('enterprise-deregistered');
  });

  it('stays marked while any mark is open', () => {
    expect(isCreditMarked(stateAfter([registered]))).toBe(false);
    expect(isCreditMarked(stateAfter([registered, marked('t-1')]))).toBe(true);
    expect(isCreditMarked(stateAfter([registered, marked('t-1'), repaired('t-1')]))).toBe(false);
    expect(isCreditMarked(stateAfter([registered, marked('t-1'), repaired('t-1'), marked('t-2')]))).toBe(true);
  });
});
