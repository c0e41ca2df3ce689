// Reads every input the user names: files, directories (recursive), http(s) URLs, JSON / JSON Lines, `-` (stdin).
// In: input names and options. Out: a stream of SourceDocs, or one InputError per bad input so a batch continues.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

import { InputError, KgError } from '../../graph/errors.ts';
import type { SourceDoc } from '../types.ts';
import { decodeText } from './decode.ts';
import { looksLikeFeed, readFeed } from './feed.ts';
import { feedArticles } from './feed-items.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { fetchUrl, readFileBytes, readStream, statInput } from './read.ts';
import { jsonDocument, jsonLines } from './records.ts';

export { htmlToText } from './html.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Extensions read from directories; a file named explicitly is read whatever its extension. */
export const TEXT_EXTENSIONS = ['.txt', '.html', '.htm', '.md', '.json', '.jsonl', '.rss', '.atom', '.xml'];

export interface SourceOptions {
  /** Largest input accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Where `-` reads from (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
  fetchTimeoutMs?: number;
  /**
   * Feed item links already read (kept by `kg ingest --watch` across polls): such items are skipped without a
   * fetch, and links read successfully are added.
   */
  seenLinks?: Set<string>;
  /**
   * Files already read, by path, with their size and modification time (kept by `kg ingest --watch`): a file whose
   * stamp has not changed is skipped, and a file modified less than `settleMs` ago is left for the next pass, so a
   * file still being written is never read half-written.
   */
  fileStamps?: Map<string, string>;
  settleMs?: number;
}

export type SourceItem = SourceDoc | InputError;

export const isInputError = (x: SourceItem): x is InputError => x instanceof InputError;

type Format = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

function formatOf(name: string, head: string, contentType = ''): Format {
  const ext = path.extname(name.replace(/[?#].*$/, '')).toLowerCase();
  const type = contentType.toLowerCase();
  if (/json-?lines|ndjson/.test(type) || ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (/\/(?:feed\+)?json/.test(type) || ext === '.json') return 'json';
  if (/html/.test(type) || ext === '.html' || ext === '.htm') return 'html';
  if (/(?:rss|atom|rdf)\+xml|[/+]xml\b/.test(type) || ['.rss', '.atom', '.xml'].includes(ext)) return 'feed';
  if (looksLikeHtml(head)) return 'html';
  if (looksLikeFeed(head)) return 'feed';
  return 'text';
}

/** The format from the first bytes, before decoding: every charset we read writes markup in ASCII. */
const peek = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 4096)).toString('latin1');

/** Decodes an input's bytes as its format wants (HTML and feeds declare their charset) and reads its articles. */
function decodeAndRead(
  bytes: Uint8Array,
  input: string,
  from: { name: string; contentType?: string; url: string | null },
  options: SourceOptions,
): AsyncGenerator<SourceItem> {
  const format = formatOf(from.name, peek(bytes), from.contentType);
  const charset = /charset=["']?([\w.:-]+)/i.exec(from.contentType ?? '')?.[1] ?? null;
  const markup = format === 'html' ? 'html' : format === 'feed' ? 'xml' : 'text';
  const text = decodeText(bytes, input, { markup, charset });
  return fromText(text, input, format, from.url, options);
}

async function* fromText(
  text: string,
  input: string,
  format: Format,
  url: string | null,
  options: SourceOptions,
): AsyncGenerator<SourceItem> {
  if (format === 'jsonl') return yield* jsonLines(text, input);
  if (format === 'json') return yield* jsonDocument(text, input);
  if (format === 'feed') return yield* feedArticles(readFeed(text, input), input, options, readOne);
  if (format === 'html') {
    const page = htmlToText(text);
    if (!page.text.trim()) return yield new InputError('INPUT_EMPTY', input, 'no readable text in the HTML');
    return yield {
      source: input,
      text: page.text,
      url: url ?? page.url,
      html: true,
      title: page.title,
      publishedAt: page.publishedAt,
      siteName: page.siteName,
    };
  }
  yield { source: input, text, url };
}

/** Files under `dir` with a known extension, sorted, hidden entries skipped, symlink loops cut. */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<string> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) isDir = (await statInput(p).catch(() => ({ kind: 'other' }))).kind === 'dir';
    if (isDir) yield* walk(p, seen);
    else if (TEXT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) yield p;
  }
}

