// Figures in a claim's content as digits, and the numbers that are no figures taken out: "Thirteen armed civilians",
// "twenty-three", "a dozen", "two hundred and fifty" are 13, 23, 12, 250 wherever an outlet spelled them; the day
// of a date ("February 7", "13-14 September") and a clock time ("at around 19:40") belong to the report, not to
// what is asserted (graph/claims/terms.ts reads the rest as counts). Pure. In: lower-case ASCII text. Out: the same
// text with numbers rewritten.

const UNITS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
  'seventeen eighteen nineteen';
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety';
const VALUE = new Map<string, number>([
  ...UNITS.split(' ').map((w, i) => [w, i + 1] as const),
  ...TENS.split(' ').map((w, i) => [w, (i + 2) * 10] as const),
]);
/** Multipliers: "a dozen", "two dozen", "three hundred", "a thousand". Vague plurals ("dozens") are no figure. */
const SCALE = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1000],
]);
// Longest first, so that "seventeen" is not read as "seven".
const WORD = `(?:${[...VALUE.keys(), ...SCALE.keys()].sort((a, b) => b.length - a.length).join('|')})`;
/** A run of number words joined by spaces or hyphens, "and" after a scale ("two hundred and fifty"). */
const RUN = new RegExp(
  `\\b(?:an?\\s+(?=(?:dozen|hundred|thousand)\\b))?${WORD}(?:(?:[\\s-]+and)?[\\s-]+${WORD})*\\b`,
  'g',
);

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAYS = '\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-\u2013]\\s*\\d{1,2}(?:st|nd|rd|th)?)?';
/** "February 7", "March 10-11", "7 February", "13-14 September": the day goes, the month (a time word) stays. */
const DATE_DAY = new RegExp(`\\b(${MONTH})\\.?\\s+${DAYS}\\b|\\b${DAYS}\\s+(?:of\\s+)?(${MONTH})\\b`, 'g');
/** "19:40", "7:30 p.m.", "7 pm", "10 a.m.". */
const CLOCK = /\b\d{1,2}:\d{2}\b(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.m\b\.?|\b\d{1,2}\s*[ap]m\b/g;

/**
 * "fought the attackers for more than two hours", "a gunbattle that lasted six hours": a span of hours or minutes is
 * a figure of its own kind, written with an "h" ("2h"), never the count "two of the assailants" gives. Days and years
 * stay counts: "a three-day ceasefire", "five years in prison".
 */
const SPAN = /\b(\d+)\s*-?\s*(?=(?:seconds?|minutes?|hours?|hrs?)\b)/g;

/** The numbers of one run of number words: one, or several where a word cannot continue the last ("two three"). */
function valuesOf(run: string): number[] {
  const out: number[] = [];
  let [total, current, last] = [0, 0, ''];
  const flush = () => {
    if (total + current > 0) out.push(total + current);
    [total, current, last] = [0, 0, ''];
  };
  for (const w of run.split(/[\s-]+/)) {
    if (w === 'and' || w === 'a' || w === 'an') continue;
    const scale = SCALE.get(w);
    if (scale) {
      if (scale === 1000) [total, current] = [total + (current || 1) * 1000, 0];
      else current = (current || 1) * scale;
      last = 'scale';
      continue;
    }
    const v = VALUE.get(w)!;
    // A unit after a ten ("twenty-three") or anything after a scale ("hundred and five") continues the figure.
    const continues = last === 'scale' || (last === 'ten' && v < 10);
    if (last && !continues) flush();
    current += v;
    last = v >= 20 ? 'ten' : 'unit';
  }
  flush();
  return out;
}

/**
 * The text with spelled figures as digits and date days and clock times blanked; a span of hours is "2h". A lone "one" stays a word: "one
 * of the soldiers", "no one", "one side" are rarely a count.
 */
export function digitsFor(text: string): string {
  return text
    .replace(DATE_DAY, (_m, before: string | undefined, after: string | undefined) => ` ${before ?? after} `)
    .replace(CLOCK, ' ')
    .replace(RUN, (run) => (run === 'one' ? run : valuesOf(run).join(' ')))
    .replace(SPAN, '$1h ');
}
