import { z } from 'zod';
import { usccProblem } from '../../domain/uscc';
import { industry, park, township } from '../district-schemas';
import { asOfQuery, fen, pageQuery, text } from '../schemas';

const usccMessages = {
  length: 'must be 18 characters',
  character: 'may hold only digits and capital letters other than I, O, S, V and Z',
  'check-character': 'has a wrong check character (GB 32100-2015)',
} as const;

export const creditCode = z.string().superRefine((code, ctx) => {
  const problem = usccProblem(code);
  if (problem) ctx.addIssue({ code: 'custom', message: usccMessages[problem] });
});

export const enterpriseIdParams = z.strictObject({ id: z.string().min(1).max(100) });

export const registerBody = z.strictObject({
  name: text(100),
  creditCode,
  legalRepresentative: text(50),
  industry,
  township,
  park: park.nullable().optional(),
  registeredCapitalFen: fen('registeredCapitalFen'),
  channel: z.enum(['online', 'window'], 'must be online or window'),
});

export const starterKitBody = z.strictObject({ costFen: fen('costFen') });
export const conciergeBody = z.strictObject({ agentId: z.string().trim().min(1, 'must not be empty').max(100) });
export const blacklistBody = z.strictObject({ reason: text(500), evidence: text(5000) });
export const reasonBody = z.strictObject({ reason: text(500) });

export const listQuery = z.strictObject({
  agentId: z.string().min(1).max(100).optional(),
  township: township.optional(),
  status: z.enum(['registered', 'licensed', 'deregistered'], 'must be registered, licensed or deregistered').optional(),
  q: z.string().trim().min(1).max(100).optional(),
  ...pageQuery,
  ...asOfQuery,
});

export const profileQuery = z.strictObject({ ...asOfQuery });
export const timelineQuery = z.strictObject({ ...pageQuery, ...asOfQuery });
export const eventsQuery = z.strictObject({ ...pageQuery });

export const enterpriseProfile = z
  .object({
    id: z.string(),
    name: z.string(),
    creditCode: z.string(),
    legalRepresentative: z.string(),
    industry: z.string(),
    township: z.string(),
    park: z.string().nullable(),
    registeredCapitalFen: z.number().int(),
    channel: z.enum(['online', 'window']),
    status: z.enum(['registered', 'licensed', 'deregistered']),
    registeredAt: z.string(),
    licence: z.object({ issuedAt: z.string(), leadTimeMinutes: z.number() }).nullable(),
    starterKit: z.object({ licences: z.number(), policyPacks: z.number(), seals: z.number(), costFen: z.number().int(), issuedAt: z.string() }).nullable(),
    agentId: z.string().nullable(),
    owners: z.array(z.object({ agentId: z.string(), from: z.string() })),
    blacklisted: z.boolean(),
    blacklist: z.object({ reason: z.string(), evidence: z.string(), blacklistedAt: z.string() }).nullable(),
    deregistration: z.object({ reason: z.string(), deregisteredAt: z.string() }).nullable(),
    flags: z.array(z.string()),
    revision: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'EnterpriseProfile' });

export const timelineEntry = z
  .object({
    id: z.string(),
    type: z.string(),
    occurredAt: z.string(),
    stream: z.string(),
    revision: z.number().int(),
    position: z.number().int(),
    actor: z.object({ id: z.string(), role: z.string() }),
    summary: z.object({ zh: z.string(), en: z.string() }),
    hash: z.string(),
  })
  .meta({ id: 'TimelineEntry' });

export const recordedEvent = z
  .object({
    id: z.string(),
    type: z.string(),
    stream: z.string(),
    revision: z.number().int(),
    position: z.number().int(),
    schemaVersion: z.number().int(),
    data: z.record(z.string(), z.unknown()),
    metadata: z.object({
      actorId: z.string(),
      actorRole: z.string(),
      correlationId: z.string(),
      causationId: z.string().nullable(),
      occurredAt: z.string(),
      previousHash: z.string().nullable(),
      hash: z.string(),
    }),
  })
  .meta({ id: 'RecordedEvent' });
