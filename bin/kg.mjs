#!/usr/bin/env node
// The `kg` command. An installed package runs its JavaScript build (dist/js). A source checkout runs the build only
// when it was made from the sources as they are now (dist/js/.source-hash, see scripts/source-stamp.mjs); otherwise
// it runs the TypeScript sources through tsx, so an edit is never shadowed by an old build. KG_FROM_SOURCE=1 forces
// the sources.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'js', 'cli', 'main.js');
const checkout = existsSync(path.join(root, 'cli', 'main.ts'));

async function buildIsCurrent() {
  if (!existsSync(built)) return false;
  if (!checkout) return true;
  if (process.env.KG_FROM_SOURCE === '1') return false;
  const { sourceHash, STAMP } = await import('../scripts/source-stamp.mjs');
  const stamp = path.join(root, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sourceHash(root);
}

if (await buildIsCurrent()) {
  await import(pathToFileURL(built).href);
} else if (checkout) {
  const tsx = await import('tsx/esm/api').catch(() => null);
  if (!tsx) {
    process.stderr.write(
      `kg: ${existsSync(built) ? 'the build in dist/js is older than the sources' : 'no build in dist/js'} and tsx ` +
        'is not installed (a production install of a checkout?): run `npm ci` and `npm run build`\n',
    );
    process.exit(2);
  }
  tsx.register();
  await import(pathToFileURL(path.join(root, 'cli', 'main.ts')).href);
} else {
  process.stderr.write(`kg: the package at ${root} has no build (dist/js); reinstall it, or run \`npm run build\`\n`);
  process.exitCode = 2;
}
