import { createServer, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import request from 'supertest';
import { z } from 'zod';
import type { Actor, Role } from '../../src/domain/decider';
import { enterpriseStream } from '../../src/domain/enterprise/enterprise';
import { TOWNSHIPS } from '../../src/domain/enterprise/district';
import type { TalentGrantAwarded } from '../../src/domain/talent/events';
import { talentStream } from '../../src/domain/talent/talent';
import { apiEndpoints } from '../../src/http/app';
import type { Endpoint } from '../../src/http/endpoint';
import { actors, enterpriseUser, signTokenNow, startHarness, type Harness } from '../support/http-harness';
import { IDENTITY_NUMBER_ENDING_IN_X, identityNumberOf } from '../support/identity-numbers';
import { programmePublication } from '../support/programme-publication';
import { registration } from '../support/registration';

/*
 * Property-based fuzzing of the HTTP surface, endpoint by endpoint as apiEndpoints() lists them:
 * random and malformed bodies, headers and query strings sent with a valid token of a role the
 * endpoint allows. Whatever arrives: never a 5xx, always a JSON body (problem+json for errors),
 * nothing appended to the event store on a 4xx, and Object.prototype left alone.
 *
 * FUZZ_RUNS sets the runs per endpoint, FUZZ_SEED replays a failing seed.
 */

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 150);
const SEED = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);
const FUZZ_AGENT: Actor = { id: 'a-fuzz', role: 'agent' };

let h: Harness;
let server: Server;
/** Cursors the list endpoints gave out, to fuzz with alongside forged ones. */
const issuedCursors: string[] = [];
/** Per endpoint, records in several states (firms assigned to FUZZ_AGENT, or programmes, or their applications), so the fuzz reaches the business rules. */
const pools = new Map<string, string[]>();
/** The firm of each application or task in the pools: an enterprise user fuzzes as the user of the record's own firm. */
const firmOfApplication = new Map<string, string>();
/** Programmes open for applications, for the bodies that name one. */
const openProgrammes: string[] = [];
/** People who hold a grant, and people erased since, for the awards that name one. */
const people: string[] = [];

// ---------------------------------------------------------------------------------------------
// What a fuzzed request is

interface FuzzRequest {
  role: Role;
  /** The `:id` path segment, sent as is (already percent-encoded, or deliberately not). */
  target: string;
  /** The raw query string, without `?`. */
  query?: string;
  body?: string;
  contentType?: string;
  contentEncoding?: { name: string; compress: boolean };
  ifMatch?: string;
  idempotencyKey?: string;
}



// ---------------------------------------------------------------------------------------------
// Arbitraries

/** A header value Node's client will send: non-ASCII goes out as its UTF-8 bytes, control characters are dropped. */
const headerValue = (text: string): string =>
  Buffer.from(text, 'utf8')
    .toString('latin1')
    .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

const anyText = fc.string({ unit: 'binary', maxLength: 40 });

const numberText = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.integer().map(String),
  fc.constantFrom('1e400', '-1e400', '1e-400', '123456789012345678901234567890', '9007199254740993', '-9007199254740993', '-0', '0.1', '4e4', '40000.0', '-1'),
);

const stringText = fc.oneof(
  anyText.map((s) => JSON.stringify(s)),
  fc.constantFrom('""', '"   "', '"\\u0000"', '"\\ud800"', '"\\udfff\\ud800"', '"💥🀄️👨‍👩‍👧"', '"I65"', '"online"', '"a-1"', `"${TOWNSHIPS[0]}"`, `"${'长'.repeat(5001)}"`),
);

const scalarText = fc.oneof(numberText, stringText, fc.constantFrom('true', 'false', 'null'));

const pollutingText = fc.constantFrom(
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"__proto__":null}',
  '[{"__proto__":{"polluted":true}}]',
);

/** JSON text of any value, including numbers JSON.stringify never writes. */
const valueText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: scalarText },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: pollutingText },
);

/** An object written entry by entry, so keys such as `__proto__` and duplicates go out as they are. */
const objectText = (entries: readonly (readonly [string, string])[]): string => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;

const keyOf = (known: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: known.length > 0 ? fc.constantFrom(...known) : anyText },
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, '$where', '$gt', '', ' ', 'a.b', 'name ', 'NAME') },
    { weight: 2, arbitrary: anyText },
  );

/** The keys of an endpoint's body schema, read from the zod schema itself. */
const schemaKeys = (endpoint: Endpoint): string[] => (endpoint.body instanceof z.ZodObject ? Object.keys(endpoint.body.shape as object) : []);

