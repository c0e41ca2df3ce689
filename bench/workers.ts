// Extraction on 1 and then 2 workers of the pool `kg ingest --workers N` uses (ingest/budget/pool.ts), over the same
// articles, in one run: the ratio is what counts. Long runs matter: V8 recompiles the pipeline on a background thread
// for the first ~1,000 articles a worker reads, so over a few hundred articles one worker already keeps ~1.7 cores busy.
// Run: npx tsx bench/workers.ts [dir of .txt articles] [--passes 3]   (default: PolNeAR train beside the clone)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ExtractPool } from '../ingest/budget/pool.ts';

const args = process.argv.slice(2);
const flag = args.indexOf('--passes');
const passes = flag >= 0 ? Number(args[flag + 1]) : 3;
const dir =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--passes') ??
  fileURLToPath(new URL('../../shared/eval/polnear/train/text', import.meta.url));
if (!existsSync(dir)) {
  console.error(`bench/workers: ${dir} not found (pass a folder of .txt articles; PolNeAR lives in ../shared/eval)`);
  process.exit(1);
}
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ source: f, text: readFileSync(path.join(dir, f), 'utf8') }));
const all = Array.from({ length: passes }, () => docs).flat();
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

const rates: number[] = [];
for (const workers of [1, 2]) {
  const pool = new ExtractPool({ workers });
  await Promise.all(docs.slice(0, workers).map((d) => pool.run(d))); // every worker started
  const t = performance.now();
  await Promise.all(all.map((d) => pool.run(d)));
  const s = (performance.now() - t) / 1000;
  rates.push(all.length / s);
  console.log(
    `${workers} worker(s): ${all.length} articles in ${s.toFixed(1)} s, ${rates.at(-1)!.toFixed(1)} articles/s (load ${load()})`,
  );
  await pool.close();
}
console.log(`2 workers / 1 worker: ${(rates[1]! / rates[0]!).toFixed(2)}x`);
