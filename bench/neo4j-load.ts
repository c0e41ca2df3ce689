// Load benchmark for Neo4jStore: N synthetic articles (shared actor pool, claims, relations) loaded one
// transaction each, then the read paths. In: NEO4J_URI (a scratch database!), --articles N. Out: timings on stdout.
// Usage: NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/neo4j-load.ts --articles 200 [--clear]
import { loadConfig } from '../graph/config.ts';
import { articleIdFor } from '../graph/model.ts';
import { Neo4jStore } from '../graph/neo4j/store.ts';
import { Extraction } from '../graph/schema.ts';
import { arg } from './args.ts';

const N = Number(arg('articles', '200'));
const KINDS = ['person', 'state', 'organization', 'group', 'outlet'] as const;
const STANCES = ['claims', 'denies', 'confirms'] as const;

/** A deterministic pseudo-random article: 12 actors from a pool of 300, 6 claims, 4 relations, 1 incident. */
function article(i: number, nonce: string) {
  let seed = i * 7919 + 17;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const parts: string[] = [];
  const span = (s: string): [number, number] => {
    const start = parts.join('').length;
    parts.push(s, ' ');
    return [start, start + s.length];
  };
  const title = span(`Synthetic report ${i} ${nonce}.`);
  const ids = [...new Set(Array.from({ length: 12 }, () => rnd(300)))];
  const actors = ids.map((a) => ({
    id: `actor-${a}`,
    name: `Actor Number ${a}`,
    kind: KINDS[a % KINDS.length]!,
    aliases: [`Number ${a}`, `A${a}-${i % 3}`],
    roles: a % 4 === 0 ? [`role ${i % 5}`] : [],
    mentions: [span(`Actor Number ${a} was mentioned.`)],
  }));
  const claims = Array.from({ length: 6 }, (_, k) => {
    const speaker = actors[rnd(actors.length)]!.id;
    const cue = span('said');
    const content = span(`statement ${rnd(50)} about matter ${k} in report ${i % 40} stays the same across articles`);
    return {
      id: `c${k}`,
      speaker,
      stance: STANCES[rnd(3)]!,
      text: `statement about matter ${k} in report ${i % 40} stays the same across articles`,
      via: k % 3 === 0 ? [actors[rnd(actors.length)]!.id].filter((v) => v !== speaker) : [],
      about: [actors[rnd(actors.length)]!.id],
      evidence: { cue, source: null, content },
    };
  });
  const relations = Array.from({ length: 4 }, () => ({
    type: (['attacked', 'met_with', 'warned', 'supports'] as const)[rnd(4)]!,
    source: actors[rnd(actors.length)]!.id,
    target: actors[rnd(actors.length)]!.id,
    evidence: { span: span('They interacted.') },
  }));
  const incidentSpan = span('An incident happened.');
  const text = parts.join('');
  const extraction = Extraction.parse({
    article: {
      id: articleIdFor(text),
      source: `bench/${i}.txt`,
      title: text.slice(title[0], title[1]),
      publishedAt: '2020-01-01',
      outlet: null,
    },
    actors,
    incidents: [
      {
        id: 'i1',
        kind: 'attack',
        participants: [actors[0]!.id],
        summary: `incident ${i}`,
        evidence: { span: incidentSpan },
      },
    ],
    claims,
    relations,
  });
  return { text, extraction };
}

const config = loadConfig({ neo4j: true });
const store = new Neo4jStore(config.neo4j);
const time = async <T>(label: string, f: () => Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const out = await f();
  console.log(`${label.padEnd(34)} ${(performance.now() - t0).toFixed(0).padStart(7)} ms`);
  return out;
};
try {
  await time('init (schema, indexes)', () => store.init());
  if (process.argv.includes('--clear')) await time('clear', () => store.clear());
  const nonce = Date.now().toString(36);
  const inputs = Array.from({ length: N }, (_, i) => article(i, nonce));
  const t0 = performance.now();
  for (const input of inputs) await store.loadArticle(input);
  const ms = performance.now() - t0;
  console.log(
    `load ${N} articles (1 tx each)`.padEnd(34),
    `${ms.toFixed(0).padStart(7)} ms  (${((N / ms) * 1000).toFixed(1)} articles/s, ${(ms / N).toFixed(1)} ms/article)`,
  );
  await time(`re-load ${Math.min(N, 50)} (unchanged)`, async () => {
    for (const input of inputs.slice(0, 50)) await store.loadArticle(input);
  });
  // Twice: the first pass includes Cypher planning of each read query, the second is warm.
  for (const pass of ['cold', 'warm']) {
    const stats = await time(`stats (${pass})`, () => store.stats());
    if (pass === 'cold') console.log('  nodes', JSON.stringify(stats.nodes));
    await time(`subgraph limit 5000 (${pass})`, () => store.subgraph({ limit: 5000 }));
    await time(`neighborhood depth 2 (${pass})`, () => store.neighborhood('actor-1', { depth: 2 }));
    await time(`search "number 1" (${pass})`, () => store.search('number 1'));
    await time(`findActors x20 (${pass})`, () =>
      store.findActors(Array.from({ length: 20 }, (_, i) => `Actor Number ${i}`)),
    );
  }
} finally {
  await store.close();
}
