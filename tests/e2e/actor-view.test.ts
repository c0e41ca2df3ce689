// The actor-first view end to end (issue #14): real `kg ingest` + `kg serve` + headless Chromium. The first
// picture is the folded actor network with labels that never overlap; a search → trace takes three actions;
// a folded link opens its statements; actors expand on demand; the timeline follows the selection and the
// date filter; and each fix from the issue (hidden selection, stale trace panel, console, edge picking,
// laptop layout, empty store, file paths, fit, status counts).
import { readdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ActorGraph } from '../../graph/actor-graph.ts';
import { type App, ROOT, SAMPLES, drawnPixels, startApp, settleLayout } from './harness.ts';

/** ~90 in-repo articles (samples + the team's wire-style fixtures), so the overview is cut to the top actors. */
const txtFiles = (dir: string) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(ROOT, dir, f));
const CORPUS = [SAMPLES, ...txtFiles('tests/fixtures/cross'), ...txtFiles('tests/fixtures/unseen')];

const settle = settleLayout;
/** The viewport point of a node, for real mouse events. */
const nodePoint = (page: Page, node: string) =>
  page.evaluate((n) => {
    const sigma = window.__kg.view!.sigma;
    const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)!);
    const box = document.querySelector('#graph')!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, node);

describe('actor view on the seed articles', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp([SAMPLES]);
  });
  afterAll(async () => app?.stop());

  it('starts from actors and folded links, with labels that do not overlap', async () => {
    const page = await app.newPage();
    await page.waitForFunction(() => !window.__kg.layoutRunning(), null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    const api = (await (await fetch(`${app.url}/api/actors?limit=80`)).json()) as ActorGraph;
    const seen = await page.evaluate(() => {
      const v = window.__kg.view!;
      const boxes = (v as unknown as { labels: { boxes: number[] } }).labels.boxes;
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i += 4)
        for (let j = i + 4; j < boxes.length; j += 4)
          if (
            boxes[i]! < boxes[j + 2]! &&
            boxes[j]! < boxes[i + 2]! &&
            boxes[i + 1]! < boxes[j + 3]! &&
            boxes[j + 1]! < boxes[i + 3]!
          )
            overlaps++;
      return {
        kinds: [...new Set(v.graph.mapNodes((_n, a) => a.labels[0]))],
        folded: v.graph.everyEdge((_e, a) => a.props.folded === true),
        order: v.graph.order,
        size: v.graph.size,
        labels: boxes.length / 4,
        overlaps,
        status: document.querySelector('#status')!.textContent,
      };
    });
    expect(seen.kinds).toEqual(['Actor']);
    expect(seen.folded).toBe(true);
    expect([seen.order, seen.size]).toEqual([api.nodes.length, api.edges.length]);
    expect(seen.labels).toBeGreaterThan(10);
    // Selected labels may be forced over others; at rest nothing is selected, so no two labels may touch.
    expect(seen.overlaps).toBe(0);
    expect(seen.status).toContain(`Actor view: ${api.nodes.length} actors · `);
    expect(await drawnPixels(page)).toBeGreaterThan(500);
    await page.close();
  });

  it('search → trace in three actions: the chain and the denial light up on the actor graph', async () => {
    const page = await app.newPage();
    await settle(page);
    await page.locator('#search').fill('Nauert'); // 1
    await page.locator('.suggestions li[data-node="heather-nauert"]').click({ timeout: 10_000 }); // 2
    await page.locator('#trace-actor').click({ timeout: 15_000 }); // 3
    await page.locator('#panel li.chain[data-stance="denies"]').first().waitFor({ timeout: 15_000 });
    const lit = await page.evaluate(() => {
      const { state, graph } = window.__kg.view!;
      const em = state.emphasis!;
      return {
        nauert: em.nodes.has('heather-nauert'),
        types: [...em.edges].map((e) => graph.getEdgeAttribute(e, 'rel')),
        allActors: [...em.nodes].every((n) => graph.getNodeAttribute(n, 'labels').includes('Actor')),
      };
    });
    expect(lit.nauert).toBe(true);
    expect(lit.allActors).toBe(true);
    expect(lit.types).toContain('DENIES');
    // "Clear highlight" takes the trace out of the panel too, back to the selected actor.
    await page.locator('#clear-emphasis').click();
    await page.locator('#trace-actor').waitFor();
    expect(await page.locator('#panel .chains').count()).toBe(0);
    expect(await page.evaluate(() => window.__kg.view!.state.emphasis)).toBeNull();
    await page.close();
  });

  it('a real click on a folded link opens the statements it stands for', async () => {
    const page = await app.newPage();
    await settle(page);
    await page.waitForFunction(() => !window.__kg.view!.sigma.getCamera().isAnimated()); // the fit after the layout
    // The DENIES link whose midpoint is farthest from any other drawn edge, then a real mouse click there: read
    // until two reads a few frames apart agree, so a late render under load cannot move the link between the read
    // and the click (a CI run once clicked a CONFIRMS link drawn there by then).
    const read = () =>
      page.evaluate(async () => {
        for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
        const v = window.__kg.view!;
        const sigma = v.sigma;
        const box = document.querySelector('#graph')!.getBoundingClientRect();
        const mid = (e: string) => {
          const [s, t] = v.graph.extremities(e).map((n) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)!));
          return { x: (s!.x + t!.x) / 2, y: (s!.y + t!.y) / 2 };
        };
        const candidates = v.graph.filterEdges((e, a) => a.rel === 'DENIES' && !v.state.curvatures.get(e));
        // A midpoint under a node's disc would click the node (sigma picks nodes first): keep clear of every node.
        const clear = (p: { x: number; y: number }) =>
          v.graph.everyNode((n) => {
            const d = sigma.getNodeDisplayData(n);
            if (!d || d.hidden) return true;
            const q = sigma.framedGraphToViewport(d);
            return Math.hypot(q.x - p.x, q.y - p.y) > sigma.scaleSize(d.size) + 6;
          });
        const best = candidates
          .map((e) => ({ e, p: mid(e) }))
          .filter(({ e, p }) => v.edgeNear(p.x, p.y) === e && clear(p))
          .sort((a, b) => a.p.x - b.p.x)[0]!;
        return {
          edge: best.e,
          x: box.left + best.p.x,
          y: box.top + best.p.y,
          count: v.graph.getEdgeAttribute(best.e, 'props').count,
        };
      });
    let target = await read();
    for (let i = 0; i < 20; i++) {
      const again = await read();
      if (JSON.stringify(again) === JSON.stringify(target)) break;
      target = again;
    }
    await page.mouse.move(target.x, target.y);
    await page.mouse.click(target.x, target.y);
    await page.locator('#folded-items li').first().waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => window.__kg.state().selectedEdge)).toBe(target.edge);
    expect(await page.locator('#folded-title').textContent()).toContain(' denies ');
    expect(await page.locator('#folded-items li').count()).toBe(target.count);
    expect(await page.locator('#folded-items li[data-stance="denies"] blockquote.evidence').count()).toBe(target.count);
    await page.close();
  });

  it('draws a parallel link along its curve: the picking layer finds it at the apex, not on the chord', async () => {
    const page = await app.newPage();
    await settle(page);
    const seen = await page.evaluate(() => {
      const v = window.__kg.view!;
      const sigma = v.sigma;
      // Private in sigma's typings: what its mouse handlers call to read the picking layer.
      const edgeAt = (x: number, y: number) =>
        (sigma as unknown as { getEdgeAtPoint(x: number, y: number): string | null }).getEdgeAtPoint(x, y);
      // The apex as @sigma/edge-curve bends a link (labels.ts and edgeNear use the same geometry), y down.
      const points = (e: string) => {
        const [s, t] = v.graph.extremities(e).map((n) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)!));
        const c = v.state.curvatures.get(e) ?? 0;
        const [dx, dy] = [t!.x - s!.x, t!.y - s!.y];
        const mid = { x: (s!.x + t!.x) / 2, y: (s!.y + t!.y) / 2 };
        return { mid, apex: { x: mid.x + (dy * c) / 2, y: mid.y - (dx * c) / 2 }, d: Math.hypot(dx, dy) };
      };
      const curved = v.graph
        .filterEdges((e) => Math.abs(v.state.curvatures.get(e) ?? 0) >= 0.1 && v.state.visibility.edges.has(e))
        .map((e) => ({ e, ...points(e) }))
        .filter(
          ({ e, apex, d }) =>
            (d * Math.abs(v.state.curvatures.get(e)!)) / 2 >= 8 && v.edgeNear(apex.x, apex.y, 6) === e,
        );
      const around = (p: { x: number; y: number }) => {
        const hits = new Set<string | null>();
        for (let i = -2; i <= 2; i++) for (let j = -2; j <= 2; j++) hits.add(edgeAt(p.x + i, p.y + j));
        return hits;
      };
      return {
        curvedLinks: v.state.curvatures.size,
        candidates: curved.length,
        checked: curved.slice(0, 5).map(({ e, apex, mid }) => {
          const hits = around(apex);
          // Another link drawn over this one's apex (the layout differs run to run) hides it there: not a miss.
          const covered = !hits.has(e) && [...hits].some((h) => h !== null);
          return { atApex: hits.has(e), covered, onChord: around(mid).has(e) };
        }),
      };
    });
    expect(seen.candidates, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(
      seen.checked.every((c) => (c.atApex || c.covered) && !c.onChord),
      JSON.stringify(seen),
    ).toBe(true);
    expect(
      seen.checked.some((c) => c.atApex),
      JSON.stringify(seen),
    ).toBe(true);
    await page.close();
  });

  it('keeps no stale selection when its kind is hidden, and counts what is shown', async () => {
    const page = await app.newPage('?view=full');
    await settle(page);
    const claim = await page.evaluate(() => window.__kg.view!.graph.findNode((_n, a) => a.kind === 'Claim')!);
    await page.evaluate((c) => window.__kg.view!.sigma.emit('clickNode', { node: c } as never), claim);
    await page.locator('#trace-node').waitFor();
    const before = await page.locator('#status').textContent();
    await page.locator('#filter-kind-Claim').uncheck();
    await page.locator('#panel-note').waitFor();
    const after = await page.evaluate(
      (c) => ({
        selected: window.__kg.state().selectedNode,
        drawn: !window.__kg.view!.sigma.getNodeDisplayData(c)!.hidden,
        dimmed: window.__kg.view!.graph.filterNodes(
          (n) => window.__kg.view!.sigma.getNodeDisplayData(n)!.color === '#e5e7eb',
        ).length,
        status: document.querySelector('#status')!.textContent!,
        shown: window.__kg.view!.state.visibility.nodes.size,
      }),
      claim,
    );
    expect(after.selected).toBeNull();
    expect(after.drawn).toBe(false);
    expect(after.dimmed).toBe(0);
    expect(after.status).toMatch(new RegExp(`^${after.shown} nodes · \\d+ edges shown \\(\\d+ hidden by filters\\)`));
    expect(after.status).not.toBe(before);
    await page.close();
  });

  it('offers no Cypher console on the embedded store, fits the view, names articles by title', async () => {
    const page = await app.newPage('?view=full');
    await settle(page);
    expect(await page.locator('#cypher').isVisible()).toBe(false);
    await page.evaluate(() => window.__kg.view!.sigma.getCamera().setState({ x: 0.9, y: 0.1, ratio: 0.2, angle: 0 }));
    await page.locator('#fit-view').click();
    await page.waitForTimeout(600);
    const cam = await page.evaluate(() => window.__kg.view!.sigma.getCamera().getState());
    expect([cam.x, cam.y, cam.ratio]).toEqual([0.5, 0.5, 1]);
    // An untitled seed article: the reader names it (graph/article-label.ts), never by its path.
    const untitled = await page.evaluate(() =>
      window.__kg.view!.graph.findNode((_n, a) => a.kind === 'Article' && !a.props.title),
    );
    expect(untitled, 'one seed article has no title').toBeTruthy();
    await page.evaluate((n) => window.__kg.view!.sigma.emit('clickNode', { node: n } as never), untitled!);
    await page.locator('#read-article').click();
    await page.locator('#article-body').filter({ hasText: /\w/ }).waitFor();
    const heading = await page.locator('#article-head h2').textContent();
    expect(heading).not.toMatch(/seeds|\//);
    expect(heading!.length).toBeGreaterThan(5);
    await page.close();
  });

  it('shows the time, stance and source filters without scrolling on a 1366x768 laptop', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${app.url}/?view=full`);
    await page.waitForFunction(() => window.__kg?.ready === true, null, { timeout: 60_000 });
    for (const sel of [
      '#filter-to',
      '#filter-stance-denies',
      '#filter-article',
      '#search',
      '#fit-view',
      '#mode-toggle',
    ]) {
      const box = (await page.locator(sel).boundingBox())!;
      expect(box.y + box.height, sel).toBeLessThanOrEqual(768);
      expect(box.x + box.width, sel).toBeLessThanOrEqual(1366);
    }
    await page.close();
  });

  it('draws the timeline of the selected actor; the date filter dims what is outside it; a mark opens its claim', async () => {
    const items = (
      (await (await fetch(`${app.url}/api/timeline/heather-nauert`)).json()) as {
        items: Array<{ date: string | null; node: string }>;
      }
    ).items;
    const dated = items.filter((i) => i.date);
    expect(dated.length).toBeGreaterThan(0);
    const page = await app.newPage('?node=heather-nauert&to=2020-01-01');
    await page.locator('#timeline-svg .tl-mark').first().waitFor({ timeout: 15_000 });
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('#timeline-svg .tl-mark')].map((m) => ({
        node: m.getAttribute('data-node'),
        opacity: m.getAttribute('opacity'),
      })),
    );
    expect(marks.map((m) => m.node).sort()).toEqual(dated.map((i) => i.node).sort());
    // Nauert's statements are of 2021: all after the filter's end.
    expect(marks.every((m) => m.opacity === '0.2')).toBe(true);
    await page.locator('#timeline-svg .tl-mark').first().click();
    await page.waitForFunction((n) => window.__kg.state().selectedNode === n, marks[0]!.node, { timeout: 15_000 });
    // The claim is fetched and added after the selection is set: wait for it, then check it is there.
    await page
      .waitForFunction((n) => window.__kg.view!.graph.hasNode(n), marks[0]!.node, { timeout: 15_000 })
      .catch(() => undefined);
    const claim = await page.evaluate((n) => window.__kg.view!.graph.hasNode(n), marks[0]!.node!);
    expect(claim, 'the opened claim is brought into the actor graph').toBe(true);
    await page.close();
  });
});

describe('actor view on ~90 articles (samples + the wire-style fixtures)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(CORPUS);
  });
  afterAll(async () => app?.stop());

  it('starts from the top actors and expands a neighbourhood on double-click, kept in the URL', async () => {
    const page = await app.newPage();
    await settle(page);
    const top = await page.evaluate(() => ({
      order: window.__kg.view!.graph.order,
      status: document.querySelector('#status')!.textContent!,
    }));
    expect(top.order).toBe(80);
    expect(top.status).toMatch(/of \d+ actors: the most connected/);
    // An actor on screen with neighbours that are not.
    const pick = await page.evaluate(async () => {
      const g = window.__kg.view!.graph;
      for (const n of g.nodes()) {
        const res = (await (await fetch(`/api/actors?limit=40&focus=${encodeURIComponent(n)}`)).json()) as ActorGraph;
        const missing = res.nodes.filter((m) => !g.hasNode(m.id)).map((m) => m.id);
        if (missing.length >= 3) return { node: n, missing, links: res.edges.map((e) => e.key) };
      }
      return null;
    });
    expect(pick, 'some drawn actor has undrawn neighbours').not.toBeNull();
    await page.waitForFunction(() => !window.__kg.view!.sigma.getCamera().isAnimated()); // the fit after the layout
    const at = await nodePoint(page, pick!.node);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction((m) => m.every((id: string) => window.__kg.view!.graph.hasNode(id)), pick!.missing, {
      timeout: 15_000,
    });
    const after = await page.evaluate(
      (links) => ({
        links: links.every((k: string) => window.__kg.view!.graph.hasEdge(k)),
        url: location.search,
        order: window.__kg.view!.graph.order,
      }),
      pick!.links,
    );
    expect(after.links).toBe(true);
    expect(after.url).toContain(`expand=${encodeURIComponent(pick!.node)}`);
    // The shared URL expands it again.
    const again = await app.newPage(after.url);
    expect(await again.evaluate(() => window.__kg.view!.graph.order)).toBe(after.order);
    await again.close();
    await page.close();
  });

  it('a searched actor outside the first view comes in with its links and the camera goes to it', async () => {
    const page = await app.newPage();
    await settle(page);
    const outside = await page.evaluate(async () => {
      const all = (await (await fetch('/api/actors?limit=2000')).json()) as ActorGraph;
      const g = window.__kg.view!.graph;
      return all.nodes.find((n) => !g.hasNode(n.id) && String(n.props.name).length > 6 && !n.props.anonymous)!;
    });
    await page.locator('#search').fill(String(outside.props.name));
    await page.locator(`.suggestions li[data-node="${outside.id}"]`).click({ timeout: 10_000 });
    await page
      .locator('#panel h2.title')
      .filter({ hasText: String(outside.props.name) })
      .waitFor({ timeout: 15_000 });
    await page.waitForTimeout(600);
    const seen = await page.evaluate((id) => {
      const { sigma, graph } = window.__kg.view!;
      const d = sigma.getNodeDisplayData(id)!;
      const cam = sigma.getCamera().getState();
      return { links: graph.degree(id), dx: Math.abs(cam.x - d.x), dy: Math.abs(cam.y - d.y) };
    }, outside.id);
    expect(seen.links).toBeGreaterThan(0);
    expect(seen.dx).toBeLessThan(0.01);
    expect(seen.dy).toBeLessThan(0.01);
    await page.close();
  });
});

describe('an empty store', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp([]);
  });
  afterAll(async () => app?.stop());

  it('says so and gives the kg ingest command', async () => {
    const page = await app.newPage();
    const hint = page.locator('#empty-hint');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain('npx kg ingest');
    await page.close();
  });
});
