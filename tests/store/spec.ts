// The GraphStore spec, run against every implementation (as graphology runs one spec per Graph type):
// tests/unit/embedded-store.test.ts (embedded) and tests/integration/neo4j-store.test.ts (Neo4j).
import { fileURLToPath } from 'node:url';

import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { claimBands, claimKeyInput } from '../../graph/claims/similar.ts';
import { ingest } from '../../graph/load.ts';
import { claimNodeId } from '../../graph/model.ts';
import { type GraphNode, type GraphStore, type StoreStats, capEdges } from '../../graph/store.ts';
import { denial, strike } from '../fixtures/articles.ts';

const nonZero = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).filter(([, n]) => n > 0));
const counts = (s: StoreStats) => ({ nodes: nonZero(s.nodes), relationships: nonZero(s.relationships) });

/** Counted by hand from tests/fixtures/articles.ts (see the comments there for what each article holds). */
const STRIKE_STATS = {
  nodes: { Article: 1, Actor: 7, Person: 2, State: 3, Outlet: 1, Group: 1, Incident: 1, Claim: 2 },
  relationships: {
    MENTIONED_IN: 8,
    MEMBER_OF: 2,
    PUBLISHED_BY: 1,
    PARTICIPATED_IN: 2,
    CLAIMS: 2,
    RELAYED: 1,
    REPORTS: 2,
    ABOUT: 4,
    ATTACKED: 1,
    MET_WITH: 1,
  },
};
/** Both articles: the denial adds no actor node (all three are known), two claims and nine relationships. */
const BOTH_STATS = {
  nodes: { Article: 2, Actor: 7, Person: 2, State: 3, Outlet: 1, Group: 1, Incident: 1, Claim: 4 },
  relationships: {
    MENTIONED_IN: 11,
    MEMBER_OF: 3,
    PUBLISHED_BY: 1,
    PARTICIPATED_IN: 2,
    CLAIMS: 3,
    DENIES: 1,
    RELAYED: 1,
    REPORTS: 4,
    ABOUT: 5,
    ATTACKED: 1,
    MET_WITH: 1,
  },
};
const texts: Record<string, string> = {
  [strike.extraction.article.id]: strike.text,
  [denial.extraction.article.id]: denial.text,
};

/** Store settings a spec may ask for (both stores take them). */
export interface SpecStoreOptions {
  stopBand?: number;
}

/** Wire stories retelling one claim (tests/fixtures/cross-claims): their claims share band keys, some widely. */
const CROSS_CLAIMS = ['01-wire-a', '02-wire-b', '03-wire-c', '04-wire-d', '05-wire-e'].map((f) =>
  fileURLToPath(new URL(`../fixtures/cross-claims/${f}.txt`, import.meta.url)),
);

