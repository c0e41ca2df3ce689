// Casualty counts stated in a token range: "killing 62", "62 soldiers were killed", "at least 100 wounded".
// In: tokens + a token range. Out: { killed, wounded } (null when not stated).
import type { Sentence, Token } from '../types.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const DIGITS = /^\d+$/;
const NOUN_OR_ADJ = /^(NOUN|ADJ)$/;

export interface Casualties {
  killed: number | null;
  wounded: number | null;
}

const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000 };

/** "martyred": how Pakistani, Afghan, Iranian and Arab outlets say security forces or civilians were killed. */
const KILLED = new Set([
  'killed',
  'killing',
  'dead',
  'died',
  'die',
  'slain',
  'deaths',
  'fatalities',
  'perished',
  'martyred',
  // "At least 11 people drowned when a small boat capsized": a wreck's dead.
  'drowned',
  'drown',
]);
const WOUNDED = new Set(['wounded', 'wounding', 'injured', 'injuring', 'injuries', 'hurt']);
/** Words allowed between a number and its casualty word: "62 military personnel were reportedly killed". */
const FILLER_POS = new Set(['NOUN', 'ADJ', 'ADV', 'AUX', 'PROPN']);
/** Tokens read after a number for its casualty word ("Two residents of Gali district were shot dead"). */
const FILLER_SPAN = 7;
/**
 * Words of any tag allowed there too: "Two residents of Gali district were shot dead", "three men were found dead":
 * a way of dying before its word, a place or group after "of".
 */
const FILLER_WORDS = new Set(['of', 'shot', 'found', 'stabbed', 'hacked', 'beaten', 'burned', 'burnt']);
const QUALIFIERS = new Set([
  'least',
  'most',
  'than',
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'up',
  'to',
  'roughly',
  'approximately',
  'more',
  'at',
  // "killing all 224 people on board".
  'all',
]);

const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/;

/** A figure past 2^53 (a serial number, a garbled digit run) is no head count and would not survive as an integer. */
const countable = (n: number): boolean => Number.isSafeInteger(n);

/** A hyphen inside a compound modifier ("small - scale", "coal - mining"): a word on each side. */
const compoundHyphen = (tokens: Token[], j: number): boolean =>
  tokens[j]!.text === '-' &&
  /^(?:ADJ|NOUN)$/.test(tokens[j - 1]?.pos ?? '') &&
  /^(?:ADJ|NOUN)$/.test(tokens[j + 1]?.pos ?? '');

/** Reads a number starting at token i ("62", "1,200", "a hundred", "two dozen"). Returns [value, next index]. */
export function readNumber(tokens: Token[], i: number, end: number): [number, number] | null {
  const tok = tokens[i];
  if (!tok || i >= end) return null;
  const digits = tok.text.replace(/,/g, '');
  if (DIGITS.test(digits)) {
    let value = Number(digits);
    let j = i + 1;
    if (j < end && SCALES[tokens[j]!.norm] && tokens[j]!.norm !== 'dozen') value *= SCALES[tokens[j++]!.norm]!;
    return countable(value) ? [value, j] : null;
  }
  let value = 0;
  let current = 0;
  let j = i;
  let seen = false;
  while (j < end) {
    // "sixty-two" may come as one token or as "sixty - two".
    if (seen && tokens[j]!.text === '-' && UNITS[tokens[j + 1]?.norm ?? ''] != null) {
      j++;
      continue;
    }
    const parts = tokens[j]!.norm.split('-');
    if (parts.length === 2 && UNITS[parts[0]!] != null && UNITS[parts[1]!] != null) {
      current += UNITS[parts[0]!]! + UNITS[parts[1]!]!;
      seen = true;
      j++;
      continue;
    }
    const w = tokens[j]!.norm;
    if (UNITS[w] != null && !(seen && (w === 'a' || w === 'an'))) current += UNITS[w]!;
    else if (SCALES[w] != null && (seen || current)) current = Math.max(current, 1) * SCALES[w]!;
    else if (w === 'and' && seen) {
      j++;
      continue;
    } else break;
    seen = true;
    j++;
  }
  value += current;
  // "a" alone, or "one" used as a pronoun, is not a count.
  if (!seen || (j - i === 1 && (tokens[i]!.norm === 'a' || tokens[i]!.norm === 'an'))) return null;
  return countable(value) ? [value, j] : null;
}

