// Metadata lines a saved or copied article carries as text: a front-matter block ("Title: ...", "Date: ...",
// "URL: ..." or YAML between --- lines) and labelled lines anywhere ("Source: https://...", "Published 3 May 2019").
// In: one trimmed line, or the first lines of the text. Out: the fields they state, raw. Pure.

export interface HeaderFields {
  title?: string;
  date?: string;
  url?: string;
  outlet?: string;
}

/** Front-matter keys and the field each fills; other known keys (author, tags) are metadata but fill nothing. */
const KEYS: Record<string, keyof HeaderFields | null> = {
  title: 'title',
  headline: 'title',
  date: 'date',
  published: 'date',
  'published at': 'date',
  'published on': 'date',
  'date published': 'date',
  'publication date': 'date',
  pubdate: 'date',
  url: 'url',
  link: 'url',
  'canonical url': 'url',
  canonical: 'url',
  permalink: 'url',
  'original url': 'url',
  source: 'outlet',
  publisher: 'outlet',
  outlet: 'outlet',
  publication: 'outlet',
  site: 'outlet',
  'site name': 'outlet',
  newspaper: 'outlet',
  author: null,
  authors: null,
  byline: null,
  by: null,
  section: null,
  category: null,
  categories: null,
  tags: null,
  keywords: null,
  description: null,
  summary: null,
  language: null,
  lang: null,
  updated: null,
  modified: null,
  'last updated': null,
  'date modified': null,
  id: null,
  slug: null,
  layout: null,
};

const KEY_LINE = /^([A-Za-z][A-Za-z _-]{0,20}?)\s*:\s+(\S.*)$/;
const URL = /\bhttps?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/i;

/** A "Key: value" line with a known key, as [field, value], or null. The field is null for keys that fill nothing. */
export function headerLine(line: string): [keyof HeaderFields | null, string] | null {
  const m = KEY_LINE.exec(line);
  if (!m) return null;
  const key = m[1]!.toLowerCase().replace(/[_-]/g, ' ').trim();
  if (!Object.hasOwn(KEYS, key)) return null;
  const value = m[2]!.trim().replace(/^["']|["']$/g, '');
  return [KEYS[key]!, value];
}

function fill(fields: HeaderFields, field: keyof HeaderFields | null, value: string): void {
  if (!field || fields[field]) return;
  if (field === 'url') {
    const u = URL.exec(value)?.[0];
    if (u) fields.url = u;
  } else if (field === 'outlet' && URL.test(value)) {
    // "Source: https://www.reuters.com/..." is the article's address (and through its domain, the outlet).
    fields.url = URL.exec(value)![0];
  } else fields[field] = value;
}

/**
 * The front matter at the top of the text: a run of two or more known "Key: value" lines (or one, when it is the
 * first line and the text goes on after a blank line), optionally fenced by "---". Returns the fields and how
 * many of the given lines it covers (0 when there is none).
 */
export function frontMatter(lines: string[]): { fields: HeaderFields; count: number } {
  const fields: HeaderFields = {};
  let i = 0;
  const fenced = lines[0] === '---';
  if (fenced) i = 1;
  let known = 0;
  for (; i < lines.length; i++) {
    if (fenced && lines[i] === '---') return { fields, count: i + 1 };
    const kv = headerLine(lines[i]!);
    if (!kv) break;
    known++;
    fill(fields, kv[0], kv[1]);
  }
  if (fenced || known < 2) return { fields: {}, count: 0 };
  return { fields, count: i };
}

/** "Source: https://...", "Originally published at https://...", "URL: https://...": the article's own address. */
const URL_LABEL =
  /^(?:source|url|link|permalink|canonical(?: url)?|original(?:ly)? (?:url|published (?:at|on|in))|read (?:it|the original) (?:at|on))\s*:?\s*(https?:\/\/\S+)\s*$/i;

export function labelledUrl(line: string): string | null {
  const m = URL_LABEL.exec(line);
  return m ? (URL.exec(m[1]!)?.[0] ?? null) : null;
}

/** A line that is only a URL. */
export function bareUrl(line: string): string | null {
  const m = URL.exec(line);
  return m && m[0] === line ? m[0] : null;
}
