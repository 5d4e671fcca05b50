import type { Request, RequestHandler } from 'express';
import { bearerToken, type TokenVerifier } from './authenticate';
import { forbidden, unauthorized } from './problem';

const COOKIE = 'concierge_admin';

function cookie(req: Request, name: string): string | undefined {
  const pair = req.headers.cookie?.split(';').find((part) => part.trim().startsWith(`${name}=`));
  return pair === undefined ? undefined : decodeURIComponent(pair.trim().slice(name.length + 1));
}

/**
 * Admins only, for pages a browser opens (the job dashboard): a bearer token as the API takes it,
 * or `?token=` once, which is kept in an HttpOnly cookie for the page's own requests and taken
 * out of the address bar.
 */
export function adminOnly(verify: TokenVerifier, path: string): RequestHandler {
  return async (req, res, next) => {
    const fromQuery = typeof req.query['token'] === 'string' ? req.query['token'] : undefined;
    const token = bearerToken(req) ?? fromQuery ?? cookie(req, COOKIE);
    if (!token) throw unauthorized(`Open ${path}?token=<an admin's JWT>, or send Authorization: Bearer <JWT>`);
    const actor = await verify(token).catch(() => {
      throw unauthorized('The token is invalid or has expired');
    });
    if (actor.role !== 'admin') throw forbidden('Only admins see the job dashboard');
    if (fromQuery !== undefined) {
      res.cookie(COOKIE, token, { httpOnly: true, sameSite: 'strict', path });
      res.redirect(303, req.originalUrl.replace(/([?&])token=[^&]*&?/, '$1').replace(/[?&]$/, ''));
      return;
    }
    next();
  };
}
