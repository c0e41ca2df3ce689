// ingest/sources on real files, a real local HTTP server and a stream standing in for stdin.
// In: inputs written to a temp dir. Out: the SourceDocs and the one-line InputErrors each yields.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { InputError } from '../../graph/errors.ts';
import { type SourceItem, estimateCount, readInputs } from '../../ingest/sources/index.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-sources-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const all = async (inputs: string[], options = {}) => {
  const out: SourceItem[] = [];
  for await (const x of readInputs(inputs, options)) out.push(x);
  return out;
};
const one = async (input: string, options = {}) => {
  const out = await all([input], options);
  expect(out).toHaveLength(1);
  return out[0]!;
};

const PAGE = `<!doctype html><html><head><title>Talks fail | Example News</title>
<meta property="article:published_time" content="2018-03-05T10:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
<article><h1>Talks fail in Geneva</h1>
<p>GENEVA - Syrian Foreign Minister Walid Muallem said on Monday that the talks had failed, blaming the opposition for the collapse of the negotiations after three days.</p>
<p>The opposition delegation denied that it had walked out, saying it remained <b>committed</b> to the process and would return next week to continue.</p></article>
<footer>Copyright 2018</footer><script>var tracking = "SECRET-SCRIPT";</script></body></html>`;

const RU_TITLE = 'Переговоры в Женеве';
const RU = 'Министр иностранных дел заявил в понедельник, что переговоры продолжатся на следующей неделе в Женеве.';
/** windows-1251 bytes, through the platform's own decoder tables (TextDecoder has no encoder for it). */
function iconvEncode(s: string): Buffer {
  const table = new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return Buffer.from([...s].map((ch) => table.indexOf(ch)).map((b) => (b < 0 ? 0x3f : b)));
}
const LONG =
  'Kazakh Foreign Minister Mukhtar Tileuberdi said on Tuesday that the next round of talks would open in Astana. '.repeat(
    8,
  );
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Steppe Wire - World</title><link>https://wire.example/</link>
<item><title>Talks resume in Astana</title><link>https://wire.example/2019/03/05/talks</link>
<pubDate>Tue, 05 Mar 2019 10:00:00 GMT</pubDate><description>Teaser only.</description>
<content:encoded><![CDATA[<p>${LONG}</p><p>Officials from both delegations confirmed the date.</p>]]></content:encoded></item>
</channel></rss>`;
const atom = (base: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><link href="${base}/"/>
<entry><title>Port of Mombasa expands (feed title)</title><link rel="alternate" href="${base}/story/1"/>
<published>2021-06-30T06:00:00Z</published><summary>Short teaser.</summary></entry>
<entry><title>Rains delay harvest</title><link rel="alternate" href="${base}/story/2"/>
<published>2021-07-02T06:00:00Z</published><updated>2021-07-09T00:00:00Z</updated><summary>Short teaser.</summary></entry>
<entry><title>A feed in a feed</title><link rel="alternate" href="${base}/rss"/></entry>
</feed>`;
const STORY_WITH_META = `<!doctype html><html><head><meta property="og:site_name" content="Coast Herald">
<meta property="og:title" content="Port of Mombasa expands"><meta property="article:published_time" content="2021-07-01T09:00:00+03:00">
</head><body><article><h1>Port of Mombasa expands</h1><p>The Kenya Ports Authority said on Thursday that a new container terminal at Mombasa would open next year, doubling capacity.</p><p>Transport officials welcomed the plan.</p></article></body></html>`;
const STORY_BARE = `<!doctype html><html><body><article><p>Farmers in western Kenya said on Friday that heavy rains had delayed the maize harvest by at least three weeks.</p><p>Agriculture officials said they were assessing the losses.</p></article></body></html>`;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading files', () => {
  it('keeps a text file exactly as written (offsets index it)', async () => {
    const text = '  Title line\r\n\nJohn Smith said “hello” — café.\n';
    const doc = await one(file('plain.txt', text));
    expect(doc).toEqual({ source: path.join(dir, 'plain.txt'), text, url: null });
  });

  it('turns HTML into its readable text with paragraphs, title and date, without scripts or menus', async () => {
    const doc = await one(file('page.html', PAGE));
    expect(doc).toMatchObject({ html: true, publishedAt: '2018-03-05' });
    if (doc instanceof InputError) throw doc;
    expect(doc.title).toContain('Talks fail');
    expect(doc.text).toContain('Walid Muallem said on Monday that the talks had failed');
    expect(doc.text).toContain('it remained committed to the process');
    expect(doc.text).toMatch(/negotiations after three days\.\n\nThe opposition/);
    expect(doc.text).not.toContain('SECRET-SCRIPT');
    expect(doc.text).not.toContain('World news menu');
  });

  it('decodes UTF-16 with a byte-order mark', async () => {
    const body = Buffer.from('Ankara said so.', 'utf16le');
    const doc = await one(file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), body])));
    expect(doc).toMatchObject({ text: 'Ankara said so.' });
  });

  it.each([
    ['empty.txt', '', 'INPUT_EMPTY', 'empty file'],
    ['blank.txt', ' \n\t\n', 'INPUT_EMPTY', 'empty file (only whitespace)'],
    ['nul.txt', Buffer.from('abc\x00def'), 'INPUT_BINARY', 'not text: binary data (NUL byte at offset 3)'],
    [
      'ctrl.txt',
      Buffer.from('a\x01\x02\x03b\x04\x05\x06c\x07'),
      'INPUT_BINARY',
      'not text: binary data (70% control characters)',
    ],
    [
      'latin1.txt',
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]),
      'INPUT_ENCODING',
      'not valid UTF-8 (invalid byte at offset 3)',
    ],
    [
      // Long enough for chardet to name the encoding: plain text is still refused (no declaration), with the hint.
      'latin1-long.txt',
      Buffer.from('Le ministre a déclaré à la presse que la réunion était terminée.', 'latin1'),
      'INPUT_ENCODING',
      'not valid UTF-8 (invalid byte at offset 15); it looks like ISO-8859-1: convert it to UTF-8 first',
    ],
    [
      'not-a-feed.xml',
      '<?xml version="1.0"?><sitemap><url>https://example.org/</url></sitemap>',
      'INPUT_INVALID',
      'not a readable RSS or Atom feed (Unrecognized feed format)',
    ],
    [
      'empty-feed.rss',
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet Wire</title></channel></rss>',
      'INPUT_EMPTY',
      'the RSS feed has no items',
    ],
  ])('refuses %s with one line naming it', async (name, content, code, problem) => {
    const p = file(name, content);
    const err = await one(p);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ code, input: p, message: `${p}: ${problem}` });
  });

  it('refuses a missing path and a file over the size limit without reading it', async () => {
    const missing = path.join(dir, 'nope', 'missing.txt');
    expect(await one(missing)).toMatchObject({
      code: 'INPUT_NOT_FOUND',
      message: `${missing}: no such file or directory`,
    });
    const big = file('big.txt', 'x'.repeat(3 * 1024 * 1024));
    expect(await one(big, { maxBytes: 1024 * 1024 })).toMatchObject({
      code: 'INPUT_TOO_LARGE',
      message: `${big}: too large (3.0 MB; the limit is 1.0 MB)`,
    });
  });
});

