import Database from 'better-sqlite3';
import { join } from 'node:path';
import request from 'supertest';
import { programmeStream } from '../../src/domain/programme/programme';
import { auditScenario, type AuditScenario } from '../support/audit-scenario';
import { parseCsv } from '../support/csv';
import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { registration } from '../support/registration';

let h: Harness;
let s: AuditScenario;

beforeAll(async () => {
  h = await startHarness();
  s = await auditScenario({ commands: h.app.commands, events: h.app.events, clock: h.clock, registration: h.app.registration });
  await h.settle();
});
afterAll(() => h.close());

type Entry = Record<string, unknown> & { id: string; amountFen: number; kind: string };

async function wholeLedger(query = ''): Promise<{ items: Entry[]; totals: Record<string, number> }> {
  const items: Entry[] = [];
  let cursor: string | null = null;
  let totals: Record<string, number> = {};
  do {
    const res: request.Response = await h.as(actors.manager).get(`/api/audit/disbursements?limit=3${query}${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
    items.push(...res.body.items);
    totals = res.body.totals;
    cursor = res.body.nextCursor;
  } while (cursor);
  return { items, totals };
}

describe('GET /api/audit/disbursements', () => {
  it('pages through every payment and clawback in ledger order, with the totals of all of them', async () => {
    const { items, totals } = await wholeLedger();
    expect(items.map((e) => [e.kind, e.amountFen, e['paymentReference']])).toEqual([
      ['payment', 8_000_000, 'BOC-2026-000001'],
      ['payment', 12_000_000, 'BOC-2026-000002'],
      ['payment', 10_000_000, 'BOC-2026-000003'],
      ['payment', 5_000_000, 'BOC-2026-000001'],
      ['payment', 2_000_000, 'BOC-2026-000004'],
      ['payment', 3_000_000, 'BOC-2026-000005'],
      ['payment', 5_000_000, 'BOC-2026-000006'],
      ['clawback', -2_000_000, null],
      ['payment', 1_000_000, 'BOC-2026-000007'],
      ['payment', 500_000, 'BOC-2026-000008'],
    ]);
    expect(totals).toEqual({ entries: 10, payments: 9, clawbacks: 1, paidFen: 46_500_000, clawedBackFen: 2_000_000, netFen: 44_500_000 });
    expect(items[0]).toMatchObject({
      subsidyId: s.subsidies.paid,
      programmeId: s.programmeId,
      enterpriseId: s.firms.clean,
      enterpriseName: registration(1).name,
      approverId: 'm-1',
      disburserId: 'f-1',
      provenance: { entry: { id: items[0]!.id }, approval: { stream: `subsidy-${s.subsidies.paid}` }, commitment: { stream: programmeStream(s.programmeId) } },
    });
    expect(items[0]).not.toHaveProperty('_position');
  });

  it('filters by programme, firm, agent and Asia/Shanghai dates, the totals with them', async () => {
    const other = await wholeLedger(`&programmeId=${s.otherProgrammeId}`);
    expect(other.items.map((e) => e.amountFen)).toEqual([10_000_000, 500_000]);
    expect(other.totals).toMatchObject({ entries: 2, netFen: 10_500_000 });
    const clean = await wholeLedger(`&enterpriseId=${s.firms.clean}`);
    expect(clean.items.map((e) => e.amountFen)).toEqual([8_000_000, 12_000_000, -2_000_000, 1_000_000]);
    // Agent a-2 looks after "other" and "deregistered".
    const agent = await wholeLedger('&agentId=a-2');
    expect(agent.items.map((e) => e.amountFen)).toEqual([10_000_000, 5_000_000, 5_000_000, 500_000]);
    // 2026-04-02T02:00Z is 10:00 on 2 April in Asia/Shanghai.
    const april = await wholeLedger('&from=2026-04-02&to=2026-04-02');
    expect(april.items.map((e) => e.amountFen)).toEqual([-2_000_000, 1_000_000, 500_000]);
    expect(april.totals).toEqual({ entries: 3, payments: 2, clawbacks: 1, paidFen: 1_500_000, clawedBackFen: 2_000_000, netFen: -500_000 });
    expect((await wholeLedger('&from=2026-03-04&to=2026-03-04')).items.map((e) => e.amountFen)).toEqual([12_000_000]);
    expect((await wholeLedger(`&programmeId=${s.otherProgrammeId}&from=2026-04-01`)).items.map((e) => e.amountFen)).toEqual([500_000]);
    expect((await wholeLedger('&agentId=nobody')).totals.entries).toBe(0);
  });

  it('exports as CSV, streamed: parsed back, the same rows and totals as the JSON', async () => {
    for (const query of ['', `&programmeId=${s.programmeId}`, '&agentId=a-1&from=2026-03-01']) {
      const json = await wholeLedger(query);
      const res = await h.as(actors.finance).get(`/api/audit/disbursements?format=csv${query}`).buffer(true).parse((r, done) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (chunk: string) => (text += chunk));
        r.on('end', () => done(null, text));
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers['transfer-encoding']).toBe('chunked');
      const text = res.body as string;
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...records] = parseCsv(text.slice(1));
      const rows = records.map((record) => Object.fromEntries(header!.map((name, i) => [name, record[i]])));
      const entries = rows.filter((row) => !row['kind']!.startsWith('total-'));
      const totals = Object.fromEntries(rows.filter((row) => row['kind']!.startsWith('total-')).map((row) => [row['kind'], Number(row['amountFen'])]));
      const asCsv = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
      expect(entries).toEqual(
        json.items.map((e) => {
          const provenance = e['provenance'] as Record<string, Record<string, unknown> | null>;
          const events = Object.fromEntries(
            ['entry', 'approval', 'commitment'].flatMap((source) =>
              ['id', 'stream', 'revision', 'position', 'hash'].map((f) => [`${source}Event${f[0]!.toUpperCase()}${f.slice(1)}`, asCsv(provenance[source]?.[f])]),
            ),
          );
          const fields = ['id', 'kind', 'paidAt', 'month', 'programmeId', 'enterpriseId', 'subsidyId', 'amountFen', 'paymentReference', 'reason', 'approverId', 'approvedAt', 'approvedFen', 'disburserId'];
          return { ...Object.fromEntries(fields.map((f) => [f, asCsv(e[f])])), ...events };
        }),
      );
      expect(totals).toEqual({ 'total-paid': json.totals['paidFen'], 'total-clawed-back': -json.totals['clawedBackFen']!, 'total-net': json.totals['netFen'] });
      expect(entries.filter((row) => row['kind'] === 'payment')).toHaveLength(json.totals['payments']!);
    }
  });

  it('quotes as RFC 4180 does, and keeps a spreadsheet from running a cell as a formula', async () => {
    await s.flows.clawBack(s.subsidies.toBlacklisted, 100, '=HYPERLINK("x"), 第二行\n说明');
    await h.settle();
    const res = await h.as(actors.manager).get('/api/audit/disbursements?format=csv&from=2026-04-02').buffer(true).parse((r, done) => {
      let text = '';
      r.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      r.on('end', () => done(null, text));
    });
    expect(res.body as string).toContain(`"'=HYPERLINK(""x""), 第二行\n说明"`);
    const rows = parseCsv((res.body as string).slice(1));
    expect(rows.find((row) => row[1] === 'clawback' && row[7] === '-100')![9]).toBe(`'=HYPERLINK("x"), 第二行\n说明`);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
  });

  it('answers as the records stood at asOf: before a disbursement it is not there; after, it is', async () => {
    const paidAt = Date.parse(s.firstPaymentAt);
    const before = (await h.as(actors.manager).get(`/api/audit/disbursements?asOf=${new Date(paidAt - 1).toISOString()}`).expect(200)).body;
    expect(before.items).toEqual([]);
    expect(before.totals).toMatchObject({ entries: 0, netFen: 0 });
    const after = (await h.as(actors.manager).get(`/api/audit/disbursements?asOf=${s.firstPaymentAt}`).expect(200)).body;
    expect(after.items.map((e: Entry) => [e.amountFen, e['paymentReference']])).toEqual([[8_000_000, 'BOC-2026-000001']]);
    expect(after.totals).toMatchObject({ entries: 1, netFen: 8_000_000 });
    const csv = await h.as(actors.manager).get(`/api/audit/disbursements?format=csv&asOf=${s.firstPaymentAt}`).expect(200);
    expect(parseCsv(csv.text.slice(1)).map((row) => row[1])).toEqual(['kind', 'payment', 'total-paid', 'total-clawed-back', 'total-net']);
  });

  it('refuses bad queries naming each field, and roles that may not read it', async () => {
    const res = await h.as(actors.manager).get('/api/audit/disbursements?from=2026-02-30&format=xml&limit=0&colour=red').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['colour', 'format', 'from', 'limit']);
    await h.as(actors.manager).get('/api/audit/disbursements?cursor=forged').expect(400);
    await h.as(actors.agent).get('/api/audit/disbursements').expect(403);
    await h.as(enterpriseUser(s.firms.clean)).get('/api/audit/disbursements?format=csv').expect(403);
    await h.as(actors.admin).get('/api/audit/disbursements').expect(200);
  });
});

