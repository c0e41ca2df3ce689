// Database work of one relationship write next to 10,000 parallel edges (issue #12.6), from Neo4j's PROFILE:
// MERGE (the old writer) against CREATE (the writer now). Runs in a transaction it rolls back.
// Usage: NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/write-cost.ts   (needs one Claim node in the database)
import neo4j, { type ProfiledPlan } from 'neo4j-driver';

import { loadConfig } from '../graph/config.ts';

const { uri, user, password } = loadConfig({ neo4j: true }).neo4j;
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
const hits = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((n, c) => n + hits(c), 0);
const session = driver.session();
const tx = session.beginTransaction();
try {
  const claim = (await tx.run('MATCH (c:Claim) RETURN c.id AS id LIMIT 1')).records[0]?.get('id');
  if (!claim) throw new Error('no Claim node: run bench/one-claim.ts or kg ingest first');
  await tx.run("CREATE (:Actor {id: 'bench-hub'})");
  await tx.run(
    "MATCH (a:Actor {id: 'bench-hub'}), (c:Claim {id: $c}) UNWIND range(1, 10000) AS i CREATE (a)-[:RELAYED {key: 'k' + i}]->(c)",
    { c: claim },
  );
  for (const verb of ['MERGE', 'CREATE']) {
    const res = await tx.run(
      `PROFILE UNWIND $rows AS row MATCH (s:Actor {id: row.source}) MATCH (t:Claim {id: row.target})
       ${verb} (s)-[r:RELAYED {key: row.key}]->(t) SET r += row.props`,
      { rows: [{ source: 'bench-hub', target: claim, key: `bench-${verb}`, props: { order: 1 } }] },
    );
    console.log(
      `${verb.padEnd(6)} one relationship beside 10,000 parallel edges: ${hits(res.summary.profile as ProfiledPlan)} db hits`,
    );
  }
} finally {
  await tx.rollback();
  await session.close();
  await driver.close();
}
