import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config';

export type SigningKey = { kind: 'secret'; secret: Uint8Array; generatedInto?: string } | { kind: 'jwks'; url: string };

/**
 * Where tokens are checked against: AUTH_SECRET, else AUTH_JWKS_URL, else — in embedded mode
 * only — a secret generated once into DATA_DIR so a fresh laptop works with no set-up.
 */
export function resolveSigningKey(config: Config): SigningKey {
  if (config.AUTH_SECRET) return { kind: 'secret', secret: new TextEncoder().encode(config.AUTH_SECRET) };
  if (config.AUTH_JWKS_URL) return { kind: 'jwks', url: config.AUTH_JWKS_URL };
  if (config.EVENTSTORE_URL || config.MONGO_URL) {
    throw new Error('Set AUTH_SECRET (32+ characters) or AUTH_JWKS_URL: a generated secret is only for the embedded mode');
  }
  const file = join(config.DATA_DIR, 'auth-secret');
  if (existsSync(file)) return { kind: 'secret', secret: new TextEncoder().encode(readFileSync(file, 'utf8').trim()) };
  mkdirSync(config.DATA_DIR, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return { kind: 'secret', secret: new TextEncoder().encode(secret), generatedInto: file };
}
