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
  words,
} from './lines.ts';
import { dateIn, findOutletName, normalizeDate } from './meta.ts';

/** The dateline of a lead paragraph: a short capitalized prefix ending in a dash. */
const DATELINE = /^[A-Z][^—–\n]{0,80}?\s(?:—|–|--?)\s/;
/** "Nairobi, August 16 (KNA) -": a place, optional date and an agency in parentheses before a dash. */
const WIRE = /^[A-Z][^()\n]{0,60}\([A-Z][\w.&' -]{1,30}\)\s*[-–—:]/;

interface Line extends Range {
  text: string;
}

/** Non-empty lines with their trimmed ranges; offsets stay in the original text. */
function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n\r]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
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
  const i = lines.findIndex(
    (l, k) => k < bodyStart && !isFurniture(l.text) && !isReadMore(l.text) && !isDateline(l.text),
  );
  if (i < 0 || bodyStart >= lines.length) return -1;
  const t = lines[i]!.text;
  const n = words(t).length;
  if (n < 3 || n > 20 || t.length > 160 || endsLikeSentence(t) || /[,:]$/.test(t)) return -1;
  let dated = false;
  for (let k = i + 1; k < bodyStart; k++) {
    const between = lines[k]!.text;
    if (dateIn(between) !== null || bareWire(between)) dated = true;
    else if (!isFurniture(between)) return -1;
  }
  const gap = text.slice(lines[i]!.end, lines[i + 1]!.start);
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

export function clean(doc: SourceDoc): CleanDoc {
  const { text } = doc;
  const lines = splitLines(text);
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
    if (isFurniture(t) || isReadMore(t) || isDateline(t)) continue;
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
  const title = titleIndex >= 0 ? lines[titleIndex]!.text : null;
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
    if (title !== null && t === title && i !== titleIndex) continue; // repeated headline
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

  // Date: given metadata first, then timestamps/datelines before the body, then the first paragraphs.
  let publishedAt = normalizeDate(doc.publishedAt);
  for (let i = 0; !publishedAt && i < Math.min(lines.length, bodyStart + 2, cut); i++) {
    const t = lines[i]!.text;
    // Body sentences tell of other dates ("a protest on May 5, 2021"): only short stamp lines count there.
    if (i < bodyStart || isFurniture(t) || t.length < 80) publishedAt = dateIn(t.slice(0, 200));
    // A dateline before the lead's dash: "KYIV, Ukraine (March 12, 2024) — Russian forces ...".
    else publishedAt = dateIn(DATELINE.exec(t)?.[0] ?? '');
  }

  const lead = blocks.find((b) => b.start !== (titleIndex >= 0 ? lines[titleIndex]!.start : -1));
  // A dateline on its own line above the lead names the wire as the lead's own dateline would.
  const wireLine = bodyStart > 0 && bareWire(lines[bodyStart - 1]!.text) ? lines[bodyStart - 1]!.text : null;
  const outletName = findOutletName(wireLine ?? (lead ? text.slice(lead.start, lead.end) : null), furniture);
  return { text, blocks, title: doc.title?.trim() || title, publishedAt, outletName };
}
