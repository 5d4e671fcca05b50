import { SignJWT } from 'jose';
import type { Actor } from '../domain/decider';

/** Signs a bearer token for local use and tests (HS256, the claims of API.md). */
export async function signToken(secret: Uint8Array, actor: Actor, expiresIn = '8h'): Promise<string> {
  const claims = { role: actor.role, ...(actor.enterpriseId ? { enterpriseId: actor.enterpriseId } : {}) };
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(actor.id).setIssuedAt().setExpirationTime(expiresIn).sign(secret);
}
