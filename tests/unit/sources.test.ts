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
    const out = await all([d]);
    expect(out.map((x) => (x instanceof InputError ? `ERR ${x.message}` : x.text))).toEqual([
      'Why.',
      'Zed.',
      'Bee.',
      `ERR ${path.join(d, 'c.txt')}: empty file`,
    ]);
    expect(await estimateCount([d])).toBe(4);
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
      else if (req.url === '/huge')
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) }).end();
      else res.writeHead(404).end('not here');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

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
