// What a claim's content is about, as comparable terms: the resolved actors it names (`@iran`, whatever the
// outlet wrote: "Tehran", "the Islamic Republic"), concept classes of the words outlets swap when they retell it
// (`~kill` for killed/dead/died, `~responsible` for behind/backing/role; graph/data/claim-concepts.json), counts
// (`#15`), crude stems of the other content words, and `!not` when the content itself is negated ("had nothing to
// do with it"). In: the content text, the actor mentions inside it (offsets into that text), the speaker.
// Out: sorted, de-duplicated terms, stored on the Claim node and compared by graph/claims/similar.ts.
import concepts from '../data/claim-concepts.json' with { type: 'json' };
import { CONCEPT_CLASS, CONCEPT_PHRASES } from './concepts.ts';
import states from '../data/states.json' with { type: 'json' };
import { isArmedForce, isArticleScoped } from '../identity.ts';
import { foldToAscii } from '../names.ts';
import { STOPWORDS } from '../trace/related.ts';
import { digitsFor } from './numbers.ts';
import { stemOf } from './stem.ts';

/** Prefix of an incident's term (`^<incident node id>`), added by graph/model.ts for the incidents a claim tells. */
export const INCIDENT_TERM = '^';
/**
 * Prefix of a claim's named speaker (`%<actor id>`), added by graph/model.ts: no content (decisions leave it out,
 * graph/claims/decide.ts), only a candidate key (graph/claims/similar.ts speakerKeys), so that one speaker's claim told
 * by two outlets in words that share no band is compared with the speaker's other claims.
 */
export const SPEAKER_TERM = '%';

export interface TermActor {
  id: string;
  /**
   * A body's affiliation is its state ("russia-military" → `@russia` too), an anonymous source's its body ("U.S.
   * officials" → `@united-states`); a named person's is not read (Pompeo is not the United States).
   */
  kind?: string;
  anonymous?: boolean;
  affiliation?: string | null;
  /** [start, end) offsets into the content text. */
  spans: Array<[number, number]>;
}

export interface TermInput {
  text: string;
  /** Resolved actors named in the content ("about"); spans may be empty when offsets are unknown. */
  actors: TermActor[];
  /**
   * States the article names: a demonym in the content ("Chinese hackers") is read as the state, and any state's
   * own demonym as that state (graph/data/states.json).
   */
  states?: Array<{ id: string; name: string }>;
  /** The speaker: the subject pronoun of reported speech ("denied that it had ...") is the speaker. */
  speaker?: { id: string; kind?: string; affiliation?: string | null } | null;
  /** The reporting verb as written ("said", "blamed", "attributed"), when known. */
  cue?: string | null;
}

const ROLES = new Set(concepts.roles.split(/\s+/));
const FORCES = CONCEPT_CLASS.get('troops')!;
const META = new Set(concepts.meta.split(/\s+/));
const NEGATION = new Set(['not', 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'without']);
/** Dates and time words belong to the report, not to what is asserted (graph/claims/key.ts drops them too). */
const TIME_WORDS = new Set(
  (
    'today yesterday tonight overnight tomorrow morning evening afternoon night dawn midnight week weeks month ' +
    'months year years day days ' +
    'earlier later recently recent monday tuesday wednesday thursday friday saturday sunday january february march ' +
    'april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);
/** Reasons and asides after the assertion: "Iran was behind the blasts, citing the type of weapons". */
const TRAILING_CLAUSE = /,\s*(?:citing|saying|adding|according to|as quoted by|in a statement)\b.*$/is;
/**
 * A subject pronoun opening reported speech stands for its speaker: "denied that it had ceded ...", "rejected US
 * accusations that it was behind ...", "accusations that its troops had shelled ..."; so does the
 * missing subject of a bare denied or admitted part: "denied involvement", "denied any role in the attack"; and a
 * possessive opening it: "rejected statements that its soldiers were still in Tigray".
 */
const SUBJECT_PRONOUN =
  /^\s*(?:(?:[^,]{0,40}?\b(?:accusations?|allegations?|claims?|reports?|charges?|suggestions?)\s+)?(?:that\s+)?(?:(?:it|they|he|she|we)|(?:its|their)\s+[a-z]+)\s+(?:had|has|have|was|were|would|will|did|could|is|are)\b|(?:any\s+|its\s+|their\s+)?(?:involvement|role|responsibility|part|wrongdoing)\b|(?:its|their)\s+(?!own\b)[a-z])/i;

/**
 * Prefix of an actor named only inside a compound modifier of another ("Iran-aligned", "Saudi-led"): a term that
 * meets only the same modifier, not the actor as a party (graph/claims/decide.ts does not count it as one).
 */
export const MODIFIER_TERM = '&';
const MODIFIER =
  /\b\p{Lu}[\p{L}.]*-(?:aligned|backed|led|based|allied|funded|sponsored|supported|run|controlled|held|linked|affiliated)\b/gu;
/** [start, end) of each compound modifier in the text. */
function modifierSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(MODIFIER)].map((m) => [m.index, m.index + m[0].length]);
}

