// What the writer's relationship MERGE (graph/neo4j/write.ts, links across articles) costs the Neo4j server with and
// without the PARAPHRASES key constraint (graph/neo4j/schema.ts REL_KEY_CONSTRAINTS), on a loaded store (issue #13):
// --rows stored PARAPHRASES edges MERGEd again (found) and as many new ones (the same pairs reversed, new keys), in
// transactions rolled back; db hits per row (PROFILE) and server CPU per row (from /proc), constraint off and on
// alternating. The constraint is dropped and made again: run on a scratch database, with no writer at work.
// Usage: NEO4J_URI=bolt://127.0.0.1:7697 npx tsx bench/merge-cost.ts --neo4j-data /tmp/neo4j31 [--rows 10000] [--repeat 2]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

import neo4j, { type ProfiledPlan, type Session } from 'neo4j-driver';

import { loadConfig } from '../graph/config.ts';
import { REL_KEY_CONSTRAINTS } from '../graph/neo4j/schema.ts';
import { WRITE_PREFIX } from '../graph/neo4j/write.ts';
import { arg } from './args.ts';

const DATA = arg('neo4j-data', '/tmp/kg-scale-neo4j');
const ROWS = Number(arg('rows', '10000'));
const REPEAT = Number(arg('repeat', '2'));
const pid = Number(readFileSync(path.join(DATA, 'kg-neo4j.pid'), 'utf8').trim());
const serverCpu = () => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};
const hits = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((n, c) => n + hits(c), 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The writer's statement for a MERGEd PARAPHRASES group (write.ts relStatement). */
const MERGE = `${WRITE_PREFIX}UNWIND $rows AS row MATCH (s:Claim {id: row.source}) MATCH (t:Claim {id: row.target})
  MERGE (s)-[r:PARAPHRASES {key: row.key}]->(t) ON CREATE SET r += row.props`;
const CONSTRAINT = REL_KEY_CONSTRAINTS.find((c) => c.includes('PARAPHRASES'))!;

type Row = { source: string; target: string; key: string; props: Record<string, unknown> };

async function constraint(s: Session, on: boolean): Promise<void> {
  if (on) await s.run(CONSTRAINT);
  else await s.run('DROP CONSTRAINT paraphrases_key IF EXISTS');
  await s.run('CALL db.awaitIndexes(300)');
}

/** Server CPU seconds of the statement over `rows`, rolled back (PROFILE: its db hits instead). */
async function run(s: Session, rows: Row[], profile = false): Promise<number> {
  const tx = s.beginTransaction();
  const c0 = serverCpu();
  try {
    const res = await tx.run(profile ? `PROFILE ${MERGE}` : MERGE, { rows });
    return profile ? hits(res.summary.profile as ProfiledPlan) : serverCpu() - c0;
  } finally {
    await tx.rollback();
  }
}

const { uri, user, password } = loadConfig({ neo4j: true }).neo4j;
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
const s = driver.session();
try {
  const stored = (
    await s.run(
      `MATCH (a)-[r:PARAPHRASES]->(b) WITH a, r, b ORDER BY r.key LIMIT $n
       RETURN a.id AS source, b.id AS target, r.key AS key, r {.score, .reason, .article, .sentence, .start, .end} AS props`,
      { n: neo4j.int(ROWS) },
    )
  ).records.map((r) => r.toObject() as Row);
  // No edge runs from the higher id to the lower (graph/claims/link.ts orders the pair): these are all new.
  const fresh = stored.map((r) => ({ ...r, source: r.target, target: r.source, key: `new-${r.key}` }));
  const n = stored.length;
  for (let round = 0; round < REPEAT; round++)
    for (const on of [false, true]) {
      await constraint(s, on);
      await run(s, stored.slice(0, 200)); // planned and warm
      const found: number[] = [];
      const made: number[] = [];
      for (let i = 0; i < 5; i++) {
        found.push(await run(s, stored));
        made.push(await run(s, fresh));
      }
      const us = (x: number) => ((x / n) * 1e6).toFixed(0);
      const per = async (rows: Row[]) => ((await run(s, rows, true)) / n).toFixed(1);
      console.log(
        `constraint ${on ? 'on ' : 'off'}: ${n} stored rows ${us(median(found))} µs/row, ${await per(stored)} db hits/row; ` +
          `${n} new rows ${us(median(made))} µs/row, ${await per(fresh)} db hits/row [load ${loadavg()[0]!.toFixed(1)}]`,
      );
    }
} finally {
  await constraint(s, true);
  await s.close();
  await driver.close();
}