describe('GET /api/audit/programmes/:id', () => {
  it("sets the budget against what is committed and disbursed, month by month, and each firm against the cap", async () => {
    const audit = (await h.as(actors.manager).get(`/api/audit/programmes/${s.programmeId}`).expect(200)).body;
    expect(audit.programme).toMatchObject({ id: s.programmeId, budgetFen: 2_000_000_000, capPerEnterpriseFen: 50_000_000, status: 'open' });
    const { committedFen, disbursedFen, clawedBackFen, remainingFen, budgetFen } = audit.programme;
    expect(remainingFen).toBe(budgetFen - committedFen);
    expect(audit.months.map((m: { month: string }) => m.month)).toEqual(['2026-03', '2026-04']);
    const last = audit.months.at(-1);
    expect(last.committedToDateFen).toBe(committedFen);
    expect(last.disbursedToDateFen).toBe(disbursedFen);
    expect(audit.months[1]).toMatchObject({ clawedBackFen, disbursedFen: 0 });
    const firm = audit.firms.items.find((f: { enterpriseId: string }) => f.enterpriseId === s.firms.clean);
    expect(firm).toEqual({ enterpriseId: s.firms.clean, enterpriseName: registration(1).name, committedFen: 18_000_000, disbursedFen: 20_000_000, clawedBackFen: 2_000_000, capFen: 50_000_000, headroomFen: 32_000_000, overCap: false });
  });

  it('pages its firms, answers as of a past instant, and says 404 for a programme that does not exist', async () => {
    const first = (await h.as(actors.admin).get(`/api/audit/programmes/${s.programmeId}?limit=2`).expect(200)).body;
    expect(first.firms.items).toHaveLength(2);
    const second = (await h.as(actors.admin).get(`/api/audit/programmes/${s.programmeId}?limit=2&cursor=${first.firms.nextCursor}`).expect(200)).body;
    expect([...first.firms.items, ...second.firms.items].map((f: { enterpriseId: string }) => f.enterpriseId).sort()).toEqual(
      [s.firms.clean, s.firms.other, s.firms.blacklisted, s.firms.deregistered].sort(),
    );
    const before = (await h.as(actors.manager).get(`/api/audit/programmes/${s.programmeId}?asOf=${s.firstPaymentAt}`).expect(200)).body;
    expect(before.programme).toMatchObject({ committedFen: 20_000_000, disbursedFen: 8_000_000 });
    expect(before.months.map((m: { month: string }) => m.month)).toEqual(['2026-03']);
    expect(before.firms.items.find((f: { enterpriseId: string }) => f.enterpriseId === s.firms.clean)).toMatchObject({ enterpriseName: registration(1).name });
    await h.as(actors.manager).get('/api/audit/programmes/no-such-programme').expect(404);
    await h.as(actors.finance).get(`/api/audit/programmes/${s.programmeId}`).expect(403);
  });
});

