// Types passed between the ingest stages (DESIGN.md data flow). Every offset is a
// character offset into the ORIGINAL input text: stages never copy or shift the text.
import type { Actor, Claim, Incident, Relation } from '../graph/schema.ts';

/** One input as read by ingest/sources: the text the offsets index, and where it came from. */
export interface SourceDoc {
  source: string;
  text: string;
  url?: string | null;
  /** True when `text` was extracted from HTML (readability). */
  html?: boolean;
  /** Metadata the source already knew (HTML meta tags and JSON-LD, feed items, JSONL fields); dates as written. */
  title?: string | null;
  publishedAt?: string | null;
  /** The publisher as the source names it (og:site_name, JSON-LD publisher, a feed's title, a JSONL "outlet"). */
  siteName?: string | null;
}

export interface Range {
  start: number;
  end: number;
}

/** Output of ingest/clean: which parts of the text are article content, plus metadata. */
export interface CleanDoc {
  text: string;
  /** Content paragraphs in reading order; furniture, related links and comments are left out. */
  blocks: Range[];
  title: string | null;
  /** YYYY-MM-DD when the text gives a publication date or dateline. */
  publishedAt: string | null;
  /** The publisher's name when the text tells it ("Sputnik", "Reuters"): a gazetteer name, or the page's site name. */
  outletName: string | null;
  /** The article's own URL, from the source or a "Source: https://..." line of the text. */
  url?: string | null;
  /** The lead's wire dateline: its place as written and its day ('YYYY-MM-DD', or '--MM-DD' with no year). */
  dateline?: { place: string | null; day: string | null } | null;
}

export interface Token {
  start: number;
  end: number;
  /** The token as it appears in the text. */
  text: string;
  /** Lower-cased normal form (wink's `normal`). */
  norm: string;
  /** Universal POS tag (PROPN, VERB, NOUN, PUNCT, ...). */
  pos: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  /** Index of the block (paragraph) holding the sentence. */
  block: number;
}

/** Output of ingest/nlp: sentences and tagged tokens of the content blocks. */
export interface NlpDoc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export type MentionKind = 'name' | 'alias' | 'metonym' | 'demonym' | 'pronoun' | 'descriptor' | 'title';

export interface Mention {
  start: number;
  end: number;
  actorId: string;
  kind: MentionKind;
}

/** Output of ingest/actors: the actors of one article and every mention of them, sorted by start. */
export interface ActorsDoc {
  actors: Actor[];
  mentions: Mention[];
  /** Actor id of the article's publisher, when known. */
  outlet: string | null;
  /**
   * The state of the article's first dateline, when the gazetteer knows it ("NAYPYITAW, Feb. 2, 2024 (AP) -" →
   * myanmar): the state a story filed from it is about when it names none.
   */
  homeState?: string | null;
  /** The state the story is about (actors/forces.ts storyState), when it tells one: what its state acronyms mean. */
  storyState?: string | null;
}

/** Output of ingest/attribution. It may add anonymous actors ("sources", "a senior official"). */
export interface AttributionDoc {
  claims: Claim[];
  actors: Actor[];
}

/** Output of ingest/events. */
export interface EventsDoc {
  incidents: Incident[];
  relations: Relation[];
  /** Claim id → the incidents its content tells (trigger inside the content span). */
  told: Record<string, string[]>;
}
