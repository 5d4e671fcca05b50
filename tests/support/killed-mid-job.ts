import { spawn } from 'node:child_process';
import { join } from 'node:path';

const CHILD = join(__dirname, 'scheduler-child.ts');

/** Runs scheduler-child.ts with `args` and SIGKILLs it once it is running job `id`. */
export function killedMidJob(id: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`running ${id}\n`)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`The child exited by itself: ${output}`))));
  });
}
