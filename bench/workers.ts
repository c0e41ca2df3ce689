// Extraction on 1 and then 2 workers of the pool `kg ingest --workers N` uses (ingest/budget/pool.ts), over the same
// articles, in one run: the ratio is what counts, with where the CPU went, since the machine is shared. Per pass:
// wall, articles/s, CPU seconds of the main thread, of the extraction workers and of V8's helper threads (TurboFan
// compiles on them: a fresh worker spends ~6 CPU seconds compiling over its first ~1,000 articles), the main
// thread's event-loop utilization, and how long the workers slept waiting for an article (a dispatch bubble).
// Run: npx tsx bench/workers.ts [dir of .txt articles] [--passes 3]   (default: PolNeAR train beside the clone)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
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
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

interface ThreadTimes {
  /** CPU seconds (user + system). */
  cpu: number;
  /** Seconds runnable but waiting for a core (other processes held it). */
  waited: number;
}

/** CPU and run-queue seconds of every thread of this process, by thread id (Linux /proc). */
function threadTimes(): Map<string, ThreadTimes> {
  const out = new Map<string, ThreadTimes>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const waited = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
      out.set(tid, { cpu: (Number(f[11]) + Number(f[12])) / 100, waited });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/** Sums the threads' times since `before`, in three groups: the main thread, the pool's workers, V8's helpers. */
function account(before: Map<string, ThreadTimes>, after: Map<string, ThreadTimes>, workerIds: Set<string>) {
  const sum = { main: 0, workers: 0, helpers: 0, workersWaited: 0 };
  for (const [tid, t] of after) {
    const cpu = t.cpu - (before.get(tid)?.cpu ?? 0);
    if (tid === String(process.pid)) sum.main += cpu;
    else if (workerIds.has(tid)) {
      sum.workers += cpu;
      sum.workersWaited += t.waited - (before.get(tid)?.waited ?? 0);
    } else sum.helpers += cpu;
  }
  return sum;
}

const rates: number[][] = [];
for (const workers of [1, 2]) {
  const helpers = new Set(threadTimes().keys());
  const pool = new ExtractPool({ workers });
  await Promise.all(docs.slice(0, workers).map((d) => pool.run(d))); // every worker started
  const workerIds = new Set([...threadTimes().keys()].filter((t) => !helpers.has(t)));
  rates.push([]);
  for (let pass = 1; pass <= passes; pass++) {
    const [t0, elu0] = [threadTimes(), performance.eventLoopUtilization()];
    const start = performance.now();
    await Promise.all(docs.map((d) => pool.run(d)));
    const wall = (performance.now() - start) / 1000;
    const elu = performance.eventLoopUtilization(elu0).utilization;
    const c = account(t0, threadTimes(), workerIds);
    // A worker's wall time is CPU, waiting for a core, or asleep waiting for an article.
    const slept = Math.max(0, workers * wall - c.workers - c.workersWaited);
    rates.at(-1)!.push(docs.length / wall);
    console.log(
      `${workers} worker(s), pass ${pass}: ${docs.length} articles in ${wall.toFixed(1)} s, ${(docs.length / wall).toFixed(1)} articles/s | ` +
        `CPU s: main ${c.main.toFixed(1)} (event loop ${(elu * 100).toFixed(0)}% busy), workers ${c.workers.toFixed(1)}, ` +
        `V8 helpers ${c.helpers.toFixed(1)} | workers waited for a core ${c.workersWaited.toFixed(1)} s, slept ${slept.toFixed(1)} s | load ${load()}`,
    );
  }
  await pool.close();
}
const total = (r: number[]) => r.length / r.reduce((a, x) => a + 1 / x, 0);
console.log(
  `2 workers / 1 worker: ${(rates[1]![0]! / rates[0]![0]!).toFixed(2)}x cold (pass 1), ` +
    `${(rates[1]!.at(-1)! / rates[0]!.at(-1)!).toFixed(2)}x warm (pass ${passes}), ${(total(rates[1]!) / total(rates[0]!)).toFixed(2)}x over all passes`,
);
