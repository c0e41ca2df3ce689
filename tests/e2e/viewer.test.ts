// The viewer end to end: real `kg ingest` of the sample articles, real `kg serve`, real headless Chromium.
// Checks drawing, search + panel evidence, trace highlighting, filters, URL state and API validation; then, on
// fixture extractions, an actor trace cut at the default limit: its note, "show more" and linked claims.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TraceResult } from '../../graph/store.ts';
import { traceFixtures } from '../fixtures/trace-articles.ts';
import { hubArticles } from '../fixtures/trace-hub.ts';
import { type App, SAMPLES, drawnPixels, startApp, settleLayout } from './harness.ts';

let app: App;
beforeAll(async () => {
  app = await startApp([SAMPLES]);
});
afterAll(async () => app?.stop());

const stopLayout = settleLayout;

describe('viewer on the seed articles', () => {
  it('draws the network on the WebGL canvas', async () => {
    const page = await app.newPage();
    const order = await page.evaluate(() => window.__kg.view!.graph.order);
    expect(order).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await drawnPixels(page)).toBeGreaterThan(500);
    await page.close();
  });

  it('finds Nauert, centres and highlights her, and the panel shows her denial sentence', async () => {
    const page = await app.newPage();
    await stopLayout(page);
    await page.locator('#search').fill('Nauert');
    const option = page.locator('.suggestions li[data-node]').first();
    await option.waitFor({ timeout: 10_000 });
    const id = await option.getAttribute('data-node');
    await option.click();
    const denial = page.locator('#claims-by li[data-stance="denies"] blockquote.evidence').first();
    await denial.waitFor({ timeout: 15_000 });
    expect(await denial.textContent()).toMatch(/Nauert|I am not aware|no knowledge/);
    await page.waitForTimeout(600); // the camera animation
    const shown = await page.evaluate((node) => {
      const sigma = window.__kg.view!.sigma;
      const d = sigma.getNodeDisplayData(node)!;
      const cam = sigma.getCamera().getState();
      return {
        highlighted: d.highlighted,
        dx: Math.abs(cam.x - d.x),
        dy: Math.abs(cam.y - d.y),
        selected: window.__kg.state().selectedNode,
      };
    }, id!);
    expect(shown.selected).toBe(id);
    expect(shown.highlighted).toBe(true);
    expect(shown.dx).toBeLessThan(0.01);
    expect(shown.dy).toBeLessThan(0.01);
    await page.close();
  });

  it('traces a claim and draws publisher → relays → speaker → claim as a highlighted path', async () => {
    const page = await app.newPage('?view=full');
    await stopLayout(page);
    // A claim that some actor states (a speech edge into it).
    const claim = await page.evaluate(() => {
      const g = window.__kg.view!.graph;
      return g.findNode(
        (n, a) =>
          a.kind === 'Claim' &&
          g.inEdges(n).some((e) => ['CLAIMS', 'DENIES', 'CONFIRMS'].includes(g.getEdgeAttribute(e, 'rel'))),
      );
    });
    expect(claim, 'the seed graph has at least one claim with a speaker').toBeTruthy();
    await page.evaluate((c) => window.__kg.view!.sigma.emit('clickNode', { node: c } as never), claim!);
    await page.locator('#trace-node').click();
    await page.locator('#panel .chain').first().waitFor({ timeout: 15_000 });
    const result = await page.evaluate((c) => {
      const { sigma, graph, state } = window.__kg.view!;
      const em = state.emphasis!;
      const speakers = graph
        .inEdges(c)
        .filter((e) => ['CLAIMS', 'DENIES', 'CONFIRMS'].includes(graph.getEdgeAttribute(e, 'rel')));
      const other = graph.findNode((n) => !em.nodes.has(n));
      return {
        kind: em.kind,
        hasClaim: em.nodes.has(c),
        speakersIn: speakers.every((e) => em.nodes.has(graph.source(e)) && em.edges.has(e)),
        claimHighlighted: sigma.getNodeDisplayData(c)!.highlighted,
        emphasisedEdgeSize: em.edges.size ? sigma.getEdgeDisplayData([...em.edges][0]!)!.size : 0,
        otherColor: other ? sigma.getNodeDisplayData(other)!.color : null,
        otherOriginal: other ? graph.getNodeAttributes(other).kind : null,
        url: location.search,
      };
    }, claim!);
    expect(result.kind).toBe('trace');
    expect(result.hasClaim).toBe(true);
    expect(result.speakersIn).toBe(true);
    expect(result.claimHighlighted).toBe(true);
    expect(result.emphasisedEdgeSize).toBeGreaterThan(2);
    if (result.otherColor) expect(result.otherColor).toBe('#e5e7eb');
    expect(result.url).toContain('trace=');
    await page.close();
  });

  it('hides exactly the filtered kind and keeps the rest', async () => {
    const page = await app.newPage('?view=full');
    const before = await page.evaluate(() => {
      const { sigma, graph } = window.__kg.view!;
      return graph.filterNodes((n, a) => a.kind === 'Article' && !sigma.getNodeDisplayData(n)!.hidden).length;
    });
    expect(before).toBeGreaterThan(0);
    await page.locator('#filter-kind-Article').uncheck();
    const after = await page.evaluate(() => {
      const { sigma, graph } = window.__kg.view!;
      const hidden = (n: string) => sigma.getNodeDisplayData(n)!.hidden;
      return {
        articlesShown: graph.filterNodes((n, a) => a.kind === 'Article' && !hidden(n)).length,
        othersShown: graph.filterNodes((n, a) => a.kind !== 'Article' && !hidden(n)).length,
        others: graph.filterNodes((_n, a) => a.kind !== 'Article').length,
        edgesToArticles: graph.filterEdges(
          (e, _a, s, t) =>
            !sigma.getEdgeDisplayData(e)!.hidden && [s, t].some((n) => graph.getNodeAttribute(n, 'kind') === 'Article'),
        ).length,
      };
    });
    expect(after.articlesShown).toBe(0);
    expect(after.edgesToArticles).toBe(0);
    expect(after.othersShown).toBe(after.others);
    expect(page.url()).toContain('hideKinds=Article');
    await page.close();
  });

  it('restores filters, selection and camera from a shared URL', async () => {
    const page = await app.newPage('?view=full');
    await stopLayout(page);
    await page.locator('#filter-stance-claims').uncheck();
    const node = await page.evaluate(() => window.__kg.view!.graph.findNode((_n, a) => a.kind !== 'Article'));
    await page.evaluate((n) => window.__kg.view!.sigma.emit('clickNode', { node: n } as never), node!);
    await page.evaluate(() => window.__kg.view!.sigma.getCamera().setState({ x: 0.3, y: 0.6, ratio: 0.5, angle: 0 }));
    await page.waitForFunction(() => new URLSearchParams(location.search).get('cam')?.startsWith('0.3,0.6,0.5'));
    const shared = page.url();
    const original = await page.evaluate(() => window.__kg.state());
    await page.close();

    const again = await app.newPage(shared.slice(shared.indexOf('?')));
    const restored = await again.evaluate(() => ({
      state: window.__kg.state(),
      cam: window.__kg.view!.sigma.getCamera().getState(),
    }));
    expect(restored.state.filters).toEqual(original.filters);
    expect(restored.state.filters.hiddenStances).toEqual(['claims']);
    expect(restored.state.selectedNode).toBe(node);
    expect(restored.cam.x).toBeCloseTo(0.3, 3);
    expect(restored.cam.y).toBeCloseTo(0.6, 3);
    expect(restored.cam.ratio).toBeCloseTo(0.5, 3);
    expect(await again.locator('#filter-stance-claims').isChecked()).toBe(false);
    const title = await again.locator('#panel h2.title').textContent();
    expect(title).toBe(await again.evaluate((n) => window.__kg.view!.graph.getNodeAttribute(n, 'label'), node!));
    await again.close();
  });

  it('says what a capped full view left out and pages on to the next most connected nodes with their links', async () => {
    const columns = async (q: string) =>
      (await (await fetch(`${app.url}/api/graph?format=columns&props=view&${q}`)).json()) as {
        nodes: { id: string[] };
        edges: { key: string[]; types: string[]; type: number[]; props: Record<string, Array<string | null>> };
        total: number;
        truncated: boolean;
      };
    const ten = await columns('limit=10');
    expect(ten.total).toBeGreaterThan(10);
    const page = await app.newPage('?view=full&limit=5');
    await stopLayout(page);
    const n = ten.total.toLocaleString('en');
    expect(await page.locator('#status').textContent()).toContain(`showing 5 of ${n} nodes`);
    await page.locator('#load-more').click();
    await page.waitForFunction(() => window.__kg.view!.graph.order === 10, null, { timeout: 15_000 });
    expect(await page.locator('#status').textContent()).toContain(`showing 10 of ${n} nodes`);
    // Two pages of five draw what one snapshot of ten holds: the same nodes and the same links.
    const drawn = await page.evaluate(() => ({
      nodes: window.__kg.view!.graph.nodes().sort(),
      edges: window.__kg.view!.graph.edges().sort(),
    }));
    expect(drawn).toEqual({ nodes: [...ten.nodes.id].sort(), edges: [...ten.edges.key].sort() });
    // The viewer loads the packed form (dictionaries, runs, base64 keys): each edge's type and evidence as unpacked.
    const attrs = await page.evaluate(() =>
      window.__kg.view!.graph.mapEdges((key, a) => [key, a.rel, a.article, a.stance] as const),
    );
    const { edges } = ten;
    const stance = (i: number) =>
      ({ CLAIMS: 'claims', DENIES: 'denies', CONFIRMS: 'confirms' })[edges.types[edges.type[i]!]!] ??
      (edges.types[edges.type[i]!] === 'REPORTS' ? (edges.props.stance?.[i] ?? null) : null);
    const want = edges.key.map((key, i) => [
      key,
      edges.types[edges.type[i]!],
      edges.props.article?.[i] ?? null,
      stance(i),
    ]);
    expect([...attrs].sort()).toEqual(want.sort());
    expect(attrs.some(([, , article]) => article)).toBe(true);
    await page.close();
    // Edges are capped per page, those among the most connected nodes first, and the answer counts what it cut.
    const three = (await (await fetch(`${app.url}/api/graph?format=packed&props=view&limit=10&edges=3`)).json()) as {
      edgeTotal: number;
    };
    expect(ten.edges.key.length).toBeGreaterThan(3);
    expect(three.edgeTotal).toBe(ten.edges.key.length);
    const plain = (await (await fetch(`${app.url}/api/graph?limit=10&edges=3`)).json()) as { edges: unknown[] };
    expect(plain.edges).toHaveLength(3);
  });

  it('answers 400 with a clear message on bad API parameters and caps results', async () => {
    const get = async (p: string) => {
      const res = await fetch(`${app.url}${p}`);
      return { status: res.status, body: (await res.json()) as { error?: string; nodes?: unknown[] } };
    };
    expect(await get('/api/graph?limit=-5')).toEqual({
      status: 400,
      body: { error: 'Invalid parameter `limit`: must be at least 1' },
    });
    expect((await get('/api/graph?limit=999999')).status).toBe(400);
    expect((await get('/api/search')).body.error).toMatch(/parameter `q`/);
    expect((await get('/api/trace?claim=a&actor=b')).body.error).toMatch(/exactly one of `claim` or `actor`/);
    expect((await get('/api/node/does-not-exist')).status).toBe(404);
    const capped = await get('/api/graph?limit=2');
    expect(capped.status).toBe(200);
    expect(capped.body.nodes!.length).toBeLessThanOrEqual(2);
    expect(capped.body).toMatchObject({ truncated: true, offset: 0 });
    expect((capped.body as { total?: number }).total).toBeGreaterThan(2);
    const cypher = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (n) RETURN n' }),
    });
    expect(cypher.status).toBe(409);
    expect(((await cypher.json()) as { error: string }).error).toMatch(/needs Neo4j/);
  });
});

