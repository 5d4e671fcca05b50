import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { Router } from 'express';
import { HttpProblem } from './problem';

/** Where `npm run build` puts the console: dist/web at the package root, from src/http and dist/http alike. */
export const BUILT_CONSOLE = resolve(__dirname, '..', '..', 'dist', 'web');

/** Paths the console's fallback leaves alone: the server's own, and built files that do not exist. */
const NOT_CONSOLE_ROUTES = /^\/(?:api|healthz|readyz|metrics|openapi\.json|docs|admin|assets)(?:\/|$)/;

/**
 * The web console's files, and its index.html for any other GET a browser makes (the console
 * routes on the client). Hashed assets are cached for good; index.html is checked every time.
 */
export function webConsole(dir: string = BUILT_CONSOLE): Router {
  const router = Router();
  const index = join(dir, 'index.html');
  router.use(
    express.static(dir, {
      index: false,
      setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith(join(dir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    }),
  );
  router.get(/.*/, (req, res, next) => {
    if (NOT_CONSOLE_ROUTES.test(req.path)) return next();
    if (!existsSync(index)) {
      throw new HttpProblem(503, 'console-not-built', 'Web console not built', 'The web console is not built: run `npm run build`, then start the server again');
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