/** A body the endpoint accepts, where we know one; it is the seed the mutations start from. */
function validBody(endpoint: Endpoint): fc.Arbitrary<Record<string, unknown>> {
  switch (endpoint.operationId) {
    case 'registerEnterprise':
      return fc.integer({ min: 100_000, max: 999_999_999 }).map((serial) => ({ ...registration(serial) }));
    case 'issueStarterKit':
      return fc.constant({ costFen: 40_000 });
    case 'assignConcierge':
      return fc.constant({ agentId: FUZZ_AGENT.id });
    case 'blacklistEnterprise':
      return fc.constant({ reason: '提供虚假材料', evidence: '核查记录' });
    case 'liftBlacklist':
    case 'deregisterEnterprise':
    case 'closeProgramme':
    case 'rejectSubsidy':
      return fc.constant({ reason: '歇业' });
    case 'publishProgramme':
      return fc.constantFrom(programmePublication(), programmePublication({ kind: 'deferral', deferredAmountDueOn: '2027-06-30' }));
    case 'adjustProgrammeBudget':
      return fc.integer({ min: 0, max: 3_000_000 }).map((budgetFen) => ({ budgetFen, reason: '追加预算' }));
    case 'applyForSubsidy':
      return fc.record({ programmeId: fc.constantFrom(...openProgrammes), enterpriseId: fc.constantFrom(...pools.get('*')!), requestedFen: fc.integer({ min: 0, max: 600_000 }) });
    case 'requestSubsidyMaterials':
      return fc.constant({ missingItems: ['营业执照', '纳税证明'] });
    case 'supplySubsidyMaterials':
      return fc.constantFrom({ items: ['营业执照'] }, { items: ['营业执照', '纳税证明'] });
    case 'approveSubsidy':
      return fc.integer({ min: 0, max: 500_000 }).map((approvedFen) => ({ approvedFen }));
    case 'disburseSubsidy':
      return fc.record({ amountFen: fc.integer({ min: 0, max: 400_000 }), paymentReference: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/) });
    case 'clawBackSubsidy':
      return fc.integer({ min: 0, max: 400_000 }).map((amountFen) => ({ amountFen, reason: '虚报材料' }));
    case 'awardTalentGrant':
      return fc.record(
        {
          enterpriseId: fc.constantFrom(...pools.get('*')!),
          personName: fc.constant('王博士'),
          identityNumber: fc.constantFrom(identityNumberOf(1), IDENTITY_NUMBER_ENDING_IN_X.toLowerCase(), '430102199003071235', '43010219900230123X'),
          personId: fc.constantFrom(...people),
          tier: fc.constantFrom('full-time-phd', 'high-end-skilled', 'custom'),
          housingSubsidyFen: fc.integer({ min: 0, max: 30_000_000 }),
          monthlyAllowanceFen: fc.integer({ min: 0, max: 300_000 }),
          months: fc.integer({ min: 0, max: 400 }),
        },
        { requiredKeys: ['enterpriseId', 'personName', 'identityNumber', 'tier', 'months'] },
      );
    case 'payTalentAllowance':
      return fc.integer({ min: 0, max: 40 }).map((month) => ({ month }));
    case 'suspendTalentGrant':
    case 'endTalentGrant':
    case 'rejectLoan':
      return fc.constant({ reason: '离开本区' });
    case 'grantCreditLine':
      return loanTerms().map((terms) => ({ ...terms, bank: '中国银行常德分行' }));
    case 'applyForLoan':
      return loanTerms();
    case 'repayLoanInstalment':
      return fc.record({ instalment: fc.integer({ min: 0, max: 4 }), amountFen: fc.integer({ min: 0, max: 400_000 }) });
    case 'openTask':
      return fc.record(
        {
          enterpriseId: fc.constantFrom(...pools.get('*')!),
          serviceCode: fc.constantFrom(HYGIENE_PERMIT, 'contract-review', 'seal-engraving-filing', 'moon-landing-permit'),
          keyProject: fc.constantFrom(null, '武陵移动互联网产业园二期'),
        },
        { requiredKeys: ['enterpriseId', 'serviceCode'] },
      );
    case 'requestTaskMaterials':
      return fc.constant({ missingItems: ['卫生检测报告', '从业人员健康证明'] });
    case 'signTaskCommitment':
      return fc.integer({ min: 0, max: 300 }).map((materialsDueInWorkingDays) => ({ missingItems: ['卫生检测报告'], materialsDueInWorkingDays }));
    case 'completeTask':
      return fc.integer({ min: 0, max: 100_000 }).map((costSavedFen) => ({ outcome: '许可证已发放', costSavedFen }));
    case 'cancelTask':
    case 'repairEnterpriseCredit':
      return fc.constant({ reason: '企业撤回申请' });
    case 'handOverTask':
      return fc.constantFrom(FUZZ_AGENT.id, 'a-2').map((toAgentId) => ({ toAgentId, reason: '调岗' }));
    case 'rateTask':
      return fc.record({ score: fc.integer({ min: 0, max: 6 }), comment: fc.constantFrom('很满意', '') });
    case 'verifyTaskRectification':
      return fc.constant({ findings: '办理超时属实' });
    case 'carryOutTaskRectification':
      return fc.constant({ actions: '已约谈代办员' });
    case 'answerTaskRectification':
      return fc.constant({ answer: '已整改' });
    case 'fileTaskComplaint':
      return fc.constant({ text: '窗口排队太久' });
    case 'answerTaskComplaint':
      return fc.integer({ min: 0, max: 3 }).map((complaintNo) => ({ complaintNo, answer: '已增设窗口' }));
    case 'setCalendarYear':
      return fc.constantFrom(
        { holidays: [], workingWeekendDays: [] },
        { holidays: [{ name: '元旦', firstDay: '2031-01-01', lastDay: '2031-01-01' }], workingWeekendDays: ['2031-01-04'] },
        { holidays: [{ name: '春节', firstDay: '2026-02-15', lastDay: '2026-02-23' }], workingWeekendDays: ['2026-02-14', '2026-02-28'] },
      );
    default:
      return fc.constant({});
  }
}

