// The embedded store at scale through the real CLI: `kg ingest` of N distinct wire stories (bench/store-corpus.ts), then
// the same corpus again (all unchanged), then `kg stats` and `kg trace --actor` (median of 5), with wall time,
// peak RSS (/usr/bin/time -v), disk and the load average; then `kg serve` and the viewer's first loads over HTTP
// (the actor view, the full view, a hub's node panel: median of 5, with bytes). --root runs another checkout's kg
// (the JSON store of an earlier commit, for a before/after) on the same corpus; --keep leaves the store in place.
// --store <graph.db> skips the ingest and measures the reads on that store (never written: a copy is advised), each
// endpoint's first request after a fresh `kg serve` (median of 3 starts) and warm (median and p95 of 5, or --warm N),
// with the server's RSS.
// Run: npm run bench:store -- <N> [--root <checkout>] [--heap MB] [--keep]
//      npm run bench:store -- --store <graph.db> [--root <checkout>] [--heap MB] [--only graph,node,...] [--starts 3]
//        [--warm 5]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import Database from 'better-sqlite3';

import { normalizeName } from '../graph/resolve.ts';
import { corpus, topPerson } from './store-corpus.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const store = opt('--store');
const n = store ? 0 : Number(args[0]);
if (!store && (!Number.isInteger(n) || n <= 0)) {
  console.error('usage: npm run bench:store -- <N> [--root <checkout>] [--heap MB] | --store <graph.db>');
  process.exit(1);
}
const root = path.resolve(opt('--root') ?? fileURLToPath(new URL('..', import.meta.url)));
const heap = opt('--heap') ?? '3072';
const work = path.join(tmpdir(), `kg-bench-store-${process.pid}`);
const corpusDir = path.join(tmpdir(), `kg-bench-corpus-${n}`);
const data = store ? path.resolve(store) : path.join(work, 'graph.db');
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();

if (!store && (!existsSync(corpusDir) || readdirSync(corpusDir).length !== n)) {
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  const { writeFileSync } = await import('node:fs');
  for (const { name, text } of corpus(n)) writeFileSync(path.join(corpusDir, name), text);
}
if (!store) mkdirSync(work, { recursive: true });

/** The measured kg's environment: its TypeScript sources, the bench's store file, never a Neo4j, the heap cap. */
const kgEnv = {
  ...process.env,
  KG_FROM_SOURCE: '1',
  KG_DATA: data,
  NEO4J_URI: '',
  NODE_OPTIONS: `--max-old-space-size=${heap}`,
};

interface Run {
  wallS: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  cpuS: number;
  rssMB: number;
  code: number;
  out: string;
}
/** One kg command under /usr/bin/time -v, from the checkout being measured, on its TypeScript sources. */
function kg(cmd: string[]): Run {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, path.join(root, 'bin', 'kg.mjs'), ...cmd], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: kgEnv,
  });
  const field = (re: RegExp) => Number(re.exec(r.stderr)?.[1] ?? NaN);
  // m:ss.ss, or h:mm:ss past an hour: each field is worth 60 of the next.
  const clock = /Elapsed \(wall clock\) time.*: ([\d:.]+)$/m.exec(r.stderr)?.[1] ?? 'NaN';
  const wallS = clock.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
  const cpuS = field(/User time \(seconds\): ([\d.]+)/) + field(/System time \(seconds\): ([\d.]+)/);
  return {
    wallS,
    cpuS,
    rssMB: field(/Maximum resident set size \(kbytes\): (\d+)/) / 1024,
    code: r.status ?? -1,
    out: r.stdout + r.stderr,
  };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const disk = () =>
  readdirSync(work)
    .filter((f) => f.startsWith('graph.'))
    .reduce((sum, f) => sum + statSync(path.join(work, f)).size, 0) /
  1024 /
  1024;
