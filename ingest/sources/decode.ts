// Turns the bytes of one input into text, or says why it is not text: empty, binary, or not valid UTF-8.
// In: bytes and the input's name. Out: a string, or an InputError naming the input. Pure.
import { InputError } from '../../graph/errors.ts';

const SAMPLE = 64 * 1024;

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

/** Decodes UTF-8 (or UTF-16 with a byte-order mark); the BOM is dropped, nothing else is changed. */
export function decodeText(bytes: Uint8Array, input: string, encoding = 'utf-8'): string {
  if (bytes.length === 0) throw new InputError('INPUT_EMPTY', input, 'empty file');
  let label = encoding.toLowerCase();
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  if (!label.startsWith('utf-16')) {
    const binary = looksBinary(bytes);
    if (binary) throw new InputError('INPUT_BINARY', input, `not text: ${binary}`);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: false });
  } catch {
    decoder = new TextDecoder('utf-8', { fatal: true });
    label = 'utf-8';
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const where = label === 'utf-8' ? ` (invalid byte at offset ${firstInvalidUtf8(bytes)})` : '';
    throw new InputError('INPUT_ENCODING', input, `not valid ${label.toUpperCase()}${where}`);
  }
  if (!text.trim()) throw new InputError('INPUT_EMPTY', input, 'empty file (only whitespace)');
  return text;
}
