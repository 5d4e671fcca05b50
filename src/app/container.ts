import { Container } from 'inversify';
import type { Logger } from 'pino';
import type { EventStore } from '../eventstore/event-store';
import { readModelsAsOf } from '../projections/as-of';
import { projections } from '../projections/registry';
import { EmbeddedReadStore } from '../readstore/embedded/embedded-read-store';
import { ProjectionRunner } from '../projections/runner';
import type { ReadStore } from '../readstore/read-store';
import type { Stores } from './adapters';
import type { SigningKey } from './auth-secret';
import type { Clock } from './clock';
import { CommandHandler } from './command-handler';
import type { Config } from './config';
import { EnterpriseRegistration } from './enterprise-registration';
import { Metrics } from './metrics';

export const TOKENS = {
  config: Symbol('Config'),
  logger: Symbol('Logger'),
  clock: Symbol('Clock'),
  eventStore: Symbol('EventStore'),
  readStore: Symbol('ReadStore'),
  commandHandler: Symbol('CommandHandler'),
  enterpriseRegistration: Symbol('EnterpriseRegistration'),
  projectionRunner: Symbol('ProjectionRunner'),
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
  commands: CommandHandler;
  registration: EnterpriseRegistration;
  projections: ProjectionRunner;
  metrics: Metrics;
  signingKey: SigningKey;
  /** The read models as they stood at an instant, in a throwaway store the caller closes. */
  readModelsAsOf(asOf: string, streams?: readonly string[]): Promise<ReadStore>;
}

/** The composition root: the one place that knows which implementation serves which port. */
export function buildContainer(config: Config, stores: Stores, logger: Logger, clock: Clock, signingKey: SigningKey): Container {
  const container = new Container({ defaultScope: 'Singleton' });
  const metrics = new Metrics();
  container.bind<Metrics>(TOKENS.metrics).toConstantValue(metrics);
  container.bind<SigningKey>(TOKENS.signingKey).toConstantValue(signingKey);
  container.bind<Config>(TOKENS.config).toConstantValue(config);
  container.bind<Logger>(TOKENS.logger).toConstantValue(logger);
  container.bind<Clock>(TOKENS.clock).toConstantValue(clock);
  container.bind<EventStore>(TOKENS.eventStore).toConstantValue(metrics.counting(stores.events));
  container.bind<ReadStore>(TOKENS.readStore).toConstantValue(stores.reads);
  container
    .bind<CommandHandler>(TOKENS.commandHandler)
    .toDynamicValue((ctx) => new CommandHandler(ctx.get<EventStore>(TOKENS.eventStore), ctx.get<Clock>(TOKENS.clock)));
  container
    .bind<EnterpriseRegistration>(TOKENS.enterpriseRegistration)
    .toDynamicValue(
      (ctx) => new EnterpriseRegistration(ctx.get<EventStore>(TOKENS.eventStore), ctx.get<CommandHandler>(TOKENS.commandHandler), ctx.get<Clock>(TOKENS.clock)),
    );
  container
    .bind<ProjectionRunner>(TOKENS.projectionRunner)
    .toDynamicValue((ctx) => new ProjectionRunner(ctx.get<EventStore>(TOKENS.eventStore), ctx.get<ReadStore>(TOKENS.readStore), projections, ctx.get<Logger>(TOKENS.logger)));
  return container;
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
    commands: container.get(TOKENS.commandHandler),
    registration: container.get(TOKENS.enterpriseRegistration),
    projections: runner,
    metrics,
    signingKey: container.get(TOKENS.signingKey),
    readModelsAsOf: (asOf, streams) => readModelsAsOf(events, projections, EmbeddedReadStore.open(':memory:'), asOf, streams),
  };
}
