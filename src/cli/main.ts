#!/usr/bin/env node
import { openStores } from '../app/adapters';
import { ConfigError, loadConfig, type Config } from '../app/config';
import { startServer } from '../app/main';
import { verifyChains } from '../app/verify';
import { rebuildProjections } from '../projections/rebuild';
import { projectionNamed, projections } from '../projections/registry';
import { renderProgress } from './progress-bar';
import { describeRepair, repairCommitments, REPAIR_USAGE } from './repair-command';
import { runSeedCommand, SEED_USAGE } from './seed/seed-command';
import { tokenCommand } from './token-command';
import { UsageError } from './usage-error';

const USAGE = `Usage: concierge <command>

  serve              serve the API (PORT, DATA_DIR, EVENTSTORE_URL, MONGO_URL, REDIS_URL …)
  rebuild [name]     replay the events into fresh read models and swap them in (all, or one: ${projections.map((p) => p.name).join(', ')})
  verify             walk every stream's hash chain and name the first broken link
  ${REPAIR_USAGE}
  ${SEED_USAGE}
  token --role R --sub ID [--enterprise-id E] [--expires 8h]
                     print a bearer token for local use`;

async function serve(config: Config): Promise<void> {
  const running = await startServer(config);
  const shutdown = (): void => {
    running.app.logger.info('shutting down');
    void running.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function rebuild(config: Config, name: string | undefined): Promise<void> {
  const stores = await openStores(config);
  try {
    const chosen = name ? [projectionNamed(name)] : projections;
    const result = await rebuildProjections(stores.events, stores.reads, chosen, (progress) => process.stderr.write(`\r${renderProgress(progress)}`));
    process.stderr.write(`\r${renderProgress(result)}\n`);
  } finally {
    await stores.events.close();
    await stores.reads.close();
  }
}

async function verify(config: Config): Promise<number> {
  const stores = await openStores(config);
  try {
    const report = await verifyChains(stores.events);
    for (const link of report.broken) {
      console.log(`BROKEN ${link.stream} at revision ${link.revision} (position ${link.position}, event ${link.eventId ?? 'unreadable'}): ${link.problem}: ${link.detail}`);
    }
    console.log(`${report.eventsChecked} events in ${report.streamsChecked} streams checked: ${report.broken.length === 0 ? 'every chain is intact' : `${report.broken.length} broken`}`);
    return report.broken.length === 0 ? 0 : 1;
  } finally {
    await stores.events.close();
    await stores.reads.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const config = loadConfig();
  switch (command) {
    case 'serve':
      await serve(config);
      return -1;
    case 'rebuild':
      await rebuild(config, rest[0]);
      return 0;
    case 'verify':
      return verify(config);
    case 'repair-commitments':
      console.log(describeRepair(await repairCommitments(config)));
      return 0;
    case 'seed':
      return runSeedCommand(config, rest);
    case 'token':
      console.log(await tokenCommand(config, rest));
      return 0;
    default:
      console.error(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);

