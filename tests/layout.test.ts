import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * DESIGN.md's layout table, what each folder of src/ may import, as the code follows it: a layer
 * may use what the layers it may import themselves use (an http handler names a projection's
 * collection, a job reads a firm through the app). The domain imports nothing.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  eventstore: ['domain'],
  readstore: [],
  projections: ['domain', 'eventstore', 'readstore'],
  app: ['domain', 'eventstore', 'readstore', 'projections'],
  jobs: ['app', 'domain', 'eventstore', 'readstore', 'projections'],
  http: ['app', 'domain', 'eventstore', 'readstore', 'projections', 'jobs'],
  cli: ['app', 'domain', 'eventstore', 'readstore', 'projections'],
};

/** The composition root picks the adapters and wires every layer together. */
const COMPOSITION_ROOT = new Set(['app/adapters.ts', 'app/container.ts', 'app/main.ts']);

const SRC = resolve(__dirname, '../src');
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const layerOf = (path: string): string => relative(SRC, path).split('/')[0]!;

function crossings(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = layerOf(file);
    const name = relative(SRC, file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const target = resolve(dirname(file), specifier!);
      if (relative(SRC, target).startsWith('..')) continue;
      const to = layerOf(target);
      if (to === from || COMPOSITION_ROOT.has(name)) continue;
      if (!(MAY_IMPORT[from] ?? []).includes(to)) found.push(`${name} imports ${relative(SRC, target)}`);
    }
  }
  return found;
}

describe('the layout of src/', () => {
  it('has only the folders DESIGN.md names', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it('imports across folders only as DESIGN.md allows', () => {
    expect(crossings()).toEqual([]);
  });
});
