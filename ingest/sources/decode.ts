// Turns the bytes of one input into text, or says why it is not text: empty, binary, or in no encoding we can tell.
// In: bytes, the input's name, what kind of markup it is and the HTTP charset if any. Out: a string, or an InputError.
// The charset comes from a byte-order mark, the HTTP header, then the page's own declaration (<meta charset>, the
// XML declaration), as the WHATWG sniffing algorithm orders them (html-encoding-sniffer); undeclared bytes must be
// UTF-8, and when they are not, chardet names the likely encoding for HTML (decoded) or plain text (a hint). Pure.
import chardet from 'chardet';
import sniffHtmlEncoding from 'html-encoding-sniffer';

import { InputError } from '../../graph/errors.ts';

const SAMPLE = 64 * 1024;
/** Real pages often declare their charset after 1 KB of scripts and styles; the spec's 1024 bytes is for streaming. */
const PRESCAN = 16 * 1024;
/** chardet's confidence (0-100) under which its guess is not used to decode undeclared HTML. */
const MIN_CONFIDENCE = 30;

export type Markup = 'html' | 'xml' | 'text';

export interface DecodeOptions {
  /** HTML and XML are searched for a declared charset; text is not. */
  markup?: Markup;
  /** The charset label of an HTTP Content-Type header, which wins over a declaration in the page. */
  charset?: string | null;
}

/** NUL bytes, or more than 10% control characters other than tab/newline/CR/FF, in the first 64 KB mean binary. */
function looksBinary(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `binary data (NUL byte at offset ${i})`;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1 ? `binary data (${Math.round((100 * control) / n)}% control characters)` : null;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!len || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return bytes.length;
}

/** The declared encoding (BOM, HTTP header, then the markup's own declaration), or null when nothing declares one. */
export function declaredEncoding(bytes: Uint8Array, options: DecodeOptions = {}): string | null {
  const transportLayerEncodingLabel = options.charset ?? undefined;
  // defaultEncoding null: the sniffer returns null rather than its own fallback when nothing is declared.
  const none = null;
  const markup = options.markup ?? 'text';
  try {
    if (markup === 'xml')
      return sniffHtmlEncoding(bytes, { xml: true, transportLayerEncodingLabel, defaultEncoding: none });
    return sniffHtmlEncoding(bytes, {
      transportLayerEncodingLabel,
      defaultEncoding: none,
      maxPrescanBytes: markup === 'html' ? PRESCAN : 0,
    });
  } catch {
    return null;
  }
}

/** chardet's best guess for bytes that are not UTF-8, when it is confident enough. */
function guessEncoding(bytes: Uint8Array): string | null {
  const best = chardet.analyse(bytes.subarray(0, SAMPLE))[0];
  if (!best || best.confidence < MIN_CONFIDENCE || /^utf-?8$/i.test(best.name)) return null;
  return best.name;
}

function decodeWith(bytes: Uint8Array, label: string, input: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new InputError('INPUT_ENCODING', input, `unknown character encoding "${label}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const where = /^utf-8$/i.test(label) ? ` (invalid byte at offset ${firstInvalidUtf8(bytes)})` : '';
    throw new InputError('INPUT_ENCODING', input, `not valid ${label.toUpperCase()}${where}`);
  }
}

/** Decodes the bytes in their declared encoding, else UTF-8; the BOM is dropped, nothing else is changed. */
export function decodeText(bytes: Uint8Array, input: string, options: DecodeOptions = {}): string {
  if (bytes.length === 0) throw new InputError('INPUT_EMPTY', input, 'empty file');
  let label = declaredEncoding(bytes, options);
  if (!label || !/^utf-16/i.test(label)) {
    const binary = looksBinary(bytes);
    if (binary) throw new InputError('INPUT_BINARY', input, `not text: ${binary}`);
  }
  if (!label) {
    let text: string | null = null;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const guess = guessEncoding(bytes);
      const where = `invalid byte at offset ${firstInvalidUtf8(bytes)}`;
      // A page in a legacy charset with no declaration: browsers decode it with a guess, and so do we.
      if (!guess || options.markup === undefined || options.markup === 'text')
        throw new InputError(
          'INPUT_ENCODING',
          input,
          `not valid UTF-8 (${where})${guess ? `; it looks like ${guess}: convert it to UTF-8 first` : ''}`,
        );
      label = guess;
    }
    if (text !== null) return nonEmpty(text, input);
  }
  return nonEmpty(decodeWith(bytes, label!, input), input);
}

function nonEmpty(text: string, input: string): string {
  if (!text.trim()) throw new InputError('INPUT_EMPTY', input, 'empty file (only whitespace)');
  return text;
}
