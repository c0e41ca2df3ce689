// Scores every cross-article gold set under one or more folders and prints one line per set and the totals.
// Usage: npx tsx scripts/eval/all-sets.ts [--root tests/fixtures]... [--out now.json] [--against before.json]
//          [--exclude <set>]... [--jobs 1]
// A set is any folder with a gold/ folder beside its articles. Each set runs in its own process (scripts/eval/cross.ts
// --json), so no module state is shared between sets. Identity pairs are right/wrong/missed (tp/fp/fn); claims are
// the linked score (same node or linked Claim nodes, paraphrases count). --against prints only the sets whose
// figures moved, then both totals. Exit 1 when a set fails to run.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';

import type { CrossReport } from './cross/score.ts';

const run = promisify(execFile);
type Triple = [number, number, number];
interface SetScore {
  actors: Triple;
  claims: Triple;
  incidents: Triple;
}
type Scores = Record<string, SetScore>;
const KINDS = ['actors', 'claims', 'incidents'] as const;

function findSets(roots: string[], exclude: Set<string>): Array<{ name: string; dir: string }> {
  const sets: Array<{ name: string; dir: string }> = [];
  for (const root of roots) {
    if (!fs.existsSync(root)) throw new Error(`${root}: no such folder`);
    for (const entry of fs.readdirSync(root).sort()) {
      const dir = path.join(root, entry);
      if (!exclude.has(entry) && fs.existsSync(path.join(dir, 'gold'))) sets.push({ name: entry, dir });
    }
  }
  return sets;
}

async function scoreSet(dir: string): Promise<SetScore> {
  const script = path.join(import.meta.dirname, 'cross.ts');
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', script, '--gold', path.join(dir, 'gold'), '--articles', dir, '--json'],
    { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=2000' } },
  );
  const r = JSON.parse(stdout) as CrossReport;
  const t = (s: { tp: number; fp: number; fn: number }): Triple => [s.tp, s.fp, s.fn];
  return { actors: t(r.actors), claims: t(r.claims.linked), incidents: t(r.incidents) };
}

const fmt = (s: SetScore) => KINDS.map((k) => `${k} ${s[k].join('/')}`).join('  ');

function total(scores: Scores, names: string[]): SetScore {
  const sum: SetScore = { actors: [0, 0, 0], claims: [0, 0, 0], incidents: [0, 0, 0] };
  for (const name of names) for (const k of KINDS) for (let i = 0; i < 3; i++) sum[k][i]! += scores[name]![k][i]!;
  return sum;
}

async function main() {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', multiple: true },
      out: { type: 'string' },
      against: { type: 'string' },
      exclude: { type: 'string', multiple: true },
      jobs: { type: 'string', default: '1' },
    },
  });
  const sets = findSets(values.root ?? ['tests/fixtures'], new Set(values.exclude ?? []));
  const before: Scores | null = values.against ? JSON.parse(fs.readFileSync(values.against, 'utf8')) : null;
  const scores: Scores = {};
  let failed = 0;
  const queue = [...sets];
  const worker = async () => {
    for (let set = queue.shift(); set; set = queue.shift()) {
      try {
        scores[set.name] = await scoreSet(set.dir);
        const old = before?.[set.name];
        if (!before) console.log(`${set.name}: ${fmt(scores[set.name]!)}`);
        else if (!old || fmt(old) !== fmt(scores[set.name]!))
          console.log(`${set.name}: ${old ? fmt(old) : '(new)'}  ->  ${fmt(scores[set.name]!)}`);
      } catch (err) {
        failed++;
        console.error(`${set.name}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(values.jobs)) }, worker));
  const names = Object.keys(scores).sort();
  if (before) {
    const common = names.filter((n) => before[n]);
    console.log(`total before (${common.length} sets): ${fmt(total(before, common))}`);
    console.log(`total now    (${common.length} sets): ${fmt(total(scores, common))}`);
  }
  console.log(`total (${names.length} sets): ${fmt(total(scores, names))}`);
  if (values.out)
    fs.writeFileSync(values.out, JSON.stringify(Object.fromEntries(names.map((n) => [n, scores[n]])), null, 2));
  if (failed) process.exit(1);
}

await main();
