// Cleaning: which paragraphs of a page are the article, plus its title, publication date and outlet.
// In: SourceDoc (the text as read). Out: CleanDoc whose blocks are [start, end) ranges into that same text.
import type { CleanDoc, Range, SourceDoc } from '../types.ts';
import {
  endsLikeSentence,
  isBodyLike,
  isCommentHeader,
  isCommentMarker,
  isFurniture,
  isHeadlineLike,
  isReadMore,
  isTagLine,
  isTimestamp,
  words,
} from './lines.ts';
import { isCreditLine } from './credit-line.ts';
import { datelineDay, parseDateline } from './dateline.ts';
import { bareUrl, frontMatter, labelledUrl } from './header.ts';
import { creditOutlet, dateIn, findOutletName, normalizeDate, siteOutlet, stampDate, urlOutlet } from './meta.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const MARKDOWN_HEADING = /^\s*#{1,6}\s+\S/;
const COMMA_COLON_END = /[,:]$/;

/** The dateline of a lead paragraph: a short capitalized prefix ending in a dash. */
const DATELINE = /^[A-Z][^—–\n]{0,80}?\s(?:—|–|--?)\s/;
/**
 * "SUVA, Wednesday 12 June 2019. A former ...", "Tocoa, Colon, 4 June 2015. Shots were ...", "Monday 20 March 2017.
 * Two people ...": a lead opening with its place and full date closed by a stop, as papers of the Pacific, Africa and
 * Latin America date their copy (no dash, no agency).
 */
const DATED_LEAD =
  /^(?:[A-Z][^.\n]{0,50},\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d{2}\.\s/;
/** "Nairobi, August 16 (KNA) -": a place, optional date and an agency in parentheses before a dash. */
const WIRE = /^[A-Z][^()\n]{0,60}\([A-Z][\w.&' -]{1,30}\)\s*[-–—:]/;

interface Line extends Range {
  text: string;
}

/** Non-empty lines with their trimmed ranges; offsets stay in the original text. A Markdown heading's "# " is
 * left out of its range, so "# Title" reads as the title it is. */
function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n\r]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const heading = MARKDOWN_HEADING.exec(raw);
    const lead = heading ? heading[0].length - 1 : raw.length - raw.trimStart().length;
    const body = raw.slice(lead).trim();
    if (!body) continue;
    const start = m.index + lead;
    out.push({ start, end: start + body.length, text: body });
  }
  return out;
}

/** Index of the first line of a reader-comment section after the body has started, or lines.length. */
function commentStart(lines: Line[], bodyStart: number): number {
  for (let i = Math.max(bodyStart + 1, 1); i < lines.length; i++) {
    const t = lines[i]!.text;
    if (isCommentHeader(t)) return i;
    // Two comment markers ("in reply to", "Reply", "3 hours ago") within a few lines start a thread.
    if (isCommentMarker(t)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) if (isCommentMarker(lines[j]!.text)) return i;
    }
  }
  return lines.length;
}

/**
 * A sentence-case headline: the first non-furniture line before the body, short and without a final
 * period, set apart from the body by a date line or a blank line (so a wrapped lead is not taken).
 */
function plainHeadline(text: string, lines: Line[], bodyStart: number): number {
  // A one- or two-word line above the headline is a section label ("World", "Middle East"), not the headline.
  const i = lines.findIndex(
    (l, k) =>
      k < bodyStart && words(l.text).length >= 3 && !isFurniture(l.text) && !isReadMore(l.text) && !isDateline(l.text),
  );
  if (i < 0 || bodyStart >= lines.length) return -1;
  const t = lines[i]!.text;
  const n = words(t).length;
  if (n < 3 || n > 20 || t.length > 160 || endsLikeSentence(t) || COMMA_COLON_END.test(t)) return -1;
  let dated = false;
  for (let k = i + 1; k < bodyStart; k++) {
    const between = lines[k]!.text;
    if (dateIn(between) !== null || bareWire(between)) dated = true;
    // A standfirst right under the headline ("Donald Tusk's coalition says it can form a government").
    else if (k === i + 1 && words(between).length <= 35 && !endsLikeSentence(between)) continue;
    else if (!isFurniture(between)) return -1;
  }
  // Only furniture (a byline, a photo credit) between the headline and the body: a blank line anywhere sets it apart.
  const gap = text.slice(lines[i]!.end, lines[bodyStart]!.start);
  // A lead opening with a wire dateline ("NAIROBI, Aug 16 (Reuters) -") is a new paragraph by itself.
  const wire =
    DATELINE.test(lines[bodyStart]!.text) ||
    WIRE.test(lines[bodyStart]!.text) ||
    (bodyStart > 0 && bareWire(lines[bodyStart - 1]!.text));
  return dated || wire || /\n[ \t]*\r?\n/.test(gap) ? i : -1;
}

