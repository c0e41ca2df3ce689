// Cross-article actor identity through the real extractor and loader, run against every store (embedded in
// tests/unit/identity.test.ts, Neo4j in tests/integration/identity-neo4j.test.ts). In: the short wire-style
// articles of tests/fixtures/identity. Out: which articles each actor node spans, in any order and any split.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { beforeAll, describe, expect, it } from 'vitest';

import { ingest, reresolve } from '../../graph/load.ts';
import { AliasesFile } from '../../graph/resolve.ts';
import type { GraphStore, Subgraph } from '../../graph/store.ts';

const dir = fileURLToPath(new URL('../fixtures/identity/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(dir, f));

/** The graph with the one property that records the wall clock (ingestedAt) blanked, nodes and edges sorted. */
async function snapshot(store: GraphStore): Promise<Subgraph> {
  const g = await store.subgraph({ limit: 100_000 });
  return {
    truncated: g.truncated,
    nodes: g.nodes
      .map((n) => ({ ...n, props: { ...n.props, ingestedAt: null } }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: g.edges.sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

/** Actor node id → the fixture files (numbers) whose articles mention it. */
function spans(g: Subgraph): Map<string, string[]> {
  const file = new Map(g.nodes.filter((n) => n.labels.includes('Article')).map((n) => [n.id, String(n.props.source)]));
  const out = new Map<string, string[]>();
  for (const e of g.edges) {
    if (e.type !== 'MENTIONED_IN' || !file.has(e.target)) continue;
    out.set(e.source, [...(out.get(e.source) ?? []), path.basename(file.get(e.target)!).slice(0, 2)].sort());
  }
  return out;
}

/** The whole identity corpus ingested once into a store, as snapshot() sees it (for comparing stores). */
export async function identityGraph(store: GraphStore): Promise<Subgraph> {
  await ingest(files, store);
  return snapshot(store);
}

export function identitySpec(
  name: string,
  makeStore: () => Promise<GraphStore>,
  reset: (s: GraphStore) => Promise<void>,
): void {
  describe(`cross-article actor identity: ${name}`, () => {
    let store: GraphStore;
    let oneRun: Subgraph;
    beforeAll(async () => {
      store = await makeStore();
      await reset(store);
      const summary = await ingest(files, store);
      expect(summary).toMatchObject({ loaded: files.length, failed: 0 });
      oneRun = await snapshot(store);
    }, 300_000);

    it('puts one person on one node across articles, and different people on different nodes', () => {
      const s = spans(oneRun);
      expect(s.get('william-clinton')).toEqual(['01', '03']); // "Bill Clinton", "William J. Clinton"
      expect(s.get('hillary-clinton')).toEqual(['02']);
      expect(s.get('declan-kelly')).toEqual(['01']);
      expect(s.get('mark-kelly')).toEqual(['02']);
      expect(s.get('donald-trump')).toEqual(['04', '05']);
      expect(s.get('donald-trump-jr')).toEqual(['04']);
      expect(s.get('melania-trump')).toEqual(['04']);
      expect(s.get('james-comey')).toEqual(['06', '07']); // "James B. Comey", "James Comey"
      expect(s.get('joseph-biden')).toEqual(['08', '09']); // "Joseph R. Biden", "Joe Biden"
    });

    it('joins only gazetteer entities and full names across articles: no surname, title, generic word or source', () => {
      const multi = [...spans(oneRun)].filter(([, a]) => new Set(a).size > 1).map(([id]) => id);
      expect(multi.sort()).toEqual(
        [
          ...['afp', 'associated-press', 'reuters', 'united-states', 'fbi'],
          ...['william-clinton', 'donald-trump', 'james-comey', 'joseph-biden'],
        ].sort(),
      );
      // King Salman and Bahrain's Crown Prince Salman, "the group" in a Sahel and a banking story, "officials" in
      // Seoul and Cleveland: each its own article's node.
      const byName = (n: string) => oneRun.nodes.filter((x) => x.props.name === n).map((x) => x.id);
      expect(byName('Salman')).toHaveLength(2);
      expect(oneRun.nodes.filter((n) => n.props.anonymous === true).every((n) => /^[0-9a-f]{12}:/.test(n.id))).toBe(
        true,
      );
    });

    it('reads a gazetteer alias that is an ordinary word only in its own case and context', () => {
      const s = spans(oneRun);
      expect(s.get('lashkar-e-taiba')).toEqual(['17']); // "LeT", never "Let's"
      expect(s.has('the-national-uae')).toBe(false); // "The national anthem"
    });

    it('keeps the forms each article wrote on its MENTIONED_IN edge', () => {
      const forms = oneRun.edges
        .filter((e) => e.type === 'MENTIONED_IN' && e.source === 'william-clinton')
        .map((e) => e.props.forms);
      expect(forms.sort()).toEqual([
        ['Bill Clinton', 'Clinton'],
        ['Clinton', 'William J. Clinton'],
      ]);
      const node = oneRun.nodes.find((n) => n.id === 'william-clinton')!;
      expect(node.props.name).toBe('William J. Clinton');
    });

    it('traces "Bill Clinton" to him and says which alias matched, never to Hillary Clinton', async () => {
      const t = await store.trace({ actor: 'Bill Clinton' });
      expect(t.actor).toMatchObject({ id: 'william-clinton', matched: { by: 'alias', form: 'Bill Clinton' } });
      expect((await store.trace({ actor: 'Hillary Clinton' })).actor).toMatchObject({ id: 'hillary-clinton' });
      expect((await store.trace({ actor: 'Hillary Clinton' })).actor?.matched).toBeUndefined();
      // A bare name that fits several nodes says so.
      expect((await store.trace({ actor: 'Salman' })).actor?.others).toBe(1);
      expect((await store.trace({ actor: 'Clinton' })).actor?.others).toBe(1);
    });

    it('re-applies an aliases file to the stored graph without extracting again, and undoes it', async () => {
      const split = await reresolve(store, {
        aliases: AliasesFile.parse({ distinct: [['Bill Clinton', 'William J. Clinton']], merge: { Salman: 'salman' } }),
      });
      expect(split).toMatchObject({ articles: files.length, reextracted: 0, failures: [] });
      const s = spans(await snapshot(store));
      expect(s.get('william-clinton--bill-clinton')).toEqual(['01']);
      expect(s.get('william-clinton--william-j-clinton')).toEqual(['03']);
      expect(s.has('william-clinton')).toBe(false);
      expect(s.get('salman')).toEqual(['10', '11']); // the user's merge wins over the one-word rule
      await reresolve(store);
      expect(await snapshot(store)).toEqual(oneRun);
    }, 300_000);

    it('gives the same graph whatever the order and however the ingest is split into runs', async () => {
      await reset(store);
      await ingest([...files].reverse(), store);
      expect(await snapshot(store)).toEqual(oneRun);
      await reset(store);
      const half = Math.floor(files.length / 2);
      await ingest(files.slice(half), store);
      await ingest(files.slice(0, half + 2), store); // a resumed run that re-reads two loaded files
      expect(await snapshot(store)).toEqual(oneRun);
      // Written several articles per transaction (stores that take batches): the same graph.
      await reset(store);
      await ingest(files, store, { batch: 4 });
      expect(await snapshot(store)).toEqual(oneRun);
    }, 300_000);
  });
}
