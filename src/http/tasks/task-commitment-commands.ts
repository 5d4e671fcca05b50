import type { Application } from '../../app/container';
import { noBody, type Endpoint } from '../endpoint';
import { taskCommand } from './task-command';
import { commitmentBody } from './task-command-schemas';

/** 告知承诺制 / 容缺办理: the permit at once on the firm's word, the missing materials by a deadline, the firm's credit marked when they do not come. */
export function taskCommitmentCommands(app: Application): Endpoint[] {
  const { tasks, commitmentBreaches } = app;
  return [
    taskCommand({
      path: 'commitment',
      operationId: 'signTaskCommitment',
      summary: "Record the firm's signed commitment: the permit is issued at once, the missing materials due some working days later",
      roles: ['agent'],
      body: commitmentBody,
      run: (id, body, actor, options) =>
        tasks.handle(id, { type: 'SignCommitment', missingItems: body.missingItems, materialsDueInWorkingDays: body.materialsDueInWorkingDays }, actor, options),
    }),
    taskCommand({
      path: 'commitment/fulfilment',
      operationId: 'fulfilTaskCommitment',
      summary: 'Record the committed materials as supplied by their deadline',
      roles: ['agent', 'enterprise'],
      body: noBody,
      run: (id, _body, actor, options) => tasks.handle(id, { type: 'FulfilCommitment' }, actor, options),
    }),
    taskCommand({
      path: 'commitment/breach',
      operationId: 'breachTaskCommitment',
      summary: "Record the committed materials as not supplied by their deadline: the permit is revoked and the firm's credit marked",
      roles: ['manager'],
      body: noBody,
      run: (id, _body, actor, options) => commitmentBreaches.breach(id, actor, options),
    }),
  ];
}
