import type { RebuildProgress } from '../projections/rebuild';

const WIDTH = 30;

/** One line, redrawn in place: how far a rebuild is, and how fast. */
export function renderProgress(progress: RebuildProgress): string {
  const done = progress.head ? Math.min(1, (progress.position ?? 0) / progress.head) : 1;
  const filled = Math.round(done * WIDTH);
  const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
  const rate = progress.eventsPerSecond.toLocaleString('en-US');
  return `${progress.projection.padEnd(12)} [${bar}] ${(done * 100).toFixed(0).padStart(3)}%  ${progress.events.toLocaleString('en-US')} events  ${rate} events/s`;
}
