import type { Application } from '../../app/container';
import type { TaskEvent } from '../../domain/task/events';
import type { Endpoint } from '../endpoint';
import { taskCommand } from './task-command';
import { complaintAnswerBody, complaintBody, ratingBody, rectificationActionBody, rectificationAnswerBody, verificationBody } from './task-command-schemas';

/** 好差评 and 吐槽找碴: the firm rates and complains about its own tasks; a bad rating is rectified and every complaint answered. */
export function taskFeedbackCommands(app: Application): Endpoint[] {
  const { tasks } = app;
  return [
    taskCommand({
      path: 'rating',
      operationId: 'rateTask',
      summary: 'Rate a completed task once (好差评); a rating of 1 or 2 opens a rectification due in 5 working days',
      roles: ['enterprise'],
      body: ratingBody,
      run: (id, body, actor, options) => tasks.handle(id, { type: 'RateTask', level: body.score, comment: body.comment }, actor, options),
    }),
    taskCommand({
      path: 'rectification/verification',
      operationId: 'verifyTaskRectification',
      summary: 'Verify what the bad rating was about: the first step of its rectification',
      roles: ['manager'],
      body: verificationBody,
      run: (id, body, actor, options) => tasks.handle(id, { type: 'VerifyRectification', findings: body.findings }, actor, options),
    }),
    taskCommand({
      path: 'rectification/action',
      operationId: 'carryOutTaskRectification',
      summary: 'Record what was done to put it right, once verified',
      roles: ['agent', 'manager'],
      body: rectificationActionBody,
      run: (id, body, actor, options) => tasks.handle(id, { type: 'CarryOutRectification', actions: body.actions }, actor, options),
    }),
    taskCommand({
      path: 'rectification/answer',
      operationId: 'answerTaskRectification',
      summary: 'Answer the firm once the rectification is carried out, on time or not',
      roles: ['manager'],
      body: rectificationAnswerBody,
      run: (id, body, actor, options) => tasks.handle(id, { type: 'AnswerRectification', answer: body.answer }, actor, options),
    }),
    taskCommand({
      path: 'complaints',
      operationId: 'fileTaskComplaint',
      summary: 'File a complaint about the task (吐槽找碴), at any time; complaints are numbered from 1 within their task',
      roles: ['enterprise'],
      body: complaintBody,
      run: (id, body, actor, options) => tasks.handle(id, { type: 'FileComplaint', text: body.text }, actor, options),
      created: (id, { events }) => `/api/tasks/${id}/complaints/${(events[0] as Extract<TaskEvent, { type: 'ComplaintFiled' }>).data.complaintNo}`,
    }),
    taskCommand({
      path: 'complaint-answers',
      operationId: 'answerTaskComplaint',
      summary: 'Answer a complaint, once, by its number',
      roles: ['manager'],
      body: complaintAnswerBody,
      run: (id, body, actor, options) => tasks.handle(id, { type: 'AnswerComplaint', complaintNo: body.complaintNo, answer: body.answer }, actor, options),
    }),
  ];
}