export function storeSpec(
  name: string,
  makeStore: (options?: SpecStoreOptions) => Promise<GraphStore>,
  reset: (s: GraphStore) => Promise<void>,
): void {
  stopBandSpec(name, makeStore, reset);
  describe(`GraphStore spec: ${name}`, () => {
    let store: GraphStore;
    const loadBoth = async () => {
      await store.loadArticle(strike);
      await store.loadArticle(denial);
    };

    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await store?.close();
    });
    beforeEach(async () => {
      await reset(store);
    });

    it('loads an article and counts exactly what it holds', async () => {
      expect(await store.hasArticle(strike.extraction.article.id)).toBe(false);
      const outcome = await store.loadArticle(strike);
      expect(outcome).toMatchObject({
        articleId: strike.extraction.article.id,
        status: 'loaded',
        actors: 7,
        claims: 2,
        relations: 2,
        incidents: 1,
      });
      expect(await store.hasArticle(strike.extraction.article.id)).toBe(true);
      expect(counts(await store.stats())).toEqual(STRIKE_STATS);
    });

    it('treats a second load of the same article as unchanged and writes nothing', async () => {
      await store.loadArticle(strike);
      const before = counts(await store.stats());
      const again = await store.loadArticle(strike);
      expect(again.status).toBe('unchanged');
      expect(counts(await store.stats())).toEqual(before);
      await store.loadArticle(denial);
      expect((await store.loadArticle(denial)).status).toBe('unchanged');
      expect(counts(await store.stats())).toEqual(BOTH_STATS);
    });

    it('merges an actor seen in two articles: the most complete name kept, every other name an alias, roles unioned', async () => {
      await loadBoth();
      const muallem = await store.getNode('walid-muallem');
      expect(muallem?.labels.slice().sort()).toEqual(['Actor', 'Person']);
      // "Walid al-Muallem" (second article) outranks "Walid Muallem" (first): longer, same word count.
      expect(muallem?.props.name).toBe('Walid al-Muallem');
      expect(muallem?.props.aliases).toEqual(['Muallem', 'Walid Muallem', 'al-Muallem']);
      const envoy = await store.getNode('alexander-lavrentiev');
      expect((envoy?.props.roles as string[]).slice().sort()).toEqual(['Russian envoy', 'envoy']);
      expect((envoy?.props.aliases as string[]).slice().sort()).toEqual(['Lavrentiev']);
    });

    it('gives the same nodes and relationships whatever order the articles arrive in', async () => {
      const snapshot = async () => {
        const g = await store.subgraph({ limit: 1000 });
        const nodes: GraphNode[] = g.nodes
          .map((n) => ({ ...n, props: { ...n.props, ingestedAt: null } }))
          .sort((a, b) => (a.id < b.id ? -1 : 1));
        return { nodes, edges: g.edges.sort((a, b) => (a.key < b.key ? -1 : 1)) };
      };
      await loadBoth();
      const forward = await snapshot();
      await reset(store);
      await store.loadArticle(denial);
      await store.loadArticle(strike);
      const backward = await snapshot();
      expect(backward).toEqual(forward);
      // The merged actor really differs between the two articles, so the test can fail.
      expect(forward.nodes.find((n) => n.id === 'walid-muallem')?.props.aliases).toContain('Walid Muallem');
    });

    it('puts evidence (article, start, end, sentence) on every relationship', async () => {
      await loadBoth();
      const all = await store.subgraph({ limit: 1000 });
      expect(all.edges).toHaveLength(33);
      for (const e of all.edges) {
        const text = texts[e.props.article as string];
        expect(text, `${e.type} ${e.key}: article`).toBeDefined();
        const { start, end, sentence } = e.props as { start: number; end: number; sentence: string };
        expect(Number.isInteger(start) && Number.isInteger(end) && start <= end && end <= text!.length).toBe(true);
        expect(typeof sentence === 'string' && sentence.length > 0, `${e.type}: sentence`).toBe(true);
        expect(sentence).toContain(text!.slice(start, end).trim());
      }
      const denies = all.edges.filter((e) => e.type === 'DENIES');
      expect(denies).toHaveLength(1);
      expect(denies[0]).toMatchObject({
        source: 'alexander-lavrentiev',
        target: claimNodeId('alexander-lavrentiev', 'he had met Walid al-Muallem in Damascus on Sunday'),
      });
      expect(denies[0]!.props.cue).toBe('denied');
      const relayed = all.edges.find((e) => e.type === 'RELAYED');
      expect(relayed).toMatchObject({ source: 'al-akhbar', props: { order: 1, speaker: 'sources-1' } });
    });

    it('returns a node with its properties, the article with its text, and null for an unknown id', async () => {
      await loadBoth();
      const article = await store.getNode(denial.extraction.article.id);
      expect(article?.labels).toEqual(['Article']);
      expect(article?.props.text).toBe(denial.text);
      expect(article?.props.source).toBe('fixtures/denial.txt');
      const quote = await store.getNode(claimNodeId('alexander-lavrentiev', 'There was no such meeting'));
      expect(quote?.props).toMatchObject({ text: 'There was no such meeting', quote: true });
      expect(await store.getNode('no-such-node')).toBeNull();
    });

    it('caps the whole-graph subgraph and says when it cut', async () => {
      await loadBoth();
      const all = await store.subgraph();
      expect(all.nodes).toHaveLength(14);
      expect(all.truncated).toBe(false);
      const cut = await store.subgraph({ limit: 3 });
      expect(cut.nodes).toHaveLength(3);
      expect(cut.truncated).toBe(true);
      const kept = new Set(cut.nodes.map((n) => n.id));
      for (const e of cut.edges) expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
      const noArticles = await store.subgraph({ withoutArticles: true });
      expect(noArticles.nodes).toHaveLength(12);
      expect(noArticles.nodes.some((n) => n.labels.includes('Article'))).toBe(false);
      expect(noArticles.edges.some((e) => ['MENTIONED_IN', 'REPORTS', 'PUBLISHED_BY'].includes(e.type))).toBe(false);
      expect(noArticles.edges.length).toBeGreaterThan(0);
    });

    it('ranks the capped subgraph by degree, counts what it left out, pages on and sends only the asked properties', async () => {
      await loadBoth();
      const whole = await store.subgraph({ limit: 1000 });
      const degree = new Map<string, number>();
      for (const e of whole.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
      const rank = whole.nodes
        .map((n) => n.id)
        .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
      const first = await store.subgraph({ limit: 5 });
      expect(first.nodes.map((n) => n.id)).toEqual(rank.slice(0, 5));
      expect(first).toMatchObject({ truncated: true, total: 14, offset: 0 });
      // The next page: the nodes ranked after, with their edges to the first page, and no edge twice.
      const second = await store.subgraph({ limit: 5, offset: 5 });
      expect(second.nodes.map((n) => n.id)).toEqual(rank.slice(5, 10));
      expect(second).toMatchObject({ truncated: true, total: 14, offset: 5 });
      const ten = await store.subgraph({ limit: 10 });
      const keys = (s: { edges: Array<{ key: string }> }) => s.edges.map((e) => e.key).sort();
      expect([...keys(first), ...keys(second)].sort()).toEqual(keys(ten));
      expect(second.edges.some((e) => rank.slice(0, 5).includes(e.source) || rank.slice(0, 5).includes(e.target))).toBe(
        true,
      );
      const last = await store.subgraph({ limit: 5, offset: 10 });
      expect(last.nodes.map((n) => n.id)).toEqual(rank.slice(10));
      expect(last.truncated).toBe(false);
      // Only the properties asked for: what the viewer draws.
      const slim = await store.subgraph({ limit: 14, nodeProps: ['name', 'publishedAt'], edgeProps: ['article'] });
      const article = slim.nodes.find((n) => n.id === denial.extraction.article.id);
      expect(Object.keys(article!.props).sort()).toEqual(['name', 'publishedAt'].filter((k) => k in article!.props));
      expect(slim.nodes.find((n) => n.id === 'alexander-lavrentiev')?.props).toEqual({ name: 'Alexander Lavrentiev' });
      for (const e of slim.edges) expect(Object.keys(e.props)).toEqual(['article']);
      expect(keys(slim)).toEqual(keys(whole));
    });

    it('caps a page of the subgraph at maxEdges, those among the highest-ranked nodes first, and counts what it cut', async () => {
      await loadBoth();
      const whole = await store.subgraph({ limit: 14 });
      const rank = new Map(whole.nodes.map((n, i) => [n.id, i]));
      expect(whole.edgeTotal).toBe(whole.edges.length);
      const cut = await store.subgraph({ limit: 14, maxEdges: 5 });
      expect(cut.edges).toHaveLength(5);
      expect(cut.edgeTotal).toBe(whole.edges.length);
      expect(cut.nodes.map((n) => n.id)).toEqual(whole.nodes.map((n) => n.id));
      // Kept: the edges whose lower-ranked end ranks highest; none left out ranks above the lowest kept.
      const lower = (e: { source: string; target: string }) => Math.max(rank.get(e.source)!, rank.get(e.target)!);
      const kept = new Set(cut.edges.map((e) => e.key));
      const lowestKept = Math.max(...cut.edges.map(lower));
      for (const e of whole.edges) if (!kept.has(e.key)) expect(lower(e)).toBeGreaterThanOrEqual(lowestKept);
      expect(cut.edges.map((e) => e.key)).toEqual(capEdges(whole.edges, rank, 5).map((e) => e.key));
      // On a later page the cap counts that page's edges (those with an end on it).
      const page = await store.subgraph({ limit: 5, offset: 5 });
      const capped = await store.subgraph({ limit: 5, offset: 5, maxEdges: 1 });
      expect(page.edges.length).toBeGreaterThan(1);
      expect(capped).toMatchObject({ edgeTotal: page.edges.length, total: 14, offset: 5 });
      expect(capped.edges).toHaveLength(1);
    });

    it('returns a neighbourhood within depth and limit', async () => {
      await loadBoth();
      const one = await store.neighborhood('alexander-lavrentiev');
      const ids = new Set(one.nodes.map((n) => n.id));
      // Russia (MEMBER_OF), both articles, Muallem (MET_WITH), c2 (ABOUT), his denial and his quote.
      expect(ids.size).toBe(8);
      for (const id of [
        'alexander-lavrentiev',
        'russia',
        'walid-muallem',
        strike.extraction.article.id,
        denial.extraction.article.id,
      ])
        expect(ids.has(id)).toBe(true);
      expect(ids.has('syria')).toBe(false);
      expect(one.truncated).toBe(false);
      for (const e of one.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      const two = await store.neighborhood('alexander-lavrentiev', { depth: 2 });
      expect(two.nodes.some((n) => n.id === 'syria')).toBe(true);
      const capped = await store.neighborhood('alexander-lavrentiev', { limit: 3 });
      expect(capped.nodes).toHaveLength(3);
      expect(capped.nodes.some((n) => n.id === 'alexander-lavrentiev')).toBe(true);
      expect(capped.truncated).toBe(true);
      // What the cap left out is counted: the start and its 7 neighbours (the cut ring, whole).
      expect(capped.total).toBe(8);
      expect(one.total).toBe(8);
      await expect(store.neighborhood('no-such-node')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('finds a shortest path between any two nodes, either way round, never through an article', async () => {
      await loadBoth();
      // The reference: graphology's breadth-first search over the whole graph without articles, undirected.
      const whole = await store.subgraph({ limit: 1000, withoutArticles: true });
      const g = new UndirectedGraph();
      for (const n of whole.nodes) g.addNode(n.id);
      for (const e of whole.edges) if (e.source !== e.target) g.mergeEdge(e.source, e.target);
      const ids = whole.nodes.map((n) => n.id);
      let found = 0;
      // From each of the three best-connected nodes to every other (every pair costs Neo4j half a second).
      for (const [i, a] of ids.slice(0, 3).entries())
        for (const b of ids.slice(i + 1)) {
          const want = bidirectional(g, a, b);
          const got = await store.shortestPath(a, b);
          expect(got.found, `${a} → ${b}`).toBe(Boolean(want));
          if (!want) continue;
          found++;
          expect(got.nodes.map((n) => n.id)[0]).toBe(a);
          expect(got.nodes.at(-1)!.id).toBe(b);
          expect(got.nodes, `${a} → ${b}`).toHaveLength(want.length);
          got.edges.forEach((e, k) =>
            expect([e.source, e.target].sort()).toEqual([got.nodes[k]!.id, got.nodes[k + 1]!.id].sort()),
          );
          for (const n of got.nodes) expect(n.labels).not.toContain('Article');
        }
      expect(found).toBeGreaterThan(20);
      // A pair more than one hop apart, capped at one hop: not found, and said to be cut short.
      const far = ids
        .flatMap((a) => ids.map((b) => [a, b] as const))
        .find(([a, b]) => (bidirectional(g, a, b)?.length ?? 0) > 2)!;
      expect(await store.shortestPath(far[0], far[1], { maxHops: 1 })).toMatchObject({ found: false, truncated: true });
      expect((await store.shortestPath(far[0], far[0])).nodes.map((n) => n.id)).toEqual([far[0]]);
      await expect(store.shortestPath('no-such-node', far[1])).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(store.shortestPath(strike.extraction.article.id, far[1])).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('searches names, aliases and claim texts case-insensitively, with label filter and limit', async () => {
      await loadBoth();
      const hits = await store.search('LAVRENTIEV');
      expect(hits[0]?.id).toBe('alexander-lavrentiev');
      expect((await store.search('al-muallem', { labels: ['Actor'] })).map((n) => n.id)).toEqual(['walid-muallem']);
      const claims = await store.search('no such meeting', { labels: ['Claim'] });
      expect(claims.map((n) => n.id)).toEqual([claimNodeId('alexander-lavrentiev', 'There was no such meeting')]);
      expect(await store.search('damascus', { limit: 1 })).toHaveLength(1);
      expect((await store.search('damascus', { limit: 50 })).length).toBeGreaterThan(1);
      expect(await store.search('zzz-nothing-matches')).toEqual([]);
    });

    it('folds statements, relay chains and interactions into actor links (actorGraph)', async () => {
      await loadBoth();
      const g = await store.actorGraph({ limit: 50 });
      const links = Object.fromEntries(g.edges.map((e) => [e.key, [e.props.count, e.props.first, e.props.latest]]));
      const d = '2018-03-05';
      expect(links).toEqual({
        'agg:ATTACKED:israel:syria': [1, d, d],
        'agg:CLAIMS:sources-1:alexander-lavrentiev': [1, d, d],
        'agg:CLAIMS:sources-1:walid-muallem': [1, d, d],
        'agg:CLAIMS:walid-muallem:israel': [1, d, d],
        // The denial's article is undated: the link keeps no date, the count still holds.
        'agg:DENIES:alexander-lavrentiev:walid-muallem': [1, null, null],
        'agg:MEMBER_OF:alexander-lavrentiev:russia': [2, d, d],
        'agg:MEMBER_OF:walid-muallem:syria': [1, d, d],
        'agg:MET_WITH:walid-muallem:alexander-lavrentiev': [1, d, d],
        // publisher → relay → source: Al Akhbar published and relayed the anonymous sources (no self-link).
        'agg:RELAYED:al-akhbar:sources-1': [1, d, d],
        'agg:REPORTS:al-akhbar:walid-muallem': [1, d, d],
      });
      expect(g.nodes[0]).toMatchObject({ id: 'walid-muallem', labels: ['Actor', 'Person'], props: { weight: 6 } });
      expect(g.nodes.find((n) => n.id === 'alexander-lavrentiev')!.props).toMatchObject({ weight: 5, statements: 2 });
      expect([g.total, g.truncated, g.nodes.length]).toEqual([7, false, 7]);

      const top = await store.actorGraph({ limit: 3 });
      expect(top.nodes.map((n) => n.id)).toEqual(['walid-muallem', 'alexander-lavrentiev', 'sources-1']);
      expect(top.edges.map((e) => e.key).sort()).toEqual([
        'agg:CLAIMS:sources-1:alexander-lavrentiev',
        'agg:CLAIMS:sources-1:walid-muallem',
        'agg:DENIES:alexander-lavrentiev:walid-muallem',
        'agg:MET_WITH:walid-muallem:alexander-lavrentiev',
      ]);
      expect(top.truncated).toBe(true);

      const around = await store.actorGraph({ focus: ['israel'], limit: 10 });
      expect(around.nodes.map((n) => n.id)).toEqual(['israel', 'walid-muallem', 'syria']);
      expect(around.edges.map((e) => e.key)).toEqual(['agg:ATTACKED:israel:syria', 'agg:CLAIMS:walid-muallem:israel']);

      const later = await store.actorGraph({ from: '2018-03-06' });
      expect(later.edges.map((e) => [e.key, e.props.count])).toEqual([
        ['agg:DENIES:alexander-lavrentiev:walid-muallem', 1],
        ['agg:MEMBER_OF:alexander-lavrentiev:russia', 1],
      ]);
    });

    it('finds actors by name or alias, case-insensitively, keyed by the names as given', async () => {
      await loadBoth();
      const found = await store.findActors(['MUALLEM', 'alexander lavrentiev', 'AL-MUALLEM', 'Nobody Here']);
      expect(found.get('MUALLEM')?.id).toBe('walid-muallem');
      expect(found.get('AL-MUALLEM')).toMatchObject({ id: 'walid-muallem', name: 'Walid al-Muallem' });
      expect(found.get('alexander lavrentiev')).toMatchObject({ id: 'alexander-lavrentiev', kind: 'person' });
      expect(found.has('Nobody Here')).toBe(false);
      expect(found.size).toBe(3);
    });
  });
}

/**
 * Stop bands (graph/claims/similar.ts STOP_BAND_CLAIMS), here at 2: a band key more than 2 stored claims hold finds
 * none of them, a key 2 hold finds both, and the ranking counts live keys only.
 */
function stopBandSpec(
  name: string,
  makeStore: (options?: SpecStoreOptions) => Promise<GraphStore>,
  reset: (s: GraphStore) => Promise<void>,
): void {
  describe(`stop bands: ${name}`, { timeout: 60_000 }, () => {
    let store: GraphStore;
    const holders = new Map<string, string[]>();
    beforeAll(async () => {
      store = await makeStore({ stopBand: 2 });
      await reset(store);
      expect((await ingest(CROSS_CLAIMS, store)).failed).toBe(0);
      for (const n of (await store.subgraph({ limit: 10_000 })).nodes)
        if (n.labels.includes('Claim'))
          for (const b of claimBands(claimKeyInput(n.props))) holders.set(b, [...(holders.get(b) ?? []), n.id].sort());
    });
    afterAll(async () => store?.close());

    it('a key held by more than K stored claims finds none of them, a rarer one finds its claims', async () => {
      const common = [...holders].filter(([, ids]) => ids.length > 2).map(([b]) => b);
      const rare = [...holders].find(([, ids]) => ids.length === 2);
      expect(common.length).toBeGreaterThan(0);
      expect(rare).toBeDefined();
      const [key, pair] = rare!;
      expect(await store.findClaims(common)).toEqual([]);
      expect((await store.findClaims([key])).map((c) => c.id).sort()).toEqual(pair);
      expect((await store.findClaims([...common, key])).map((c) => c.id).sort()).toEqual(pair);
    });
  });
}