/** "Geneva, 9 February 2024": a place and a date on their own line, not a headline. */
function isDateline(line: string): boolean {
  return (line.length <= 60 && dateIn(line) !== null && words(line.replace(/\d+/g, '')).length <= 5) || bareWire(line);
}

/** "TBILISI, Dec 1 (AFP) -" alone on its line: a wire dateline whose story starts on the next line. */
function bareWire(line: string): boolean {
  const m = WIRE.exec(line);
  return !!m && !line.slice(m[0].length).trim();
}

/** "Trending", "Most read", "Related stories": a label over a list of other articles' headlines and dates. */
const LIST_LABEL =
  /^(?:related(?: stories| articles| news| coverage| content)?|trending(?: now)?|most (?:read|popular|viewed|shared)|top stories|recommended(?: for you| stories)?|you (?:may|might) also like|more (?:stories|news|on this(?: story)?)|latest(?: news| stories| headlines)?|editor'?s? picks?|popular(?: now)?|in other news|see also|read next)\s*:?$/i;

/**
 * The lines without the lists under such labels (each runs to the next blank line, and stops at a paragraph of
 * running text): their headlines are no title and their dates no publication date.
 */
function withoutLists(text: string, lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]!);
    if (!LIST_LABEL.test(lines[i]!.text)) continue;
    let j = i + 1;
    while (j < lines.length && j - i <= 20 && !/\n[ \t]*\r?\n/.test(text.slice(lines[j - 1]!.end, lines[j]!.start))) {
      const t = lines[j]!.text;
      if (t.length > 160 || (endsLikeSentence(t) && words(t).length > 12)) break;
      j++;
    }
    i = j - 1;
  }
  return out;
}

/** A line that is only a date or time ("06 Feb 2023", "3 days ago") under a headline-sized line not the title. */
function datedHeadline(lines: Line[], k: number, titleIndex: number): boolean {
  if (k < 1 || k >= lines.length || k - 1 === titleIndex) return false;
  const t = lines[k]!.text;
  const prev = lines[k - 1]!.text;
  const n = words(prev).length;
  return (isTimestamp(t) || isDateline(t)) && !isFurniture(prev) && n >= 3 && n <= 24 && !endsLikeSentence(prev);
}

/** An item of a list of other stories: two or more headline + date pairs in a row (a standfirst alone is not one). */
function relatedItem(lines: Line[], i: number, titleIndex: number): boolean {
  return (
    datedHeadline(lines, i, titleIndex) &&
    (datedHeadline(lines, i - 2, titleIndex) || datedHeadline(lines, i + 2, titleIndex))
  );
}

/**
 * The publication date: a stamp labelled "Published"/"Posted" above the body or in the furniture after it, else
 * the first unlabelled stamp above the body that is not a related story's, else the lead's own dateline, else an
 * "Updated" stamp above the body (a later edit, so the last resort). A date in a body sentence never counts.
 */
