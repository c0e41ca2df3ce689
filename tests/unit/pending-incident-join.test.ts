// The overlay of unwritten articles (graph/pending.ts) on an incident that is itself unwritten: one report tells an
// attack without its day, a second (unwritten too) joins it and gives the day, and a third, dated alike, looks
// incidents up by that day. Once both are written the store finds the incident by it; the overlay must too, so the
// third article is linked in its batch without waiting for the first two (it waited before this rule), and the
// graph is the one a one-article-at-a-time run gives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { ingest } from '../../graph/load.ts';
import type { ArticleInput } from '../../graph/model.ts';
import { extract } from '../../ingest/extract.ts';

const REPORTS: Record<string, string> = {
  'gao.txt':
    'GAO, Mali, May 5, 2025 (Reuters) - Gunmen attacked the village of Tacharane near Gao, killing five civilians, a ' +
    'local official said on Monday. The official said the attackers arrived on motorbikes and burned several houses.',
  'bamako.txt':
    'BAMAKO, May 6, 2025 (AFP) - Armed men killed five civilians in an attack on Tacharane on Sunday, May 4, the ' +
    "regional governor said. Mali's army said it had sent troops to the area.",
  'dakar.txt':
    'DAKAR, May 8, 2025 (AP) - Five civilians were killed on Sunday, May 4, when gunmen stormed Tacharane in ' +
    'northern Mali, the United Nations mission said. The UN said it was alarmed by the attack.',
};

const dir = mkdtempSync(path.join(tmpdir(), 'kg-pending-join-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FILES = Object.entries(REPORTS).map(([name, text]) => {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
});

/** Loads the three reports in order, `batch` at a time (an embedded store that takes batches, written in order). */
async function load(batch: number): Promise<{ graph: unknown; waits: number }> {
  const store = new EmbeddedStore(path.join(dir, `b${batch}.db`));
  await store.init();
  Object.assign(store, {
    loadArticles: async (inputs: ArticleInput[]) => {
      const out = [];
      for (const input of inputs) out.push(await store.loadArticle(input));
      return out;
    },
  });
  const counter = { n: 0 };
  (globalThis as { kgWaits?: { n: number } }).kgWaits = counter;
  try {
    const summary = await ingest(FILES, store, { extract, batch });
    expect(summary).toMatchObject({ loaded: 3, failed: 0 });
    const g = await store.subgraph({ limit: 1000 });
    const incidents = g.nodes
      .filter((n) => n.labels.includes('Incident'))
      .map((n) => ({ id: n.id, date: n.props.date, place: n.props.place, areas: n.props.areas }));
    const edges = g.edges.map((e) => e.key).sort();
    return { graph: { incidents, edges }, waits: counter.n };
  } finally {
    delete (globalThis as { kgWaits?: unknown }).kgWaits;
    await store.close();
  }
}

describe('the overlay and an incident no stored answer holds', () => {
  it('finds it by the day a later unwritten report gives it, without waiting', { timeout: 120_000 }, async () => {
    const one = await load(1);
    const { incidents } = one.graph as { incidents: Array<{ date: unknown; place: unknown }> };
    // One attack, dated by the second report, at the village all three name.
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ date: '2025-05-04', place: 'Tacharane' });
    const batched = await load(50);
    expect(batched.graph).toEqual(one.graph);
    expect(batched.waits).toBe(0);
  });
});
