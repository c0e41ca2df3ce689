// Loading cost when one claim is carried by many articles (issue #12.6): N articles, each with its own
// speaker and one shared claim, loaded one transaction each; prints the time per thousand, which stays
// flat when writing a report does not depend on the claim's earlier reports.
// Usage: NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/one-claim.ts --articles 10000   (a scratch database!)
import { loadConfig } from '../graph/config.ts';
import { articleIdFor } from '../graph/model.ts';
import { Neo4jStore } from '../graph/neo4j/store.ts';
import { Extraction } from '../graph/schema.ts';
import { arg } from './args.ts';

const N = Number(arg('articles', '10000'));
const CLAIM = 'the government will reopen the northern border crossing to aid convoys next week';

function article(i: number) {
  const speaker = `Spokesperson Number ${i}`;
  const text = `${speaker} said ${CLAIM}. Report ${i}.`;
  const cueStart = speaker.length + 1;
  const extraction = Extraction.parse({
    article: {
      id: articleIdFor(text),
      source: `bench/one-claim/${i}.txt`,
      title: `Report ${i}`,
      publishedAt: '2024-05-01',
      outlet: null,
    },
    actors: [{ id: `speaker-${i}`, name: speaker, kind: 'person', aliases: [], mentions: [[0, speaker.length]] }],
    incidents: [],
    claims: [
      {
        id: 'c1',
        speaker: `speaker-${i}`,
        stance: 'claims',
        text: CLAIM,
        via: [],
        about: [],
        evidence: {
          cue: [cueStart, cueStart + 4],
          source: [0, speaker.length],
          content: [cueStart + 5, cueStart + 5 + CLAIM.length],
        },
      },
    ],
    relations: [],
  });
  return { text, extraction };
}

const store = new Neo4jStore(loadConfig({ neo4j: true }).neo4j);
try {
  await store.init();
  await store.clear();
  let t0 = performance.now();
  const start = t0;
  for (let i = 0; i < N; i++) {
    await store.loadArticle(article(i));
    if ((i + 1) % 1000 === 0) {
      const now = performance.now();
      console.log(
        `articles ${i - 998}-${i + 1}: ${((now - t0) / 1000).toFixed(1)} s  (load ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`,
      );
      t0 = now;
    }
  }
  console.log(`total ${N} articles: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  const stats = await store.stats();
  console.log(`Claim nodes ${stats.nodes.Claim}, CLAIMS edges ${stats.relationships.CLAIMS}`);
} finally {
  await store.close();
}
