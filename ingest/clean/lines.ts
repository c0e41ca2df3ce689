// Line-level classifiers for page text: furniture, "READ MORE" links, tag lines, headline-like lines,
// comment-thread markers. In: one trimmed line of text. Out: booleans. Pure, precompiled regexes only.

const FINAL_PUNCT = /[.!?…:;]["'”’»)\]]*$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-&]*/gu;
const SMALL = new Set(
  'a an the of to in on at for and or but nor by with from as vs via into onto over under up is it its be are was s after before about amid against'.split(
    ' ',
  ),
);

export function words(line: string): string[] {
  return line.match(WORD) ?? [];
}

/** Ends like a sentence: final . ! ? … (possibly inside closing quotes/brackets). */
export function endsLikeSentence(line: string): boolean {
  return FINAL_PUNCT.test(line);
}

// Exact widget/label lines that sites print around an article.
const FURNITURE_EXACT = new RegExp(
  '^(?:' +
    [
      'listen live',
      '(?:listen|play|hear)(?: to)? (?:this|the) (?:article|story)(?: \\(?\\d+ min(?:ute)?s?\\)?)?',
      '\\d+ min(?:ute)?s? (?:read|listen)',
      'live',
      'get short url',
      'short url',
      'share(?: this)?(?: article| story| page| on \\w+)?',
      'tweet',
      'e-?mail',
      'print',
      'copy link',
      'link copied',
      'subscribe(?: now)?',
      'advertisement',
      'sponsored(?: content)?',
      'skip (?:to )?(?:main )?content',
      'skip ad',
      'menu',
      'home',
      'search',
      'close',
      'loading\\.*',
      'video',
      'photos?',
      'gallery',
      'watch(?: now| video| live)?',
      'play(?: video)?',
      'related(?: articles| stories| content| news| coverage| topics)?',
      'more (?:on|from|about) .{1,40}',
      'top stories',
      'trending(?: now)?',
      'most (?:read|popular|viewed|shared)',
      'recommended(?: for you)?',
      'you (?:may|might) also like',
      "editor'?s? picks?",
      'follow us(?: on .{1,30})?',
      'sign (?:up|in)(?: .{1,40})?',
      'log ?in',
      'register',
      'newsletter',
      'by continuing .{0,80}',
      'all rights reserved\\.?',
      'terms of (?:use|service)',
      'privacy policy',
      'cookie policy',
      'contact us',
      'about us',
      'back to top',
      'next article',
      'previous article',
      'show more',
      'read (?:more|next|full (?:story|article))',
      'continue reading',
      'tags?:?',
      'topics?:?',
      'filed under:?',
      'categories:?',
      'opinion',
      'analysis',
      'breaking(?: news)?',
      'exclusive',
      'update[ds]?',
      'published',
      'posted',
      'last (?:updated|modified)',
      'facebook',
      'twitter',
      'whatsapp',
      'telegram',
      'reddit',
      'linkedin',
      'pinterest',
      'vk',
      'flipboard',
    ].join('|') +
    ')$',
  'i',
);

/** Credit, copyright, caption-source and byline-ish lines ("© Flickr/ Expert Infantry", "Photo: AFP"). */
const FURNITURE_START =
  /^(?:(?:tags?|topics?|filed under|categories|category|posted in|keywords)\s*:|©|\(c\)\s|copyright\b|photo(?:graph)?s?\s*(?:by|:|credit)|image(?:s)?\s*(?:by|:|credit)|picture\s*:|credit\s*:|file photo\b|source\s*:\s*\S+$|getty images|reuters\/|ap photo|afp photo|afp\/|epa\/|sputnik\s*\/|ria novosti\s*\/)/i;

/** "READ MORE: ...", "Also read - ...", "RELATED: ...": links to other articles. */
const READ_MORE =
  /^(?:read more|read also|also read|more|see also|related|related article|related story|related coverage|recommended|watch|listen|must read|don'?t miss|click here|more on this|in pictures|in depth|latest)\s*[:\-–—>»|]/i;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIME = '\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?';
const TZ = '(?:gmt|utc|[ecmp][sd]t|msk|cet|cest|bst|ist)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?';

/** One piece of a date/time stamp: a time, zone, month, number, separator or "N hours ago". */
const STAMP_PART = [
  TIME,
  TZ,
  MONTH,
  // A number ends where its digits do: otherwise a run of digits splits into 1-4 digit parts in exponentially many
  // ways, and a line of nines took seconds to refuse.
  '\\d{1,4}(?!\\d)',
  '[,/\\-–—|•·+]',
  'at',
  'on',
  'et',
  '(?:hours?|hrs?|mins?|minutes?|days?)\\s+ago',
  '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?',
  // "Published 3 May 2019 · Updated 5 May 2019": a second label inside one stamp line.
  '(?:first |last )?(?:published|updated|posted|modified)(?:\\s+(?:on|at))?\\s*:?',
  'am',
  'pm',
].join('|');

/** A line that is only a date and/or time stamp (with optional "Published/Updated" label). */
const TIMESTAMP = new RegExp(
  '^(?:(?:published|updated|posted|last updated|first published|date|modified)\\s*(?:on|at)?\\s*:?\\s*)?' +
    '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?' +
    '(?:' +
    STAMP_PART +
    ')(?:\\s*(?:' +
    STAMP_PART +
    '))*\\s*$',
  'i',
);
const HAS_DIGIT = /\d/;

export function isTimestamp(line: string): boolean {
  return line.length <= 80 && HAS_DIGIT.test(line) && TIMESTAMP.test(line);
}

/** "Home | World | Africa", "News > Middle East": a breadcrumb or menu of short items between separators. */
export function isBreadcrumb(line: string): boolean {
  if (line.length > 120) return false;
  const items = line.split(/\s+[|>»›/]\s+|\s*[|»›]\s*/).filter((x) => x.trim());
  if (items.length < 2) return false;
  for (const item of items) if (words(item).length > 3) return false;
  return true;
}

/** "By Maria Delgado", "By Ana Ruiz and Tom Hale, Reuters": the writer's byline. */
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]*,?(?:\s+(?:\p{Lu}[\p{L}.'’-]*,?|and|&|,|de|van|von|al|el|bin)){0,10}\s*$/iu;
/** "Jon Henley Europe correspondent", "Maria Ruiz, staff writer": a byline without "By". */
const ROLE_BYLINE =
  /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},?(?:\s+[\p{L}-]+){0,3}\s+(?:correspondent|editor|reporter|writer|columnist|bureau chief|contributor)$/iu;

/** An unnamed byline, as South Asian and African papers sign: "Our Correspondent", "Staff Reporter", "Web Desk". */
const UNNAMED_BYLINE =
  /^(?:(?:from\s+)?our\s+|a\s+)?(?:own\s+|special\s+|staff\s+|senior\s+|city\s+)?(?:correspondent|reporter|news\s+desk|web\s+desk|monitoring\s+desk|desk\s+report|bureau\s+report|agencies)s?$/i;

export function isByline(line: string): boolean {
  if (line.length > 100) return false;
  if (ROLE_BYLINE.test(line) || UNNAMED_BYLINE.test(line.trim())) return true;
  return /^[Bb][Yy]\s+\p{Lu}/u.test(line) && BYLINE.test(line.replace(/[|•·]/g, ','));
}

export function isFurniture(line: string): boolean {
  if (line.length > 160) return false;
  return (
    isByline(line) ||
    FURNITURE_EXACT.test(line.replace(/[\s:|•·>»]+$/, '')) ||
    FURNITURE_START.test(line) ||
    isTimestamp(line) ||
    isBreadcrumb(line)
  );
}

export function isReadMore(line: string): boolean {
  return READ_MORE.test(line);
}

/** A keyword line: several short comma-separated items, no sentence ending, no verbs of a sentence. */
export function isTagLine(line: string): boolean {
  if (endsLikeSentence(line) || line.length > 300) return false;
  const items = line.split(/\s*[,;|•·]\s*/).filter(Boolean);
  if (items.length < 3) return false;
  let longItems = 0;
  for (const item of items) if (words(item).length > 4) longItems++;
  return longItems === 0;
}

/** Share of content words that start with a capital letter (or a digit). */
function capitalRatio(ws: string[]): number {
  let content = 0;
  let caps = 0;
  for (const w of ws) {
    if (SMALL.has(w.toLowerCase())) continue;
    content++;
    if (/^[\p{Lu}\p{N}'‘"“]/u.test(w)) caps++;
  }
  return content ? caps / content : 0;
}

/**
 * A headline-like line: short, title-cased, no final period (a final ? or ! or closing quote is fine).
 * Also "Headline - Source" forms ("... - Reports", "... – UN Envoy").
 */
export function isHeadlineLike(line: string): boolean {
  if (line.length > 200 || /[.;,]["'”’)]*$/.test(line)) return false;
  const ws = words(line);
  if (ws.length < 2 || ws.length > 24) return false;
  return capitalRatio(ws) >= 0.75;
}

/** Body paragraph: ends like a sentence and has a few words, or is long running text. */
export function isBodyLike(line: string): boolean {
  const n = words(line).length;
  if (n >= 16) return !isHeadlineLike(line) || endsLikeSentence(line);
  return n >= 3 && endsLikeSentence(line) && !/:$/.test(line);
}

// The start of a reader-comment section: its header or widget line.
const COMMENT_HEADER =
  /^(?:comments?(?:\s*\(\d+\))?|\d+\s+comments?|reader comments|comments are closed\.?|show comments|view comments|load comments|leave a (?:comment|reply)|add (?:a|your) comment|post a comment|write a comment|join the (?:discussion|conversation)|discussion|conversation|community (?:standards|guidelines).*|comment via .*|sort by .{0,20}|newest|oldest|best|top comments|(?:log|sign) in to comment.*|you must be logged in .*|please (?:let us know|read our|keep) .{0,80}comment.*|commenting (?:is|has been) .*|show new comments.*)$/i;
const COMMENT_MARKER =
  /(?:\bin reply to\b|\(show comment|hide comment\)|^\W*avatar$|^\W*(?:reply|like|report|flag|share)(?:\s*[·|•]?\s*(?:reply|like|report|flag|share|\d+))*$|^\W*\d+\s+(?:likes?|replies|upvotes?)$|^\S+(?:\s\S+)?\s*[·•|]?\s*\d+\s*(?:s|m|h|d|w|y|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$)/i;

export function isCommentHeader(line: string): boolean {
  return line.length <= 120 && (COMMENT_HEADER.test(line) || /community standards|comment via /i.test(line));
}

export function isCommentMarker(line: string): boolean {
  return line.length <= 120 && COMMENT_MARKER.test(line);
}
