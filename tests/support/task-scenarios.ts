import type { Actor } from '../../src/domain/decider';
import { actors, enterpriseUser, type Harness } from './http-harness';
import { registration } from './registration';

/** Promised in 10 working days, open to commitment handling. */
export const HYGIENE_PERMIT = 'public-place-hygiene-permit';
/** Promised in 3 working days, never on a commitment. */
export const CONTRACT_REVIEW = 'contract-review';
/** A Monday a month before the harness's clock (Monday 2 March 2026): a hygiene permit accepted then was due on 14 February. */
export const A_MONTH_AGO = '2026-02-02T02:00:00.000Z';

export interface Task {
  taskId: string;
  firmId: string;
  /** The agent who opened it, who owns it. */
  owner: Actor;
  /** The firm's own enterprise user. */
  firmUser: Actor;
}

/**
 * Agency tasks brought over HTTP into the state a test needs, each of a fresh firm unless told.
 * Serials start at `firstSerial` so that credit codes do not collide with a file's other firms.
 */
export function taskScenarios(h: Harness, firstSerial: number) {
  let serial = firstSerial;
  const ok = async (actor: Actor, path: string, body: object = {}, status = 200): Promise<Record<string, unknown>> =>
    (await h.as(actor).post(path, body).expect(status)).body as Record<string, unknown>;

  const firm = async (agent: Actor = actors.agent): Promise<string> => (await ok(agent, '/api/enterprises', registration((serial += 1)), 201))['id'] as string;

  async function opened(options: { firmId?: string; owner?: Actor; serviceCode?: string } = {}): Promise<Task> {
    const owner = options.owner ?? actors.agent;
    const firmId = options.firmId ?? (await firm(owner));
    const taskId = (await ok(owner, '/api/tasks', { enterpriseId: firmId, serviceCode: options.serviceCode ?? HYGIENE_PERMIT }, 201))['id'] as string;
    return { taskId, firmId, owner, firmUser: enterpriseUser(firmId) };
  }

  /** Sends a command to the task that must succeed. */
  const step = (task: Task, actor: Actor, path: string, body: object = {}, status = 200) => ok(actor, `/api/tasks/${task.taskId}/${path}`, body, status);

  async function accepted(options: Parameters<typeof opened>[0] = {}): Promise<Task> {
    const task = await opened(options);
    await step(task, task.owner, 'acceptance');
    return task;
  }

  async function committed(materialsDueInWorkingDays = 20): Promise<Task> {
    const task = await accepted();
    await step(task, task.owner, 'commitment', { missingItems: ['卫生检测报告'], materialsDueInWorkingDays });
    return task;
  }

  async function completed(): Promise<Task> {
    const task = await accepted();
    await step(task, task.owner, 'completion', { outcome: '许可证已发放', costSavedFen: 50_000 });
    return task;
  }

  async function badlyRated(): Promise<Task> {
    const task = await completed();
    await step(task, task.firmUser, 'rating', { score: 2, comment: '办理太慢' });
    return task;
  }

  /** Runs `steps` with the clock at `instant`, then puts it back. */
  async function at<T>(instant: string, steps: () => Promise<T>): Promise<T> {
    const now = h.clock.now();
    h.clock.set(instant);
    try {
      return await steps();
    } finally {
      h.clock.set(now);
    }
  }

  return { firm, opened, accepted, committed, completed, badlyRated, step, at };
}
