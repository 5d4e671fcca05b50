import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
const WEB = join(ROOT, 'web');
const BUILT_INDEX = join(ROOT, 'dist', 'web', 'index.html');

function newestChange(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs;
    }),
  );
}

/** Builds the console into dist/web unless a build newer than every file of web/ is there (vite is ES modules only: run as its CLI). */
export function ensureConsoleBuilt(): void {
  if (existsSync(BUILT_INDEX) && statSync(BUILT_INDEX).mtimeMs > newestChange(WEB)) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', WEB, '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
}