describe('GET /api/audit/anomalies', () => {
  const kinds = async (query = '', by = actors.manager) =>
    (await h.as(by).get(`/api/audit/anomalies?limit=500${query}`).expect(200)).body.items.map((a: { kind: string; subsidyId: string }) => [a.kind, a.subsidyId]);

  it('lists each kind of anomaly, newest first', async () => {
    const listed = await kinds();
    expect(listed).toEqual(
      expect.arrayContaining([
        ['approver-disburser-attempt', s.subsidies.paid],
        ['duplicate-payment-reference', s.subsidies.duplicate],
        ['payment-to-blacklisted-firm', s.subsidies.toBlacklisted],
        ['payment-to-deregistered-firm', s.subsidies.toDeregistered],
        ['payment-past-approval', s.subsidies.unapproved],
        ['payment-past-approval', s.subsidies.other],
        ['commitment-left-open', s.subsidies.lateConfirmed],
      ]),
    );
    const items = (await h.as(actors.manager).get('/api/audit/anomalies').expect(200)).body.items as { at: string }[];
    expect(items.map((a) => a.at)).toEqual([...items.map((a) => a.at)].sort().reverse());
    expect(items[0]).not.toHaveProperty('listed');
    expect(await kinds('&kind=payment-past-approval')).toEqual(expect.arrayContaining([['payment-past-approval', s.subsidies.unapproved], ['payment-past-approval', s.subsidies.other]]));
    expect(await kinds(`&enterpriseId=${s.firms.deregistered}`)).toEqual([['payment-to-deregistered-firm', s.subsidies.toDeregistered]]);
    const deregistered = (await h.as(actors.manager).get(`/api/audit/anomalies?enterpriseId=${s.firms.deregistered}`).expect(200)).body.items;
    expect(deregistered.map((a: { enterpriseName: string }) => a.enterpriseName)).toEqual([registration(4).name]);
    expect(await kinds(`&programmeId=${s.otherProgrammeId}&kind=commitment-left-open`)).toEqual([['commitment-left-open', s.subsidies.lateConfirmed]]);
  });

  it('lists a commitment still open only once the repair threshold has passed', async () => {
    const open = ['commitment-left-open', s.subsidies.leftOpen];
    h.clock.set(s.leftOpenAt);
    expect(await kinds('&kind=commitment-left-open')).not.toContainEqual(open);
    h.clock.advance(5 * 60_000);
    expect(await kinds('&kind=commitment-left-open')).toContainEqual(open);
    expect(await kinds(`&kind=commitment-left-open&asOf=${new Date(Date.parse(s.leftOpenAt) + 4 * 60_000).toISOString()}`)).not.toContainEqual(open);
  });

  it('answers as of a past instant, pages, validates, and is for managers and admins', async () => {
    expect(await kinds(`&asOf=${s.firstPaymentAt}`)).toEqual([]);
    const first = (await h.as(actors.admin).get('/api/audit/anomalies?limit=3').expect(200)).body;
    const second = (await h.as(actors.admin).get(`/api/audit/anomalies?limit=3&cursor=${first.nextCursor}`).expect(200)).body;
    expect(new Set([...first.items, ...second.items].map((a: { id: string }) => a.id)).size).toBe(6);
    const res = await h.as(actors.manager).get('/api/audit/anomalies?kind=fraud&asOf=yesterday').expect(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['asOf', 'kind']);
    await h.as(actors.finance).get('/api/audit/anomalies').expect(403);
    await h.as(actors.agent).get('/api/audit/anomalies').expect(403);
  });
});