/** What a credit line and a loan application both name: a firm, an amount and a term. */
const loanTerms = () =>
  fc.record({ enterpriseId: fc.constantFrom(...pools.get('*')!), amountFen: fc.integer({ min: 0, max: 100_000_000 }), termMonths: fc.integer({ min: 0, max: 400 }) });

/** A valid body with one field replaced, dropped, or one field added. */
function mutatedBody(endpoint: Endpoint): fc.Arbitrary<string> {
  const keys = schemaKeys(endpoint);
  return fc
    .tuple(validBody(endpoint), fc.constantFrom('as-is', 'replace', 'drop', 'add'), keyOf(keys), valueText)
    .map(([valid, mutation, key, value]) => {
      const entries: (readonly [string, string])[] = Object.entries(valid).map(([k, v]) => [k, JSON.stringify(v)] as const);
      if (mutation === 'as-is') return objectText(entries);
      const at = entries.length === 0 ? -1 : Math.abs(hashOf(key)) % entries.length;
      if (mutation === 'replace' && at >= 0) entries[at] = [entries[at]![0], value];
      else if (mutation === 'drop' && at >= 0) entries.splice(at, 1);
      else entries.push([key, value]);
      return objectText(entries);
    });
}

const hashOf = (text: string): number => [...text].reduce((hash, char) => (hash * 31 + char.codePointAt(0)!) | 0, 7);

const malformedText = fc.oneof(
  anyText,
  fc.constantFrom('', ' ', '{', '}', '{"a":1,}', "{'a':1}", '{"a":1}{"b":2}', '{"a" 1}', '\uFEFF{}', 'NaN', 'undefined', '{"a":01}', '{"a":"\\x"}', '{"a":"', '[1,2', 'null', '"text"', '42'),
  fc.integer({ min: 1, max: 50_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 1, max: 50_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc.tuple(valueText, fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1))),
  fc.tuple(valueText, anyText).map(([text, garbage]) => text + garbage),
);

function bodyText(endpoint: Endpoint): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: valueText },
    { weight: 4, arbitrary: fc.array(fc.tuple(keyOf(schemaKeys(endpoint)), valueText), { maxLength: 8 }).map(objectText) },
    { weight: 5, arbitrary: mutatedBody(endpoint) },
    { weight: 2, arbitrary: malformedText },
    { weight: 1, arbitrary: fc.constant(`{"reason":"${'x'.repeat(1024 * 1024 + 10)}"}`) },
  );
}

/** Absent with the given weight (out of 100), else one of the values. */
const sometimes = <T>(absentPercent: number, present: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: absentPercent, arbitrary: fc.constant(undefined) }, { weight: 100 - absentPercent, arbitrary: present });

// Most requests are well-formed but for one thing, so that the fuzz gets past the parsers to the handlers.
const contentType = fc.oneof(
  { weight: 70, arbitrary: fc.constant<string | undefined>('application/json') },
  { weight: 10, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'application/json;charset=UTF-8', 'application/json; charset="utf-8"', 'APPLICATION/JSON', 'application/json;', 'application/json; boundary=x; q=1', 'application/json; charset=utf-7') },
  {
    weight: 10,
    arbitrary: fc.constantFrom(
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/json; charset=utf-bogus',
      'application/json; charset=bogus',
      'application/problem+json',
      'application/merge-patch+json',
      'text/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=----x',
      'application/octet-stream',
      '*/*',
      'application/*',
      'application/json, text/plain',
      ';',
      '',
    ),
  },
  { weight: 5, arbitrary: anyText.map(headerValue) },
  { weight: 5, arbitrary: fc.constant(undefined) },
);

const contentEncoding = sometimes(
  90,
  fc.record({ name: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'GZIP', 'gzip, identity', 'x-unknown', 'compress'), compress: fc.boolean() }),
);

const ifMatch = sometimes(
  70,
  fc
    .oneof(
      { weight: 2, arbitrary: fc.nat({ max: 6 }).map((revision) => `W/"${revision}"`) },
      { weight: 1, arbitrary: fc.constantFrom('*', '"1"', 'W/"-1"', 'W/"1.5"', 'W/"99999999999999999999999"', 'W/""', 'W/', '"', 'W/"1", W/"2"', 'w/"1"', 'W/"１"', 'W/"0x1"', '') },
      { weight: 1, arbitrary: anyText },
    )
    .map(headerValue),
);

const idempotencyKey = sometimes(
  65,
  fc
    .oneof(
      { weight: 2, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }) },
      { weight: 1, arbitrary: anyText },
      { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', 'k1', 'k2', 'x'.repeat(255), 'x'.repeat(256), 'é', '键', '🔑', '键-1', 'ключ') },
    )
    .map(headerValue),
);

/** A query-string part: percent-encoded, or sent nearly raw so that stray `%`, `&` and `=` reach the parser. */
const queryPart = (text: fc.Arbitrary<string>) => fc.tuple(text, fc.boolean()).map(([value, encode]) => percentEncode(value, encode));

