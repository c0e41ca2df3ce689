// `trace` of the generated corpus's biggest speaker (bench/store-corpus.ts topPerson), in process, on an embedded
// store: the median (and p95) wall and median CPU ms of N traces after 5 warm-up ones, at the viewer's default limit
// (20). ROOT=<other checkout> runs that checkout's store code on the same file (an old/new comparison without HTTP
// around it).
// Run: [ROOT=<checkout>] npx tsx bench/trace-hub.ts <graph.db> [N]
import { readFileSync } from 'node:fs';

import { EmbeddedStore, hubStore, root } from './hub-store.ts';

const { file, hub } = hubStore('npx tsx bench/trace-hub.ts <graph.db> [N]');
const runs = Number(process.argv[3] ?? 50);

const store = new EmbeddedStore(file);
await store.init();
const walls: number[] = [];
const cpus: number[] = [];
let chars = 0;
for (let i = 0; i < runs + 5; i++) {
  const c = process.cpuUsage();
  const t = performance.now();
  const r = await store.trace({ actor: hub, limit: 20 });
  const wall = performance.now() - t;
  const cpu = process.cpuUsage(c);
  if (i < 5) continue;
  walls.push(wall);
  cpus.push((cpu.user + cpu.system) / 1000);
  chars = JSON.stringify(r).length;
}
await store.close();
const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)]!;
const median = (xs: number[]) => at(xs, 0.5);
console.log(
  `trace ${hub} (${root}): median ${median(walls).toFixed(1)} ms wall (p95 ${at(walls, 0.95).toFixed(1)}), ` +
    `${median(cpus).toFixed(1)} ms CPU over ${runs}; ` +
    `${chars} chars; load ${readFileSync('/proc/loadavg', 'utf8').trim()}`,
);
