import { Container, type ResolutionContext } from 'inversify';
import type { Logger } from 'pino';
import type { EventStore } from '../eventstore/event-store';
import { jobRunner } from '../jobs/job-runner';
import { notifiersFromConfig } from '../jobs/notifiers/notifiers-from-config';
import { ProgrammeAnnouncer } from '../jobs/programme-announcer';
import { ProgrammeAudience } from '../jobs/programme-audience';
import { ReminderCauses } from '../jobs/reminder-causes';
import { ReminderReactor } from '../jobs/reminder-reactor';
import { ReminderSender } from '../jobs/reminder-sender';
import { Reminders } from '../jobs/reminders';
import type { Scheduler } from '../jobs/scheduler';
import { PastReadModels } from '../projections/as-of';
import { PastReadModelsCache } from './past-read-models-cache';
import { projections } from '../projections/registry';
import { EmbeddedReadStore } from '../readstore/embedded/embedded-read-store';
import { ProjectionRunner } from '../projections/runner';
import type { ReadStore } from '../readstore/read-store';
import type { ServerStores } from './adapters';
import type { SigningKey } from './auth-secret';
import type { Clock } from './clock';
import { CommandHandler } from './command-handler';
import { CommitmentBreaches } from './commitment-breaches';
import { CommitmentRepairProcess } from './commitment-repair-process';
import type { Config } from './config';
import { EnterpriseRegistration } from './enterprise-registration';
import { Loans } from './loans';
import { Metrics } from './metrics';
import { OverdueInstalments } from './overdue-instalments';
import { OverdueSweep } from './overdue-sweep';
import { OverdueTaskEscalation } from './overdue-task-escalation';
import { PersonalDataErasure } from './personal-data-erasure';
import type { PersonalDataKeys } from './personal-data/personal-data-keys';
import { Programmes } from './programmes';
import { SubsidyApplications } from './subsidy-applications';
import { SubsidyDecisions } from './subsidy-decisions';
import { SubsidyLedger } from './subsidy-ledger';
import { SubsidyPayments } from './subsidy-payments';
import { TalentGrants } from './talent-grants';
import { Tasks } from './tasks';
import { WorkingCalendars } from './working-calendars';

export const TOKENS = {
  config: Symbol('Config'),
  logger: Symbol('Logger'),
  clock: Symbol('Clock'),
  eventStore: Symbol('EventStore'),
  readStore: Symbol('ReadStore'),
  personalDataKeys: Symbol('PersonalDataKeys'),
  commandHandler: Symbol('CommandHandler'),
  enterpriseRegistration: Symbol('EnterpriseRegistration'),
  programmes: Symbol('Programmes'),
  subsidyLedger: Symbol('SubsidyLedger'),
  subsidyApplications: Symbol('SubsidyApplications'),
  subsidyDecisions: Symbol('SubsidyDecisions'),
  subsidyPayments: Symbol('SubsidyPayments'),
  commitmentRepair: Symbol('CommitmentRepairProcess'),
  calendars: Symbol('WorkingCalendars'),
  tasks: Symbol('Tasks'),
  commitmentBreaches: Symbol('CommitmentBreaches'),
  taskEscalation: Symbol('OverdueTaskEscalation'),
  talentGrants: Symbol('TalentGrants'),
  loans: Symbol('Loans'),
  overdueInstalments: Symbol('OverdueInstalments'),
  overdueSweep: Symbol('OverdueSweep'),
  personalDataErasure: Symbol('PersonalDataErasure'),
  projectionRunner: Symbol('ProjectionRunner'),
  scheduler: Symbol('Scheduler'),
  reminderCauses: Symbol('ReminderCauses'),
  reminders: Symbol('Reminders'),
  metrics: Symbol('Metrics'),
  signingKey: Symbol('SigningKey'),
} as const;

/** Everything the HTTP layer, the CLI and the jobs are given. */
export interface Application {
  config: Config;
  logger: Logger;
  clock: Clock;
  events: EventStore;
  reads: ReadStore;
  /** Opens what events carry sealed (openIdentityNumber): the read side shows it to finance, masked to others, gone once erased. */
  personalDataKeys: PersonalDataKeys;
  commands: CommandHandler;
  registration: EnterpriseRegistration;
  programmes: Programmes;
  subsidyApplications: SubsidyApplications;
  subsidyDecisions: SubsidyDecisions;
  subsidyPayments: SubsidyPayments;
  commitmentRepair: CommitmentRepairProcess;
  calendars: WorkingCalendars;
  tasks: Tasks;
  commitmentBreaches: CommitmentBreaches;
  taskEscalation: OverdueTaskEscalation;
  talentGrants: TalentGrants;
  loans: Loans;
  overdueInstalments: OverdueInstalments;
  overdueSweep: OverdueSweep;
  personalDataErasure: PersonalDataErasure;
  projections: ProjectionRunner;
  /** The reminder reactor, the scheduler and its worker; started by the server, not by tests of the API alone. */
  reminders: Reminders;
  metrics: Metrics;
  signingKey: SigningKey;
  /** The read models as they stood at an instant, lent to a query; the last few instants are kept. */
  pastReadModels: PastReadModelsCache;
}

