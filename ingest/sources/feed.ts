// RSS, Atom, RDF and JSON feeds (feedsmith, a fast-xml-parser based parser): the feed's items as articles.
// In: the feed's text and name. Out: the feed's title and its items (title, link, date, full content when given),
// or an InputError saying the feed cannot be read. Pure: fetching the items' links is the caller's job.
import { parseFeed } from 'feedsmith';

import { InputError } from '../../graph/errors.ts';

export interface FeedItem {
  title: string | null;
  link: string | null;
  /** As written in the feed (RFC 822 or ISO 8601). */
  publishedAt: string | null;
  /** The item's HTML body, when the feed carries one (content:encoded, Atom content, JSON content_html). */
  html: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  // Atom text constructs: { value, type }.
  if (v && typeof v === 'object' && typeof (v as Json).value === 'string') return str((v as Json).value);
  return null;
};

/** An Atom entry's page: the rel=alternate link, else the first link without a rel. */
function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const alt = links.find((l: Json) => l.rel === 'alternate') ?? links.find((l: Json) => !l.rel);
  return str((alt as Json | undefined)?.href);
}

function rssItem(i: Json): FeedItem {
  const dc = (i.dc ?? {}) as Json;
  const content = (i.content ?? {}) as Json;
  return {
    title: str(i.title),
    link: str(i.link) ?? (i.guid && (i.guid as Json).isPermaLink !== false ? str((i.guid as Json).value) : null),
    publishedAt: str(i.pubDate) ?? str(dc.date) ?? str((dc.dates as unknown[] | undefined)?.[0]),
    html: str(content.encoded) ?? str(i.description),
  };
}

function atomEntry(e: Json): FeedItem {
  return {
    title: str(e.title),
    link: atomLink(e.links),
    // An Atom entry's `updated` is its last change; only `published` is a publication date.
    publishedAt: str(e.published),
    html: str(e.content) ?? str(e.summary),
  };
}

function jsonItem(i: Json): FeedItem {
  return {
    title: str(i.title),
    link: str(i.url) ?? str(i.external_url),
    publishedAt: str(i.date_published),
    html: str(i.content_html) ?? (str(i.content_text) ? `<p>${str(i.content_text)}</p>` : null) ?? str(i.summary),
  };
}

/** The feed's items, newest first as the feed lists them. Throws an InputError when it is not a readable feed. */
export function readFeed(text: string, input: string): Feed {
  let parsed: { format: string; feed: Json };
  try {
    parsed = parseFeed(text) as unknown as { format: string; feed: Json };
  } catch (err) {
    throw new InputError('INPUT_INVALID', input, `not a readable RSS or Atom feed (${(err as Error).message})`);
  }
  const { format, feed } = parsed;
  const raw = ((format === 'atom' ? feed.entries : feed.items) ?? []) as Json[];
  const items = raw.map(format === 'atom' ? atomEntry : format === 'json' ? jsonItem : rssItem);
  if (!items.length) throw new InputError('INPUT_EMPTY', input, `the ${format.toUpperCase()} feed has no items`);
  return { title: str(feed.title), items };
}

/** XML whose root element is a feed's: <rss>, <feed> (Atom) or <rdf:RDF>. */
export const looksLikeFeed = (text: string): boolean =>
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 4000));