/**
 * Casualties of sentence k, read once per sentence however many event triggers it holds: reading the whole
 * sentence again for every trigger made an unpunctuated 100 KB "sentence" quadratic. Each call returns a copy.
 */
export function casualtiesBySentence(tokens: Token[], sentences: Sentence[]): (k: number) => Casualties {
  const seen = new Map<number, Casualties>();
  return (k) => {
    let c = seen.get(k);
    if (!c) {
      c = findCasualties(tokens, sentences[k]!.firstToken, sentences[k]!.endToken);
      seen.set(k, c);
    }
    return { ...c };
  };
}

export function findCasualties(tokens: Token[], first: number, end: number): Casualties {
  const found: Casualties = { killed: null, wounded: null };
  const put = (word: string, value: number) => {
    const field = KILLED.has(word) ? 'killed' : WOUNDED.has(word) ? 'wounded' : null;
    if (field && found[field] == null) found[field] = value;
  };
  for (let i = first; i < end; i++) {
    const num = readNumber(tokens, i, end);
    if (!num) continue;
    // "The 2017 Pedrogao Grande fire killed 66 people": a year naming the event is no count.
    if (yearAt(tokens, i, first)) continue;
    // "no one was hurt", "not a single soldier died"; "on March 3 killed seven": a day of the month is no count.
    if (
      i > first &&
      (tokens[i - 1]!.norm === 'no' || tokens[i - 1]!.norm === 'not' || MONTH.test(tokens[i - 1]!.norm))
    ) {
      i = num[1] - 1;
      continue;
    }
    const [value, next] = num;
    // Number then casualty word within a few filler tokens: "62 soldiers were killed", "200 attackers lost their lives".
    for (let j = next, stop = Math.min(end, next + FILLER_SPAN); j < stop; j++) {
      // "At least 14 people, including two policemen, were killed": the aside is skipped, not counted.
      const aside = asideEnd(tokens, j, end);
      if (aside > j) [j, stop] = [aside, Math.min(end, aside + 4)];
      const w = tokens[j]!.norm;
      if (KILLED.has(w) || WOUNDED.has(w)) {
        put(w, value);
        break;
      }
      if (lostLives(tokens, j)) {
        put('killed', value);
        break;
      }
      // "seven small-scale miners died": the hyphen of a compound modifier is filler too.
      if (!FILLER_POS.has(tokens[j]!.pos) && !inName(tokens, j) && !FILLER_WORDS.has(w) && !compoundHyphen(tokens, j))
        break;
    }
    // Casualty verb then number: "killing at least 12", "wounded more than 100".
    let k = i - 1;
    while (k >= first && QUALIFIERS.has(tokens[k]!.norm)) k--;
    if (k >= first && k < i) {
      const w = tokens[k]!.norm;
      if ((KILLED.has(w) || WOUNDED.has(w)) && w !== 'dead' && w !== 'deaths')
        put(w, value + conjoined(tokens, next, end));
      else if (tollRisen(tokens, first, k)) put('killed', value);
    }
    i = next - 1;
  }
  if (found.killed == null) found.killed = oneDead(tokens, first, end);
  return found;
}

/** Auxiliaries between a lone victim and its death: "was killed", "has died", "had been killed". */
const DEATH_AUX = new Set(['was', 'has', 'had', 'been', 'is']);
/** Words of one death told of a lone subject (not "dead": "a man was found dead" may be another's story). */
const ONE_DEATH = new Set(['killed', 'died', 'drowned', 'perished']);
/** Tokens a dateline may span before its dash ("SAINT-DENIS, Reunion, Feb 14, 2022 (AFP) -"). */
const DATELINE_SPAN = 16;
/** Tokens a lone victim's phrase may span: "A 58-year-old Italian motorist". */
const LONE_SPAN = 8;

/**
 * "A motorist was killed on Tuesday when ...", "An Italian man has died after ...": a sentence opening with one person,
 * a singular noun after "a"/"an", whose death is its verb, tells one dead ("A man and two children were killed" is
 * read by its numbers, never so).
 */
