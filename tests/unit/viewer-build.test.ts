// When `kg serve` rebuilds the viewer: a change to any bundled file counts, also one outside viewer/src.
// In: a throwaway project tree with set mtimes. Out: isStale's answers.
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterEach, expect, it } from 'vitest';

import { isStale } from '../../viewer/server/build.ts';

let root: string;
afterEach(async () => rm(root, { recursive: true, force: true }));

async function file(rel: string, text: string, atSeconds: number): Promise<void> {
  const p = path.join(root, rel);
  await mkdir(path.dirname(p), { recursive: true });
  await writeFile(p, text);
  await utimes(p, atSeconds, atSeconds);
}

it('rebuilds when a bundled module outside viewer/src changes, or when the list of bundled modules is missing', async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'kg-build-'));
  const dist = path.join(root, 'dist', 'viewer');
  await file('viewer/index.html', '<!doctype html>', 1000);
  await file('viewer/src/main.ts', "import '../../graph/rel-types.ts';", 1000);
  await file('vite.config.ts', 'export default {}', 1000);
  await file('graph/rel-types.ts', 'export const REL_TYPES = [];', 1000);
  await file('graph/model.ts', '// not bundled', 1000);
  await file('dist/viewer/index.html', '<!doctype html>', 2000);
  await file('dist/viewer/.vite/kg-sources.json', JSON.stringify(['graph/rel-types.ts', 'viewer/src/main.ts']), 2000);
  expect(await isStale(root, dist)).toBe(false);

  await utimes(path.join(root, 'graph/model.ts'), 3000, 3000);
  expect(await isStale(root, dist), 'a file the bundle does not hold').toBe(false);
  await utimes(path.join(root, 'graph/rel-types.ts'), 3000, 3000);
  expect(await isStale(root, dist), 'a bundled file outside viewer/src').toBe(true);

  await utimes(path.join(root, 'graph/rel-types.ts'), 1000, 1000);
  await rm(path.join(dist, '.vite', 'kg-sources.json'));
  expect(await isStale(root, dist), 'a build that did not record its modules').toBe(true);
});