describe('GET /api/audit/integrity', () => {
  it('verifies every stream, as of now or of a past instant, and names a tampered event', async () => {
    const now = (await h.as(actors.manager).get('/api/audit/integrity').expect(200)).body;
    expect(now).toMatchObject({ intact: true, broken: [] });
    const then = (await h.as(actors.admin).get(`/api/audit/integrity?asOf=${s.firstPaymentAt}`).expect(200)).body;
    expect(then.eventsChecked).toBeLessThan(now.eventsChecked);
    expect(then.intact).toBe(true);

    const [payment] = await h.app.events.readStream(`subsidy-${s.subsidies.other}`, { fromRevision: 'end', direction: 'backwards', maxCount: 1 });
    const db = new Database(join(h.app.config.DATA_DIR, 'events.db'));
    db.prepare('UPDATE events SET data = ? WHERE id = ?').run(JSON.stringify({ ...payment!.data, amountFen: 50 }), payment!.id);
    db.close();
    const tampered = (await h.as(actors.manager).get('/api/audit/integrity').expect(200)).body;
    expect(tampered).toMatchObject({ intact: false, broken: [{ eventId: payment!.id, stream: payment!.streamName, problem: 'hash-mismatch' }] });
    expect((await h.as(actors.manager).get(`/api/audit/integrity?asOf=${s.firstPaymentAt}`).expect(200)).body.intact).toBe(true);
    await h.as(actors.finance).get('/api/audit/integrity').expect(403);
  });
});
