// Role descriptions of people: the role a definite description names ("the Spanish prime minister" → "prime
// minister"), whether a clause narrows it ("the envoy overseeing the talks"), and where the text gives a person a
// role (a title before the name, an appositive before or after it). In: tokens, text. Out: role phrases, tests.
import { escapeRe } from '../regex.ts';
import { matchAt, titleEntry } from '../gazetteer/index.ts';
import type { Token } from '../types.ts';

/** Words before a title that make it another office: a deputy foreign minister is no prime minister. */
const OFFICE_PREFIXES = new Set(['prime', 'vice', 'deputy', 'foreign', 'defense', 'defence', 'attorney', 'assistant']);

/** The role a description's core names: its head with the office words before it ("prime minister", "envoy"). */
export function rolePhrase(core: Token[]): string {
  let k = core.length - 1;
  while (k > 0 && /^[a-z]/.test(core[k - 1]!.text) && OFFICE_PREFIXES.has(core[k - 1]!.norm)) k--;
  return core
    .slice(k)
    .map((w) => w.norm.replace(/[^a-z-]/g, ''))
    .filter(Boolean)
    .join(' ');
}

/** Words before a role that say nothing of which office or person it is ("the senior official", "the former mayor"). */
const PLAIN_QUALIFIERS = new Set(
  'senior top high ranking high-ranking former ex then current new longtime veteran acting outgoing incoming incumbent late chief main key local same other'.split(
    ' ',
  ),
);

/** Tags of a qualifier: an adjective, a noun, or a participle the tagger took for a verb ("exiled"). */
const QUALIFIER_POS = /^(ADJ|NOUN|VERB)$/;
const LOWER_WORD = /^[a-z][a-z-]+$/;

/**
 * The lower-case adjectives before a role that qualify it ("the exiled spiritual leader" → [exiled, spiritual]): words
 * the person must have been described with; none for plain ones ("the former minister") or a role's own office words.
 */
export function roleQualifiers(core: Token[]): string[] {
  const role = rolePhrase(core).split(' ').length;
  return core
    .slice(0, Math.max(0, core.length - role))
    .filter((w) => QUALIFIER_POS.test(w.pos) && LOWER_WORD.test(w.text) && !PLAIN_QUALIFIERS.has(w.norm))
    .filter((w) => w.pos !== 'VERB' || w.norm.endsWith('ed'))
    .map((w) => w.norm);
}

/** Whether a participle or relative clause narrows the description after its core ("the envoy overseeing the talks"). */
export function narrowedAfter(words: Token[], coreEnd: number): boolean {
  const w = words[coreEnd];
  if (!w) return false;
  return (w.pos === 'VERB' && /(?:ing|ed)$/.test(w.norm)) || /^(who|that)$/.test(w.norm);
}

interface RolePatterns {
  /** The role among a person's roles. */
  word: RegExp;
  /** The role as a title right before a name, with only capitalized words between ("Minister Karl Brandt"). */
  title: RegExp;
  /** A description opening the sentence, a comma right before the name ("The AU envoy overseeing the talks, Ana Ruiz"). */
  before: RegExp;
  /** An appositive right after the name ("Ana Ruiz, the AU envoy for the Sahel,"). */
  after: RegExp;
  /**
   * A description inside the sentence, a comma right before the name ("received the Malian ambassador, Mahamane
   * Maiga, on Monday"); the name must close the apposition (a comma after it), so a list's first name is not read.
   */
  apposed: RegExp;
}

/** A lower-case word of a description: no preposition or clause word, no verb form ("after meeting the envoy"). */
const LOWER = String.raw`(?!(?:with|to|for|in|on|at|from|by|of|after|before|during|who|which|that|and|said|told)\b)(?![a-z]+(?:ing|ed)\b)[a-z][a-z-]*`;
const CAP = String.raw`\p{Lu}[\p{L}\p{N}.’'-]*`;

const ACRONYM = /^[A-Z]{2,4}$/;

/**
 * A role phrase and the other spelling of its title when one is an acronym: "cs" and "cabinet secretary" (Kenya's
 * cabinet secretaries), "pm" and "prime minister"; a person given one is the one the other describes.
 */
function titleSpellings(words: string[]): string[] {
  const m = matchAt(words, 0);
  const hit = m && m.end === words.length ? m.hits.find((h) => h.role === 'title') : undefined;
  const t = hit ? titleEntry(hit.id) : undefined;
  const acronyms = (t?.forms ?? []).filter((f) => ACRONYM.test(f)).map((f) => f.toLowerCase());
  if (!t || !acronyms.length) return [words.join(' ')];
  return [...new Set([words.join(' '), t.title.toLowerCase(), ...acronyms])];
}

/** The patterns of a role phrase, compiled once per phrase (they run for every candidate speaker). */
const ROLE_PATTERNS = new Map<string, RolePatterns>();
export function rolePatterns(role: string): RolePatterns | null {
  const words = role.split(' ').filter(Boolean);
  if (!words.length) return null;
  let p = ROLE_PATTERNS.get(role);
  if (!p) {
    if (ROLE_PATTERNS.size > 2000) ROLE_PATTERNS.clear(); // role phrases are few; a bound all the same for long runs
    const any = titleSpellings(words)
      .map((f) => f.split(' ').map(escapeRe).join('\\s+'))
      .join('|');
    const titled = words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('\\s+');
    const described = String.raw`(?:(?:the|an?|its|his|her|their)\s+)?(?:(?:${CAP}|${LOWER})\s+){0,5}?${titled}\b`;
    p = {
      word: new RegExp(`\\b(?:${any})\\b`, 'i'),
      title: new RegExp(`\\b${titled}\\s+(?:[A-Z][\\w.’'-]*\\s+){0,3}$`),
      // The sentence may open with a dateline: "PARIS, Aug 31 (Reuters) - France's far-right party leader, X".
      before: new RegExp(
        String.raw`^(?:[^-—–]*\s[-—–]+\s+)?(?:[Tt]he\s+|An?\s+)?${described}[^,.;:!?"“”]{0,80},\s*$`,
        'u',
      ),
      after: new RegExp(String.raw`^,\s+${described}`, 'u'),
      apposed: new RegExp(String.raw`\b(?:the|an?)\s+(?:(?:${CAP}|${LOWER})\s+){0,3}?${titled},\s*$`, 'u'),
    };
    ROLE_PATTERNS.set(role, p);
  }
  return p;
}
