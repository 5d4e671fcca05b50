import { newId } from '../src/app/ids';
import { seededRandom } from '../src/cli/seed/random';
import { creditCodeStream } from '../src/domain/enterprise/credit-code-reservation';
import { PARKS, TOWNSHIPS } from '../src/domain/enterprise/district';
import { enterpriseStream } from '../src/domain/enterprise/enterprise';
import type { EnterpriseEvent } from '../src/domain/enterprise/events';
import type { NewEvent } from '../src/eventstore/event-store';
import { creditCode } from '../tests/support/credit-codes';

/** One event on its way into the log, in log order. */
export interface FixtureEvent {
  stream: string;
  event: NewEvent;
}

/** Firms registered together; their later events interleave as they would in the centre's day. */
const COHORT = 500;
const AGENTS = Array.from({ length: 40 }, (_, i) => `agent-${String(i + 1).padStart(2, '0')}`);
const INDUSTRIES = ['I65', 'F51', 'F52', 'H62', 'L72', 'M74', 'E48', 'C13', 'G54', 'O80'];
const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴'];
const NAMES = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '军'];
const TRADES = ['科技', '商贸', '餐饮', '物流', '文化传媒', '建筑工程', '电子商务', '农业开发'];
const START = Date.parse('2024-01-02T01:00:00Z');
const HOUR = 3_600_000;

type Step = { stream: string; at: number; event: EnterpriseEvent | { type: 'CreditCodeReserved'; data: { creditCode: string; enterpriseId: string } } };

/** One firm's life as the decider would write it: reservation, registration, licence, kit, concierges, flags. */
function firmHistory(serial: number, random: () => number): Step[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const enterpriseId = newId();
  const code = creditCode(serial);
  const stream = enterpriseStream(enterpriseId);
  const registered = START + Math.floor(serial / COHORT) * 8 * HOUR + Math.floor(random() * 8 * HOUR);
  const iso = (t: number): string => new Date(t).toISOString();
  const steps: Step[] = [
    { stream: creditCodeStream(code), at: registered, event: { type: 'CreditCodeReserved', data: { creditCode: code, enterpriseId } } },
    {
      stream,
      at: registered,
      event: {
        type: 'EnterpriseRegistered',
        data: {
          enterpriseId,
          name: `常德市武陵区${pick(SURNAMES)}${pick(NAMES)}${pick(TRADES)}有限公司${serial}`,
          creditCode: code,
          legalRepresentative: `${pick(SURNAMES)}${pick(NAMES)}`,
          industry: pick(INDUSTRIES),
          township: pick(TOWNSHIPS),
          park: random() < 0.3 ? pick(PARKS) : null,
          registeredCapitalFen: (1 + Math.floor(random() * 500)) * 1_000_000,
          channel: random() < 0.7 ? 'online' : 'window',
          registeredAt: iso(registered),
        },
      },
    },
  ];
  let t = registered;
  const later = (maxHours: number): number => (t += Math.floor((0.2 + random() * maxHours) * HOUR));
  let agentId: string | null = null;
  const assign = (): void => {
    const next = pick(AGENTS.filter((a) => a !== agentId));
    steps.push({ stream, at: later(4), event: { type: 'ConciergeAssigned', data: { agentId: next, previousAgentId: agentId, assignedAt: iso(t) } } });
    agentId = next;
  };
  assign();
  if (random() < 0.95) {
    steps.push({ stream, at: later(30), event: { type: 'LicenceIssued', data: { issuedAt: iso(t), leadTimeMinutes: Math.round((t - registered) / 60_000) } } });
    if (random() < 0.9) {
      steps.push({ stream, at: later(24), event: { type: 'StarterKitIssued', data: { licences: 1, policyPacks: 1, seals: 3, costFen: 48_000, issuedAt: iso(t) } } });
    }
  }
  if (random() < 0.3) assign();
  if (random() < 0.03) {
    steps.push({ stream, at: later(500), event: { type: 'EnterpriseBlacklisted', data: { reason: '未按时公示年度报告', evidence: `案卷 ${serial}`, blacklistedAt: iso(t) } } });
    if (random() < 0.5) steps.push({ stream, at: later(500), event: { type: 'BlacklistLifted', data: { reason: '已补报并公示', liftedAt: iso(t) } } });
  }
  if (random() < 0.02) steps.push({ stream, at: later(2000), event: { type: 'EnterpriseDeregistered', data: { reason: '股东会决议解散', deregisteredAt: iso(t) } } });
  return steps;
}

function envelope(step: Step, correlationId: string, actorId: string): NewEvent {
  return {
    id: newId(),
    type: step.event.type,
    schemaVersion: 1,
    data: step.event.data as unknown as Record<string, unknown>,
    metadata: { actorId, actorRole: 'agent', correlationId, causationId: null, occurredAt: new Date(step.at).toISOString() },
  };
}

/**
 * Exactly `total` events of firms' lives (about 5.2 per firm, so 100k events ≈ 19k firms), in
 * the order a busy centre would write them: each cohort's events sorted by time, so a firm's
 * events are spread among other firms' events. Streams stay consistent: each starts at revision 0.
 */
export function* enterpriseEvents(total: number, seed = 20240102): Generator<FixtureEvent> {
  const random = seededRandom(seed);
  let emitted = 0;
  for (let first = 0; emitted < total; first += COHORT) {
    const steps: { step: Step; correlationId: string; actorId: string; order: number }[] = [];
    for (let serial = first; serial < first + COHORT; serial += 1) {
      const history = firmHistory(serial, random);
      const registration = newId();
      history.forEach((step, i) =>
        steps.push({ step, correlationId: i < 2 ? registration : newId(), actorId: AGENTS[serial % AGENTS.length]!, order: steps.length }),
      );
    }
    steps.sort((a, b) => a.step.at - b.step.at || a.order - b.order);
    for (const { step, correlationId, actorId } of steps) {
      if (emitted >= total) return;
      yield { stream: step.stream, event: envelope(step, correlationId, actorId) };
      emitted += 1;
    }
  }
}

/** Passes events through, counting them by type into `counts` (EnterpriseRegistered = firms). */
export function* tallied(events: Iterable<FixtureEvent>, counts: Map<string, number>): Generator<FixtureEvent> {
  for (const item of events) {
    counts.set(item.event.type, (counts.get(item.event.type) ?? 0) + 1);
    yield item;
  }
}
