import type { Request, RequestHandler } from 'express';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { SigningKey } from '../app/auth-secret';
import type { Actor } from '../domain/decider';
import { unauthorized } from './problem';

const claimsSchema = z
  .object({
    sub: z.string().min(1),
    role: z.enum(['agent', 'enterprise', 'manager', 'finance', 'admin']),
    enterpriseId: z.string().min(1).optional(),
  })
  .refine((claims) => claims.role !== 'enterprise' || claims.enterpriseId, { message: 'an enterprise token names its enterpriseId' });

export type TokenVerifier = (token: string) => Promise<Actor>;

const CACHED_TOKENS = 10_000;

export function tokenVerifier(key: SigningKey): TokenVerifier {
  const jwks: JWTVerifyGetKey | undefined = key.kind === 'jwks' ? createRemoteJWKSet(new URL(key.url)) : undefined;
  // A client sends the same token with every request: once its signature is checked, only its
  // expiry needs checking again. WebCrypto runs on the thread pool and dominated request latency.
  const verified = new Map<string, { actor: Actor; expiresAt: number }>();
  return async (token) => {
    const cached = verified.get(token);
    if (cached && cached.expiresAt > Date.now()) return cached.actor;
    verified.delete(token);
    const { payload } = key.kind === 'secret' ? await jwtVerify(token, key.secret, { algorithms: ['HS256'] }) : await jwtVerify(token, jwks!);
    const claims = claimsSchema.parse(payload);
    const actor: Actor = { id: claims.sub, role: claims.role, ...(claims.enterpriseId ? { enterpriseId: claims.enterpriseId } : {}) };
    if (payload.exp !== undefined) {
      if (verified.size >= CACHED_TOKENS) verified.delete(verified.keys().next().value!);
      verified.set(token, { actor, expiresAt: payload.exp * 1000 });
    }
    return actor;
  };
}

/** The token of an `Authorization: Bearer <JWT>` header, if the request sends one. */
export const bearerToken = (req: Request): string | undefined => req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];

/** Every /api request needs a valid bearer token; what it may do is decided per endpoint. */
export function authenticate(verify: TokenVerifier): RequestHandler {
  return async (req, _res, next) => {
    const token = bearerToken(req);
    if (!token) throw unauthorized('Send a bearer token: Authorization: Bearer <JWT>');
    try {
      req.actor = await verify(token);
    } catch {
      throw unauthorized('The bearer token is invalid or has expired');
    }
    next();
  };
}
