// The speech-act lexicon: which words introduce who-said-what, with their stance and syntax.
// In: a token's lower-cased form. Out: CueInfo (lemma, stance, whether it takes an addressee or relays).
import type { Stance } from '../../graph/schema.ts';

export interface CueInfo {
  lemma: string;
  stance: Stance;
  /** The verb takes an addressee before its content: "told reporters that ...". */
  addressee?: boolean;
  /** The subject passes on what someone else said ("reported", "quoted", "cited"). */
  relay?: boolean;
  /** The content is usually a noun phrase or clause after the verb, not a that-clause ("denied the report"). */
  object?: boolean;
  /** A particle the verb needs to be a speech act ("pointed out"). */
  particle?: string;
  /** Only a quotation can be the content. */
  quoteOnly?: boolean;
  /** Only a document or poll can be the subject: "the report found that C", "a survey showed C". */
  docOnly?: boolean;
  /** Prepositions that belong to the cue when they follow it ("called for", "called on"). */
  preps?: string[];
}

interface Entry extends Omit<CueInfo, 'lemma'> {
  /** Irregular or unusual forms; regular -s/-ed/-ing forms are generated. */
  forms?: string[];
}

const CLAIM: Entry = { stance: 'claims' };
const DENY: Entry = { stance: 'denies', object: true };
const CONFIRM: Entry = { stance: 'confirms', object: true };

// General English verbs of saying and reporting. Stance comes from the verb; content may override it.
const VERBS: Record<string, Entry> = {
  say: { ...CLAIM, forms: ['say', 'says', 'said', 'saying'] },
  tell: { ...CLAIM, addressee: true, forms: ['tell', 'tells', 'told', 'telling'] },
  state: CLAIM,
  add: CLAIM,
  claim: CLAIM,
  report: { ...CLAIM, relay: true },
  announce: CLAIM,
  // "warned Poland that C": the warned party is an addressee, not content.
  warn: { ...CLAIM, addressee: true },
  insist: CLAIM,
  argue: CLAIM,
  assert: CLAIM,
  allege: CLAIM,
  declare: CLAIM,
  explain: CLAIM,
  note: CLAIM,
  write: { ...CLAIM, forms: ['write', 'writes', 'wrote', 'writing', 'written'] },
  tweet: CLAIM,
  suggest: CLAIM,
  predict: CLAIM,
  promise: CLAIM,
  vow: CLAIM,
  pledge: CLAIM,
  reply: { ...CLAIM, forms: ['reply', 'replies', 'replied', 'replying'] },
  respond: CLAIM,
  contend: CLAIM,
  maintain: CLAIM,
  reveal: CLAIM,
  disclose: CLAIM,
  emphasize: CLAIM,
  underscore: CLAIM,
  highlight: CLAIM,
  reiterate: CLAIM,
  affirm: CLAIM,
  emphasise: CLAIM,
  stress: CLAIM,
  recall: CLAIM,
  testify: { ...CLAIM, forms: ['testify', 'testifies', 'testified', 'testifying'] },
  complain: CLAIM,
  concede: { stance: 'confirms' },
  accuse: { ...CLAIM, object: true },
  // "blamed the attack on X", "blamed X for the attack", "attributed the attack to X": the blame is the object.
  blame: { ...CLAIM, object: true },
  attribute: { ...CLAIM, object: true },
  charge: CLAIM,
  conclude: CLAIM,
  point: { ...CLAIM, particle: 'out' },
  inform: { ...CLAIM, addressee: true },
  assure: { ...CLAIM, addressee: true },
  remind: { ...CLAIM, addressee: true },
  quote: { ...CLAIM, relay: true },
  cite: { ...CLAIM, relay: true },
  // Verbs whose content is their object and its complement: "called the plan a disaster", "urged voters to stay".
  call: { ...CLAIM, object: true, preps: ['for', 'on'] },
  // A question asked is content when quoted ('"Why now?" she asked') or reported after the one asked ("asked the
  // minister whether C", "asked voters to stay home"); "asked about X" alone reports nothing.
  ask: { ...CLAIM, addressee: true, quoteOnly: true },
  urge: { ...CLAIM, object: true },
  describe: { ...CLAIM, object: true },
  question: { ...CLAIM, object: true },
  find: { ...CLAIM, docOnly: true, forms: ['find', 'finds', 'found'] },
  show: { ...CLAIM, docOnly: true, forms: ['show', 'shows', 'showed', 'shown'] },
  deny: { ...DENY, forms: ['deny', 'denies', 'denied', 'denying'] },
  reject: DENY,
  dismiss: DENY,
  refute: DENY,
  rebut: { ...DENY, forms: ['rebut', 'rebuts', 'rebutted', 'rebutting'] },
  dispute: DENY,
  confirm: CONFIRM,
  acknowledge: CONFIRM,
  verify: { ...CONFIRM, forms: ['verify', 'verifies', 'verified', 'verifying'] },
  admit: { ...CONFIRM, forms: ['admit', 'admits', 'admitted', 'admitting'] },
};

function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${stem}ed`, `${stem}ing`];
}

const FORMS = new Map<string, CueInfo>();
for (const [lemma, entry] of Object.entries(VERBS)) {
  const { forms, ...info } = entry;
  for (const form of forms && forms.length ? forms : regularForms(lemma)) FORMS.set(form, { lemma, ...info });
}

/**
 * Blame verbs ("blamed the attack on X", "attributed the raid to X"): read only in that shape and with a subject of
 * their own (verb/site.ts, verb/subject.ts); not cut into by content ends when their subject is shared (content.ts).
 */
export const BLAME_CUES = new Set(['blame', 'attribute']);

/** The cue a verb form introduces, or undefined. */
export function verbCue(norm: string): CueInfo | undefined {
  return FORMS.get(norm);
}

/** Forms that are speech cues whatever the tagger says (wink sometimes tags "says" as a noun). */
const ALWAYS = new Set(['said', 'says', 'told', 'tells', 'according']);
export function isAlwaysCue(norm: string): boolean {
  return ALWAYS.has(norm);
}

/** Nouns for documents and polls that "find" or "show" things: "the report found that C". */
export const DOC_NOUNS = new Set([
  'report',
  'study',
  'survey',
  'poll',
  'polls',
  'investigation',
  'inquiry',
  'review',
  'analysis',
  'audit',
  'assessment',
  'probe',
  'research',
  'census',
  'data',
  'figures',
  'statistics',
  'findings',
  'document',
  'documents',
  'records',
  'footage',
  'video',
  'images',
]);

/** "according to X" is a cue on its own. */
export const ACCORDING: CueInfo = { lemma: 'according to', stance: 'claims' };

/** Participles that hand the speech to someone else: "citing sources", "as quoted by". */
export const RELAY_PARTICIPLES = new Set(['citing', 'quoting']);

/** Nouns standing for what a speaker put out: "the statement said", "in a report". */
export const SPEECH_NOUNS = new Set([
  'statement',
  'statements',
  'report',
  'reports',
  'communique',
  'release',
  'interview',
  'tweet',
  'post',
  'letter',
  'memo',
  'briefing',
  'announcement',
  'transcript',
  'editorial',
]);