describe('charsets', () => {
  const FRENCH = 'Le président a déclaré à Genève que les négociations reprendraient la semaine prochaine.';
  const page = (meta: string, body: string) =>
    `<!doctype html><html><head>${meta}<title>Réunion à Genève</title></head><body><article><h1>Réunion à Genève</h1><p>${body}</p><p>${body}</p></article></body></html>`;

  it('decodes HTML in the charset its <meta> declares, even after 1 KB of head', async () => {
    const declared = page(`<meta charset="iso-8859-1">`, FRENCH);
    const late = page(
      `<script>${'/* config */ '.repeat(200)}</script><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`,
      FRENCH,
    );
    for (const [name, html] of [
      ['decl.html', declared],
      ['late.html', late],
    ] as const) {
      const doc = await one(file(name, Buffer.from(html, 'latin1')));
      expect(doc).toMatchObject({ html: true, title: 'Réunion à Genève' });
      expect((doc as { text: string }).text).toContain(FRENCH);
    }
  });

  it('a byte-order mark wins over the page declaration; undeclared legacy HTML is decoded with a sniffed guess', async () => {
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(page('<meta charset="iso-8859-1">', FRENCH)),
    ]);
    expect((await one(file('bom.html', bom))) as { text: string }).toMatchObject({
      text: expect.stringContaining(FRENCH),
    });
    const bare = await one(file('bare.html', Buffer.from(page('', FRENCH), 'latin1')));
    expect((bare as { text: string }).text).toContain(FRENCH);
  });
});

