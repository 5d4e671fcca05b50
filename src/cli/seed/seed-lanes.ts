import { ManualClock } from '../../app/clock';
import { CommandHandler } from '../../app/command-handler';
import { CommitmentBreaches } from '../../app/commitment-breaches';
import { EnterpriseRegistration } from '../../app/enterprise-registration';
import { Loans } from '../../app/loans';
import type { PersonalDataKeys } from '../../app/personal-data/personal-data-keys';
import { Programmes } from '../../app/programmes';
import { SubsidyApplications } from '../../app/subsidy-applications';
import { SubsidyDecisions } from '../../app/subsidy-decisions';
import { SubsidyLedger } from '../../app/subsidy-ledger';
import { SubsidyPayments } from '../../app/subsidy-payments';
import { TalentGrants } from '../../app/talent-grants';
import { Tasks } from '../../app/tasks';
import { WorkingCalendars } from '../../app/working-calendars';
import type { EventStore } from '../../eventstore/event-store';
import { StreamCache } from './stream-cache';

/** Where the seed writes, the clock that stands at `now` when it is done, and the keys the server will open identity numbers with. */
export interface SeedDeps {
  events: EventStore;
  clock: ManualClock;
  personalDataKeys: PersonalDataKeys;
}

/** One command at a time, on its own clock: the clock is set to the step's instant just before the command. */
export interface Lane {
  clock: ManualClock;
  commands: CommandHandler;
  registration: EnterpriseRegistration;
  programmes: Programmes;
  applications: SubsidyApplications;
  decisions: SubsidyDecisions;
  payments: SubsidyPayments;
  tasks: Tasks;
  breaches: CommitmentBreaches;
  talentGrants: TalentGrants;
  loans: Loans;
}

/**
 * A ManualClock holds one instant, so two commands in flight cannot share one: every lane has the
 * application services wired as the container wires them, with a clock of its own (the first lane
 * the caller's), over one event store that remembers the streams it has read.
 */
export function lanesFor(deps: SeedDeps, count: number): Lane[] {
  const events = new StreamCache(deps.events);
  // The calendar's years come from the log, not the clock: one follower serves every lane.
  const calendars = new WorkingCalendars(events, new CommandHandler(events, deps.clock));
  return Array.from({ length: count }, (_, index) => laneOn(events, calendars, deps.personalDataKeys, index === 0 ? deps.clock : new ManualClock(deps.clock.now())));
}

function laneOn(events: EventStore, calendars: WorkingCalendars, keys: PersonalDataKeys, clock: ManualClock): Lane {
  const commands = new CommandHandler(events, clock);
  const programmes = new Programmes(events, commands, clock);
  const ledger = new SubsidyLedger(events, programmes);
  return {
    clock,
    commands,
    registration: new EnterpriseRegistration(events, commands, clock),
    programmes,
    applications: new SubsidyApplications(events, commands, programmes, clock),
    decisions: new SubsidyDecisions(events, commands, ledger, clock),
    payments: new SubsidyPayments(events, commands, ledger, clock),
    tasks: new Tasks(events, commands, calendars, clock),
    breaches: new CommitmentBreaches(events, commands),
    talentGrants: new TalentGrants(events, commands, keys, clock),
    loans: new Loans(events, commands, clock),
  };
}
