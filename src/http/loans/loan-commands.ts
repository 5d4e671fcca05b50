import type { z } from 'zod';
import type { Application } from '../../app/container';
import type { LoanRequest } from '../../app/loans';
import type { Role } from '../../domain/decider';
import { commandReply, refuseIfMatchOnCreation } from '../command-reply';
import { defineEndpoint, noBody, noParams, noQuery, type Endpoint } from '../endpoint';
import { recordCommand } from '../record-command';
import { commandAnswer } from '../schemas';
import { applicantAccess } from '../subsidies/subsidy-access';
import { creditLineBody, loanApplicationBody, loanRejectionBody, repaymentBody } from './loan-command-schemas';

const TAG = 'Credit and loans';
const LOANS = '/api/loans';

/**
 * A bank's credit line is a payment fact the district records, not a decision it takes: finance
 * records it, as it records every payment. Approving a guaranteed loan is a manager's decision;
 * paying it out and taking repayments is finance's, never the approving officer's.
 */
const MANAGERS: readonly Role[] = ['manager'];
const FINANCE: readonly Role[] = ['finance'];

export function loanCommands(app: Application): Endpoint[] {
  const { loans } = app;
  const loanCommand = <B extends z.ZodType>(spec: { path: string; operationId: string; summary: string; roles: readonly Role[]; body: B; request: (body: z.infer<B>) => LoanRequest }) =>
    recordCommand({
      ...spec,
      collection: LOANS,
      noun: 'loan',
      tag: TAG,
      run: (id, body, actor, options) => loans.handle(id, spec.request(body), actor, options),
    });
  return [
    defineEndpoint({
      method: 'post',
      path: '/api/credit-lines',
      operationId: 'grantCreditLine',
      summary: "Record a bank's credit line (授信) to a firm, for its history and the district's totals",
      tag: TAG,
      kind: 'command',
      roles: FINANCE,
      params: noParams,
      query: noQuery,
      body: creditLineBody,
      responses: { 201: { description: 'Recorded', schema: commandAnswer } },
      handle: async ({ body, actor, expectedRevision, idempotencyKey, correlationId }) => {
        refuseIfMatchOnCreation(expectedRevision, 'credit line', 'a credit line being recorded');
        const result = await loans.grantCreditLine(body, actor, { idempotencyKey, correlationId });
        return commandReply(result.loanId, result, 201, `/api/credit-lines/${result.loanId}`);
      },
    }),
    defineEndpoint({
      method: 'post',
      path: LOANS,
      operationId: 'applyForLoan',
      summary: "Apply for a guaranteed start-up loan (创业担保贷款) on a firm's behalf",
      tag: TAG,
      kind: 'command',
      roles: ['agent'],
      params: noParams,
      query: noQuery,
      body: loanApplicationBody,
      responses: { 201: { description: 'Applied', schema: commandAnswer } },
      handle: async ({ body, actor, expectedRevision, idempotencyKey, correlationId }) => {
        refuseIfMatchOnCreation(expectedRevision, 'loan', 'a loan being applied for');
        const result = await loans.apply(body, actor, { idempotencyKey, correlationId, authorize: applicantAccess(actor, body.enterpriseId) });
        return commandReply(result.loanId, result, 201, `${LOANS}/${result.loanId}`);
      },
    }),
    loanCommand({
      path: 'approval',
      operationId: 'approveLoan',
      summary: 'Approve a guaranteed loan applied for',
      roles: MANAGERS,
      body: noBody,
      request: () => ({ type: 'ApproveLoan' }),
    }),
    loanCommand({
      path: 'rejection',
      operationId: 'rejectLoan',
      summary: 'Reject a guaranteed loan applied for, with a reason',
      roles: MANAGERS,
      body: loanRejectionBody,
      request: ({ reason }) => ({ type: 'RejectLoan', reason }),
    }),
    loanCommand({
      path: 'disbursement',
      operationId: 'disburseLoan',
      summary: 'Record an approved loan paid out, which fixes its monthly repayment schedule; never by the officer who approved it',
      roles: FINANCE,
      body: noBody,
      request: () => ({ type: 'DisburseLoan' }),
    }),
    loanCommand({
      path: 'repayments',
      operationId: 'repayLoanInstalment',
      summary: 'Record an instalment repaid, in whole or in part, never more than it owes; the repayment that clears the last fen settles the loan',
      roles: FINANCE,
      body: repaymentBody,
      request: ({ instalment, amountFen }) => ({ type: 'RepayInstalment', instalment, amountFen }),
    }),
  ];
}