const storeOf = (ctx: ResolutionContext): EventStore => ctx.get<EventStore>(TOKENS.eventStore);
const handlerOf = (ctx: ResolutionContext): CommandHandler => ctx.get<CommandHandler>(TOKENS.commandHandler);
const clockOf = (ctx: ResolutionContext): Clock => ctx.get<Clock>(TOKENS.clock);

/** The composition root: the one place that knows which implementation serves which port. */
export function buildContainer(config: Config, stores: ServerStores, logger: Logger, clock: Clock, signingKey: SigningKey): Container {
  const container = new Container({ defaultScope: 'Singleton' });
  const metrics = new Metrics();
  container.bind<Metrics>(TOKENS.metrics).toConstantValue(metrics);
  container.bind<SigningKey>(TOKENS.signingKey).toConstantValue(signingKey);
  container.bind<Config>(TOKENS.config).toConstantValue(config);
  container.bind<Logger>(TOKENS.logger).toConstantValue(logger);
  container.bind<Clock>(TOKENS.clock).toConstantValue(clock);
  container.bind<EventStore>(TOKENS.eventStore).toConstantValue(metrics.counting(stores.events));
  container.bind<ReadStore>(TOKENS.readStore).toConstantValue(stores.reads);
  container.bind<PersonalDataKeys>(TOKENS.personalDataKeys).toConstantValue(stores.personalDataKeys);
  container.bind<CommandHandler>(TOKENS.commandHandler).toDynamicValue((ctx) => new CommandHandler(storeOf(ctx), clockOf(ctx)));
  container.bind<EnterpriseRegistration>(TOKENS.enterpriseRegistration).toDynamicValue((ctx) => new EnterpriseRegistration(storeOf(ctx), handlerOf(ctx), clockOf(ctx)));
  bindSubsidies(container);
  bindTasks(container);
  bindGrantsAndLoans(container);
  container.bind<Scheduler>(TOKENS.scheduler).toConstantValue(stores.scheduler);
  bindReminders(container);
  container
    .bind<ProjectionRunner>(TOKENS.projectionRunner)
    .toDynamicValue((ctx) => new ProjectionRunner(storeOf(ctx), ctx.get<ReadStore>(TOKENS.readStore), projections, ctx.get<Logger>(TOKENS.logger)));
  return container;
}

function bindSubsidies(container: Container): void {
  const programmes = (ctx: ResolutionContext): Programmes => ctx.get<Programmes>(TOKENS.programmes);
  const ledger = (ctx: ResolutionContext): SubsidyLedger => ctx.get<SubsidyLedger>(TOKENS.subsidyLedger);
  container.bind<Programmes>(TOKENS.programmes).toDynamicValue((ctx) => new Programmes(storeOf(ctx), handlerOf(ctx), clockOf(ctx)));
  container.bind<SubsidyLedger>(TOKENS.subsidyLedger).toDynamicValue((ctx) => new SubsidyLedger(storeOf(ctx), programmes(ctx)));
  container.bind<SubsidyApplications>(TOKENS.subsidyApplications).toDynamicValue((ctx) => new SubsidyApplications(storeOf(ctx), handlerOf(ctx), programmes(ctx), clockOf(ctx)));
  container.bind<SubsidyDecisions>(TOKENS.subsidyDecisions).toDynamicValue((ctx) => new SubsidyDecisions(storeOf(ctx), handlerOf(ctx), ledger(ctx), clockOf(ctx)));
  container.bind<SubsidyPayments>(TOKENS.subsidyPayments).toDynamicValue((ctx) => new SubsidyPayments(storeOf(ctx), handlerOf(ctx), ledger(ctx), clockOf(ctx)));
  container
    .bind<CommitmentRepairProcess>(TOKENS.commitmentRepair)
    .toDynamicValue((ctx) => new CommitmentRepairProcess(storeOf(ctx), programmes(ctx), ledger(ctx), clockOf(ctx), ctx.get<Logger>(TOKENS.logger)));
}

function bindTasks(container: Container): void {
  const tasks = (ctx: ResolutionContext): Tasks => ctx.get<Tasks>(TOKENS.tasks);
  container.bind<WorkingCalendars>(TOKENS.calendars).toDynamicValue((ctx) => new WorkingCalendars(storeOf(ctx), handlerOf(ctx)));
  container
    .bind<Tasks>(TOKENS.tasks)
    .toDynamicValue((ctx) => new Tasks(storeOf(ctx), handlerOf(ctx), ctx.get<WorkingCalendars>(TOKENS.calendars), clockOf(ctx)));
  container.bind<CommitmentBreaches>(TOKENS.commitmentBreaches).toDynamicValue((ctx) => new CommitmentBreaches(storeOf(ctx), handlerOf(ctx)));
  container.bind<OverdueTaskEscalation>(TOKENS.taskEscalation).toDynamicValue((ctx) => new OverdueTaskEscalation(storeOf(ctx), tasks(ctx)));
}

