// Runs every recipe in docs/queries.cypher against the trace fixtures loaded into the real Neo4j (and the
// seed articles through the extractor and loader when those work); each must return rows.
// In: docs/queries.cypher, fixtures, the shared test Neo4j. Out: assertions.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ingest } from '../../graph/load.ts';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import { SAMPLES, SAMPLE_FILES } from '../fixtures/samples.ts';
import { traceFixtures } from '../fixtures/trace-articles.ts';
import { openNeo4jStore, resetNeo4j } from './neo4j.ts';

interface Recipe {
  title: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** Splits the file on `// ## ` titles; `// :param name => value` lines give the example parameters. */
function parseRecipes(text: string): Recipe[] {
  return text
    .split(/^\/\/ ## /m)
    .slice(1)
    .map((block) => {
      const [title, ...lines] = block.split('\n');
      const params: Record<string, unknown> = {};
      for (const m of block.matchAll(/^\/\/ :param (\w+) => (.+)$/gm))
        params[m[1]!] = JSON.parse(m[2]!.trim().replace(/^'(.*)'$/, '"$1"'));
      const cypher = lines
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .trim();
      if (!cypher.endsWith(';')) throw new Error(`recipe "${title}" does not end with a semicolon`);
      return { title: title!.trim(), cypher: cypher.slice(0, -1), params };
    });
}

const recipes = parseRecipes(readFileSync(new URL('../../docs/queries.cypher', import.meta.url), 'utf8'));

describe('Cypher recipes (docs/queries.cypher) on the fixture graph', () => {
  // Every recipe must return rows here, so a recipe run on an empty or wrongly loaded database fails.
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await openNeo4jStore();
    await resetNeo4j(store);
    for (const f of traceFixtures) await store.loadArticle({ ...f, ingestedAt: '2024-01-01T00:00:00Z' });
    // Wire copy told by several outlets, through the extractor and the loader: paraphrases and answered claims.
    expect((await ingest([fileURLToPath(new URL('../fixtures/cross-claims', import.meta.url))], store)).loaded).toBe(5);
  });
  afterAll(async () => store?.close());

  it('has at least 12 recipes, each parameterised through $params only', () => {
    expect(recipes.length).toBeGreaterThanOrEqual(12);
    for (const r of recipes)
      for (const p of r.cypher.matchAll(/\$(\w+)/g)) expect(Object.keys(r.params), r.title).toContain(p[1]);
  });

  it.each(recipes.map((r) => [r.title, r] as const))('%s', async (_title, recipe) => {
    const { columns, rows } = await store.readQuery(recipe.cypher, { params: recipe.params });
    expect(rows.length, `${recipe.title} returned no rows`).toBeGreaterThan(0);
    const row = Object.fromEntries(columns.map((c, i) => [c, rows[0]![i]]));
    // Spot checks that the recipes answer their question, not just return something.
    if (recipe.title.startsWith('1.'))
      expect(rows.map((r) => r[columns.indexOf('sentence')])).toContain(
        '"I am not aware of any meeting," Nauert said.',
      );
    if (recipe.title.startsWith('3.'))
      expect(row.chain).toEqual(['Tasnim News Agency', 'Al Mayadeen', 'Al Akhbar', 'diplomatic sources']);
    if (recipe.title.startsWith('4.'))
      expect(rows.map((r) => `${r[columns.indexOf('claimant')]} / ${r[columns.indexOf('denier')]}`)).toContain(
        'Hadiya Khalaf Abbas / Jeff Davis',
      );
    if (recipe.title.startsWith('5.'))
      expect(row).toMatchObject({ place: 'Deir ez-Zor', fewestKilled: 62, mostKilled: 83 });
    if (recipe.title.startsWith('8.')) expect(row.articles).toBe(3);
  });
});

describe('Cypher recipes on the seed articles, through the extractor and the loader', () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await openNeo4jStore();
    await resetNeo4j(store);
    const summary = await ingest([SAMPLES], store);
    // Every sample must load: recipes on an empty database would return no rows and prove nothing.
    expect(summary.failed).toBe(0);
    expect(summary.loaded).toBe(SAMPLE_FILES.length);
  });
  afterAll(async () => store?.close());

  it('runs every recipe; the seeds answer the denial, relay and who-met-whom questions', async () => {
    const counts: Record<string, number> = {};
    for (const r of recipes)
      counts[r.title.split('.')[0]!] = (await store.readQuery(r.cypher, { params: r.params })).rows.length;
    console.log(`[recipes on seeds] rows per recipe: ${JSON.stringify(counts)}`);
    // What the seed texts plainly contain: Nauert's denials, claims relayed from anonymous sources, meetings, and
    // the relayed Damascus meeting claim with the denials that answer it (contested: recipes 4, 9 and 19).
    for (const n of ['1', '2', '4', '6', '9', '12', '19']) expect(counts[n], `recipe ${n}`).toBeGreaterThan(0);
  });
});

describe('Cypher recipes on wire copy told by several outlets (tests/fixtures/cross-claims)', () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await openNeo4jStore();
    await resetNeo4j(store);
    const summary = await ingest([fileURLToPath(new URL('../fixtures/cross-claims', import.meta.url))], store);
    expect(summary.loaded).toBe(5);
  });
  afterAll(async () => store?.close());

  const run = async (n: string) => {
    const recipe = recipes.find((r) => r.title.startsWith(`${n}.`))!;
    const { columns, rows } = await store.readQuery(recipe.cypher, { params: recipe.params });
    return rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));
  };

  it('finds the contested claim and the incident whose tolls differ between outlets', async () => {
    const contested = await run('4');
    expect(contested.map((r) => r.denier)).toContain('Ethiopian Foreign Ministry');
    const [toll, ...rest] = await run('5');
    expect(rest).toEqual([]);
    expect(toll).toMatchObject({
      place: 'Maiduguri',
      fewestKilled: 12,
      mostKilled: 18,
      fewestWounded: 30,
      mostWounded: 41,
    });
    expect(toll!.accounts).toHaveLength(3);
    expect((await run('8'))[0]).toMatchObject({ articles: 2 });
    expect((await run('9')).length).toBeGreaterThan(0);
    expect((await run('18'))[0]).toMatchObject({ score: 1 });
    expect((await run('19')).map((r) => `${r.answeredBy} ${r.found}`)).toEqual(
      expect.arrayContaining(['Dina Mufti in article', 'Ethiopian Foreign Ministry across articles']),
    );
  });
});
