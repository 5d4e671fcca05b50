import type { TaskEvent } from '../../src/domain/task/events';
import { taskDecider } from '../../src/domain/task/task';
import { deciderSpec } from '../support/decider-spec';
import { accepted, agent, calendar, cancelled, completed, firmUser, manager, on, opened, when } from '../support/task-fixtures';

const spec = deciderSpec(taskDecider);

const done = [opened(), accepted, completed];
const rate = (level: number) => ({ type: 'RateTask', level, comment: '办事效率有待提高', calendar }) as const;
const ratedBadly: TaskEvent = { type: 'TaskRated', data: { level: 2, comment: '办事效率有待提高', ratedBy: 'u-1', ratedAt: on('2026-03-13') } };
// 5 working days from Friday 13 March 2026.
const rectificationOpened: TaskEvent = { type: 'RectificationOpened', data: { dueOn: '2026-03-20', openedAt: on('2026-03-13') } };
const verified: TaskEvent = { type: 'RectificationVerified', data: { findings: '材料流转延误', verifiedAt: on('2026-03-16') } };
const carriedOut: TaskEvent = { type: 'RectificationCarriedOut', data: { actions: '增设材料流转时限', carriedOutAt: on('2026-03-17') } };
const answer = { type: 'AnswerRectification', answer: '已整改并电话回访' } as const;
const complaintFiled = (complaintNo: number, date = '2026-03-05'): TaskEvent => ({ type: 'ComplaintFiled', data: { complaintNo, text: '窗口排队时间长', filedBy: 'u-1', filedAt: on(date) } });

describe('ratings (好差评)', () => {
  it('takes a rating from 5 to 1 with a comment once the task is completed', () => {
    spec.given(done).when(rate(4), when('2026-03-13', firmUser)).then([{ type: 'TaskRated', data: { level: 4, comment: '办事效率有待提高', ratedBy: 'u-1', ratedAt: on('2026-03-13') } }]);
  });

  it('opens a rectification due in 5 working days for a rating of 1 or 2', () => {
    spec.given(done).when(rate(2), when('2026-03-13', firmUser)).then([ratedBadly, rectificationOpened]);
    spec.given(done).when(rate(1), when('2026-03-13', firmUser)).then([{ ...ratedBadly, data: { ...ratedBadly.data, level: 1 } }, rectificationOpened]);
  });

  it('counts the rectification deadline over a holiday and a swapped working weekend', () => {
    spec.given(done).when(rate(2), when('2026-09-30', firmUser)).then([
      { ...ratedBadly, data: { ...ratedBadly.data, ratedAt: on('2026-09-30') } },
      { type: 'RectificationOpened', data: { dueOn: '2026-10-13', openedAt: on('2026-09-30') } },
    ]);
  });

  it('rates a task once', () => {
    spec.given([...done, ratedBadly, rectificationOpened]).when(rate(5), when('2026-03-14', firmUser)).thenRefuses('task-already-rated');
  });

  it('rates only a completed task', () => {
    spec.given([opened(), accepted]).when(rate(5), when('2026-03-13', firmUser)).thenRefuses('task-not-completed');
    spec.given([opened(), cancelled]).when(rate(5), when('2026-03-13', firmUser)).thenRefuses('task-not-completed');
  });

  it('refuses a level outside 1 to 5', () => {
    for (const level of [0, 6, 3.5]) spec.given(done).when(rate(level), when('2026-03-13', firmUser)).thenRefuses('invalid-rating');
  });
});

describe('rectification of a bad rating', () => {
  const badlyRated = [...done, ratedBadly, rectificationOpened];

  it('is verified, carried out and answered, on time by its due date', () => {
    spec.given(badlyRated).when({ type: 'VerifyRectification', findings: '材料流转延误' }, when('2026-03-16')).then([verified]);
    spec.given([...badlyRated, verified]).when({ type: 'CarryOutRectification', actions: '增设材料流转时限' }, when('2026-03-17')).then([carriedOut]);
    spec.given([...badlyRated, verified, carriedOut]).when(answer, when('2026-03-20')).then([{ type: 'RectificationAnswered', data: { answer: '已整改并电话回访', onTime: true, answeredAt: on('2026-03-20') } }]);
  });

  it('says when the answer came late', () => {
    spec.given([...badlyRated, verified, carriedOut]).when(answer, when('2026-03-23')).then([{ type: 'RectificationAnswered', data: { answer: '已整改并电话回访', onTime: false, answeredAt: on('2026-03-23') } }]);
  });

  it('takes its steps in order, each once', () => {
    spec.given(badlyRated).when({ type: 'CarryOutRectification', actions: 'x' }, when('2026-03-16')).thenRefuses('rectification-step-out-of-order');
    spec.given(badlyRated).when(answer, when('2026-03-16')).thenRefuses('rectification-step-out-of-order');
    spec.given([...badlyRated, verified]).when({ type: 'VerifyRectification', findings: 'x' }, when('2026-03-17')).thenRefuses('rectification-step-done');
    const answered: TaskEvent = { type: 'RectificationAnswered', data: { answer: 'x', onTime: true, answeredAt: on('2026-03-18') } };
    spec.given([...badlyRated, verified, carriedOut, answered]).when(answer, when('2026-03-19')).thenRefuses('rectification-step-done');
  });

  it('exists only after a bad rating', () => {
    const ratedWell: TaskEvent = { type: 'TaskRated', data: { level: 5, comment: '', ratedBy: 'u-1', ratedAt: on('2026-03-13') } };
    spec.given([...done, ratedWell]).when({ type: 'VerifyRectification', findings: 'x' }, when('2026-03-16')).thenRefuses('no-rectification');
  });
});

describe('complaints (吐槽找碴)', () => {
  it('are filed at any time, numbered within the task', () => {
    spec.given([opened()]).when({ type: 'FileComplaint', text: '窗口排队时间长' }, when('2026-03-05', firmUser)).then([complaintFiled(1)]);
    spec.given([opened(), cancelled, complaintFiled(1)]).when({ type: 'FileComplaint', text: '窗口排队时间长' }, when('2026-03-06', firmUser)).then([complaintFiled(2, '2026-03-06')]);
  });

  it('are answered, each once', () => {
    const filed = [opened(), complaintFiled(1), complaintFiled(2)];
    const answered: TaskEvent = { type: 'ComplaintAnswered', data: { complaintNo: 2, answer: '已增设窗口', answeredBy: 'm-1', answeredAt: on('2026-03-06') } };
    spec.given(filed).when({ type: 'AnswerComplaint', complaintNo: 2, answer: '已增设窗口' }, when('2026-03-06', manager)).then([answered]);
    spec.given([...filed, answered]).when({ type: 'AnswerComplaint', complaintNo: 2, answer: '再次回复' }, when('2026-03-07', agent)).thenRefuses('complaint-already-answered');
    spec.given([...filed, answered]).when({ type: 'AnswerComplaint', complaintNo: 1, answer: '已回复' }, when('2026-03-07', agent)).then([
      { type: 'ComplaintAnswered', data: { complaintNo: 1, answer: '已回复', answeredBy: 'a-1', answeredAt: on('2026-03-07') } },
    ]);
  });

  it('are answered only when filed', () => {
    spec.given([opened(), complaintFiled(1)]).when({ type: 'AnswerComplaint', complaintNo: 2, answer: 'x' }, when('2026-03-06')).thenRefuses('complaint-not-found');
    spec.given([opened(), complaintFiled(1)]).when({ type: 'AnswerComplaint', complaintNo: 0, answer: 'x' }, when('2026-03-06')).thenRefuses('complaint-not-found');
  });
});
