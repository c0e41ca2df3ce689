// The shared store spec on the embedded store, plus what only the embedded store has: its file.
// In: fixtures and temp files. Out: assertions on persistence, reopening and corrupt files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { denial, strike } from '../fixtures/articles.ts';
import { crossArticleSpec } from '../store/cross-spec.ts';
import { storeSpec } from '../store/spec.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeSpec(
  'embedded',
  async () => {
    const s = new EmbeddedStore(path.join(dir, 'spec.json'));
    await s.init();
    return s;
  },
  (s) => (s as EmbeddedStore).clear(),
);

crossArticleSpec(
  'embedded',
  async () => {
    const s = new EmbeddedStore(path.join(dir, 'cross.json'));
    await s.init();
    return s;
  },
  (s) => (s as EmbeddedStore).clear(),
);

describe('embedded store file', () => {
  it('persists on close and reopens to the same graph', async () => {
    const file = path.join(dir, 'reopen.json');
    const a = new EmbeddedStore(file, { flushEvery: 1000, flushIntervalMs: 1e9 });
    await a.init();
    await a.loadArticle(strike);
    await a.loadArticle(denial);
    // Batched: nothing is on disk until flush/close, so a crash loses whole articles only.
    const early = new EmbeddedStore(file);
    await early.init();
    expect((await early.stats()).nodes).toEqual({});
    await a.close();
    const b = new EmbeddedStore(file);
    await b.init();
    expect(await b.stats()).toEqual(await a.stats());
    expect((await b.findActors(['Lavrentiev'])).get('Lavrentiev')?.id).toBe('alexander-lavrentiev');
    expect((await b.loadArticle(strike)).status).toBe('unchanged');
  });

  it('keeps each article’s extraction and the rank of a name set by the aliases file across a reopen', async () => {
    const file = path.join(dir, 'internal.json');
    const a = new EmbeddedStore(file);
    const pinned = { ...strike.extraction.actors[0]!, name: 'W. Muallem' };
    const renamed = { ...strike.extraction, actors: [pinned, ...strike.extraction.actors.slice(1)] };
    await a.loadArticle({ ...strike, extraction: renamed, extracted: strike.extraction });
    // A rank below every article's own name: what resolve gives a name from the aliases file's rename.
    a.graph().setNodeAttribute('walid-muallem', 'rank', '0');
    await a.close();
    const b = new EmbeddedStore(file);
    await b.loadArticle(denial);
    expect((await b.getNode('walid-muallem'))?.props.name).toBe('W. Muallem');
    const stored = [];
    for await (const x of b.storedArticles()) stored.push(x);
    const mine = stored.find((x) => x.id === strike.extraction.article.id)!;
    expect(JSON.parse(mine.extraction!)).toEqual(strike.extraction);
    expect(stored.find((x) => x.id === denial.extraction.article.id)!.extraction).toBeNull();
    await b.close();
  });

  it('writes after every flushEvery articles', async () => {
    const file = path.join(dir, 'every.json');
    const a = new EmbeddedStore(file, { flushEvery: 1, flushIntervalMs: 1e9 });
    await a.loadArticle(strike);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.nodes.some((n: { key: string }) => n.key === strike.extraction.article.id)).toBe(true);
  });

  it('rejects an article whose records clash with the stored graph and leaves no trace of it', async () => {
    const a = new EmbeddedStore(path.join(dir, 'clash.json'));
    await a.loadArticle(strike);
    const before = await a.stats();
    // An actor id that is already a claim id elsewhere: the whole article must be refused.
    const clashing = structuredClone(denial);
    const claimId = (await a.search('Israeli jets', { labels: ['Claim'] }))[0]!.id;
    clashing.extraction.actors[2] = { ...clashing.extraction.actors[2]!, id: claimId };
    await expect(a.loadArticle(clashing)).rejects.toMatchObject({ code: 'EXTRACTION_INVALID' });
    expect(await a.stats()).toEqual(before);
    expect(await a.hasArticle(denial.extraction.article.id)).toBe(false);
  });

  it('names the file when it is corrupt', async () => {
    const bad = path.join(dir, 'corrupt.json');
    writeFileSync(bad, '{"nodes": [');
    await expect(new EmbeddedStore(bad).init()).rejects.toThrow(
      `${bad}: the embedded store's data file is not valid JSON`,
    );
    writeFileSync(bad, JSON.stringify({ nodes: [{ key: 'x' }], edges: [] }));
    await expect(new EmbeddedStore(bad).init()).rejects.toThrow(/corrupt\.json: .*corrupt at `nodes\.0\.attributes`/);
  });
});
