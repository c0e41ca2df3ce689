// The loader on real files and the real embedded store; the extractor is swapped for one returning the
// hand-written fixtures (or failing on purpose), so the loader's own behaviour is what is measured.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { ingest } from '../../graph/load.ts';
import type { SourceDoc } from '../../ingest/types.ts';
import { denial, strike } from '../fixtures/articles.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

const BOOM = 'An article the extractor chokes on.';
const DANGLING = 'An article whose extraction names an unknown speaker.';

function fixtureExtractor(calls: string[]) {
  return (doc: SourceDoc) => {
    calls.push(doc.source);
    if (doc.text === strike.text)
      return { ...strike.extraction, article: { ...strike.extraction.article, id: 'whatever-the-extractor-says' } };
    if (doc.text === denial.text) {
      // Another id for the envoy: the loader must resolve it onto the stored actor by name.
      const x = structuredClone(denial.extraction);
      x.actors[0]!.id = 'lavrentiev-2';
      for (const c of x.claims) c.speaker = 'lavrentiev-2';
      return x;
    }
    if (doc.text === BOOM) throw new RangeError('index out of range');
    if (doc.text === DANGLING) return { ...denial.extraction, actors: [] };
    throw new Error('unexpected text');
  };
}

describe('ingest', () => {
  it('loads the good articles, fails each bad one alone with its name, and resolves actors across articles', async () => {
    const inputs = [
      write('1-strike.txt', strike.text),
      write('2-denial.txt', denial.text),
      write('3-boom.txt', BOOM),
      write('4-dangling.txt', DANGLING),
      write('5-empty.txt', ''),
    ];
    const store = new EmbeddedStore(path.join(dir, 'g.json'));
    const calls: string[] = [];
    const progress: string[] = [];
    const summary = await ingest(inputs, store, {
      extract: fixtureExtractor(calls),
      onProgress: (p) => progress.push(`${p.done}:${p.status}`),
    });
    expect(summary).toMatchObject({
      loaded: 2,
      unchanged: 0,
      failed: 3,
      actors: 10,
      claims: 4,
      relations: 2,
      incidents: 1,
    });
    expect(summary.failures.map((f) => f.message)).toEqual([
      `${inputs[2]}: extraction failed (index out of range)`,
      expect.stringMatching(
        new RegExp(
          `^${inputs[3]}: inconsistent extraction: claim d1: unknown speaker alexander-lavrentiev; .* and \\d+ more$`,
        ),
      ),
      `${inputs[4]}: empty file`,
    ]);
    expect(progress).toEqual(['1:loaded', '2:loaded', '3:failed', '4:failed', '5:failed']);
    // The article id is the text's hash whatever the extractor said.
    expect(await store.hasArticle(strike.extraction.article.id)).toBe(true);
    expect(await store.getNode('lavrentiev-2')).toBeNull();
    const stats = await store.stats();
    expect(stats.nodes).toMatchObject({ Article: 2, Person: 2, Claim: 4 });
    // Lavrentiev's denial keeps its own node and, being the envoy the relayed meeting claim names, also answers it.
    expect(stats.relationships.DENIES).toBe(2);
    const sub = await store.subgraph({ limit: 1000 });
    const across = sub.edges.filter((e) => e.type === 'DENIES' && e.props.answers === 'across articles');
    expect(across.map((e) => [e.source, sub.nodes.find((n) => n.id === e.target)?.props.text])).toEqual([
      ['alexander-lavrentiev', 'Muallem met with Russian envoy Alexander Lavrentiev in Damascus on Sunday'],
    ]);

    const again = await ingest(inputs, store, { extract: fixtureExtractor(((calls.length = 0), calls)) });
    expect(again).toMatchObject({ loaded: 0, unchanged: 2, failed: 3 });
    expect(calls).toEqual([inputs[2], inputs[3]]); // known articles are not extracted again
    expect(await store.stats()).toEqual(stats);
    await store.close();
  });
});
