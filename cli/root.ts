// Where the package lives, from either layout: the sources (cli/root.ts) or the build (dist/js/cli/root.js).
// In: this module's own path. Out: the folder holding package.json, and the package's version.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** The package root (the folder with package.json, samples/, dist/). */
export const PACKAGE_ROOT = findRoot(import.meta.dirname);

/** The package's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
