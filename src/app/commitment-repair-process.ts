import type { Logger } from 'pino';
import type { Actor } from '../domain/decider';
import { DomainError } from '../domain/domain-error';
import type { ConfirmCommitment, ReleaseCommitment } from '../domain/programme/commands';
import { PROGRAMME_STREAM_PREFIX } from '../domain/programme/programme';
import { commitmentFor, openCommitments } from '../domain/programme/state';
import { commitmentRepair } from '../domain/subsidy/commitment-repair';
import { SUBSIDY_STREAM_PREFIX, subsidyDecider, subsidyStream } from '../domain/subsidy/subsidy';
import type { EventStore } from '../eventstore/event-store';
import type { Clock } from './clock';
import { LogFollower } from './log-follower';
import { Periodic } from './periodic';
import type { Programmes } from './programmes';
import { readStreamState } from './stream-state';
import type { SubsidyLedger } from './subsidy-ledger';

export const REPAIR_INTERVAL_MS = 60 * 1000;

/** Who the repair's writes are recorded as. */
export const COMMITMENT_REPAIR_ACTOR: Actor = { id: 'system:commitment-repair', role: 'admin' };

export interface RepairReport {
  /** Subsidy ids whose commitment was confirmed: their approval had been written. */
  confirmed: string[];
  /** Subsidy ids whose commitment was released: their approval never was. */
  released: string[];
  /** Open commitments too young to judge: their approval may still be under way. */
  waiting: number;
  /** Subsidy ids whose payments the programme's ledger had not counted yet: a crash came between the two writes. */
  totalsRecorded: string[];
}

/**
 * Completes what a crash between an application's stream and its programme's ledger left half
 * done. It follows the log for FundsCommitted, the only way a commitment opens, and looks again
 * at a programme until none of its commitments is open; and for payments, whose totals the
 * ledger must count too.
 */
export class CommitmentRepairProcess {
  private readonly log: LogFollower;
  private readonly programmesToWatch = new Set<string>();
  private readonly paymentsToCheck = new Set<string>();
  private readonly periodic: Periodic;

  constructor(
    private readonly store: EventStore,
    private readonly programmes: Programmes,
    private readonly ledger: SubsidyLedger,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.log = new LogFollower(store, { eventTypes: ['FundsCommitted', 'SubsidyDisbursed', 'SubsidyClawedBack'] }, (event) => {
      if (event.type === 'FundsCommitted') this.programmesToWatch.add(event.streamName.slice(PROGRAMME_STREAM_PREFIX.length));
      else this.paymentsToCheck.add(event.streamName.slice(SUBSIDY_STREAM_PREFIX.length));
    });
    this.periodic = new Periodic('commitment repair', async () => {
      const report = await this.runOnce();
      if (report.confirmed.length + report.released.length + report.totalsRecorded.length > 0) this.logger.warn(report, 'repaired what a crash left half done');
    }, logger);
  }

  async runOnce(): Promise<RepairReport> {
    await this.log.catchUp();
    const report: RepairReport = { confirmed: [], released: [], waiting: 0, totalsRecorded: [] };
    for (const programmeId of [...this.programmesToWatch]) {
      const waiting = await this.repairProgramme(programmeId, report);
      if (waiting === 0) this.programmesToWatch.delete(programmeId);
      report.waiting += waiting;
    }
    for (const subsidyId of [...this.paymentsToCheck]) {
      if (await this.catchUpPaymentTotals(subsidyId)) report.totalsRecorded.push(subsidyId);
      this.paymentsToCheck.delete(subsidyId);
    }
    return report;
  }

  /** Runs every `intervalMs` until stopped. */
  start(intervalMs = REPAIR_INTERVAL_MS): void {
    this.periodic.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }

  /** Repairs what can be of one programme's open commitments into the report; answers how many must wait. */
  private async repairProgramme(programmeId: string, report: RepairReport): Promise<number> {
    let waiting = 0;
    for (const [subsidyId, commitment] of openCommitments(await this.programmes.read(programmeId))) {
      const { state: application } = await readStreamState(this.store, subsidyDecider, subsidyStream(subsidyId));
      const repair = commitmentRepair(subsidyId, commitment, application, this.clock.now());
      if (!repair) waiting += 1;
      else if (await this.settle(programmeId, repair)) (repair.type === 'ConfirmCommitment' ? report.confirmed : report.released).push(subsidyId);
    }
    return waiting;
  }

  /** Sends the ledger the application's payment totals when it counts less than the application paid or recovered. */
  private async catchUpPaymentTotals(subsidyId: string): Promise<boolean> {
    const { state: application } = await readStreamState(this.store, subsidyDecider, subsidyStream(subsidyId));
    if (application.programmeId === null) return false;
    const counted = commitmentFor(await this.programmes.read(application.programmeId), subsidyId);
    if (counted && counted.disbursedFen >= application.disbursedFen && counted.clawedBackFen >= application.clawedBackFen) return false;
    await this.ledger.recordPaymentTotals(subsidyId, COMMITMENT_REPAIR_ACTOR, {});
    return true;
  }

  /** False when the ledger moved on meanwhile (a late approval confirmed the commitment): nothing was left to repair. */
  private async settle(programmeId: string, repair: ConfirmCommitment | ReleaseCommitment): Promise<boolean> {
    try {
      const { events } = await this.programmes.handle(programmeId, repair, COMMITMENT_REPAIR_ACTOR);
      return events.length > 0;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.logger.info({ programmeId, subsidyId: repair.subsidyId, code: error.code }, 'commitment settled meanwhile');
      return false;
    }
  }
}