function bindGrantsAndLoans(container: Container): void {
  const keys = (ctx: ResolutionContext): PersonalDataKeys => ctx.get<PersonalDataKeys>(TOKENS.personalDataKeys);
  container.bind<TalentGrants>(TOKENS.talentGrants).toDynamicValue((ctx) => new TalentGrants(storeOf(ctx), handlerOf(ctx), keys(ctx), clockOf(ctx)));
  container.bind<Loans>(TOKENS.loans).toDynamicValue((ctx) => new Loans(storeOf(ctx), handlerOf(ctx), clockOf(ctx)));
  container.bind<OverdueInstalments>(TOKENS.overdueInstalments).toDynamicValue((ctx) => new OverdueInstalments(storeOf(ctx), ctx.get<Loans>(TOKENS.loans)));
  container
    .bind<OverdueSweep>(TOKENS.overdueSweep)
    .toDynamicValue(
      (ctx) =>
        new OverdueSweep(ctx.get<OverdueTaskEscalation>(TOKENS.taskEscalation), ctx.get<OverdueInstalments>(TOKENS.overdueInstalments), clockOf(ctx), ctx.get<Logger>(TOKENS.logger)),
    );
  container.bind<PersonalDataErasure>(TOKENS.personalDataErasure).toDynamicValue((ctx) => new PersonalDataErasure(storeOf(ctx), handlerOf(ctx), keys(ctx)));
}

function bindReminders(container: Container): void {
  const logger = (ctx: ResolutionContext): Logger => ctx.get<Logger>(TOKENS.logger);
  const scheduler = (ctx: ResolutionContext): Scheduler => ctx.get<Scheduler>(TOKENS.scheduler);
  const causes = (ctx: ResolutionContext): ReminderCauses => ctx.get<ReminderCauses>(TOKENS.reminderCauses);
  container.bind<ReminderCauses>(TOKENS.reminderCauses).toDynamicValue((ctx) => new ReminderCauses(storeOf(ctx), ctx.get<WorkingCalendars>(TOKENS.calendars)));
  container.bind<Reminders>(TOKENS.reminders).toDynamicValue((ctx) => {
    const audience = new ProgrammeAudience(ctx.get<ReadStore>(TOKENS.readStore), clockOf(ctx));
    const notifiers = notifiersFromConfig(ctx.get<Config>(TOKENS.config), clockOf(ctx));
    const sender = new ReminderSender(storeOf(ctx), handlerOf(ctx), causes(ctx), audience, notifiers, clockOf(ctx), logger(ctx));
    const announcer = new ProgrammeAnnouncer(causes(ctx), audience, scheduler(ctx), clockOf(ctx));
    const reactor = new ReminderReactor(storeOf(ctx), scheduler(ctx), causes(ctx), clockOf(ctx), logger(ctx));
    return new Reminders(scheduler(ctx), reactor, jobRunner(sender, announcer, ctx.get<OverdueSweep>(TOKENS.overdueSweep)), clockOf(ctx));
  });
}

export function resolveApplication(container: Container): Application {
  const events = container.get<EventStore>(TOKENS.eventStore);
  const metrics = container.get<Metrics>(TOKENS.metrics);
  const runner = container.get<ProjectionRunner>(TOKENS.projectionRunner);
  metrics.watchProjections(events, runner);
  return {
    config: container.get(TOKENS.config),
    logger: container.get(TOKENS.logger),
    clock: container.get(TOKENS.clock),
    events,
    reads: container.get(TOKENS.readStore),
    personalDataKeys: container.get(TOKENS.personalDataKeys),
    commands: container.get(TOKENS.commandHandler),
    registration: container.get(TOKENS.enterpriseRegistration),
    programmes: container.get(TOKENS.programmes),
    subsidyApplications: container.get(TOKENS.subsidyApplications),
    subsidyDecisions: container.get(TOKENS.subsidyDecisions),
    subsidyPayments: container.get(TOKENS.subsidyPayments),
    commitmentRepair: container.get(TOKENS.commitmentRepair),
    calendars: container.get(TOKENS.calendars),
    tasks: container.get(TOKENS.tasks),
    commitmentBreaches: container.get(TOKENS.commitmentBreaches),
    taskEscalation: container.get(TOKENS.taskEscalation),
    talentGrants: container.get(TOKENS.talentGrants),
    loans: container.get(TOKENS.loans),
    overdueInstalments: container.get(TOKENS.overdueInstalments),
    overdueSweep: container.get(TOKENS.overdueSweep),
    personalDataErasure: container.get(TOKENS.personalDataErasure),
    projections: runner,
    reminders: container.get(TOKENS.reminders),
    metrics,
    signingKey: container.get(TOKENS.signingKey),
    pastReadModels: new PastReadModelsCache(
      (asOf, streams) => new PastReadModels(events, projections, EmbeddedReadStore.open(':memory:'), asOf, streams),
      container.get(TOKENS.clock),
    ),
  };
}
