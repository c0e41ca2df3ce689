// Article metadata end to end (read → extract) on sample pages in tests/fixtures/pages: copied wire and newspaper
// pages, saved Markdown, front matter, og/JSON-LD and Latin-1 HTML. Each page states its headline, date, publisher
// and address somewhere; pages.expected.json says what the page states (null where it states nothing certain).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { articleLabel } from '../../graph/article-label.ts';
import { InputError } from '../../graph/errors.ts';
import { stampDate } from '../../ingest/clean/meta.ts';
import { extract } from '../../ingest/extract.ts';
import { readInputs } from '../../ingest/sources/index.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const expected = JSON.parse(readFileSync(path.join(fixtures, 'pages.expected.json'), 'utf8')) as Record<
  string,
  { title: string | null; publishedAt: string | null; outlet: string | null; url: string | null }
>;

async function extractAll(inputs: string[]) {
  const out = [];
  for await (const doc of readInputs(inputs)) {
    if (doc instanceof InputError) throw doc;
    out.push(extract(doc));
  }
  return out;
}

describe('article metadata from the page itself', () => {
  it('finds the headline, date, outlet and URL each sample page states, and nothing it does not', async () => {
    const got = await extractAll([path.join(fixtures, 'pages')]);
    expect(got.map((x) => path.basename(x.article.source)).sort()).toEqual(Object.keys(expected).sort());
    for (const x of got) {
      const { title, publishedAt, outlet, url } = x.article;
      expect({ page: path.basename(x.article.source), title, publishedAt, outlet, url }).toEqual({
        page: path.basename(x.article.source),
        ...expected[path.basename(x.article.source)],
      });
      // The publisher is an actor of the article, an outlet, whether or not the gazetteer knew it.
      if (outlet) expect(x.actors.find((a) => a.id === outlet)).toMatchObject({ kind: 'outlet' });
    }
  }, 60_000);

  it('takes the outlet of a JSON Lines record, known or not, and never the file path', async () => {
    const text =
      'Ministers from Chile and Argentina met in Mendoza on Monday to discuss a new gas pipeline, officials said.';
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-meta-'));
    // The file is named after an outlet: a path is a source, never the publisher.
    const file = path.join(dir, 'reuters.jsonl');
    writeFileSync(
      file,
      [{ text, outlet: 'Andes Report' }, { text: `${text} `, outlet: 'Reuters' }, { text: `${text}  ` }]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    try {
      const [unknown, known, none] = await extractAll([file]);
      expect(unknown!.article).toMatchObject({ outlet: 'andes-report', source: `${file}:1` });
      expect(unknown!.actors.find((a) => a.id === 'andes-report')).toMatchObject({
        name: 'Andes Report',
        kind: 'outlet',
      });
      expect(known!.article.outlet).toBe('reuters');
      expect(none!.article.outlet).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['Published 3 May 2019 · Updated 5 May 2019', '2019-05-03', 'published'],
    ['Updated 5 May 2019, first published 3 May 2019', '2019-05-03', 'published'],
    ['Last modified on Wed 6 Mar 2019 11.00 GMT', '2019-03-06', 'updated'],
    ['Posted 05/03/2022, 6:10am', null, null],
    ['Posted 25/03/2022, 6:10am', '2022-03-25', 'published'],
    ['12:40 GMT 17 January 2021', '2021-01-17', null],
  ])('reads the stamp %j as %j (%s)', (line, date, label) => {
    expect(stampDate(line)).toEqual({ date, label });
  });

  it('names an article by its headline, else as untitled with the file name or address, never a bare path', () => {
    expect(articleLabel({ title: ' Talks fail ', source: '../a/b.txt' })).toBe('Talks fail');
    expect(articleLabel({ title: null, source: '../data/in/2019/b.txt' })).toBe('untitled (b.txt)');
    expect(articleLabel({ title: '', source: 'x', url: 'https://www.example.org/a/1' })).toBe(
      'untitled (example.org/a/1)',
    );
  });
});
