// Checks `kg export --format csv` against the real bulk loader: loads the given inputs over Bolt into the Neo4j at
// NEO4J_URI (emptied first: a scratch database only), exports CSV, runs the printed `neo4j-admin database import full`
// with the launcher's jars into a fresh home, starts that database and compares `kg stats` of both.
// Run: NEO4J_URI=bolt://127.0.0.1:<scratch> npx tsx scripts/csv-import-check.ts samples <more folders of articles>
// Out: the timings and both stats on stdout; exit 1 when they differ.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { exportGraph } from '../cli/export/index.ts';
import { loadConfig } from '../graph/config.ts';
import { ingest } from '../graph/load.ts';
import { Neo4jStore } from '../graph/neo4j/store.ts';
import { ensureBuilt, freePort, startNeo4j } from './neo4j/launch.ts';

const inputs = process.argv.slice(2);
const config = loadConfig({ neo4j: true });
if (!inputs.length || config.store !== 'neo4j' || !process.env.NEO4J_URI) {
  console.error('usage: NEO4J_URI=bolt://127.0.0.1:<scratch port> npx tsx scripts/csv-import-check.ts <inputs...>');
  process.exit(2);
}
const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
const dir = mkdtempSync(path.join(tmpdir(), 'kg-csv-check-'));
const bolt = new Neo4jStore(config.neo4j);
await bolt.init();
await bolt.clear();
let t = performance.now();
const summary = await ingest(inputs, bolt);
console.log(`Bolt load: ${summary.loaded} articles (${summary.failed} failed) in ${secs(t)}`);
t = performance.now();
const { csv, nodes, edges } = await exportGraph(bolt, { format: 'csv', dir: path.join(dir, 'csv') });
console.log(`export: ${nodes} nodes, ${edges} relationships in ${secs(t)}\n${csv!.command}`);
const expected = await bolt.stats();
await bolt.close();

const home = path.join(dir, 'neo4j');
mkdirSync(home);
t = performance.now();
const script = `neo4j-admin() { java -Xmx512m -cp "$KG_CP" org.neo4j.cli.AdminTool "$@"; }\n${csv!.command}\n`;
const out = execFileSync('bash', ['-c', script], { env: { ...process.env, KG_CP: ensureBuilt(), NEO4J_HOME: home } });
console.log(
  `neo4j-admin import in ${secs(t)}: ${/Imported:[\s\S]*?properties/.exec(out.toString())?.[0].replace(/\s+/g, ' ')}`,
);
const server = await startNeo4j({
  home,
  port: await freePort(),
  heap: process.env.KG_NEO4J_HEAP ?? '384m',
  password: 'kg-csv-check',
});
const copy = new Neo4jStore({ uri: server.uri, user: 'neo4j', password: 'kg-csv-check' });
let same: boolean | undefined;
try {
  await copy.init();
  const got = await copy.stats();
  const norm = (s: typeof got) => JSON.stringify([s.nodes, s.relationships].map((o) => Object.entries(o).sort()));
  same = norm(got) === norm(expected);
  console.log(`Bolt-loaded: ${JSON.stringify(expected)}\nCSV-imported: ${JSON.stringify(got)}\nsame kg stats: ${same}`);
} finally {
  await copy.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = same ? 0 : 1;
