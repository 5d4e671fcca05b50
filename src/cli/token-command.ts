import { parseArgs } from 'node:util';
import { resolveSigningKey } from '../app/auth-secret';
import type { Config } from '../app/config';
import { signToken } from '../app/tokens';
import type { Role } from '../domain/decider';
import { UsageError } from './usage-error';

const ROLES: readonly Role[] = ['agent', 'enterprise', 'manager', 'finance', 'admin'];

/** `concierge token --role agent --sub a-1`: a bearer token for local use, signed with the server's secret. */
export async function tokenCommand(config: Config, args: string[]): Promise<string> {
  const { values } = parseOptions(args);
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  if (!values.sub) throw new UsageError('--sub names the user, e.g. --sub a-1');
  if (role === 'enterprise' && !values['enterprise-id']) throw new UsageError('an enterprise token needs --enterprise-id <firm id>');
  const key = resolveSigningKey(config);
  if (key.kind === 'jwks') throw new UsageError('AUTH_JWKS_URL is set: tokens come from your identity provider');
  return signToken(key.secret, { id: values.sub, role, ...(values['enterprise-id'] ? { enterpriseId: values['enterprise-id'] } : {}) }, values.expires);
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { role: { type: 'string' }, sub: { type: 'string' }, 'enterprise-id': { type: 'string' }, expires: { type: 'string', default: '8h' } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
