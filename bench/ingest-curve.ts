// CPU per article along one embedded-store ingest: runs `kg ingest` of a folder into a new store and samples the
// process's CPU time (all threads, /proc) and the committed articles (a read-only connection) every second; prints the
// CPU ms an article in each tenth of the run, articles/s, and the peak RSS. Shows whether the cost grows with N.
// --root runs another checkout's kg (a before/after on the same corpus); --keep <file.db> writes the store there and
// leaves it (to compare two versions' rows).
// Run: npx tsx bench/ingest-curve.ts <dir of articles> [--root <checkout>] [--heap MB] [--keep <file.db>]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import Database from 'better-sqlite3';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const input = args[0];
if (!input || !existsSync(input)) {
  console.error('usage: npx tsx bench/ingest-curve.ts <dir of articles> [--root <checkout>] [--heap MB]');
  process.exit(1);
}
const total = readdirSync(input).length;
const root = path.resolve(opt('--root') ?? fileURLToPath(new URL('..', import.meta.url)));
const work = mkdtempSync(path.join(tmpdir(), 'kg-ingest-curve-'));
const data = path.resolve(opt('--keep') ?? path.join(work, 'graph.db'));
if (opt('--keep')) for (const f of [data, `${data}-wal`, `${data}-shm`]) rmSync(f, { force: true });
/** Clock ticks a second in /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const ticks = 100;

/** utime + stime of a process, in seconds (fields 14 and 15 of /proc/<pid>/stat). */
const cpuOf = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticks;
};
const hwmOf = (pid: number): number => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
const articles = (): number => {
  if (!existsSync(data)) return 0;
  try {
    const db = new Database(data, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(`SELECT count(*) FROM node WHERE label = 'Article'`).pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet
  }
};

console.log(`ingest-curve: ${total} inputs from ${input}, kg from ${root}`);
console.log(`load before: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
const started = performance.now();
const child = spawn(process.execPath, [path.join(root, 'bin', 'kg.mjs'), 'ingest', '--no-progress', input], {
  cwd: root,
  env: {
    ...process.env,
    KG_FROM_SOURCE: '1',
    KG_DATA: data,
    NEO4J_URI: '',
    NODE_OPTIONS: `--max-old-space-size=${opt('--heap') ?? 2048}`,
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const samples: Array<{ n: number; cpu: number }> = [{ n: 0, cpu: 0 }];
let hwm = 0;
const timer = setInterval(() => {
  try {
    const cpu = cpuOf(child.pid!);
    hwm = Math.max(hwm, hwmOf(child.pid!) || 0); // NaN once the process is gone
    samples.push({ n: articles(), cpu });
  } catch {
    // exited between two samples
  }
}, 1000);
const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? -1)));
clearInterval(timer);
const wallS = (performance.now() - started) / 1000;

// Each tenth of the corpus: CPU between the first samples at or past its bounds, per article committed between them.
const at = (n: number) => samples.find((s) => s.n >= n);
const tenths: string[] = [];
for (let i = 0; i < 10; i++) {
  const [a, b] = [at((total * i) / 10), at((total * (i + 1)) / 10)];
  if (!a || !b || b.n === a.n) continue;
  tenths.push(((1000 * (b.cpu - a.cpu)) / (b.n - a.n)).toFixed(0));
}
console.log(
  `exit ${code}, ${wallS.toFixed(1)} s, ${(total / wallS).toFixed(1)} articles/s, peak RSS ${(hwm / 1024).toFixed(0)} MB`,
);
console.log(`CPU ms an article, each tenth of the corpus: ${tenths.join(' ')}`);
console.log(`load after: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
rmSync(work, { recursive: true, force: true });
