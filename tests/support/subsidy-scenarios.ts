import type { ProgrammePublication } from '../../src/app/programmes';
import type { Actor } from '../../src/domain/decider';
import { actors, type Harness } from './http-harness';
import { programmePublication } from './programme-publication';
import { registration } from './registration';

export interface Application {
  programmeId: string;
  firmId: string;
  subsidyId: string;
}

/**
 * Programmes, firms and applications brought over HTTP into the state a test needs, each fresh.
 * Serials start at `firstSerial` so that credit codes do not collide with a file's other firms.
 */
export function subsidyScenarios(h: Harness, firstSerial: number) {
  let serial = firstSerial;
  const ok = async (actor: Actor, path: string, body: object, status = 200): Promise<string> => (await h.as(actor).post(path, body).expect(status)).body.id as string;

  const programme = (overrides: Partial<ProgrammePublication> = {}): Promise<string> => ok(actors.manager, '/api/programmes', programmePublication(overrides), 201);
  const firm = (agent: Actor = actors.agent): Promise<string> => ok(agent, '/api/enterprises', registration((serial += 1)), 201);

  async function application(options: { programmeId?: string; firmId?: string; agent?: Actor; requestedFen?: number } = {}): Promise<Application> {
    const agent = options.agent ?? actors.agent;
    const programmeId = options.programmeId ?? (await programme());
    const firmId = options.firmId ?? (await firm(agent));
    const subsidyId = await ok(agent, '/api/subsidies', { programmeId, enterpriseId: firmId, requestedFen: options.requestedFen ?? 400_000 }, 201);
    return { programmeId, firmId, subsidyId };
  }

  async function approved(approvedFen = 300_000, approver: Actor = actors.manager): Promise<Application> {
    const filed = await application();
    await ok(approver, `/api/subsidies/${filed.subsidyId}/approval`, { approvedFen });
    return filed;
  }

  async function disbursed(amountFen: number, approvedFen = 300_000): Promise<Application> {
    const filed = await approved(approvedFen);
    await ok(actors.finance, `/api/subsidies/${filed.subsidyId}/disbursements`, { amountFen, paymentReference: `REF-${filed.subsidyId}` });
    return filed;
  }

  return { programme, firm, application, approved, disbursed };
}