const asInputError = (err: unknown, input: string): InputError =>
  err instanceof InputError
    ? err
    : new InputError(
        err instanceof KgError ? err.code : 'INPUT_INVALID',
        input,
        err instanceof Error ? err.message : String(err),
      );

/** For --watch: true when the file is unchanged since the last pass or still being written. */
async function skipUnchanged(file: string, stamps: Map<string, string>, settleMs: number): Promise<boolean> {
  const s = await stat(file);
  if (Date.now() - s.mtimeMs < settleMs) return true;
  const stamp = `${s.size}:${s.mtimeMs}`;
  if (stamps.get(file) === stamp) return true;
  stamps.set(file, stamp);
  return false;
}

async function* readFile(
  file: string,
  maxBytes: number,
  options: SourceOptions,
  walked = false,
): AsyncGenerator<SourceItem> {
  try {
    if (options.fileStamps && (await skipUnchanged(file, options.fileStamps, options.settleMs ?? 0))) return;
    const bytes = await readFileBytes(file, maxBytes);
    // A directory's .xml files are read only when they are feeds: a sitemap or a config file beside the articles
    // is not bad input, just not an article (a file named explicitly is still refused when it is no feed).
    if (walked && path.extname(file).toLowerCase() === '.xml' && !looksLikeFeed(peek(bytes))) return;
    yield* decodeAndRead(bytes, file, { name: file, url: null }, options);
  } catch (err) {
    yield asInputError(err, file);
  }
}

/** One input: each SourceDoc it holds, or the InputError that stops it. Never throws. */
async function* readOne(input: string, options: SourceOptions & { noFeeds?: boolean }): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (input === '-') {
      const name = '<stdin>';
      const bytes = await readStream(options.stdin ?? process.stdin, name, maxBytes);
      return yield* decodeAndRead(bytes, name, { name, url: null }, options);
    }
    if (/^https?:\/\//i.test(input)) {
      const got = await fetchUrl(input, maxBytes, options.fetchTimeoutMs ?? 30_000);
      const from = { name: new URL(got.url).pathname, contentType: got.contentType, url: got.url };
      // A feed item's link that serves another feed is not an article (and must not start a loop).
      if (options.noFeeds && formatOf(from.name, peek(got.bytes), got.contentType) === 'feed')
        return yield new InputError('INPUT_INVALID', input, 'a feed item links to a feed, not to an article');
      return yield* decodeAndRead(got.bytes, input, from, options);
    }
    const { kind } = await statInput(input);
    if (kind === 'dir') {
      let any = false;
      for await (const file of walk(input, new Set())) {
        any = true;
        yield* readFile(file, maxBytes, options, true);
      }
      // A watched directory may well be empty for now.
      if (!any && !options.fileStamps)
        yield new InputError('INPUT_EMPTY', input, `directory holds no ${TEXT_EXTENSIONS.join(' ')} files`);
      return;
    }
    yield* readFile(input, maxBytes, options);
  } catch (err) {
    yield asInputError(err, input);
  }
}

/** Every input in order; bad inputs come out as InputErrors in the stream, never as exceptions. */
export async function* readInputs(inputs: string[], options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const input of inputs) yield* readOne(input, options);
}

/** About how many articles the inputs hold (files, plus the lines of JSON Lines files), for a progress bar. */
export async function estimateCount(inputs: string[], options: SourceOptions = {}): Promise<number> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { readFile } = await import('node:fs/promises');
  const countFile = async (file: string) => {
    if (!/\.(jsonl|ndjson)$/i.test(file)) return 1;
    const { kind, size } = await statInput(file);
    // A FIFO or device named *.jsonl would block this read forever; reading it later refuses it in one line.
    if (kind !== 'file' || size > maxBytes) return 1;
    return (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim()).length || 1;
  };
  let n = 0;
  for (const input of inputs) {
    try {
      if (input === '-' || /^https?:\/\//i.test(input)) n++;
      else if ((await statInput(input)).kind === 'dir')
        for await (const f of walk(input, new Set())) n += await countFile(f);
      else n += await countFile(input);
    } catch {
      n++;
    }
  }
  return n;
}
