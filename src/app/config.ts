import { z } from 'zod';

const urlWithScheme = (...schemes: string[]) =>
  z.string().refine((value) => schemes.some((scheme) => value.startsWith(`${scheme}://`)), { message: `must start with ${schemes.map((s) => `${s}://`).join(' or ')}` });

const databaseName = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, _ or -');

const PORT_RULE = 'must be a port number from 1 to 65535';

const configSchema = z.object({
  PORT: z.coerce.number({ error: PORT_RULE }).int(PORT_RULE).min(1, PORT_RULE).max(65535, PORT_RULE).default(8080),
  DATA_DIR: z.string().min(1).default('./data'),
  EVENTSTORE_URL: urlWithScheme('esdb', 'esdb+discover', 'kurrentdb', 'kurrentdb+discover').optional(),
  MONGO_URL: urlWithScheme('mongodb', 'mongodb+srv').optional(),
  MONGO_DB: databaseName.default('concierge'),
  /** Personal data keys get a database of their own: the read models' can be dropped and rebuilt, a key cannot. */
  PERSONAL_KEYS_DB: databaseName.default('concierge-personal-keys'),
  REDIS_URL: urlWithScheme('redis', 'rediss').optional(),
  /** Every BullMQ key and the reminder reactor's checkpoint start with it: several deployments can share one Redis. */
  REDIS_PREFIX: databaseName.default('concierge'),
  /** Reminders POSTed, signed with WEBHOOK_SECRET (HMAC-SHA256), to the district's messaging gateway. */
  WEBHOOK_URL: urlWithScheme('https', 'http').optional(),
  WEBHOOK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Reminders mailed through this server, from MAIL_FROM, to addresses made from MAIL_ADDRESS_TEMPLATE ("{kind}.{id}@…"). */
  SMTP_URL: urlWithScheme('smtp', 'smtps').optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+|[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>)$/, 'must be an address, like notify@example.gov.cn or Concierge <notify@example.gov.cn>')
    .optional(),
  MAIL_ADDRESS_TEMPLATE: z.string().regex(/^[^\s@]*\{id\}[^\s@]*@[^\s@]+\.[^\s@]+$/, 'must put {id} before the @ of an address, like {kind}.{id}@notify.example.gov.cn').optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWKS_URL: urlWithScheme('https', 'http').optional(),
  /** Lets anyone pick a demo user and get a token (GET /api/demo/users, POST /api/demo/sign-in) even with AUTH_SECRET set. */
  DEMO_SIGN_IN: z
    .enum(['true', 'false'], 'must be true or false')
    .transform((value) => value === 'true')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'must be one of fatal, error, warn, info, debug, trace, silent').default('info'),
});

export type Config = z.infer<typeof configSchema>;

const SECRETS = new Set(['AUTH_SECRET', 'WEBHOOK_SECRET']);

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment; a wrong value fails with one line naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const variable = String(issue.path[0]);
    const shown = SECRETS.has(variable) ? 'a value that is not shown' : JSON.stringify(withoutCredentials(present[variable] ?? ''));
    return `${variable} ${issue.message} (got ${shown})`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}

/** URLs may carry a user and password: never print them. */
const withoutCredentials = (value: string): string => value.replace(/\/\/[^/@\s]*@/, '//***@');