/** Percent-encodes the UTF-8 bytes of a text (lone surrogates too): all but unreserved characters, or only what a URL cannot hold raw. */
function percentEncode(text: string, strict: boolean): string {
  const keep = strict ? /[A-Za-z0-9\-_.~]/ : /[\x21-\x7e]/;
  return [...Buffer.from(text, 'utf8')].map((byte) => (keep.test(String.fromCharCode(byte)) && byte !== 0x23 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

const numberish = fc.oneof(
  fc.integer().map(String),
  fc.constantFrom('1e400', '-1', '0', '1', '50', '500', '501', '1.5', 'NaN', 'Infinity', '9007199254740993', '0x10', ' 5', '5 ', '', '١٢'),
);

const instantish = fc.oneof(
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date('2026-03-01T00:00:00Z'), max: new Date('2026-03-03T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-13-01T00:00:00Z', '2026-01-01', '2026-03-02T10:00:00+08:00', '2026-03-02T02:00:00.000000001Z', 'now', '+275760-09-13T00:00:00Z', '2026-02-30T00:00:00Z'),
);

/** Cursors: ones the lists gave out, forged ones, and JSON of every shape in base64url. */
const cursorish = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...issuedCursors, 'forged', 'W10', 'bnVsbA'),
    fc.jsonValue({ maxDepth: 2 }).map(base64url),
    fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 3 }).map(base64url),
    fc.array(fc.oneof(fc.string(), fc.record({ $ne: fc.constant(null) }), fc.dictionary(fc.constantFrom('$gt', '$foo', '$regex', '$where', '$expr'), fc.jsonValue({ maxDepth: 1 }))), { minLength: 2, maxLength: 2 }).map(base64url),
    fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 40 }),
  );

const filterish = fc.oneof(
  fc.constantFrom('me', 'a-fuzz', 'a-1', 'registered', 'licensed', 'deregistered', 'REGISTERED', ...TOWNSHIPS.slice(0, 3), '常德', '9143', '.*', '(', '\\', '$where'),
  anyText,
);

const queryValue = fc.oneof(anyText, numberish, instantish, filterish, fc.string({ maxLength: 3000 }));

const queryKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('limit', 'cursor', 'asOf', 'agentId', 'township', 'status', 'q') },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, 'limit[]', 'a[b]', '') },
  { weight: 1, arbitrary: anyText },
);

/** A query string: mostly the list parameters with values of their kind (or not), sometimes anything at all. */
const queryStringOf = (absentPercent: number): fc.Arbitrary<string | undefined> => {
  const pair = fc.oneof(
    { weight: 2, arbitrary: fc.tuple(fc.constant('limit'), numberish) },
    { weight: 3, arbitrary: fc.tuple(fc.constant('cursor'), cursorish()) },
    { weight: 2, arbitrary: fc.tuple(fc.constant('asOf'), instantish) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('agentId', 'township', 'status', 'q'), filterish) },
    { weight: 3, arbitrary: fc.tuple(queryKey, queryValue) },
  );
  return sometimes(
    absentPercent,
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc
          .array(fc.tuple(pair, fc.boolean(), fc.boolean()), { maxLength: 4 })
          .map((pairs) => pairs.map(([[key, value], strictKey, strictValue]) => `${percentEncode(key, strictKey)}=${percentEncode(value, strictValue)}`).join('&')),
      },
      { weight: 1, arbitrary: fc.constantFrom('&&&', '=', '==', '%', '%%', 'q=%E0%A4%A', 'limit=1&limit=2', 'a[]=1&a[]=2', '__proto__[polluted]=1', 'constructor[prototype][polluted]=1', '?', ';', 'limit=1;limit=2', 'q') },
    ),
  );
};

const targetOf = (endpoint: Endpoint) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...(pools.get(endpoint.operationId) ?? pools.get('*')!)) },
    { weight: 1, arbitrary: fc.constant('no-such-firm') },
    { weight: 1, arbitrary: queryPart(fc.oneof(anyText, fc.constantFrom('%', '%E0%A4%A', '%zz', '%00', '..', '.', 'x'.repeat(101), '%2F', 'a%2Fb'))).filter((s) => s.length > 0) },
  );

function commandRequest(endpoint: Endpoint): fc.Arbitrary<FuzzRequest> {
  return fc.record({
    role: fc.constantFrom(...endpoint.roles),
    target: targetOf(endpoint),
    query: queryStringOf(85),
    body: bodyText(endpoint),
    contentType,
    contentEncoding,
    ifMatch,
    idempotencyKey,
  });
}

function queryRequest(endpoint: Endpoint): fc.Arbitrary<FuzzRequest> {
  return fc.record({ role: fc.constantFrom(...endpoint.roles), target: targetOf(endpoint), query: queryStringOf(10) });
}

// ---------------------------------------------------------------------------------------------
// Sending and checking

function actorFor(role: Role, target: string): Actor {
  switch (role) {
    case 'agent':
      return FUZZ_AGENT;
    case 'enterprise':
      return enterpriseUser(firmOfApplication.get(target) ?? target);
    case 'manager':
      return actors.manager;
    case 'finance':
      return actors.finance;
    case 'admin':
      return actors.admin;
  }
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON; undefined when it is not JSON. */
  body: unknown;
}

/**
 * Sends a fuzzed request with node:http itself rather than supertest, so that nothing is added or
 * re-encoded on the way: no default Content-Type, a Buffer body goes out byte for byte, header
 * values go out as their bytes.
 */
