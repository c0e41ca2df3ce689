// `npm run build` (also run by `npm install` in a checkout, through `prepare`): compiles the CLI and the library to
// dist/js with tsc and builds the viewer into dist/viewer with Vite, then stamps dist/js with the sources' hash.
// The stamp goes first (removed) and last (written), so a kg started mid-build runs the sources, never half a build.
// Plain Node (no tsx): it must run before anything is built. Out: dist/, exit 1 with the compiler's output on error.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { STAMP, sourceHash } from './source-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const log = (line) => process.stderr.write(`build: ${line}\n`);

// `prepare` passes --if-deps: a production install of a checkout (npm ci --omit=dev) has no compiler; it installs
// without a build, and bin/kg.mjs then says what is missing instead of failing the install.
if (process.argv.includes('--if-deps')) {
  try {
    require.resolve('typescript/bin/tsc');
    require.resolve('vite');
  } catch {
    log('skipped: the dev dependencies (typescript, vite) are not installed');
    process.exit(0);
  }
}

const hash = sourceHash(root);
rmSync(path.join(root, STAMP), { force: true });
rmSync(path.join(root, 'dist', 'js'), { recursive: true, force: true });

let t = Date.now();
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) {
  log(`tsc failed (exit ${tsc.status})`);
  process.exit(1);
}
// Data files read at run time rather than imported (tsc copies only imported JSON): graph/data/*.bin, the word
// vectors of graph/claims/vectors.ts.
mkdirSync(path.join(root, 'dist', 'js', 'graph', 'data'), { recursive: true });
for (const name of readdirSync(path.join(root, 'graph', 'data')).filter((n) => n.endsWith('.bin')))
  copyFileSync(path.join(root, 'graph', 'data', name), path.join(root, 'dist', 'js', 'graph', 'data', name));
log(`dist/js in ${((Date.now() - t) / 1000).toFixed(1)} s`);

// The viewer through the same function `kg serve` uses (it also records which files the bundle took in).
t = Date.now();
const { ensureBuilt } = await import(path.join(root, 'dist', 'js', 'viewer', 'server', 'build.js'));
const rebuilt = await ensureBuilt(root, path.join(root, 'dist', 'viewer'), log);
log(rebuilt ? `dist/viewer in ${((Date.now() - t) / 1000).toFixed(1)} s` : 'dist/viewer is up to date');

mkdirSync(path.dirname(path.join(root, STAMP)), { recursive: true });
writeFileSync(path.join(root, STAMP), `${hash}\n`);
