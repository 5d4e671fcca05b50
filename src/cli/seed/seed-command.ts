import { openPersonalDataKeys, openStores } from '../../app/adapters';
import { ManualClock } from '../../app/clock';
import type { Config } from '../../app/config';
import { DEMO_AGENTS } from '../../app/demo-users';
import { seededRandom, seedFromText } from './random';
import { DEFAULT_SEED_CONCURRENCY, seedDistrict } from './seed-district';
import { describeGrantsAndLoans } from './grant-and-loan-lines';
import type { SeedSummary } from './seed-summary';
import { list, yuan } from './summary-format';
import { describeTasks } from './task-lines';
import { UsageError } from '../usage-error';

export const SEED_USAGE = `seed [--firms 2000] [--seed wuling] [--now ISO-instant] [--concurrency 50] [--append]
                     fill an empty event store with two years of demo firms, programmes and subsidy applications, talent grants, credit lines and loans, and a year of agency tasks`;

export interface SeedArguments {
  firms: number;
  seed: string;
  now: string;
  concurrency: number;
  /** Seed even when the store already holds events. */
  append: boolean;
}

export function parseSeedArguments(args: readonly string[], now: () => string = () => new Date().toISOString()): SeedArguments {
  const parsed: SeedArguments = { firms: 2000, seed: 'wuling', now: '', concurrency: DEFAULT_SEED_CONCURRENCY, append: false };
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i]!;
    if (flag === '--append') {
      parsed.append = true;
      continue;
    }
    const value = args[i + 1];
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    i += 1;
    switch (flag) {
      case '--firms':
        parsed.firms = wholeNumber(flag, value, 0);
        break;
      case '--concurrency':
        parsed.concurrency = wholeNumber(flag, value, 1);
        break;
      case '--seed':
        parsed.seed = value;
        break;
      case '--now':
        if (Number.isNaN(Date.parse(value))) throw new UsageError(`--now must be an ISO instant, not ${value}`);
        parsed.now = new Date(value).toISOString();
        break;
      default:
        throw new UsageError(`Unknown option ${flag}`);
    }
  }
  return { ...parsed, now: parsed.now || now() };
}

function wholeNumber(flag: string, value: string, min: number): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < min) throw new UsageError(`${flag} must be a whole number from ${min}, not ${value}`);
  return number;
}

/** `concierge seed` (wire into src/cli/main.ts): opens the configured stores and seeds them, drawing progress on stderr. Returns the exit code. */
export async function runSeedCommand(config: Config, args: readonly string[], write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<number> {
  const options = parseSeedArguments(args);
  const stores = await openStores(config);
  // The personal data keys the server will open the grants' identity numbers with.
  const { personalDataKeys } = await openPersonalDataKeys(config);
  try {
    if (!options.append && (await stores.events.headPosition()) !== undefined) {
      write(`The event store (${stores.description.events}) already holds events: seed an empty one, or pass --append.`);
      return 1;
    }
    const numericSeed = /^\d+$/.test(options.seed) ? Number(options.seed) : seedFromText(options.seed);
    const started = Date.now();
    const summary = await seedDistrict(
      { events: stores.events, clock: new ManualClock(options.now), personalDataKeys },
      { firms: options.firms, random: seededRandom(numericSeed), now: options.now, concurrency: options.concurrency },
      progressLine(started),
    );
    process.stderr.write('\n');
    for (const line of describeSummary(summary, Date.now() - started)) write(line);
    write('The server projects these events into the read models as it starts (npm start).');
    return 0;
  } finally {
    await stores.events.close();
    await stores.reads.close();
    await personalDataKeys.close();
  }
}

function progressLine(started: number): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    const percent = total ? Math.floor((done / total) * 100) : 100;
    if (percent === shown && done !== total) return;
    shown = percent;
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(`\rseeding  ${String(percent).padStart(3)}%  ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} commands  ${seconds.toFixed(1)}s`);
  };
}


/** The summary as a few readable lines. */
export function describeSummary(summary: SeedSummary, elapsedMs: number): string[] {
  const agentName = new Map(DEMO_AGENTS.map((agent) => [agent.id, agent.name]));
  const closed = summary.programmes.filter((programme) => programme.closed).length;
  return [
    `${summary.firms.toLocaleString('en-US')} firms, ${summary.events.toLocaleString('en-US')} events from ${summary.from} to ${summary.to} in ${(elapsedMs / 1000).toFixed(1)}s`,
    `events:     ${list(summary.eventsByType)}`,
    `townships:  ${list(summary.firmsByTownship)}`,
    `agents:     ${list(summary.firmsByAgent, (id) => `${id} ${agentName.get(id) ?? ''}`.trim())}, unassigned ${summary.unassigned}`,
    `licences waiting ${summary.waitingForLicence}, starter kits ${yuan(summary.starterKitCostFen)}, blacklisted ${summary.blacklisted}, deregistered ${summary.deregistered}`,
    `programmes: ${summary.programmes.length} published, ${closed} closed`,
    ...summary.programmes.map(
      (p) =>
        `  ${p.name}: budget ${yuan(p.budgetFen)}, ${p.applications} applications, approved ${yuan(p.approvedFen)}, disbursed ${yuan(p.disbursedFen)}, clawed back ${yuan(p.clawedBackFen)}, refused for budget ${p.budgetRefusals}`,
    ),
    `applications: ${summary.applications.toLocaleString('en-US')} (${list(summary.applicationsByState)})`,
    `subsidies:  approved ${yuan(summary.approvedFen)}, disbursed ${yuan(summary.disbursedFen)}, clawed back ${yuan(summary.clawedBackFen)}; approvals refused for a spent budget ${summary.budgetRefusals}`,
    ...describeTasks(summary.tasks),
    ...describeGrantsAndLoans(summary.grants, summary.loans),
  ];
}