function send(endpoint: Endpoint, r: FuzzRequest): Promise<RawResponse> {
  const path = endpoint.path.replace(/:\w+/, r.target) + (r.query === undefined ? '' : `?${r.query}`);
  const body = r.body === undefined ? undefined : r.contentEncoding?.compress ? compress(r.contentEncoding.name, r.body) : Buffer.from(r.body, 'utf8');
  const headers: OutgoingHttpHeaders = { Authorization: `Bearer ${signTokenNow(actorFor(r.role, r.target))}` };
  if (r.contentType !== undefined) headers['Content-Type'] = r.contentType;
  if (r.ifMatch !== undefined) headers['If-Match'] = r.ifMatch;
  if (r.idempotencyKey !== undefined) headers['Idempotency-Key'] = r.idempotencyKey;
  if (r.contentEncoding !== undefined) headers['Content-Encoding'] = r.contentEncoding.name;
  headers['Content-Length'] = body?.length ?? 0;
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: endpoint.method.toUpperCase(), path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body: parsed });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

function compress(encoding: string, text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  switch (encoding.toLowerCase()) {
    case 'gzip':
      return gzipSync(bytes);
    case 'deflate':
      return deflateSync(bytes);
    case 'br':
      return brotliCompressSync(bytes);
    default:
      return bytes;
  }
}

/** A readable summary of a failing request for fast-check's report (bodies can be a megabyte). */
const describeRequest = (r: FuzzRequest): string => JSON.stringify({ ...r, body: r.body && r.body.length > 300 ? `${r.body.slice(0, 300)}… (${r.body.length} chars)` : r.body });

async function checkOne(endpoint: Endpoint, r: FuzzRequest): Promise<void> {
  const before = await h.app.events.headPosition();
  const res = await send(endpoint, r);
  const after = await h.app.events.headPosition();
  tally(endpoint, res.status);
  const seen = `${endpoint.operationId} ${describeRequest(r)} → ${res.status} ${res.headers['content-type']} ${res.text.slice(0, 500)}`;

  if (res.status >= 500) throw new Error(`5xx: ${seen}`);
  if (!/^application\/(problem\+)?json\b/.test(String(res.headers['content-type'])) || res.body === null || typeof res.body !== 'object') {
    throw new Error(`no JSON body: ${seen}`);
  }
  if (res.status >= 400) {
    if (!/^application\/problem\+json/.test(String(res.headers['content-type']))) throw new Error(`error is not problem+json: ${seen}`);
    const problem = res.body as Record<string, unknown>;
    if (problem['status'] !== res.status || typeof problem['type'] !== 'string' || typeof problem['title'] !== 'string' || typeof problem['detail'] !== 'string') {
      throw new Error(`malformed problem details: ${seen}`);
    }
    if (after !== before) throw new Error(`the store moved from ${before} to ${after} on a ${res.status}: ${seen}`);
  } else if (endpoint.kind === 'command') {
    const answer = res.body as Record<string, unknown>;
    if (typeof answer['id'] !== 'string' || !Number.isInteger(answer['revision'])) throw new Error(`malformed command answer: ${seen}`);
  }
  if (endpoint.kind === 'query' && after !== before) throw new Error(`a query moved the store from ${before} to ${after}: ${seen}`);
  const polluted = Object.getOwnPropertyNames(Object.prototype).filter((name) => !PRISTINE_PROTOTYPE.has(name));
  if (polluted.length > 0) throw new Error(`Object.prototype gained ${polluted.join(', ')}: ${seen}`);
}

/** Statuses seen per endpoint: FUZZ_STATS=1 prints them, to see how deep the fuzz gets. */
const statuses = new Map<string, Map<number, number>>();
function tally(endpoint: Endpoint, status: number): void {
  const counts = statuses.get(endpoint.operationId) ?? new Map<number, number>();
  counts.set(status, (counts.get(status) ?? 0) + 1);
  statuses.set(endpoint.operationId, counts);
}

const PRISTINE_PROTOTYPE = new Set(Object.getOwnPropertyNames(Object.prototype));

