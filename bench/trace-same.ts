// Traces a fixed set of queries on a store and prints one hash of all the answers (one per query with --each): the hub and the 20 most
// connected actors, every k-th actor and claim by id, at limits 5, 20 and 100. Run it with ROOT=<other checkout>
// to compare two versions' answers on the same store (open a copy: readers may fill a kept index once).
// Run: [ROOT=<checkout>] npx tsx bench/trace-same.ts <graph.db> [--each]
import { createHash } from 'node:crypto';

import Database from 'better-sqlite3';

const root = process.env.ROOT ?? new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const { EmbeddedStore } = (await import(
  `${root}/graph/embedded/store.ts`
)) as typeof import('../graph/embedded/store.ts');
const file = process.argv[2]!;
const db = new Database(file, { readonly: true });
const col = (sql: string) => db.prepare(sql).pluck().all() as string[];
const every = (ids: string[], n: number) =>
  ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / n)) === 0).slice(0, n);
const top = col(
  `SELECT d.id FROM node_degree d JOIN node n ON n.id = d.id WHERE n.label = 'Actor' ORDER BY d.degree DESC, d.id LIMIT 20`,
);
const actors = every(col(`SELECT id FROM node WHERE label = 'Actor' ORDER BY id`), 40);
const claims = every(col(`SELECT id FROM node WHERE label = 'Claim' ORDER BY id`), 40);
db.close();
const store = new EmbeddedStore(file);
await store.init();
const all = createHash('sha256');
let n = 0;
for (const limit of [5, 20, 100]) {
  for (const q of [...top, ...actors]
    .map((actor) => ({ actor, limit }))
    .concat(claims.map((claimId) => ({ claimId, limit })) as never)) {
    const out = JSON.stringify(await store.trace(q as never).catch((e: Error) => `error: ${e.message}`));
    all.update(out);
    n++;
    if (process.argv.includes('--each'))
      console.log(createHash('sha256').update(out).digest('hex').slice(0, 12), JSON.stringify(q));
  }
}
console.log(`${n} traces from ${root}: ${all.digest('hex').slice(0, 16)}`);
await store.close();
