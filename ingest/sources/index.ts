// Reads every input the user names: files, directories (recursive), http(s) URLs, JSON / JSON Lines, `-` (stdin).
// In: input names and options. Out: a stream of SourceDocs, or one InputError per bad input so a batch continues.
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';

import { InputError, KgError } from '../../graph/errors.ts';
import type { SourceDoc } from '../types.ts';
import { decodeText } from './decode.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { fetchUrl, readFileBytes, readStream, statInput } from './read.ts';
import { jsonDocument, jsonLines } from './records.ts';

export { htmlToText } from './html.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Extensions read from directories; a file named explicitly is read whatever its extension. */
export const TEXT_EXTENSIONS = ['.txt', '.html', '.htm', '.md', '.json', '.jsonl'];

export interface SourceOptions {
  /** Largest input accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Where `-` reads from (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
  fetchTimeoutMs?: number;
}

export type SourceItem = SourceDoc | InputError;

export const isInputError = (x: SourceItem): x is InputError => x instanceof InputError;

type Format = 'text' | 'html' | 'json' | 'jsonl';

function formatOf(name: string, text: string, contentType = ''): Format {
  const ext = path.extname(name.replace(/[?#].*$/, '')).toLowerCase();
  if (/json-?lines|ndjson/.test(contentType) || ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (/\/json/.test(contentType) || ext === '.json') return 'json';
  if (/html/.test(contentType) || ext === '.html' || ext === '.htm' || looksLikeHtml(text)) return 'html';
  return 'text';
}

function* fromText(text: string, input: string, format: Format, url: string | null): Generator<SourceItem> {
  if (format === 'jsonl') return yield* jsonLines(text, input);
  if (format === 'json') return yield* jsonDocument(text, input);
  if (format === 'html') {
    const page = htmlToText(text);
    if (!page.text.trim()) return yield new InputError('INPUT_EMPTY', input, 'no readable text in the HTML');
    return yield { source: input, text: page.text, url, html: true, title: page.title, publishedAt: page.publishedAt };
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

async function* readFile(file: string, maxBytes: number): AsyncGenerator<SourceItem> {
  try {
    const text = decodeText(await readFileBytes(file, maxBytes), file);
    yield* fromText(text, file, formatOf(file, text), null);
  } catch (err) {
    yield asInputError(err, file);
  }
}

/** One input: each SourceDoc it holds, or the InputError that stops it. Never throws. */
async function* readOne(input: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (input === '-') {
      const name = '<stdin>';
      const text = decodeText(await readStream(options.stdin ?? process.stdin, name, maxBytes), name);
      return yield* fromText(text, name, formatOf(name, text), null);
    }
    if (/^https?:\/\//i.test(input)) {
      const got = await fetchUrl(input, maxBytes, options.fetchTimeoutMs ?? 30_000);
      const charset = /charset=["']?([\w-]+)/i.exec(got.contentType)?.[1] ?? 'utf-8';
      const text = decodeText(got.bytes, input, charset);
      return yield* fromText(text, input, formatOf(new URL(got.url).pathname, text, got.contentType), got.url);
    }
    const { kind } = await statInput(input);
    if (kind === 'dir') {
      let any = false;
      for await (const file of walk(input, new Set())) {
        any = true;
        yield* readFile(file, maxBytes);
      }
      if (!any) yield new InputError('INPUT_EMPTY', input, `directory holds no ${TEXT_EXTENSIONS.join(' ')} files`);
      return;
    }
    yield* readFile(input, maxBytes);
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
    const { size } = await statInput(file);
    if (size > maxBytes) return 1;
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