const assertProperty = (endpoint: Endpoint, arbitrary: fc.Arbitrary<FuzzRequest>): Promise<void> =>
  fc.assert(
    fc.asyncProperty(arbitrary, (r) => checkOne(endpoint, r)),
    { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
  );

// ---------------------------------------------------------------------------------------------
// Set-up: firms in every state, for each endpoint its own, so one endpoint's fuzz cannot starve another's

let serial = 1_000;

async function registerFirm(): Promise<string> {
  const res = await request(server).post('/api/enterprises').set('Authorization', `Bearer ${signTokenNow(FUZZ_AGENT)}`).send(registration((serial += 1))).expect(201);
  return res.body.id as string;
}

async function as(actor: Actor, path: string, body?: object): Promise<void> {
  await request(server).post(path).set('Authorization', `Bearer ${signTokenNow(actor)}`).send(body ?? {}).expect(200);
}

/** Registered; licensed; licensed with its starter kit; blacklisted; deregistered. */
async function firmsInEveryState(): Promise<string[]> {
  const [registered, licensed, kitted, blacklisted, deregistered] = [await registerFirm(), await registerFirm(), await registerFirm(), await registerFirm(), await registerFirm()];
  for (const id of [licensed, kitted]) await as(FUZZ_AGENT, `/api/enterprises/${id}/licence`);
  await as(FUZZ_AGENT, `/api/enterprises/${kitted}/starter-kit`, { costFen: 40_000 });
  await as(actors.manager, `/api/enterprises/${blacklisted}/blacklist`, { reason: '提供虚假材料', evidence: '核查记录' });
  await as(FUZZ_AGENT, `/api/enterprises/${deregistered}/deregistration`, { reason: '歇业' });
  return [registered!, licensed!, kitted!, blacklisted!, deregistered!];
}

async function post(actor: Actor, path: string, body: object, status: number): Promise<string> {
  const res = await request(server).post(path).set('Authorization', `Bearer ${signTokenNow(actor)}`).send(body).expect(status);
  return res.body.id as string;
}

/** Open; closed; with funds committed to an approval. */
async function programmesInEveryState(): Promise<string[]> {
  const [open, closed] = [await post(actors.manager, '/api/programmes', programmePublication(), 201), await post(actors.manager, '/api/programmes', programmePublication(), 201)];
  await as(actors.manager, `/api/programmes/${closed}/closure`, { reason: '资金用完' });
  const [committed] = await applicationsIn(open, 1);
  await as(actors.manager, `/api/subsidies/${committed}/approval`, { approvedFen: 300_000 });
  openProgrammes.push(open);
  return [open, closed];
}

/** `count` applications of a fresh firm of FUZZ_AGENT's for 400,000 fen. */
async function applicationsIn(programmeId: string, count: number): Promise<string[]> {
  const firmId = await registerFirm();
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) ids.push(await post(FUZZ_AGENT, '/api/subsidies', { programmeId, enterpriseId: firmId, requestedFen: 400_000 }, 201));
  for (const id of ids) firmOfApplication.set(id, firmId);
  return ids;
}

/** Applied; materials requested; rejected; approved; part disbursed; all disbursed; closed; part disbursed to a firm since blacklisted. */
async function applicationsInEveryState(): Promise<string[]> {
  const programmeId = await post(actors.manager, '/api/programmes', programmePublication({ budgetFen: 100_000_000, capPerEnterpriseFen: 50_000_000 }), 201);
  const [applied, asked, rejected, approved, part, all, closed] = await applicationsIn(programmeId, 7);
  const [blacklisted] = await applicationsIn(programmeId, 1);
  const step = (id: string | undefined, path: string, body: object, actor: Actor = actors.manager) => as(actor, `/api/subsidies/${id}/${path}`, body);
  await step(asked, 'materials-request', { missingItems: ['营业执照', '纳税证明'] });
  await step(rejected, 'rejection', { reason: '不符合条件' });
  for (const id of [approved, part, all, closed, blacklisted]) await step(id, 'approval', { approvedFen: 300_000 });
  for (const [id, amountFen] of [[part, 100_000], [all, 300_000], [closed, 300_000], [blacklisted, 100_000]] as const) {
    await step(id, 'disbursements', { amountFen, paymentReference: `FUZZ-${id}` }, actors.finance);
  }
  await step(closed, 'closure', {}, actors.finance);
  await as(actors.manager, `/api/enterprises/${firmOfApplication.get(blacklisted!)}/blacklist`, { reason: '提供虚假材料', evidence: '核查记录' });
  return [applied!, asked!, rejected!, approved!, part!, all!, closed!, blacklisted!];
}

/** Awarded; housing and month 1 paid; suspended; ended; awarded in January (three months due); awarded by the finance officer who fuzzes. */
async function grantsInEveryState(): Promise<string[]> {
  const firmId = await registerFirm();
  const award = (awarder: Actor = actors.manager) => awardTalent(firmId, awarder);
  const [awarded, paid, suspended, ended] = [await award(), await award(), await award(), await award()];
  const step = (id: string, path: string, body: object, actor: Actor = actors.manager) => as(actor, `/api/talent-grants/${id}/${path}`, body);
  await step(paid, 'housing-payment', {}, actors.finance);
  await step(paid, 'allowance-payments', { month: 1 }, actors.finance);
  await step(suspended, 'suspension', { reason: '离开本区' });
  await step(ended, 'ending', { reason: '合同期满' });
  const now = h.clock.now();
  h.clock.set('2026-01-02T02:00:00.000Z');
  const january = await award().finally(() => h.clock.set(now));
  const ownAward = await award({ id: actors.finance.id, role: 'manager' });
  return [awarded, paid, suspended, ended, january, ownAward];
}

