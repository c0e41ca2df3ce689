// The fingerprint of the sources the package build compiles: a hash of every file under cli/, graph/, ingest/,
// viewer/ and the root entry and configs. The build writes it next to its output (dist/js/.source-hash); bin/kg.mjs
// runs the build only when the sources still hash the same, so an edited checkout never runs stale JavaScript.
// Content, not mtimes: a checkout, stash or copy that keeps old mtimes cannot fool it. About 1 MB, a few ms.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const DIRS = ['cli', 'graph', 'ingest', 'viewer'];
const FILES = ['index.ts', 'tsconfig.json', 'tsconfig.build.json', 'vite.config.ts'];

/** Relative paths of the fingerprinted files, sorted. */
function sourceFiles(root) {
  const out = [...FILES];
  const walk = (rel) => {
    for (const e of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) out.push(child);
    }
  };
  for (const d of DIRS) walk(d);
  return out.sort();
}

/** sha256 over each file's path and content. */
export function sourceHash(root) {
  const hash = createHash('sha256');
  for (const rel of sourceFiles(root)) {
    hash.update(`${rel}\0`);
    hash.update(readFileSync(path.join(root, rel)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export const STAMP = path.join('dist', 'js', '.source-hash');
