import { once } from 'node:events';
import type { Server } from 'node:http';
import { createHttpApp } from '../http/app';
import { closeServerStores, openServerStores } from './adapters';
import { resolveSigningKey } from './auth-secret';
import { systemClock } from './clock';
import type { Config } from './config';
import { buildContainer, resolveApplication, type Application } from './container';
import { createLogger } from './logger';

export interface RunningServer {
  app: Application;
  server: Server;
  stop(): Promise<void>;
}

/** Opens the stores, starts the projections, the repair and the reminders with the daily overdue sweep, and serves HTTP; `stop` undoes it in reverse. */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config.LOG_LEVEL);
  const signingKey = resolveSigningKey(config);
  if (signingKey.kind === 'secret' && signingKey.generatedInto) {
    logger.warn({ file: signingKey.generatedInto }, 'AUTH_SECRET is not set: generated a token signing secret for local use');
  }
  const stores = await openServerStores(config, systemClock, (error) => logger.error({ err: error }, 'scheduler connection error'));
  const app = resolveApplication(buildContainer(config, stores, logger, systemClock, signingKey));
  await app.projections.start();
  app.commitmentRepair.start();
  await app.reminders.start();
  const server = createHttpApp(app).listen(config.PORT);
  await once(server, 'listening');
  logger.info({ port: config.PORT, ...stores.description }, 'Concierge is serving');
  return {
    app,
    server,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.reminders.stop();
      await app.commitmentRepair.stop();
      await app.projections.stop();
      await closeServerStores(stores);
    },
  };
}
