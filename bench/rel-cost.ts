// What one relationship costs the Neo4j server to write, by statement shape (issue #13): --rels relationships
// between --nodes nodes of a scratch label, written in transactions of --tx rows with UNWIND, each shape
// repeated; server CPU per relationship (from /proc). Shapes: `none` (CREATE with no property), `key` (the store's
// key only), `full` (key, then SET r += row.props with a MENTIONED_IN's nine properties: what graph/neo4j/write.ts
// sends), `literal` (the same properties in the CREATE's own map), `hub` (as full, every target one of 30 nodes),
// `seek` (the two id seeks alone), `unwind` (the rows alone, nothing read or written).
// Only nodes labelled KgRelCost are made and deleted, with their own uniqueness constraint (dropped at the end).
// Usage: NEO4J_URI=bolt://127.0.0.1:7720 npx tsx bench/rel-cost.ts --neo4j-data /tmp/kg-neo4j \
//   [--modes none,key,full,literal,hub,seek,unwind] [--rels 40000] [--nodes 3000] [--tx 2000] [--repeat 2]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

import neo4j from 'neo4j-driver';

import { loadConfig } from '../graph/config.ts';
import { arg } from './args.ts';
import { mulberry32 } from './rng.ts';

const DATA = arg('neo4j-data', '/tmp/kg-scale-neo4j');
const MODES = arg('modes', 'none,key,full,literal,hub,seek,unwind').split(',');
const RELS = Number(arg('rels', '40000'));
const NODES = Number(arg('nodes', '3000'));
const TX = Number(arg('tx', '2000'));
const REPEAT = Number(arg('repeat', '2'));

const pid = Number(readFileSync(path.join(DATA, 'kg-neo4j.pid'), 'utf8').trim());
const serverCpu = () => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};

const config = loadConfig({ neo4j: true }).neo4j;
const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
const q = (cypher: string, params: Record<string, unknown> = {}) => driver.executeQuery(cypher, params);

const rand = mulberry32(13);
const hex = () => Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
const SENTENCE =
  'Foreign Minister Esther Bodinven met with Ilya Lozanlo in Dinsorkent on Monday to discuss grain exports, the ' +
  'Beldin Human Rights Watchdog said in a statement.';
/** A MENTIONED_IN relationship's properties (graph/model.ts), as the store writes them. */
const props = (i: number) => ({
  count: neo4j.int(2),
  forms: ['Ilya Lozanlo', 'Lozanlo'],
  mentions: [620, 632, 2987, 2999].map((n) => neo4j.int(n)),
  rule: 'full name',
  article: hex(),
  start: neo4j.int(620 + i),
  end: neo4j.int(632 + i),
  sentence: SENTENCE,
});
const NAMES = Object.keys(props(0));

const MATCH = 'UNWIND $rows AS row MATCH (s:KgRelCost {id: row.source}) MATCH (t:KgRelCost {id: row.target}) ';
const SHAPES: Record<string, { cypher: string; props: boolean; targets?: number }> = {
  none: { cypher: `${MATCH}CREATE (s)-[:KG_REL_COST]->(t)`, props: false },
  key: { cypher: `${MATCH}CREATE (s)-[:KG_REL_COST {key: row.key}]->(t)`, props: false },
  full: { cypher: `${MATCH}CREATE (s)-[r:KG_REL_COST {key: row.key}]->(t) SET r += row.props`, props: true },
  literal: {
    cypher: `${MATCH}CREATE (s)-[:KG_REL_COST {key: row.key, ${NAMES.map((k) => `${k}: row.props.${k}`).join(', ')}}]->(t)`,
    props: true,
  },
  hub: {
    cypher: `${MATCH}CREATE (s)-[r:KG_REL_COST {key: row.key}]->(t) SET r += row.props`,
    props: true,
    targets: 30,
  },
  seek: { cypher: `${MATCH}RETURN count(*)`, props: false },
  unwind: { cypher: 'UNWIND $rows AS row RETURN count(*)', props: true },
};

async function clear(): Promise<void> {
  for (;;) {
    const res = await q('MATCH (n:KgRelCost) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n');
    if (Number(res.records[0]!.get('n')) === 0) return;
  }
}

/** Server CPU seconds per relationship of one shape, written into a fresh set of nodes. */
async function run(mode: string): Promise<number> {
  const shape = SHAPES[mode];
  if (!shape) throw new Error(`unknown mode ${mode}`);
  await clear();
  await q('UNWIND range(0, $n - 1) AS i CREATE (:KgRelCost {id: toString(i)})', { n: neo4j.int(NODES) });
  const rows = Array.from({ length: RELS }, (_, i) => ({
    key: hex(),
    source: String(Math.floor(rand() * NODES)),
    target: String(Math.floor(rand() * (shape.targets ?? NODES))),
    props: shape.props ? props(i) : {},
  }));
  const s0 = serverCpu();
  for (let i = 0; i < RELS; i += TX) await q(shape.cypher, { rows: rows.slice(i, i + TX) });
  return (serverCpu() - s0) / RELS;
}

try {
  await q('CREATE CONSTRAINT kg_rel_cost_id IF NOT EXISTS FOR (n:KgRelCost) REQUIRE n.id IS UNIQUE');
  for (let r = 0; r < REPEAT; r++)
    for (const mode of MODES) {
      const cpu = await run(mode);
      console.log(`${mode}: ${(cpu * 1e6).toFixed(1)} µs server CPU a relationship [load ${loadavg()[0]!.toFixed(1)}]`);
    }
} finally {
  await clear();
  await q('DROP CONSTRAINT kg_rel_cost_id IF EXISTS');
  await driver.close();
}
