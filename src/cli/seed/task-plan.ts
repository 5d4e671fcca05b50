import type { ServiceCategory } from '../../domain/catalogue/catalogue-service';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import type { Actor } from '../../domain/decider';
import { actorOf, agentsCovering, DEMO_AGENTS } from '../../app/demo-users';
import { FirmCommitments } from './firm-commitments';
import type { PlannedFirm } from './firm-history';
import { FirmTimeline } from './firm-timeline';
import { officeInstantBetween } from './office-instants';
import { chance, pick, poisson, weightedPick, type Random } from './random';
import { taskHistory, type PlannedTask } from './task-history';
import { KEY_PROJECTS } from './task-texts';
import { DAY, yearsBefore } from './working-time';

/** How many years of agency tasks the seed writes before `now`. */
const TASK_HISTORY_YEARS = 1;

const TASK_PLAN_RATES = {
  /** Tasks a firm brings the centre in a year, on average. */
  perFirmYear: 1.6,
  /** Opened by an agent other than the firm's concierge, who becomes its first contact. */
  byAnotherAgent: 0.1,
  /** Among construction-start tasks. */
  keyProject: 0.3,
} as const;

/** How often each kind of service is asked for. */
const CATEGORY_WEIGHTS: Record<ServiceCategory, number> = {
  'business-start': 3,
  'construction-start': 1,
  'tax-and-finance': 4,
  'contracts-and-legal': 1,
  intermediary: 1.5,
  utilities: 2,
  'business-licences': 3,
  'employment-and-talent': 2,
};

const SERVICE_WEIGHTS = DEFAULT_CATALOGUE.map((service) => [service, CATEGORY_WEIGHTS[service.category]] as const);

/** A year of agency tasks across the catalogue: each firm registered and not deregistered brings a few, opened in office hours. */
export function planTasks(random: Random, firms: readonly PlannedFirm[], now: number): PlannedTask[] {
  const from = yearsBefore(now, TASK_HISTORY_YEARS);
  const tasks: PlannedTask[] = [];
  for (const firm of firms) {
    const timeline = new FirmTimeline(firm.steps);
    const start = Math.max(from, timeline.registeredAt + DAY);
    if (start >= now) continue;
    const openings = Array.from({ length: poisson(random, (TASK_PLAN_RATES.perFirmYear * (now - start)) / (365 * DAY)) }, () => officeInstantBetween(random, start, now))
      .filter((at): at is number => at !== undefined && timeline.standingAt(at) !== 'deregistered')
      .sort((a, b) => a - b);
    const commitments = new FirmCommitments(timeline);
    const firmUser: Actor = { id: `e-${firm.registration.creditCode}`, role: 'enterprise' };
    for (const [number, openedAt] of openings.entries()) {
      const concierge = timeline.conciergeAt(openedAt);
      const opener = chance(random, TASK_PLAN_RATES.byAnotherAgent) ? pick(random, othersThan(concierge, DEMO_AGENTS.map(actorOf))) : concierge;
      const service = weightedPick(random, SERVICE_WEIGHTS);
      const keyProject = service.category === 'construction-start' && chance(random, TASK_PLAN_RATES.keyProject) ? pick(random, KEY_PROJECTS) : null;
      const colleagues = othersThan(opener, agentsCovering(firm.registration.township).map(actorOf));
      const draft = {
        index: tasks.length,
        firm: firm.index,
        service,
        keyProject,
        openedAt,
        opener,
        firmUser,
        colleagues: colleagues.length > 0 ? colleagues : othersThan(opener, DEMO_AGENTS.map(actorOf)),
        commitments,
        key: `seed:task:${firm.registration.creditCode}:${number}`,
      };
      tasks.push(taskHistory(random, draft, now));
    }
  }
  return tasks;
}

const othersThan = (agent: Actor, agents: readonly Actor[]): Actor[] => agents.filter((candidate) => candidate.id !== agent.id);