/** Applied; approved; rejected; disbursed; part repaid; settled; a credit line; approved by the finance officer who fuzzes; approved for a firm since blacklisted. */
async function loansInEveryState(): Promise<string[]> {
  const firmId = await registerFirm();
  const apply = (amountFen = 1_000_000, enterpriseId = firmId) => post(FUZZ_AGENT, '/api/loans', { enterpriseId, amountFen, termMonths: 3 }, 201);
  const [applied, approved, rejected, disbursed, part, settled, ownApproval] = [await apply(), await apply(), await apply(), await apply(), await apply(), await apply(3), await apply()];
  const blacklistedFirm = await registerFirm();
  const blacklisted = await apply(1_000_000, blacklistedFirm);
  const step = (id: string, path: string, body: object, actor: Actor) => as(actor, `/api/loans/${id}/${path}`, body);
  for (const id of [approved, disbursed, part, settled, blacklisted]) await step(id, 'approval', {}, actors.manager);
  await step(ownApproval, 'approval', {}, { id: actors.finance.id, role: 'manager' });
  await step(rejected, 'rejection', { reason: '担保不足' }, actors.manager);
  for (const id of [disbursed, part, settled]) await step(id, 'disbursement', {}, actors.finance);
  await step(part, 'repayments', { instalment: 1, amountFen: 100_000 }, actors.finance);
  for (const instalment of [1, 2, 3]) await step(settled, 'repayments', { instalment, amountFen: 1 }, actors.finance);
  await as(actors.manager, `/api/enterprises/${blacklistedFirm}/blacklist`, { reason: '提供虚假材料', evidence: '核查记录' });
  const creditLine = await post(actors.finance, '/api/credit-lines', { enterpriseId: firmId, bank: '中国银行常德分行', amountFen: 50_000_000, termMonths: 12 }, 201);
  return [applied, approved, rejected, disbursed, part, settled, creditLine, ownApproval, blacklisted];
}

/** A person who holds a grant, and one erased since. */
async function peopleInEveryState(): Promise<string[]> {
  const [kept, erased] = [await personWithAGrant(), await personWithAGrant()];
  await as(actors.admin, `/api/people/${erased}/erasure`);
  people.push(kept, erased);
  return [kept, erased];
}

async function personWithAGrant(): Promise<string> {
  const talentId = await awardTalent(await registerFirm());
  const [awarded] = await h.app.events.readStream(talentStream(talentId), { maxCount: 1 });
  return (awarded!.data as TalentGrantAwarded['data']).person.personId;
}

/** A full-time PhD's grant for 12 months. */
const awardTalent = (enterpriseId: string, awarder: Actor = actors.manager): Promise<string> =>
  post(awarder, '/api/talent-grants', { enterpriseId, personName: '王博士', identityNumber: identityNumberOf(1), tier: 'full-time-phd', months: 12 }, 201);

const HYGIENE_PERMIT = 'public-place-hygiene-permit';

/** Runs `steps` with the clock a month back, so that what they start is overdue by now. */
async function aMonthAgo<T>(steps: () => Promise<T>): Promise<T> {
  const now = h.clock.now();
  h.clock.set('2026-02-02T02:00:00.000Z');
  return steps().finally(() => h.clock.set(now));
}

/** A task of the firm, opened by FUZZ_AGENT, who owns it, and accepted unless told. */
async function taskOf(firmId: string, accepted = true): Promise<string> {
  const id = await post(FUZZ_AGENT, '/api/tasks', { enterpriseId: firmId, serviceCode: HYGIENE_PERMIT }, 201);
  firmOfApplication.set(id, firmId);
  if (accepted) await as(FUZZ_AGENT, `/api/tasks/${id}/acceptance`);
  return id;
}

/** A task whose firm committed a month ago to supply a material the next working day. */
const lapsedCommitmentOf = (firmId: string): Promise<string> =>
  aMonthAgo(async () => {
    const id = await taskOf(firmId);
    await as(FUZZ_AGENT, `/api/tasks/${id}/commitment`, { missingItems: ['卫生检测报告'], materialsDueInWorkingDays: 1 });
    return id;
  });

/** Opened; accepted; waiting on materials; materials received; on a commitment; completed; badly rated; complained of; cancelled; overdue; and of a second firm, a lapsed commitment and a breached one. */
async function tasksInEveryState(): Promise<string[]> {
  const firmId = await registerFirm();
  const step = (id: string, path: string, body: object = {}, actor: Actor = FUZZ_AGENT) => as(actor, `/api/tasks/${id}/${path}`, body);
  const opened = await taskOf(firmId, false);
  const [accepted, waiting, received, committed, completed, badlyRated, cancelled] = [
    await taskOf(firmId), await taskOf(firmId), await taskOf(firmId), await taskOf(firmId), await taskOf(firmId), await taskOf(firmId), await taskOf(firmId),
  ];
  for (const id of [waiting, received]) await step(id, 'materials-request', { missingItems: ['卫生检测报告'] });
  await step(received, 'materials');
  await step(committed, 'commitment', { missingItems: ['卫生检测报告'], materialsDueInWorkingDays: 20 });
  for (const id of [completed, badlyRated]) await step(id, 'completion', { outcome: '许可证已发放', costSavedFen: 50_000 });
  await step(badlyRated, 'rating', { score: 2, comment: '办理太慢' }, enterpriseUser(firmId));
  await post(enterpriseUser(firmId), `/api/tasks/${opened}/complaints`, { text: '窗口排队太久' }, 201);
  await step(cancelled, 'cancellation', { reason: '企业撤回申请' });
  const overdue = await aMonthAgo(() => taskOf(firmId));
  const committedFirm = await registerFirm();
  const [lapsed, breached] = [await lapsedCommitmentOf(committedFirm), await lapsedCommitmentOf(committedFirm)];
  await step(breached, 'commitment/breach', {}, actors.manager);
  return [opened, accepted, waiting, received, committed, completed, badlyRated, cancelled, overdue, lapsed, breached];
}

/** A firm whose credit a breached commitment marked, and one never marked. */
async function firmsByCredit(): Promise<string[]> {
  const [marked, unmarked] = [await registerFirm(), await registerFirm()];
  await as(actors.manager, `/api/tasks/${await lapsedCommitmentOf(marked)}/commitment/breach`);
  return [marked, unmarked];
}

