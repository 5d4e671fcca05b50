import { Container } from 'inversify';
import type { Logger } from 'pino';
import type { EventStore } from '../eventstore/event-store';
import { projections } from '../projections/registry';
import { ProjectionRunner } from '../projections/runner';
import type { ReadStore } from '../readstore/read-store';
import type { Stores } from './adapters';
import type { Clock } from './clock';
import { CommandHandler } from './command-handler';
import type { Config } from './config';
import { EnterpriseRegistration } from './enterprise-registration';

export const TOKENS = {
  config: Symbol('Config'),
  logger: Symbol('Logger'),
  clock: Symbol('Clock'),
  eventStore: Symbol('EventStore'),
  readStore: Symbol('ReadStore'),
  commandHandler: Symbol('CommandHandler'),
  enterpriseRegistration: Symbol('EnterpriseRegistration'),
  projectionRunner: Symbol('ProjectionRunner'),
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
}

/** The composition root: the one place that knows which implementation serves which port. */
export function buildContainer(config: Config, stores: Stores, logger: Logger, clock: Clock): Container {
  const container = new Container({ defaultScope: 'Singleton' });
  container.bind<Config>(TOKENS.config).toConstantValue(config);
  container.bind<Logger>(TOKENS.logger).toConstantValue(logger);
  container.bind<Clock>(TOKENS.clock).toConstantValue(clock);
  container.bind<EventStore>(TOKENS.eventStore).toConstantValue(stores.events);
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
  return {
    config: container.get(TOKENS.config),
    logger: container.get(TOKENS.logger),
    clock: container.get(TOKENS.clock),
    events: container.get(TOKENS.eventStore),
    reads: container.get(TOKENS.readStore),
    commands: container.get(TOKENS.commandHandler),
    registration: container.get(TOKENS.enterpriseRegistration),
    projections: container.get(TOKENS.projectionRunner),
  };
}