function oneDead(tokens: Token[], first: number, end: number): number | null {
  // Past a dateline's dash: "SION, May 16 (SDA) - A motorist was killed".
  let a = first;
  for (let d = first; d < Math.min(end, first + DATELINE_SPAN) && a === first; d++)
    if (/^(?:-|–|—|--)$/.test(tokens[d]!.text) && /^(?:a|an)$/.test(tokens[d + 1]?.norm ?? '')) a = d + 1;
  if (!/^(?:a|an)$/.test(tokens[a]?.norm ?? '')) return null;
  const start = a;
  let k = a + 1;
  while (k < end && k <= start + LONE_SPAN && /^(?:ADJ|NOUN|PROPN|NUM|PUNCT)$/.test(tokens[k]!.pos)) {
    if (tokens[k]!.text === ',' || tokens[k]!.norm === 'and') return null;
    k++;
  }
  const head = tokens[k - 1];
  if (k === start + 1 || !head || head.pos !== 'NOUN' || /s$/.test(head.norm)) return null;
  while (k < end && DEATH_AUX.has(tokens[k]!.norm)) k++;
  return k < end && ONE_DEATH.has(tokens[k]!.norm) ? 1 : null;
}

/** Words before a year: "the 2017 fire", "in 2006 a rockfall", "since 2019". */
const BEFORE_YEAR = new Set(['the', 'in', 'of', 'since', 'until', 'by', 'from', 'its', 'their']);

/** A year at i ("1900" to "2099"), after a word of time or a determiner, or before a name or a month. */
function yearAt(tokens: Token[], i: number, first: number): boolean {
  if (!/^(?:19|20)\d{2}$/.test(tokens[i]!.text)) return false;
  return (i > first && BEFORE_YEAR.has(tokens[i - 1]!.norm)) || tokens[i + 1]?.pos === 'PROPN';
}

/** Verbs a death toll rises by: "the death toll ... has risen to 11". */
const TOLL_RISE = new Set(['risen', 'rose', 'rises', 'rise', 'climbed', 'climbs', 'reached', 'reaches', 'jumped']);

/**
 * The number after token k is a death toll risen to: "The death toll from the fire ... has risen to 11". (A toll put
 * by someone, "reports put the death toll at three", is a claim's figure, which this does not read.)
 */
function tollRisen(tokens: Token[], first: number, k: number): boolean {
  if (!TOLL_RISE.has(tokens[k]!.norm)) return false;
  for (let j = k - 1; j > first; j--) if (tokens[j]!.norm === 'toll' && tokens[j - 1]?.norm === 'death') return true;
  return false;
}

const CAPITALIZED = /^[A-Z]/;

/**
 * A capitalized word after a proper noun is part of its name whatever the tagger read ("Three Red Cross workers were
 * killed": "Cross" tagged a verb).
 */
const inName = (tokens: Token[], j: number): boolean =>
  CAPITALIZED.test(tokens[j]!.text) && tokens[j - 1]?.pos === 'PROPN' && CAPITALIZED.test(tokens[j - 1]!.text);

/** "lost their lives", "embraced martyrdom" (four police personnel embraced martyrdom): died, said at token j. */
const lostLives = (tokens: Token[], j: number): boolean =>
  (tokens[j]!.norm === 'lost' && tokens[j + 1]?.norm === 'their' && /^li(?:ves|fe)$/.test(tokens[j + 2]?.norm ?? '')) ||
  (/^embraced?$/.test(tokens[j]!.norm) && tokens[j + 1]?.norm === 'martyrdom');

/** The token after ", including two policemen," opening at j (j itself when no such aside opens there). */
function asideEnd(tokens: Token[], j: number, end: number): number {
  if (tokens[j]!.text !== ',' || tokens[j + 1]?.norm !== 'including') return j;
  for (let k = j + 2; k < Math.min(end, j + 10); k++) if (tokens[k]!.text === ',') return k + 1 < end ? k + 1 : j;
  return j;
}

/**
 * "killing two soldiers and a civilian porter": the count a coordinated noun phrase adds after the
 * first one's nouns, 0 when none ("and wounding five" starts a new verb).
 */
function conjoined(tokens: Token[], j: number, end: number): number {
  while (j < end && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'PROPN')) j++;
  if (j >= end || tokens[j]!.norm !== 'and') return 0;
  const t = tokens[j + 1];
  if (!t) return 0;
  if ((t.norm === 'a' || t.norm === 'an') && NOUN_OR_ADJ.test(tokens[j + 2]?.pos ?? '')) return 1;
  const num = readNumber(tokens, j + 1, end);
  return num && NOUN_OR_ADJ.test(tokens[num[1]]?.pos ?? '') ? num[0] : 0;
}