/** The records an endpoint's fuzz aims at: what its path names. */
const POOLS: [pathPrefix: string, pool: () => Promise<string[]>][] = [
  ['/api/tasks/', tasksInEveryState],
  ['/api/enterprises/:id/credit-repair', firmsByCredit],
  ['/api/calendar/', async () => ['2026', '2031', '2040']],
  ['/api/subsidies/', applicationsInEveryState],
  ['/api/programmes/', programmesInEveryState],
  ['/api/talent-grants/', grantsInEveryState],
  ['/api/loans/', loansInEveryState],
  ['/api/people/', peopleInEveryState],
];
const poolFor = (endpoint: Endpoint): Promise<string[]> => (POOLS.find(([prefix]) => endpoint.path.startsWith(prefix))?.[1] ?? firmsInEveryState)();

beforeAll(async () => {
  h = await startHarness();
  server = createServer(h.http).listen(0);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  pools.set('*', await firmsInEveryState());
  for (const endpoint of apiEndpoints(h.app).filter((e) => e.kind === 'command')) pools.set(endpoint.operationId, await poolFor(endpoint));
  await h.settle();
  for (const path of ['/api/enterprises?limit=1', `/api/enterprises/${pools.get('*')![1]}/timeline?limit=1`, `/api/enterprises/${pools.get('*')![1]}/events?limit=1`]) {
    const res = await request(server).get(path).set('Authorization', `Bearer ${signTokenNow(actors.admin)}`).expect(200);
    issuedCursors.push(res.body.nextCursor as string);
  }
}, 60_000);

afterAll(async () => {
  if (process.env['FUZZ_STATS']) {
    const lines = [...statuses].map(([operationId, counts]) => `${operationId}: ${[...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ')}`);
    process.stdout.write(`statuses seen\n${lines.join('\n')}\n`);
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await h.close();
});

// ---------------------------------------------------------------------------------------------
// The properties

describe('fuzzing every command endpoint', () => {
  it('never answers 5xx, always answers JSON (problem+json for errors), and writes nothing on a 4xx', async () => {
    const commands = apiEndpoints(h.app).filter((endpoint) => endpoint.kind === 'command');
    expect(commands.length).toBeGreaterThan(0);
    for (const endpoint of commands) await assertProperty(endpoint, commandRequest(endpoint));
  }, 120_000);
});

describe('fuzzing the query strings of every GET endpoint', () => {
  it('never answers 5xx, always answers JSON, and writes nothing', async () => {
    const queries = apiEndpoints(h.app).filter((endpoint) => endpoint.method === 'get');
    expect(queries.length).toBeGreaterThan(0);
    for (const endpoint of queries) await assertProperty(endpoint, queryRequest(endpoint));
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// What fuzzing once found, pinned so it stays fixed.

describe('requests fuzzing once broke', () => {
  const licence = (): Endpoint => apiEndpoints(h.app).find((e) => e.operationId === 'issueLicence')!;
  const firm = (): string => pools.get('*')![0]!;
  const asManager = (path: string): request.Test => request(server).get(path).set('Authorization', `Bearer ${signTokenNow(actors.manager)}`);

  it('answers a body that does not decompress under its Content-Encoding with 400', async () => {
    const gzipOfNothing = await send(licence(), { role: 'agent', target: firm(), contentType: 'application/json', contentEncoding: { name: 'gzip', compress: true } });
    const notGzip = await send(licence(), { role: 'agent', target: firm(), body: '{}', contentType: 'application/json', contentEncoding: { name: 'gzip', compress: false } });
    expect([gzipOfNothing.status, notGzip.status]).toEqual([400, 400]);
  });

  it('answers malformed percent-encoding in the path with 400', async () => {
    expect((await asManager('/api/enterprises/%E0')).status).toBe(400);
  });

  it('refuses a cursor that holds a query operator with 400', async () => {
    expect((await asManager(`/api/enterprises?cursor=${base64url([{ $foo: 1 }, 'x'])}`)).status).toBe(400);
    expect((await asManager(`/api/enterprises/${firm()}/timeline?cursor=${base64url([{ $regex: '(' }, 'x'])}`)).status).toBe(400);
    expect((await asManager(`/api/enterprises?cursor=${base64url([{ $ne: null }, ''])}`)).status).toBe(400);
  });

  it("never replays another caller's command that used the same Idempotency-Key", async () => {
    const id = await registerFirm();
    const key = 'shared-key-1';
    const blacklisted = await request(server).post(`/api/enterprises/${id}/blacklist`).set('Authorization', `Bearer ${signTokenNow(actors.manager)}`).set('Idempotency-Key', key).send({ reason: '提供虚假材料', evidence: '核查记录' });
    expect(blacklisted.status).toBe(200);
    const deregistered = await request(server).post(`/api/enterprises/${id}/deregistration`).set('Authorization', `Bearer ${signTokenNow(FUZZ_AGENT)}`).set('Idempotency-Key', key).send({ reason: '歇业' });
    expect(deregistered.status).toBe(200);
    expect(deregistered.body.revision).toBe(blacklisted.body.revision + 1);
    expect((await h.app.events.readStream(enterpriseStream(id))).map((e) => e.type)).toContain('EnterpriseDeregistered');
  });
});