const commit = (() => {
  try {
    return execFileSync('git', ['-C', root, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).trim();
  } catch {
    return '(not a git checkout)';
  }
})();

if (store) {
  console.log(`store-scale reads: ${data}, kg from ${root} (${commit}), heap ${heap} MB`);
  await coldAndWarm();
  process.exit(0);
}
console.log(`store-scale: ${n} articles, kg from ${root} (${commit}), heap ${heap} MB`);
console.log(`load before: ${loadavg()}`);
const report = (what: string, r: Run, extra = '') =>
  console.log(
    `${what.padEnd(22)} ${r.wallS.toFixed(1).padStart(7)} s  cpu ${r.cpuS.toFixed(1).padStart(6)} s  peak RSS ${r.rssMB.toFixed(0).padStart(5)} MB  exit ${r.code}${extra}`,
  );

const first = kg(['ingest', '--no-progress', corpusDir]);
report('ingest', first, `  ${(n / first.wallS).toFixed(1)} articles/s  disk ${disk().toFixed(1)} MB`);
if (first.code !== 0) console.log(first.out.split('\n').slice(-8).join('\n'));
const again = kg(['ingest', '--no-progress', corpusDir]);
report('re-ingest (unchanged)', again, `  ${/Articles: .*/.exec(again.out)?.[0] ?? ''}`);

for (const [what, cmd] of [
  ['kg stats', ['stats']],
  ['kg trace --actor', ['trace', '--actor', topPerson(), '--json']],
] as const) {
  const runs = Array.from({ length: 5 }, () => kg([...cmd]));
  const mid = runs.find((r) => r.wallS === median(runs.map((x) => x.wallS)))!;
  report(`${what} (median of 5)`, mid, `  all: ${runs.map((r) => r.wallS.toFixed(1)).join(' ')} s`);
  if (mid.code !== 0) console.log(mid.out.split('\n').slice(-5).join('\n'));
}
await firstLoads();
console.log(`load after: ${loadavg()}`);
if (args.includes('--keep')) console.log(`store kept: KG_DATA=${data}`);
else rmSync(work, { recursive: true, force: true });

/** `kg serve` on a free port; resolves with its base URL and the child (kill it when done). */
async function serve() {
  const spawned = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin', 'kg.mjs'), 'serve', '--port', '0', '--no-build'], {
    cwd: root,
    env: kgEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => {
      const m = /http:\/\/[^/\s]+/.exec(b.toString());
      if (m) resolve(m[0]);
    });
    child.on('exit', (code) => reject(new Error(`kg serve exited (${code})`)));
  });
  /** Time to the last byte, bytes as sent (compressed when the server compressed) and as JSON. */
  // A reply that takes longer than undici's 300 s header timeout counts as that long, status 0 (an old checkout
  // reading the whole graph into a capped heap can take that long).
  const get = async (url: string) => {
    const t = performance.now();
    try {
      const res = await fetch(base + url);
      const bytes = (await res.arrayBuffer()).byteLength;
      const wire = Number(res.headers.get('content-length') ?? bytes);
      return { ms: performance.now() - t, bytes, wire, status: res.status };
    } catch {
      return { ms: performance.now() - t, bytes: 0, wire: 0, status: 0 };
    }
  };
  /** The server's resident and peak resident memory (MB), from /proc (the node process under bin/kg.mjs's children too). */
  const rss = () => {
    const pids = [child.pid!, ...descendants(child.pid!)];
    let now = 0;
    let peak = 0;
    for (const pid of pids) {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      now += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      peak += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    }
    return { now, peak };
  };
  /** Milliseconds from spawning `kg serve` to its listening line. */
  const listening = performance.now() - spawned;
  return { base, child, get, rss, spawned, listening };
}

function descendants(pid: number): number[] {
  const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
  return kids.flatMap((k) => [k, ...descendants(k)]);
}

/**
 * Each endpoint's first request after a fresh server start (median of 3 starts; each start also answers the first
 * request of nothing else) and warm (median and p95 of 5, or --warm N, on the last start), with reply bytes and the server's RSS after it.
 */