/** Words of the content outside the actor mentions, lower-cased ASCII. */
function words(text: string, actors: TermActor[]): string[] {
  // Offsets index UTF-16 code units; blank the mentions in place so a name's words do not count twice.
  let blanked = text;
  // An article-scoped actor ("Russian fighters", "a Malian official") meets nothing across articles: keep its words.
  for (const a of actors.filter((x) => !isArticleScoped(x.id)))
    for (const [s, e] of a.spans)
      if (s >= 0 && e <= text.length && e > s) blanked = blanked.slice(0, s) + ' '.repeat(e - s) + blanked.slice(e);
  let plain = foldToAscii(blanked)
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(TRAILING_CLAUSE, '');
  for (const [re, to] of CONCEPT_PHRASES) plain = plain.replace(re, to);
  // "2h": a span of hours (digitsFor) is a figure of its own, "#2h".
  return digitsFor(plain.toLowerCase()).match(/\d+(?:[.,]\d+)*(?:h\b)?|[a-z]+(?:'[a-z]+)?/g) ?? [];
}

/** One word's term, or null for a word that carries no content. */
export function wordTerm(w: string): string | null {
  if (/^\d/.test(w)) {
    // "1,200" is a thousands separator; "3,5" (one or two digits after it) a decimal comma, "3.5" as others write it.
    const n = /^\d+,\d{1,2}$/.test(w) ? w.replace(',', '.') : w.replace(/,(?=\d{3}\b)/g, '');
    return /^(?:19|20)\d\d$/.test(n) ? `y${n}` : `#${n}`;
  }
  const bare = w.replace(/'s$/, '');
  if (META.has(bare)) return null;
  const cls = CONCEPT_CLASS.get(bare);
  if (cls) return cls;
  if (bare.length < 3 || STOPWORDS.has(bare) || TIME_WORDS.has(bare) || ROLES.has(bare) || META.has(bare)) return null;
  return stemOf(bare);
}

/**
 * The state a capitalised adjective stands for, among the article's states: "Chinese" → China, "Venezuelan" →
 * Venezuela, "Philippine" → Philippines. The adjective must keep the name's stem (all but its last two letters, at
 * least four); the longest name wins, so "Nigerian" is Nigeria when the article names both Niger and Nigeria.
 */
function demonymState(word: string, states: Array<{ id: string; name: string }>): string | null {
  const w = word.toLowerCase();
  let best: { id: string; len: number } | null = null;
  for (const st of states) {
    const n = foldToAscii(st.name).toLowerCase();
    if (!/^[a-z]+$/.test(n)) continue;
    let lcp = 0;
    while (lcp < n.length && lcp < w.length && n[lcp] === w[lcp]) lcp++;
    if (lcp >= Math.max(4, n.length - 2) && (!best || n.length > best.len)) best = { id: st.id, len: n.length };
  }
  return best?.id ?? null;
}

/**
 * Every state's one-word demonyms ("chinese" → china): "a Chinese container ship" accuses China even when the
 * article never names it, so China's own denial elsewhere can answer the claim.
 */
const DEMONYM = new Map(
  states.flatMap((st) =>
    st.demonyms.filter((d) => /^[A-Z][a-z]+$/.test(d)).map((d) => [d.toLowerCase(), st.id] as const),
  ),
);

/**
 * Multi-word state names ("Burkina Faso", "South Sudan", "Saudi Arabia") that name one state each, longest first: a
 * name the actors stage left unresolved inside the content (in quote marks: 'had come "from Burkina Faso"') is still
 * that state. One-word names are read as the article's states are (demonymState): "Niger Delta" and "Jordan" need it.
 */
const STATE_NAMES = (() => {
  const owners = new Map<string, Set<string>>();
  for (const st of states)
    for (const n of [st.name, ...st.aliases].map(foldToAscii))
      if (/^[A-Z]/.test(n) && n.includes(' ')) owners.set(n, (owners.get(n) ?? new Set()).add(st.id));
  return new Map([...owners].filter(([, ids]) => ids.size === 1).map(([n, ids]) => [n, [...ids][0]!]));
})();
const STATE_NAME = new RegExp(
  `\\b(?:${[...STATE_NAMES.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\b`,
  'g',
);

/** The states named by a multi-word name in the text outside the actor mentions, as actors with their spans. */
function namedStates(text: string, actors: TermActor[]): TermActor[] {
  const taken = (s: number, e: number) => actors.some((a) => a.spans.some(([as, ae]) => s < ae && as < e));
  const out: TermActor[] = [];
  for (const m of foldToAscii(text).matchAll(STATE_NAME)) {
    const [s, e] = [m.index, m.index + m[0].length];
    if (!taken(s, e)) out.push({ id: STATE_NAMES.get(m[0])!, kind: 'state', spans: [[s, e]] });
  }
  return out;
}

/**
 * A later clause the speaker joined on ("struck a training camp ... and that no civilians were harmed", "; no one
 * was hurt", ", without mentioning the camp", "struck gatherings of fighters and had not fired at the camp", "caused
 * an outbreak of malaria, and our teams can no longer work", "paid them and they promised never to come back") is
 * another assertion or an aside, and so is a contrast after a comma ("were conducting operations, not delivering
 * aid") and a clause describing a noun or the circumstances ("shelled the camp, where there are no military targets",
 * "targeted the displaced, knowing there were no fighters", "civilians who had not fled"): its negation does not turn
 * what the content first asserts round.
 */
const LATER_CLAUSE = new RegExp(
  [
    '\\s(?:and|but) that\\s',
    ';\\s',
    ',\\s+(?:and|but|not|without)\\s',
    '\\s(?:and|but)\\s+(?=(?:had|has|have|was|were|did|does|is|are|would|will)\\s)',
    '\\s(?:and|but)\\s+(?=(?:they|we|he|she)\\s+[a-z]+)',
    ',?\\s(?:where|who|whom|whose|which|while|whereas|although|though)\\s',
    ',\\s+(?:knowing|saying|adding|noting|insisting|stressing)\\s',
  ].join('|'),
  'i',
);
/**
 * A later sentence of a quote ("The attackers crossed from Congo and we are pursuing them. They will not go far") is
 * another assertion too. Only after a lower-case word or a figure: "U.S. forces did not ..." and "Gen. Ali" go on.
 */
const LATER_SENTENCE = /(?<=(?:\b[a-z]+|\d)[.!?]["\u201d\u2019]?)\s+(?=["\u201c\u2018]?[A-Z])/;
/**
 * Whether the content's first clause is negated ("had nothing to do with", "did not fire"). "without" before a
 * gerund still counts: a writer's aside glued to a content by the extractor ("has been detained, she confirmed,
 * without naming him" stored as "has been detained without naming him") is kept apart so. "without" before a noun
 * (withoutManner) tells how the act was done, which the content asserts: "had entered the site without permission"
 * is "unauthorized persons had entered the site".
 */
function negatedHead(text: string): boolean {
  const head = foldToAscii(text.split(LATER_SENTENCE)[0]!.split(LATER_CLAUSE)[0]!).toLowerCase();
  const ws = head.match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  return ws.some((w, i) => (NEGATION.has(w) && !withoutManner(ws, i)) || w.endsWith("n't"));
}

/** Words between "without" and its noun: "without any permission", "without prior notice". */
const WITHOUT_MODIFIERS = new Set(['any', 'a', 'an', 'the', 'their', 'his', 'her', 'its', 'prior', 'proper', 'due']);

/**
 * "without" at i opening a noun phrase of manner ("without permission", "without any warning"), not a gerund clause
 * ("without naming him", "without giving details") or a verbless end.
 */
export function withoutManner(ws: string[], i: number): boolean {
  if (ws[i] !== 'without') return false;
  let k = i + 1;
  while (k < ws.length && WITHOUT_MODIFIERS.has(ws[k]!)) k++;
  const w = ws[k];
  return !!w && (!/ing$/.test(w) || ING_NOUNS.has(w)) && !NEGATION.has(w);
}

/** Nouns in -ing that "without" takes as often as a gerund: "without warning", "without a hearing". */
const ING_NOUNS = new Set(['warning', 'hearing', 'funding', 'training', 'housing', 'clothing', 'meaning']);

/**
 * An attribution opening the content ("as quoted by the official news agency, that ...", "according to the
 * ministry, ..."): who relayed it, not what is asserted.
 */
const LEADING_ATTRIBUTION = /^\s*(?:as quoted by|as reported by|according to|citing)\s[^,]{1,80},\s*(?:that\s)?/i;
/**
 * The report a denial points at, named with its author ("the claims of Baku that ...", "a claim by the Islamic State
 * group that ...", "reports by opposition websites that ..."): whose report it was, not what it asserts. "of" only
 * before a name: "reports of fighting that left ten dead" keeps its words.
 */
/** How a report went round, before its author or medium: "reports circulating on social media", "claims made by". */
const REPORT_SPREAD =
  '(?:circulating|circulated|spread|spreading|broadcast|published|carried|made|aired|posted|shared|issued)';
const REPORT_NOUN =
  '(?:[Cc]laims?|[Rr]eports?|[Ss]tatements?|[Aa]llegations?|[Aa]ccusations?|[Aa]ssertions?|[Ss]uggestions?)';
const AUTHORED_REPORT = new RegExp(
  '^\\s*(?:[Tt]he\\s+|[Aa]n?\\s+)?(?:' +
    // "reports by opposition websites that", "reports circulating on social media that", "claims made by Kyiv that"
    `${REPORT_NOUN}\\s+(?:(?:by|from)\\s|of\\s+(?:the\\s+)?(?=\\p{Lu})|${REPORT_SPREAD}\\s)[^,;]{1,60}?` +
    // "the army's claim that", "Baku's allegations that"
    `|(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+['\u2019]s\\s+${REPORT_NOUN}` +
    ')\\s+that\\s+',
  'u',
);

/** The input with a leading attribution or a report's author blanked (offsets kept) and the actors named only inside it dropped. */
function withoutLeadingAttribution(input: TermInput): TermInput {
  const m = LEADING_ATTRIBUTION.exec(input.text) ?? AUTHORED_REPORT.exec(input.text);
  if (!m) return input;
  const cut = m[0].length;
  return {
    ...input,
    text: ' '.repeat(cut) + input.text.slice(cut),
    actors: input.actors.filter((a) => !a.spans.length || a.spans.some(([, e]) => e > cut)),
  };
}

/** The comparable terms of one claim's content. */
export function claimTerms(raw: TermInput): string[] {
  const stripped = withoutLeadingAttribution(raw);
  const input = { ...stripped, actors: [...stripped.actors, ...namedStates(stripped.text, stripped.actors)] };
  const out = new Set<string>();
  const modifiers = modifierSpans(input.text);
  const inModifier = (s: number, e: number) => modifiers.some(([ms, me]) => s >= ms && e <= me);
  for (const a of input.actors) {
    // "the Iran-aligned Houthi movement": Iran describes the Houthis here, it is no party of its own.
    const described = a.spans.length > 0 && a.spans.every(([s, e]) => inModifier(s, e));
    if (!isArticleScoped(a.id)) out.add(`${described ? MODIFIER_TERM : '@'}${a.id}`);
    if (described) continue;
    // "Azerbaijani forces" is the state's military and the word retold as "its troops": both terms.
    if (isArmedForce(a) && a.spans.length) out.add(FORCES);
    if ((a.kind !== 'person' || a.anonymous) && a.affiliation && !isArticleScoped(a.affiliation))
      out.add(`@${a.affiliation}`);
  }
  const sp = input.speaker;
  if (sp && !isArticleScoped(sp.id) && SUBJECT_PRONOUN.test(input.text)) {
    out.add(`@${sp.id}`);
    if (sp.kind !== 'person' && sp.affiliation && !isArticleScoped(sp.affiliation)) out.add(`@${sp.affiliation}`);
  }
  const known = (input.states ?? []).filter((st) => !isArticleScoped(st.id));
  const demonyms = new Set<string>();
  for (const m of foldToAscii(input.text).matchAll(/\b[A-Z][a-z]{3,}\b/g)) {
    const id = (known.length ? demonymState(m[0], known) : null) ?? DEMONYM.get(m[0].toLowerCase()) ?? null;
    if (!id) continue;
    out.add(`${inModifier(m.index, m.index + m[0].length) ? MODIFIER_TERM : '@'}${id}`);
    demonyms.add(m[0].toLowerCase());
  }
  for (const w of words(input.text, input.actors)) {
    if (demonyms.has(w)) continue;
    if (NEGATION.has(w) || w.endsWith("n't")) continue;
    const t = wordTerm(w);
    if (t) out.add(t);
  }
  if (negatedHead(input.text)) out.add('!not');
  // "blamed the Kunjin tribe for the attack", "attributed the attack to the ELN": the verb that holds the party
  // responsible is the cue, outside the content ("the Kunjin tribe for the attack", "the attack to the ELN").
  if (BLAME_CUE.test(raw.cue?.trim() ?? '')) out.add(RESPONSIBLE);
  // "the assailants were CODECO militiamen": naming who the attackers were holds them responsible.
  if (ATTACKERS_WERE.test(input.text) && [...out].some((x) => x.startsWith('@'))) out.add(RESPONSIBLE);
  return [...out].sort();
}

/** Reporting verbs that hold their object responsible for what follows it: the content alone does not say so. */
const BLAME_CUE = /^(?:blam|attribut|ascrib)(?:e|ed|es|ing)$/i;
const ATTACKERS_WERE =
  /\b(?:attackers|assailants|gunmen|raiders|perpetrators|bombers|killers)\s+(?:were|was)\s+(?!killed|wounded|injured|arrested|captured|neutrali[sz]ed|shot)/i;
/** The concept of holding someone responsible (graph/claims/decide.ts reads it too). */
export const RESPONSIBLE = CONCEPT_CLASS.get('responsible')!;

/**
 * Where a content's opening clause ends: a preposition or joined clause after its verb and object ("would summon
 * Turkey's charge d'affaires | over the violation", "| in Baghdad and hand him a note"), a comma, a quote.
 */
const HEAD_END =
  /(\s(?:over|in|at|on|for|from|after|before|because|since|to|with|without|by|into|near|and|but|or|as|which|who|while|where|when|amid|against|during|until)\s|[,;:"“”()]|\s[-–—]\s)/i;

/** One piece of a content between two HEAD_END boundaries: its terms, and the boundary word after it. */
export interface ClausePiece {
  terms: string[];
  next: string | null;
}

/**
 * A content cut at each HEAD_END boundary, the terms of each piece with names left out (capitalised words: "Turkey's"
 * and "the Turkish" are one party in the claim's actor terms, not here): the first piece is what the content first
 * asserts, its verb and object; a piece after the same boundary word on two sides fills the same slot ("taxes | on
 * alcohol" / "taxes | on mobile money").
 */
export function clausePieces(text: string): ClausePiece[] {
  const parts = foldToAscii(text)
    .replace(/[\u2018\u2019`]/g, "'")
    .split(HEAD_END);
  const out: ClausePiece[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const terms = new Set<string>();
    for (const w of parts[k]!.match(/\d+(?:[.,]\d+)*|[A-Za-z]+(?:'[A-Za-z]+)?/g) ?? []) {
      if (/^[A-Z]/.test(w)) continue;
      const t = wordTerm(w.toLowerCase());
      if (t) terms.add(t);
    }
    const next = parts[k + 1]?.trim().toLowerCase() ?? null;
    out.push({ terms: [...terms].sort(), next });
  }
  return out;
}
