// Runs every recipe in docs/queries.cypher against the trace fixtures loaded into the real Neo4j (and the
// seed articles through the extractor and loader when those work); each must return rows.
// In: docs/queries.cypher, fixtures, the shared test Neo4j. Out: assertions.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ingest } from '../../graph/load.ts';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
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
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await openNeo4jStore();
    await resetNeo4j(store);
    for (const f of traceFixtures) await store.loadArticle({ ...f, ingestedAt: '2024-01-01T00:00:00Z' });
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
      expect(row).toMatchObject({ claimant: 'Hadiya Khalaf Abbas', denier: 'Jeff Davis' });
    if (recipe.title.startsWith('5.'))
      expect(row).toMatchObject({ place: 'deir ez-zor', fewestKilled: 62, mostKilled: 83 });
    if (recipe.title.startsWith('8.')) expect(row.articles).toBe(3);
  });
});

describe('Cypher recipes on the seed articles, through the extractor and the loader', () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await openNeo4jStore();
    await resetNeo4j(store);
    const summary = await ingest([fileURLToPath(new URL('../../../shared/seeds', import.meta.url))], store);
    expect(summary.failed).toBe(0);
  });
  afterAll(async () => store?.close());

  it('runs every recipe; the seeds answer the denial, relay and who-met-whom questions', async () => {
    const counts: Record<string, number> = {};
    for (const r of recipes)
      counts[r.title.split('.')[0]!] = (await store.readQuery(r.cypher, { params: r.params })).rows.length;
    console.log(`[recipes on seeds] rows per recipe: ${JSON.stringify(counts)}`);
    // What the seed texts plainly contain: Nauert's denials, claims relayed from anonymous sources, meetings.
    for (const n of ['1', '2', '6', '12']) expect(counts[n], `recipe ${n}`).toBeGreaterThan(0);
  });
});