async function coldAndWarm(): Promise<void> {
  console.log(`load before: ${loadavg()}`);
  const probe = await serve();
  // A checkout from before `props=view` (the viewer's slim columns) refuses the parameter: ask it for everything.
  const slim = await fetch(`${probe.base}/api/graph?limit=1&props=view`).then((r) => r.status !== 400);
  // ... and one from before `format=packed` (what the viewer loads now) for the plain columns.
  const packed = await fetch(`${probe.base}/api/graph?limit=1&format=packed`).then((r) => r.status !== 400);
  probe.child.kill();
  // The hub straight from the database (a search on an old checkout reads the whole graph first).
  const db = new Database(data, { readonly: true });
  const hub = (db.prepare('SELECT id FROM node WHERE dkey = ?').pluck().get(normalizeName(topPerson())) ??
    'none') as string;
  db.close();
  const urls = [
    ['/api/actors (actor view)', '/api/actors?limit=80'],
    [
      `/api/graph (full view, ${packed ? 'packed' : 'columns'})`,
      `/api/graph?limit=5000&format=${packed ? 'packed' : 'columns'}${slim ? '&props=view' : ''}`,
    ],
    ['/api/node (hub)', `/api/node/${encodeURIComponent(hub)}`],
    ['/api/search', `/api/search?q=${encodeURIComponent(topPerson().split(' ').at(-1)!)}&limit=10`],
    ['/api/trace (hub)', `/api/trace?actor=${encodeURIComponent(hub)}`],
  ] as const;
  const only = opt('--only')?.split(',');
  if (!only || only.includes('ready')) await ready();
  for (const [what, url] of urls) {
    if (only && !only.some((o) => what.includes(o))) continue;
    const firsts: number[] = [];
    let warm: Array<{ ms: number; bytes: number; wire: number; status: number }> = [];
    let mem = { now: 0, peak: 0 };
    const starts = Number(opt('--starts') ?? 3);
    for (let i = 0; i < starts; i++) {
      const s = await serve();
      try {
        const first = await s.get(url);
        firsts.push(first.ms);
        if (first.status === 0) {
          mem = s.rss();
          break; // timed out: one start says enough
        }
        if (i === starts - 1) {
          warm = [];
          for (let j = 0; j < Number(opt('--warm') ?? 5); j++) warm.push(await s.get(url));
          mem = s.rss();
        }
      } finally {
        s.child.kill();
      }
    }
    const w = warm[0] ?? { ms: NaN, bytes: 0, wire: 0, status: 0 };
    if (!warm.length) warm.push(w);
    console.log(
      `${what.padEnd(26)} first ${median(firsts).toFixed(0).padStart(6)} ms (${firsts.map((x) => x.toFixed(0)).join(' ')})  warm ${median(
        warm.map((r) => r.ms),
      )
        .toFixed(0)
        .padStart(
          5,
        )} ms (p95 ${p95(warm.map((r) => r.ms)).toFixed(0)}, ${warm.length})  ${(w.bytes / 1024).toFixed(0)} KB JSON, ${(w.wire / 1024).toFixed(0)} KB sent  HTTP ${w.status}  RSS ${mem.now.toFixed(0)} MB (peak ${mem.peak.toFixed(0)})`,
    );
  }
  console.log(`load after: ${loadavg()}`);
}

/**
 * Server-ready time: spawning `kg serve` to its listening line, and to the answer of the viewer's first request (the
 * actor view), median of 3 starts: what a user waits for after starting a server on this store.
 */
async function ready(): Promise<void> {
  const runs: Array<{ listening: number; answered: number; status: number }> = [];
  for (let i = 0; i < Number(opt('--starts') ?? 3); i++) {
    const s = await serve();
    try {
      const r = await s.get('/api/actors?limit=80');
      runs.push({ listening: s.listening, answered: performance.now() - s.spawned, status: r.status });
    } finally {
      s.child.kill();
    }
  }
  const m = (f: (r: (typeof runs)[number]) => number) => median(runs.map(f)).toFixed(0);
  console.log(
    `${'server start → actor view'.padEnd(26)} listening ${m((r) => r.listening)} ms, answered ${m((r) => r.answered)} ms (${runs.map((r) => r.answered.toFixed(0)).join(' ')})  HTTP ${runs[0]?.status}`,
  );
}

/** `kg serve` on a free port, then what the viewer asks first: median of 5 requests each, with the reply's size. */
async function firstLoads(): Promise<void> {
  const { base, child, get } = await serve();
  try {
    const search = (await (await fetch(`${base}/api/search?q=${encodeURIComponent(topPerson())}`)).json()) as {
      hits: Array<{ id: string }>;
    };
    const hub = search.hits[0]?.id ?? 'none';
    for (const [what, url] of [
      ['/api/actors (actor view)', '/api/actors?limit=80'],
      ['/api/graph (full view)', '/api/graph?limit=5000&format=columns'],
      ['/api/node (top person)', `/api/node/${encodeURIComponent(hub)}`],
    ] as const) {
      const runs: Array<{ ms: number; bytes: number; status: number }> = [];
      for (let i = 0; i < 5; i++) runs.push(await get(url));
      const ms = median(runs.map((r) => r.ms));
      const { bytes, status } = runs[0]!;
      console.log(
        `${what.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms median of 5 (first ${runs[0]!.ms.toFixed(0)} ms)  ${(bytes / 1024).toFixed(0)} KB  HTTP ${status}`,
      );
    }
  } finally {
    child.kill();
  }
}
