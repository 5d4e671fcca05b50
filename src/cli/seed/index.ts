export { DEMO_ADMIN, DEMO_AGENTS, DEMO_FINANCE, DEMO_MANAGER, DEMO_USERS, agentsCovering, type DemoAgent, type DemoUser } from '../../app/demo-users';
export { seededRandom, seedFromText, type Random } from './random';
export { DEFAULT_SEED_CONCURRENCY, seedDistrict, type SeedOptions } from './seed-district';
export type { SeedSummary } from './seed-summary';
export type { SeedDeps } from './seed-lanes';
