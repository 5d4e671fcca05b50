import type { PausedInterval } from '../calendar/working-days';
import type { CatalogueService } from '../catalogue/catalogue-service';
import { DomainError } from '../domain-error';

/** `in-progress` from acceptance on while the clock runs; `awaiting-materials` while it stands still. */
export type TaskStatus = 'none' | 'opened' | 'in-progress' | 'awaiting-materials' | 'completed' | 'cancelled';
export type CommitmentStatus = 'none' | 'signed' | 'fulfilled' | 'breached';
export const RECTIFICATION_STEPS = ['open', 'verified', 'carried-out', 'answered'] as const;
export type RectificationStep = (typeof RECTIFICATION_STEPS)[number];

export interface TaskState {
  status: TaskStatus;
  enterpriseId: string | null;
  service: CatalogueService | null;
  ownerId: string | null;
  acceptedOn: string | null;
  dueOn: string | null;
  materialsRequested: boolean;
  /** The date the clock stopped, while it stands still. */
  pausedSince: string | null;
  pauses: PausedInterval[];
  escalatedForDueOn: string | null;
  commitment: CommitmentStatus;
  committedItems: string[];
  materialsDueOn: string | null;
  rated: boolean;
  rectification: RectificationStep | 'none';
  rectificationDueOn: string | null;
  /** By complaint number less one: whether it is answered. */
  complaintsAnswered: boolean[];
}

export const initialTaskState: TaskState = {
  status: 'none',
  enterpriseId: null,
  service: null,
  ownerId: null,
  acceptedOn: null,
  dueOn: null,
  materialsRequested: false,
  pausedSince: null,
  pauses: [],
  escalatedForDueOn: null,
  commitment: 'none',
  committedItems: [],
  materialsDueOn: null,
  rated: false,
  rectification: 'none',
  rectificationDueOn: null,
  complaintsAnswered: [],
};

export function assertNotClosed(state: TaskState): void {
  if (state.status === 'completed') throw new DomainError('task-completed', 'The task is completed');
  if (state.status === 'cancelled') throw new DomainError('task-cancelled', 'The task is cancelled');
}

/** Accepted, not closed, and its clock running. */
export function assertInProgress(state: TaskState): void {
  assertNotClosed(state);
  if (state.status === 'opened') throw new DomainError('task-not-accepted', 'The task is not accepted yet');
  if (state.status === 'awaiting-materials') throw new DomainError('awaiting-materials', 'The task is waiting on materials from the firm');
}