function pageDate(lines: Line[], bodyStart: number, lastBody: number, cut: number, titleIndex: number): string | null {
  let plain: string | null = null;
  let updated: string | null = null;
  for (let i = 0; i < cut; i++) {
    if (i >= bodyStart && i <= lastBody) continue;
    const t = lines[i]!.text;
    if (t.length > 200 || isReadMore(t)) continue;
    const stamp = stampDate(t);
    const { date } = stamp;
    if (!date) continue;
    // "Published" or "Last modified" alone on the line above its date.
    const above = i > 0 && stamp.label === null ? stampDate(`${lines[i - 1]!.text} ${t}`) : null;
    const label =
      above?.date === date && /^\W*(?:first |last )?\p{L}+\W*$/u.test(lines[i - 1]!.text) ? above.label : stamp.label;
    if (i < bodyStart && relatedItem(lines, i, titleIndex)) continue;
    if (label === 'published') return date;
    if (i >= bodyStart) continue;
    if (label === 'updated') updated ??= date;
    else plain ??= date;
  }
  if (plain) return plain;
  // "KYIV, Ukraine (March 12, 2024) — Russian forces ...": a dateline before the lead's dash.
  for (let i = bodyStart; i < Math.min(lines.length, bodyStart + 2, cut); i++) {
    const t = lines[i]!.text;
    const date = isFurniture(t) ? dateIn(t) : dateIn(DATELINE.exec(t)?.[0] ?? DATED_LEAD.exec(t)?.[0] ?? '');
    if (date) return date;
  }
  return updated;
}

/** Addresses of posts quoted in an article ("Source: https://x.com/..."), not of the article. */
const SOCIAL =
  /^https?:\/\/(?:[\w-]+\.)*(?:twitter\.com|x\.com|t\.co|facebook\.com|instagram\.com|youtube\.com|youtu\.be|tiktok\.com|t\.me)\//i;

/** The article's own address: a labelled "Source:/URL:" line in the furniture, or a URL alone on the first line. */
function pageUrl(lines: Line[], furniture: string[]): string | null {
  for (const t of furniture) {
    const u = labelledUrl(t);
    if (u && !SOCIAL.test(u)) return u;
  }
  return lines.length ? bareUrl(lines[0]!.text) : null;
}

