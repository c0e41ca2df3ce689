// Name folding, normalising and slugging: the one place that turns a surface form into a comparison key
// or an id. In: any Unicode string. Out: ASCII keys (any-ascii transliterates every script), never empty ids.
import anyAscii from 'any-ascii';

import { createHash } from 'node:crypto';

/** Transliterates to ASCII: "Erdoğan" → "Erdogan", "Søren" → "Soren", "Straße" → "Strasse", "Лавров" → "Lavrov". */
export function foldToAscii(s: string): string {
  // Printable ASCII is already folded; skip the table walk for the common case.
  return /^[\x20-\x7e]*$/.test(s) ? s : anyAscii(s.normalize('NFC'));
}

/**
 * Case-, accent-, script- and punctuation-insensitive form of a name; a leading "the" is dropped
 * ("The Kremlin" → "kremlin"). The comparison key for names everywhere (resolution, search, lookups).
 */
export function normalizeName(s: string): string {
  return foldToAscii(s)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * An id slug: lower-case ASCII words joined by '-'. Never empty: a string with nothing to transliterate
 * (symbols only) gets a short hash of its text instead.
 */
export function slugify(s: string): string {
  const slug = foldToAscii(s)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug) return slug;
  return s.trim() ? `x-${createHash('sha256').update(s).digest('hex').slice(0, 10)}` : 'unnamed';
}
