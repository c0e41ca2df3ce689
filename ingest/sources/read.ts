// Reading one input's bytes with the checks that need I/O: existence, size before reading, permissions.
// In: a path, URL or stdin stream and a byte limit. Out: bytes (+ content type for URLs), or an InputError.
import { open, stat } from 'node:fs/promises';

import { InputError } from '../../graph/errors.ts';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;

function ioError(err: unknown, input: string): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new InputError('INPUT_NOT_FOUND', input, 'no such file or directory');
  if (code === 'EACCES' || code === 'EPERM')
    return new InputError('INPUT_INVALID', input, 'unreadable (permission denied)');
  if (code === 'EISDIR') return new InputError('INPUT_INVALID', input, 'is a directory');
  return new InputError('INPUT_INVALID', input, `unreadable (${(err as Error).message})`);
}

export async function statInput(input: string): Promise<{ kind: 'file' | 'dir' | 'other'; size: number }> {
  try {
    const s = await stat(input);
    return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other', size: s.size };
  } catch (err) {
    throw ioError(err, input);
  }
}

/** Refuses files over `maxBytes` from their size alone, so a huge file costs one stat, not a read. */
export async function readFileBytes(input: string, maxBytes: number): Promise<Uint8Array> {
  const { kind, size } = await statInput(input);
  if (kind !== 'file')
    throw new InputError('INPUT_INVALID', input, kind === 'dir' ? 'is a directory' : 'not a regular file');
  if (size > maxBytes)
    throw new InputError('INPUT_TOO_LARGE', input, `too large (${mb(size)}; the limit is ${mb(maxBytes)})`);
  if (size === 0) throw new InputError('INPUT_EMPTY', input, 'empty file');
  try {
    const fh = await open(input, 'r');
    try {
      // Read at most limit + 1 bytes: a file that grew since stat is still refused without reading it whole.
      const buf = Buffer.alloc(Math.min(size, maxBytes) + 1);
      let n = 0;
      for (let r; n < buf.length && (r = await fh.read(buf, n, buf.length - n, n)).bytesRead > 0;) n += r.bytesRead;
      if (n > maxBytes) throw new InputError('INPUT_TOO_LARGE', input, `too large (over the limit of ${mb(maxBytes)})`);
      return buf.subarray(0, n);
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw err instanceof InputError ? err : ioError(err, input);
  }
}

/** Reads a stream up to `maxBytes`, refusing more. */
export async function readStream(
  stream: AsyncIterable<Uint8Array | string>,
  input: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    n += b.length;
    if (n > maxBytes) throw new InputError('INPUT_TOO_LARGE', input, `too large (over the limit of ${mb(maxBytes)})`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

export interface Fetched {
  bytes: Uint8Array;
  contentType: string;
  url: string;
}

export async function fetchUrl(url: string, maxBytes: number, timeoutMs: number): Promise<Fetched> {
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
      headers: {
        accept:
          'text/html, text/plain, application/rss+xml, application/atom+xml, application/json;q=0.9, application/xml;q=0.8, */*;q=0.5',
      },
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const why =
      (err as Error).name === 'TimeoutError'
        ? `timed out after ${timeoutMs / 1000} s`
        : (cause?.code ?? cause?.message ?? (err as Error).message);
    throw new InputError('INPUT_NOT_FOUND', url, `cannot fetch (${why})`, { cause: err });
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new InputError(
      res.status === 404 || res.status === 410 ? 'INPUT_NOT_FOUND' : 'INPUT_INVALID',
      url,
      `HTTP ${res.status} ${res.statusText}`.trim(),
    );
  }
  const length = Number(res.headers.get('content-length') ?? NaN);
  if (length > maxBytes) {
    await res.body?.cancel();
    throw new InputError('INPUT_TOO_LARGE', url, `too large (${mb(length)}; the limit is ${mb(maxBytes)})`);
  }
  const bytes = res.body
    ? await readStream(res.body as unknown as AsyncIterable<Uint8Array>, url, maxBytes)
    : new Uint8Array();
  return { bytes, contentType: res.headers.get('content-type') ?? '', url: res.url || url };
}
