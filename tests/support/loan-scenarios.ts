import type { Actor } from '../../src/domain/decider';
import { actors, type Harness } from './http-harness';
import { registration } from './registration';

export interface Loan {
  loanId: string;
  firmId: string;
}

export type LoanStage = 'applied' | 'approved' | 'rejected' | 'disbursed';

/**
 * Firms, credit lines and guaranteed loans brought over HTTP into the state a test needs, each
 * fresh: 10,000 yuan over 3 months unless told otherwise, so that once disbursed on the test
 * clock's day (2026-03-02) it owes 333,333 fen on 04-02 and 05-02 and 333,334 fen on 06-02.
 */
export function loanScenarios(h: Harness, firstSerial: number) {
  let serial = firstSerial;
  const ok = async (actor: Actor, path: string, body: object, status = 200): Promise<string> => (await h.as(actor).post(path, body).expect(status)).body.id as string;

  const firm = (agent: Actor = actors.agent): Promise<string> => ok(agent, '/api/enterprises', registration((serial += 1)), 201);

  async function creditLine(firmId?: string): Promise<Loan> {
    const enterpriseId = firmId ?? (await firm());
    const loanId = await ok(actors.finance, '/api/credit-lines', { enterpriseId, bank: '中国银行常德分行', amountFen: 50_000_000, termMonths: 12 }, 201);
    return { loanId, firmId: enterpriseId };
  }

  /** A fresh loan of the firm's agent (a fresh firm's unless told), approved by `approver`, brought as far as `stage`. */
  async function loan(stage: LoanStage = 'applied', options: { firmId?: string; agent?: Actor; approver?: Actor; amountFen?: number } = {}): Promise<Loan> {
    const agent = options.agent ?? actors.agent;
    const firmId = options.firmId ?? (await firm(agent));
    const loanId = await ok(agent, '/api/loans', { enterpriseId: firmId, amountFen: options.amountFen ?? 1_000_000, termMonths: 3 }, 201);
    const step = (actor: Actor, path: string, body: object = {}) => ok(actor, `/api/loans/${loanId}/${path}`, body);
    if (stage === 'rejected') await step(actors.manager, 'rejection', { reason: '担保不足' });
    if (stage === 'approved' || stage === 'disbursed') await step(options.approver ?? actors.manager, 'approval');
    if (stage === 'disbursed') await step(actors.finance, 'disbursement');
    return { loanId, firmId };
  }

  return { firm, creditLine, loan };
}
