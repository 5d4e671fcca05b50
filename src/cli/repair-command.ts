import { openStores } from '../app/adapters';
import { systemClock } from '../app/clock';
import { CommandHandler } from '../app/command-handler';
import { CommitmentRepairProcess, type RepairReport } from '../app/commitment-repair-process';
import type { Config } from '../app/config';
import { createLogger } from '../app/logger';
import { Programmes } from '../app/programmes';
import { SubsidyLedger } from '../app/subsidy-ledger';
import { COMMITMENT_REPAIR_AFTER_MS } from '../domain/subsidy/commitment-repair';

export const REPAIR_USAGE = `repair-commitments complete or release the commitments approvals left open by a crash,
                     and bring programmes' payment totals up to what their applications paid`;

/** One pass of the repair the server runs on an interval, for an operator who will not wait for it. */
export async function repairCommitments(config: Config): Promise<RepairReport> {
  const stores = await openStores(config);
  try {
    const programmes = new Programmes(stores.events, new CommandHandler(stores.events, systemClock), systemClock);
    const ledger = new SubsidyLedger(stores.events, programmes);
    return await new CommitmentRepairProcess(stores.events, programmes, ledger, systemClock, createLogger(config.LOG_LEVEL)).runOnce();
  } finally {
    await stores.events.close();
    await stores.reads.close();
  }
}

export function describeRepair({ confirmed, released, waiting, totalsRecorded }: RepairReport): string {
  const named = (ids: string[]): string => (ids.length === 0 ? '' : ` (${ids.join(', ')})`);
  const minutes = COMMITMENT_REPAIR_AFTER_MS / 60_000;
  return [
    `${confirmed.length} commitments confirmed: their approval was written${named(confirmed)}`,
    `${released.length} commitments released: their approval never was${named(released)}`,
    `${waiting} open commitments younger than ${minutes} minutes left alone: their approval may still be under way`,
    `${totalsRecorded.length} applications' payment totals recorded on their programme's ledger${named(totalsRecorded)}`,
  ].join('\n');
}
