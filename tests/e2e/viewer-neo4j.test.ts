// The viewer on a real Neo4j: `kg ingest --neo4j` of the sample articles into the emptied test database, `kg serve`
// on it, real headless Chromium. Checks the drawn node count, the Cypher console (rows, refused writes) and a trace.
import { readdir } from 'node:fs/promises';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import { neo4jConnection, openNeo4jStore, resetNeo4j } from '../integration/neo4j.ts';
import { type App, SAMPLES, drawnPixels, startApp } from './harness.ts';

let app: App;
let store: Neo4jStore;
beforeAll(async () => {
  // The e2e project runs after the integration project, one file at a time (vite.config.ts): nothing else
  // writes this database while the file runs.
  store = await openNeo4jStore();
  await resetNeo4j(store);
  app = await startApp([SAMPLES], { neo4j: neo4jConnection() });
});
afterAll(async () => {
  await app?.stop();
  await store?.close();
});

const MODEL_LABELS = ['Actor', 'Claim', 'Incident', 'Article'];
const count = async (cypher: string) => (await store.readQuery(cypher)).rows[0]![0] as number;

/** Runs a query in the page's Cypher console and waits for its answer (a table or a message). */
async function runInConsole(page: Page, query: string): Promise<void> {
  await page.locator('#cypher summary').click();
  await page.locator('#cypher-query').fill(query);
  await page.locator('#cypher-run').click();
  // Attached, not visible: a result with no rows is an empty (zero-height) table.
  await page
    .locator('#cypher-out > :is(table, .error, .notice)')
    .first()
    .waitFor({ state: 'attached', timeout: 15_000 });
}

describe('viewer on Neo4j', () => {
  it('draws every node the store holds', async () => {
    const stats = await store.stats();
    expect(stats.nodes.Article, 'one Article per sample file').toBe((await readdir(SAMPLES)).length);
    const expected = MODEL_LABELS.reduce((n, label) => n + (stats.nodes[label] ?? 0), 0);
    const page = await app.newPage('?view=full');
    expect(await page.evaluate(() => window.__kg.view!.graph.order)).toBe(expected);
    const status = await page.locator('#status').textContent();
    expect(status).toContain(`${expected} nodes`);
    expect(status).toContain('neo4j store');
    await page.waitForTimeout(500);
    expect(await drawnPixels(page)).toBeGreaterThan(500);
    await page.close();
  });

  it('runs a read query in the Cypher console and shows its rows as text', async () => {
    const query =
      'MATCH (a:Actor)-[:DENIES]->(c:Claim) RETURN a.name AS speaker, c.text AS claim ORDER BY speaker, claim';
    const expected = await store.readQuery(query);
    expect(expected.rows.length).toBeGreaterThan(1);
    const page = await app.newPage();
    await runInConsole(page, query);
    const table = await page.evaluate(() => ({
      head: [...document.querySelectorAll('#cypher-table th')].map((th) => th.textContent),
      rows: [...document.querySelectorAll('#cypher-table tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent),
      ),
      error: document.querySelector('#cypher-out .error')?.textContent ?? null,
    }));
    expect(table.error).toBeNull();
    expect(table.head).toEqual(['speaker', 'claim']);
    expect(table.rows).toEqual(expected.rows.map((r) => r.map(String)));
    expect(table.rows.map((r) => r[0])).toContain('Heather Nauert');
    await page.close();
  });

  it('refuses a write typed into the Cypher console and leaves the database unchanged', async () => {
    const nodes = await count('MATCH (n) RETURN count(n)');
    const rels = await count('MATCH ()-[r]->() RETURN count(r)');
    const page = await app.newPage();
    await runInConsole(
      page,
      "CREATE (n:KgE2eWrite {id: 'e2e-write'}) WITH n MATCH (m) DETACH DELETE m RETURN count(*)",
    );
    const error = await page.locator('#cypher-out .error').textContent();
    expect(error).toMatch(/read-only/);
    expect(error).toMatch(/write/);
    expect(await page.locator('#cypher-table').count()).toBe(0);
    expect(await count('MATCH (n:KgE2eWrite) RETURN count(n)')).toBe(0);
    expect(await count('MATCH (n) RETURN count(n)')).toBe(nodes);
    expect(await count('MATCH ()-[r]->() RETURN count(r)')).toBe(rels);
    await page.close();
  });

  it("traces Heather Nauert's claims and shows her denial with its article and sentence", async () => {
    // What the trace must show, read straight from the stored edges (not through the trace code).
    const { rows } = await store.readQuery(
      `MATCH (a:Actor {name: 'Heather Nauert'})-[r:DENIES]->(:Claim)
       MATCH (art:Article {id: r.article})
       OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(p:Actor)
       RETURN a.id, r.sentence, coalesce(p.id, art.id) ORDER BY r.start`,
    );
    expect(rows.length, 'the seeds hold a denial by Heather Nauert').toBeGreaterThan(0);
    const actor = rows[0]![0] as string;
    const denials = rows.map((r) => ({ sentence: r[1] as string, origin: r[2] as string }));

    const page = await app.newPage();
    await page.evaluate(() => window.__kg.stopLayout());
    await page.locator('#search').fill('Nauert');
    await page.locator(`.suggestions li[data-node="${actor}"]`).click({ timeout: 10_000 });
    await page.locator('#trace-actor').click({ timeout: 15_000 });
    await page.locator('#panel .trace-claim').first().waitFor({ timeout: 15_000 });
    const chains = await page.evaluate((id) => {
      const title = document.querySelector('#panel h2.title')?.textContent;
      const found = [...document.querySelectorAll('#panel li.chain[data-stance="denies"]')]
        .filter((li) => li.querySelector(`.hops [data-node="${id}"]`))
        .map((li) => ({
          sentence: li.querySelector('blockquote.evidence')?.textContent,
          origin: li.querySelector('.hops [data-node]')?.getAttribute('data-node'),
          originText: li.querySelector('.hops [data-node]')?.textContent,
        }));
      return {
        title,
        found,
        emphasis: window.__kg.view!.state.emphasis?.kind,
        lit: window.__kg.view!.state.emphasis?.nodes.has(id),
      };
    }, actor);
    expect(chains.title).toBe('Claims traced for Heather Nauert');
    const bySentence = (a: { sentence?: string | null }, b: { sentence?: string | null }) =>
      String(a.sentence).localeCompare(String(b.sentence));
    expect(chains.found.map(({ sentence, origin }) => ({ sentence, origin })).sort(bySentence)).toEqual(
      denials.sort(bySentence),
    );
    expect(chains.found.some((c) => /no knowledge|not aware/.test(c.sentence ?? ''))).toBe(true);
    expect(chains.found.every((c) => (c.originText ?? '').trim().length > 0)).toBe(true);
    expect(chains.emphasis).toBe('trace');
    expect(chains.lit).toBe(true);
    await page.close();
  });
});
