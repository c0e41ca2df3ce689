// Old and new trace code give the same answers on a store, and still after new stories arrive: bench/trace-same.ts
// (300 traces: the hub, the 20 most connected actors, every k-th actor and claim, limits 5/20/100) run by both
// checkouts on their own copies of the store; then `--more N` of the generated feed's next stories (bench/store-corpus.ts,
// the ones after those already stored) are ingested by this checkout's `kg` into one copy and both run again on
// copies of the result. Prints each run's hash and whether the pairs agree; exit code 1 when they do not.
// Run: npx tsx bench/trace-same-after.ts <store.db> --root <old checkout> [--more 120] [--work <dir>] [--keep]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import Database from 'better-sqlite3';

import { arg } from './args.ts';
import { corpus } from './store-corpus.ts';

const store = process.argv[2];
const oldRoot = arg('root', '');
if (!store || !oldRoot) {
  console.error(
    'usage: npx tsx bench/trace-same-after.ts <store.db> --root <old checkout> [--more 120] [--work <dir>]',
  );
  process.exit(1);
}
const newRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const more = Number(arg('more', '120'));
const work = arg('work', path.join(tmpdir(), `kg-trace-same-${process.pid}`));
mkdirSync(work, { recursive: true });
const env = { ...process.env, NODE_OPTIONS: '--max-old-space-size=1536', NEO4J_URI: '' };

/** A copy of the database (its WAL checkpointed first, so the one file is the whole store). */
function copy(from: string, name: string): string {
  const to = path.join(work, name);
  for (const ext of ['', '-wal', '-shm']) rmSync(to + ext, { force: true });
  const db = new Database(from);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  copyFileSync(from, to);
  return to;
}

/** trace-same.ts's hash line, run by `root`'s store code on a fresh copy of `db`. */
function hash(root: string, db: string, tag: string): string {
  const file = copy(db, `${tag}.db`);
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(newRoot, 'bench', 'trace-same.ts'), file], {
    cwd: newRoot,
    env: { ...env, ROOT: root },
    encoding: 'utf8',
  }).trim();
  rmSync(file, { force: true });
  console.log(`${tag.padEnd(10)} ${out}`);
  return out.split(': ').at(-1)!;
}

let same = true;
const compare = (what: string) => {
  const a = hash(oldRoot, base, `${what}-old`);
  const b = hash(newRoot, base, `${what}-new`);
  console.log(`${what}: ${a === b ? 'identical' : 'DIFFERENT'}`);
  same &&= a === b;
};

let base = copy(store, 'base.db');
compare('before');
if (more > 0) {
  const db = new Database(base, { readonly: true });
  const stored = db.prepare(`SELECT count(*) FROM node WHERE label = 'Article'`).pluck().get() as number;
  db.close();
  const dir = path.join(work, 'more');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  let i = 0;
  for (const { name, text } of corpus(stored + more)) if (i++ >= stored) writeFileSync(path.join(dir, name), text);
  const kg = path.join(newRoot, 'bin', 'kg.mjs');
  execFileSync(process.execPath, [kg, 'ingest', '--no-progress', dir], {
    cwd: newRoot,
    env: { ...env, KG_DATA: base, KG_FROM_SOURCE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`ingested ${more} new stories (${stored + 1}..${stored + more} of the feed)`);
  base = copy(base, 'after.db');
  compare('after');
}
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
process.exit(same ? 0 : 1);