describe('records and directories', () => {
  it('reads JSON Lines records; a bad line fails alone, named file:line', async () => {
    const p = file(
      'batch.jsonl',
      '{"text": "Ankara warned Damascus.", "url": "https://example.org/a"}\n\nnot json\n{"title": "no text"}\n{"html": "<p>Paris said no.</p>", "source": "b"}\n',
    );
    const out = await all([p]);
    expect(out.map((x) => (x instanceof InputError ? x.message : x.source))).toEqual([
      'https://example.org/a',
      expect.stringMatching(new RegExp(`^${p}:3: not valid JSON`)),
      `${p}:4: expected a non-empty "text" (or "html") field`,
      'b',
    ]);
    expect(out[0]).toMatchObject({ text: 'Ankara warned Damascus.', url: 'https://example.org/a' });
    expect(out[3]).toMatchObject({ text: 'Paris said no.', html: true });
    expect(await estimateCount([p])).toBe(4);
  });

  it('reads a JSON array of records', async () => {
    const p = file('arr.json', JSON.stringify([{ text: 'One.' }, { text: 'Two.', title: 'T' }, 5]));
    const out = await all([p]);
    expect(out.slice(0, 2)).toMatchObject([
      { text: 'One.', source: `${p}[0]` },
      { text: 'Two.', title: 'T' },
    ]);
    expect(out[2]).toMatchObject({ code: 'INPUT_INVALID', input: `${p}[2]` });
  });

  it('walks a directory recursively in name order, skipping hidden and unsupported files', async () => {
    const d = path.join(dir, 'tree');
    file('tree/b.txt', 'Bee.');
    file('tree/a/z.md', 'Zed.');
    file('tree/a/y.htm', '<html><body><p>Why.</p></body></html>');
    file('tree/.hidden.txt', 'Hidden.');
    file('tree/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    file('tree/c.txt', '');
    file('tree/sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>');
    const out = await all([d]);
    expect(out.map((x) => (x instanceof InputError ? `ERR ${x.message}` : x.text))).toEqual([
      'Why.',
      'Zed.',
      'Bee.',
      `ERR ${path.join(d, 'c.txt')}: empty file`,
    ]);
    // The estimate counts files (the sitemap too): the progress bar grows when it is short.
    expect(await estimateCount([d])).toBe(5);
  });

  it('reads stdin for -', async () => {
    const stdin = Readable.from([Buffer.from('Moscow denied '), Buffer.from('it.')]);
    expect(await one('-', { stdin })).toEqual({ source: '<stdin>', text: 'Moscow denied it.', url: null });
  });
});

describe('reading URLs', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      else if (req.url === '/plain') res.writeHead(200, { 'content-type': 'text/plain' }).end('Beirut said yes.');
      else if (req.url === '/cyrillic')
        // The charset only in the HTTP header: the page itself declares none.
        res
          .writeHead(200, { 'content-type': 'text/html; charset=windows-1251' })
          .end(
            iconvEncode(`<html><body><article><h1>${RU_TITLE}</h1><p>${RU}</p><p>${RU}</p></article></body></html>`),
          );
      else if (req.url === '/rss') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
      else if (req.url === '/atom') res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atom(base));
      else if (req.url === '/broken.rss')
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS.slice(0, 300));
      else if (req.url === '/story/1') res.writeHead(200, { 'content-type': 'text/html' }).end(STORY_WITH_META);
      else if (req.url === '/story/2') res.writeHead(200, { 'content-type': 'text/html' }).end(STORY_BARE);
      else if (req.url === '/huge')
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) }).end();
      else res.writeHead(404).end('not here');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('decodes a page in the charset of the HTTP header', async () => {
    const doc = await one(`${base}/cyrillic`);
    expect((doc as { text: string }).text).toContain(RU);
  });

  it('reads an RSS feed whose items carry the full text, with each item title, link, date and the feed as outlet', async () => {
    const items = await all([`${base}/rss`]);
    expect(items).toEqual([
      expect.objectContaining({
        source: 'https://wire.example/2019/03/05/talks',
        url: 'https://wire.example/2019/03/05/talks',
        title: 'Talks resume in Astana',
        publishedAt: 'Tue, 05 Mar 2019 10:00:00 GMT',
        siteName: 'Steppe Wire - World',
        text: expect.stringMatching(/^Talks resume in Astana\n\nKazakh Foreign Minister/),
      }),
    ]);
    expect((items[0] as { text: string }).text).not.toContain('<p>');
  });

  it('follows the links of an Atom feed of teasers: the page metadata first, the feed where the page has none', async () => {
    const seenLinks = new Set<string>();
    const items = await all([`${base}/atom`], { seenLinks });
    expect(items).toEqual([
      expect.objectContaining({
        source: `${base}/story/1`,
        title: 'Port of Mombasa expands',
        siteName: 'Coast Herald',
        publishedAt: '2021-07-01',
      }),
      // The bare page names nothing: the entry's title and published date (not its updated one) and the feed's title.
      expect.objectContaining({
        source: `${base}/story/2`,
        title: 'Rains delay harvest',
        publishedAt: '2021-07-02T06:00:00Z',
        siteName: 'Atom Desk',
      }),
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: `${base}/rss: a feed item links to a feed, not to an article`,
      }),
    ]);
    // Watching: the items read once are not fetched again.
    expect(seenLinks).toEqual(new Set([`${base}/story/1`, `${base}/story/2`]));
    expect(await all([`${base}/atom`], { seenLinks })).toHaveLength(1);
  });

  it('uses an item body when its page cannot be fetched, and refuses a teaser alone', async () => {
    const offline = file(
      'offline.rss',
      Buffer.from(
        `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Andes Report</title>
<item><title>Bolivia y Perú firman acuerdo</title><link>${base}/gone/1</link><description>&lt;p&gt;${'El canciller boliviano dijo el martes que el acuerdo con Perú permitirá explorar el litio. '.repeat(3)}&lt;/p&gt;</description></item>
<item><title>Teaser</title><link>${base}/gone/2</link><description>Short.</description></item></channel></rss>`,
        'latin1',
      ),
    );
    const [full, teaser] = await all([offline]);
    expect(full).toMatchObject({
      source: `${base}/gone/1`,
      title: 'Bolivia y Perú firman acuerdo',
      siteName: 'Andes Report',
    });
    expect((full as { text: string }).text).toContain('acuerdo con Perú permitirá');
    expect(teaser).toMatchObject({ code: 'INPUT_NOT_FOUND', message: `${base}/gone/2: HTTP 404 Not Found` });
  });

  it('refuses a feed it cannot parse with one line naming it', async () => {
    expect(await one(`${base}/broken.rss`)).toMatchObject({
      code: 'INPUT_INVALID',
      message: expect.stringMatching(new RegExp(`^${base}/broken.rss: not a readable RSS or Atom feed \\(`)),
    });
  });

  it('fetches HTML and text pages and names the URL on errors', async () => {
    const page = await one(`${base}/page`);
    expect(page).toMatchObject({ source: `${base}/page`, url: `${base}/page`, html: true });
    expect((page as { text: string }).text).toContain('the talks had failed');
    expect(await one(`${base}/plain`)).toMatchObject({ text: 'Beirut said yes.', url: `${base}/plain` });
    expect(await one(`${base}/gone`)).toMatchObject({
      code: 'INPUT_NOT_FOUND',
      message: `${base}/gone: HTTP 404 Not Found`,
    });
    expect(await one(`${base}/huge`, { maxBytes: 1024 })).toMatchObject({ code: 'INPUT_TOO_LARGE' });
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const dead = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x`;
    await new Promise<void>((r) => closed.close(() => r()));
    expect(await one(dead)).toMatchObject({ code: 'INPUT_NOT_FOUND', message: `${dead}: cannot fetch (ECONNREFUSED)` });
  });
});
