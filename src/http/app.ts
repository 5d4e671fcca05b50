import express from 'express';
import type { Application } from '../app/container';
import { healthRouter } from './health-router';

export function createHttpApp(app: Application): express.Express {
  const http = express();
  http.disable('x-powered-by');
  http.use(healthRouter(app));
  return http;
}
