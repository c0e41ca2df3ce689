// Outlet-shaped slots: names a story uses the way it uses news outlets ("a resident told Kloop", "according to
// Setopati", "Demerara Waves understands", "as quoted by ATPE", "Haveeru quoted the minister as saying").
// In: the article text. Out: each name found in such a slot, with how many slots of each kind it stands in.
//
// A strong slot is said only of an outlet ("has learned", "understands", "quoted X as saying", "could not
// independently verify"); "told X" of people too, "according to X" and "X reported" of people, bodies and firms
// ("Gazprom reported a profit"). Which names count is the reader's decision (outlet-names.ts), against what else
// the article says of them.

/** Up to four capitalized words or figures ("24.kg", "Radio Free Europe", "Al-Watwan", "ATPE"); a period ends one. */
const WORD = String.raw`[\p{Lu}\d](?:[^\s,;:()"“”.]|\.(?=[^\s.]))*`;
const NAME = String.raw`${WORD}(?:\s+${WORD}){0,3}`;

/** A source speaking to the outlet: "told Kloop", "said in an interview with Kabar", "speaking to ATPE". */
const TOLD = String.raw`\b(?:told|said to|in an interview with|in an interview to|speaking to|in (?:a )?comments? to)\s+(?:the\s+)?(${NAME})`;
/** The outlet as the source of what follows: "according to Setopati", "as quoted by ATPE", "cited by Kloop". */
const ACCORDING = String.raw`\b(?:[Aa]ccording to|(?:as )?quoted by|cited by|citing)\s+(?:the\s+)?(${NAME})`;
/** The outlet's own report: "Kloop reported", "Kloop reports", "Setopati has reported". */
const REPORTED = String.raw`(${NAME})\s+(?:has\s+|had\s+)?(?:first\s+|also\s+|earlier\s+)?report(?:ed|s)\b`;
const TOLD_RE = new RegExp(TOLD, 'gu');
const CITED = new RegExp([ACCORDING, REPORTED].join('|'), 'gu');

/** "Kloop has learned", "Demerara Waves understands", "Kabar could not independently verify", "Haveeru quoted X as saying". */
const OWN_VOICE = String.raw`(${NAME})\s+(?:has\s+learn[et]d?|understands|has\s+been\s+told|could\s+not\s+(?:independently\s+)?(?:verify|confirm)|was\s+unable\s+to\s+(?:independently\s+)?(?:verify|confirm)|(?:has\s+|had\s+)?(?:earlier\s+|previously\s+)?reported\s+(?:earlier|previously|before))\b`;
/** "Haveeru quoted the minister as saying", "ATPE quoted him as saying". */
const QUOTED = String.raw`(${NAME})\s+quoted\s+[^.;:"“”]{1,80}?\s+as\s+saying\b`;
/** "the minister told RFA's Tibetan Service", "a Kloop correspondent" is no slot: only the outlet's service or desk. */
const SERVICE = String.raw`\btold\s+(${NAME})['’]s\s+(?:\p{Lu}\p{Ll}+\s+)?(?:[Ss]ervice|[Dd]esk|[Cc]orrespondent|[Rr]eporter)\b`;
const STRONG = new RegExp([OWN_VOICE, QUOTED, SERVICE].join('|'), 'gu');

/** Words a slot's name never is, though capitalized: a sentence's opening words and pronoun-like heads. */
const NOT_NAME = new Set(
  'The A An He She It They We I You This That These Those His Her Its Their Our My Police Officials Sources Residents Witnesses'.split(
    ' ',
  ),
);

/** Slots of one name: `told` ("told X"), `cited` ("according to X", "X reported": a company's too), `strong`. */
export interface SlotCount {
  told: number;
  cited: number;
  strong: number;
}

/**
 * Each name standing in an outlet-shaped slot, with its counts. A name is kept as written, cut at a possessive
 * and at a final period ("told Kloop." → "Kloop").
 */
export function outletSlots(text: string): Map<string, SlotCount> {
  const out = new Map<string, SlotCount>();
  const add = (raw: string | undefined, slot: keyof SlotCount) => {
    const name = raw?.replace(/['’]s$/u, '').replace(/[.’']+$/u, '');
    if (!name || NOT_NAME.has(name.split(/\s+/)[0]!)) return;
    (out.get(name) ?? out.set(name, { told: 0, cited: 0, strong: 0 }).get(name)!)[slot]++;
  };
  for (const m of text.matchAll(TOLD_RE)) add(m[1], 'told');
  for (const m of text.matchAll(CITED)) add(m[1] ?? m[2], 'cited');
  for (const m of text.matchAll(STRONG)) add(m[1] ?? m[2] ?? m[3], 'strong');
  return out;
}