describe('actor trace beyond the default limit, on fixture extractions', () => {
  // The trace fixtures (Al Akhbar relays the meeting claim that Nauert denies in other words) plus a hub of
  // generated articles published by Al Akhbar: far more claims than one page of the trace.
  const akhbarHub = hubArticles(30).map(({ extraction, text }) => ({
    text,
    extraction: {
      ...extraction,
      article: { ...extraction.article, outlet: 'al-akhbar' },
      actors: extraction.actors.map((a) => (a.id === 'hub-outlet' ? { ...a, id: 'al-akhbar', name: 'Al Akhbar' } : a)),
    },
  }));
  let fixtures: App;
  beforeAll(async () => {
    const ingestedAt = '2024-01-01T00:00:00Z';
    fixtures = await startApp([], {
      articles: [...traceFixtures, ...akhbarHub].map((f) => ({ ...f, ingestedAt })),
    });
  });
  afterAll(async () => fixtures?.stop());

  it('says the list is cut, shows more on request, keeps the limit in the URL and shows linked claims', async () => {
    const full = (await (await fetch(`${fixtures.url}/api/trace?actor=al-akhbar&limit=100`)).json()) as TraceResult;
    const total = full.claims.length;
    expect(full.truncated).toBe(false);
    expect(total, 'the fixture actor has more claims than two default pages').toBeGreaterThan(40);
    const panelState = (p: Page) =>
      p.evaluate(() => ({
        claims: [...document.querySelectorAll('#panel section.trace-claim')].map((s) => s.getAttribute('data-claim')),
        note: [...document.querySelectorAll('#panel .trace-summary')].map((n) => n.textContent).join(' '),
        more: document.querySelector('#trace-more')?.textContent ?? null,
        url: location.search,
      }));
    const ranked = full.claims.map((c) => c.claim.id);

    const page = await fixtures.newPage('?view=full');
    await stopLayout(page);
    await page.locator('#search').fill('Al Akhbar');
    await page.locator('.suggestions li[data-node="al-akhbar"]').click({ timeout: 10_000 });
    await page.locator('#trace-actor').click({ timeout: 15_000 });
    await page.locator('#panel section.trace-claim').first().waitFor({ timeout: 15_000 });
    const first = await panelState(page);
    expect(first.claims).toEqual(ranked.slice(0, 20));
    const { said, relayed, published } = full.statements!;
    expect(first.note).toContain(`Showing the 20 claims ranked first`);
    expect(first.note).toContain(`of ${said} statements, ${relayed} relays, ${published} articles published`);
    expect(first.more).toBe('Show more (up to 40 claims)');
    expect(first.url).toContain('traceActor=al-akhbar');

    await page.locator('#trace-more').click();
    await page.waitForFunction(() => document.querySelectorAll('#panel section.trace-claim').length > 20);
    const second = await panelState(page);
    expect(second.claims).toEqual(ranked.slice(0, 40));
    expect(second.note).toContain('Showing the 40 claims ranked first');
    expect(second.url).toContain('traceLimit=40');

    // The differently worded denial, under the meeting claim it answers, with its own chain and lit in the graph.
    const denial = full.linked!.find((t) => t.claim.text.startsWith('the US State Department had no knowledge'));
    expect(denial, 'the fixtures link the worded denial to the meeting claim').toBeTruthy();
    const linked = await page.evaluate((id) => {
      const box = document.querySelector(`#panel section.trace-claim .linked-claim[data-claim="${id}"]`);
      const { sigma, state } = window.__kg.view!;
      return {
        under: box?.closest('section.trace-claim')?.getAttribute('data-claim'),
        text: box?.querySelector('h4')?.textContent,
        speakers: [...(box?.querySelectorAll('li.chain .hops [data-node]') ?? [])].map((n) =>
          n.getAttribute('data-node'),
        ),
        lit: state.emphasis?.nodes.has(id) && sigma.getNodeDisplayData(id)!.highlighted,
      };
    }, denial!.claim.id);
    expect(linked.under).toBe(denial!.related[0]);
    expect(linked.text).toBe(`linked: ${denial!.claim.text}`);
    expect(linked.speakers).toContain('heather-nauert');
    expect(linked.lit).toBe(true);
    await page.close();

    // The shared URL brings back the same 40, and the last "show more" reaches the end: no note, no button.
    const again = await fixtures.newPage(second.url);
    const restored = await panelState(again);
    expect(restored.claims).toEqual(ranked.slice(0, 40));
    expect(restored.more).toBe('Show more (up to 80 claims)');
    await again.locator('#trace-more').click();
    await again.waitForFunction((n) => document.querySelectorAll('#panel section.trace-claim').length === n, total);
    const last = await panelState(again);
    expect(last.claims).toEqual(ranked);
    expect(last.note).not.toContain('more exist');
    expect(last.more).toBeNull();
    await again.close();
  });
});
