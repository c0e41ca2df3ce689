// Where a hub trace's CPU goes in SQL: every statement better-sqlite3 runs during N traces of the generated corpus's
// biggest speaker (bench/store-corpus.ts topPerson) at the viewer's limit (20), timed in CPU by wrapping the
// statement methods, summed per SQL text, with calls and rows a trace; the rest of the trace's CPU is JavaScript.
// ROOT=<other checkout> runs that checkout's store code. Open a copy: readers may fill a kept index once.
// Run: [ROOT=<checkout>] npx tsx bench/trace-sql.ts <graph.db> [N]
import { readFileSync } from 'node:fs';

import Database from 'better-sqlite3';

import { EmbeddedStore, hubStore, root } from './hub-store.ts';

const { file, hub } = hubStore('npx tsx bench/trace-sql.ts <graph.db> [N]');
const runs = Number(process.argv[3] ?? 200);
const probe = new Database(file, { readonly: true });
const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, (...a: unknown[]) => unknown>;
probe.close();

const stats = new Map<string, { calls: number; us: number; rows: number }>();
let timing = false;
for (const method of ['all', 'get', 'run', 'iterate']) {
  const original = proto[method]!;
  proto[method] = function (this: { source: string }, ...args: unknown[]) {
    if (!timing) return original.apply(this, args);
    const before = process.cpuUsage();
    const out = original.apply(this, args);
    const spent = process.cpuUsage(before);
    const sql = this.source.replace(/\s+/g, ' ').trim();
    const s = stats.get(sql) ?? { calls: 0, us: 0, rows: 0 };
    s.calls++;
    s.us += spent.user + spent.system;
    s.rows += Array.isArray(out) ? out.length : 1;
    stats.set(sql, s);
    return out;
  };
}

const store = new EmbeddedStore(file);
await store.init();
for (let i = 0; i < 5; i++) await store.trace({ actor: hub, limit: 20 });
timing = true;
const before = process.cpuUsage();
for (let i = 0; i < runs; i++) await store.trace({ actor: hub, limit: 20 });
const spent = process.cpuUsage(before);
timing = false;
await store.close();
const ms = (us: number) => (us / runs / 1000).toFixed(2).padStart(6);
let sqlUs = 0;
for (const [sql, s] of [...stats].sort((a, b) => b[1].us - a[1].us)) {
  sqlUs += s.us;
  console.log(
    `${ms(s.us)} ms ${(s.calls / runs).toFixed(1).padStart(5)} calls ${String(Math.round(s.rows / runs)).padStart(5)} rows  ${sql.slice(0, 140)}`,
  );
}
console.log(
  `trace ${hub} (${root}): ${ms(spent.user + spent.system)} ms CPU a trace (with the timing), of it SQL ${ms(sqlUs)} ms; ` +
    `load ${readFileSync('/proc/loadavg', 'utf8').trim()}`,
);
