// A process that takes one job and hangs in it, to be killed mid-job by a test.
// Usage: scheduler-child.ts local <file> | scheduler-child.ts bullmq <url> <prefix>
// Its BullMQ timings match the test's: workers throttle their stalled checks by the interval of the last one to check.
import { BullmqScheduler } from '../../src/jobs/bullmq-scheduler';
import { LocalScheduler } from '../../src/jobs/local-scheduler';
import type { Scheduler } from '../../src/jobs/scheduler';

const [adapter, target = '', prefix] = process.argv.slice(2);
const scheduler: Scheduler =
  adapter === 'local'
    ? LocalScheduler.open(target, { pollMs: 50 })
    : new BullmqScheduler({ url: target, prefix, lockDurationMs: 1000, stalledIntervalMs: 300, onError: (error) => console.error(error) });

// The job never finishes; this interval keeps the process alive whatever the adapter holds open.
setInterval(() => undefined, 60_000);
void scheduler.start(async (job) => {
  process.stdout.write(`running ${job.id}\n`);
  await new Promise<never>(() => undefined);
});