export function clean(doc: SourceDoc): CleanDoc {
  const { text } = doc;
  const all = splitLines(text);
  // "Title: ... / Date: ... / URL: ..." at the top: metadata, not the page.
  const header = frontMatter(all.map((l) => l.text));
  const lines = withoutLists(text, all.slice(header.count));
  const keep = new Array<boolean>(lines.length).fill(false);
  const furniture: string[] = [];

  const firstBody = lines.findIndex(
    (l) => isBodyLike(l.text) && !isFurniture(l.text) && !isReadMore(l.text) && !bareWire(l.text),
  );
  const bodyStart = firstBody < 0 ? lines.length : firstBody;
  const cut = commentStart(lines, bodyStart);
  // Widget lines right at the comment header often name the site ("Comment via Sputnik").
  for (let i = cut; i < Math.min(lines.length, cut + 3); i++) furniture.push(lines[i]!.text);

  // Title: the first headline-like line before the body; failing that, a short first line
  // directly followed by the body (sentence-case titles that end with a period).
  let titleIndex = -1;
  for (let i = 0; i < bodyStart; i++) {
    const t = lines[i]!.text;
    if (isFurniture(t) || isReadMore(t) || isDateline(t) || isCreditLine(t)) continue;
    if (isHeadlineLike(t)) {
      titleIndex = i;
      break;
    }
  }
  // A sentence-case headline above the body comes before guessing that the body's first line is the title.
  if (titleIndex < 0) titleIndex = plainHeadline(text, lines, bodyStart);
  if (titleIndex < 0 && bodyStart < lines.length && bodyStart + 1 < cut) {
    const first = lines[bodyStart]!;
    const n = words(first.text).length;
    let next = bodyStart + 1;
    while (next < cut - 1 && isFurniture(lines[next]!.text)) next++;
    if (n <= 25 && !isFurniture(first.text) && words(lines[next]!.text).length > n) titleIndex = bodyStart;
  }
  if (titleIndex < 0) titleIndex = plainHeadline(text, lines, bodyStart);
  // "Obama on Climate Change: The Trends Are 'Terrifying.'": a title-cased first line set apart by a blank line is
  // the headline even when the copy gave it a final period (it stays a paragraph of the body, as before).
  if (titleIndex < 0 && bodyStart === 0 && lines.length > 1) {
    const first = lines[0]!;
    const headline = isHeadlineLike(first.text.replace(/[.]+(["'”’]*)$/, '$1'));
    if (headline && /\n[ \t]*\r?\n/.test(text.slice(first.end, lines[1]!.start))) titleIndex = 0;
  }
  const titleLine = titleIndex >= 0 ? lines[titleIndex]!.text : null;
  if (titleIndex >= 0) keep[titleIndex] = true;

  // The last body paragraph: what follows it (related headlines, tags, widgets) is not the article.
  let lastBody = -1;
  for (let i = cut - 1; i >= bodyStart; i--) {
    const t = lines[i]!.text;
    if (isBodyLike(t) && !isFurniture(t) && !isReadMore(t) && !isTagLine(t)) {
      lastBody = i;
      break;
    }
  }

  for (let i = bodyStart; i <= lastBody; i++) {
    const t = lines[i]!.text;
    if (isFurniture(t) || isReadMore(t) || isTagLine(t)) {
      furniture.push(t);
      continue;
    }
    if (titleLine !== null && t === titleLine && i !== titleIndex) continue; // repeated headline
    // A run of two or more headline-like lines inside the body is a related-links list.
    if (isHeadlineLike(t) && !endsLikeSentence(t)) {
      const prev = i > bodyStart && isHeadlineLike(lines[i - 1]!.text) && !endsLikeSentence(lines[i - 1]!.text);
      const next = i < lastBody && isHeadlineLike(lines[i + 1]!.text) && !endsLikeSentence(lines[i + 1]!.text);
      if (prev || next) continue;
    }
    keep[i] = true;
  }
  for (let i = 0; i < lines.length; i++)
    if (!keep[i] && (i < bodyStart || (i > lastBody && i < cut))) furniture.push(lines[i]!.text);

  const blocks: Range[] = [];
  for (let i = 0; i < lines.length; i++) if (keep[i]) blocks.push({ start: lines[i]!.start, end: lines[i]!.end });

  const title = doc.title?.trim() || header.fields.title || titleLine;
  const publishedAt =
    normalizeDate(doc.publishedAt) ??
    normalizeDate(header.fields.date) ??
    pageDate(lines, bodyStart, lastBody, cut, titleIndex);
  const url = doc.url ?? header.fields.url ?? pageUrl(lines, furniture);

  const lead = blocks.find((b) => b.start !== (titleIndex >= 0 ? lines[titleIndex]!.start : -1));
  // A dateline on its own line above the lead names the wire as the lead's own dateline would.
  const wireLine = bodyStart > 0 && bareWire(lines[bodyStart - 1]!.text) ? lines[bodyStart - 1]!.text : null;
  // The page's own word on its publisher first (meta tags, front matter, its address), then what the text shows.
  const outletName =
    siteOutlet(doc.siteName) ??
    siteOutlet(header.fields.outlet) ??
    urlOutlet(url) ??
    findOutletName(wireLine ?? (lead ? text.slice(lead.start, lead.end) : null), furniture) ??
    // A local paper's credit line read as the headline ("Prothom Alo, Bandarban" under the real one).
    (titleIndex >= 0 ? creditOutlet(lines[titleIndex]!.text) : null);
  const dateline = parseDateline(wireLine ?? (lead ? text.slice(lead.start, lead.end) : ''));
  // The dateline's place and day; its year when stated, else '--MM-DD' (wire copy often leaves the year out).
  const datelineInfo = dateline
    ? { place: dateline.place, day: datelineDay(dateline, publishedAt ? +publishedAt.slice(0, 4) : null) }
    : null;
  // A dateline stating its year ("Erbil (Iraq) (AFP) - May 26, 2021 -") dates a page that gives no other date.
  const filed = publishedAt ?? (dateline?.year ? datelineDay(dateline) : null);
  return { text, blocks, title, publishedAt: filed, outletName, url, dateline: datelineInfo };
}
