// A legislature named only as what a race is for ("taking back the House", "Senate races", "a Senate seat", "his
// 2012 Senate campaign", "the majority in Parliament"): the chamber is the prize or the scope of an election, not an
// actor of the story.
// In: the article text and a body's mention. Out: true when the mention is such a prize.

/** Last words of a legislature's name: "US Senate", "House of Representatives" ("House"), "National Assembly". */
const CHAMBERS = new Set(
  'senate house congress parliament assembly legislature duma knesset bundestag majlis sejm rada representatives'.split(
    ' ',
  ),
);

/**
 * Lower-case nouns after the chamber's name that make it a scope: "Senate races", "a House seat". Not its officers:
 * "the Senate majority leader" holds an office of the chamber.
 */
const PRIZE_AFTER =
  /^\s+(?:seats?|races?|contests?|majority(?!\s+(?:leader|whip))|majorities|candidates?|candidacy|primary|primaries|bid|campaigns?(?!\s+(?:arm|committee)))\b/;

/** Words before it that make it a prize: "win back the Senate", "control of Congress", "the majority in parliament". */
const PRIZE_BEFORE =
  /\b(?:win|wins|won|winning|retake|retakes|retook|retaking|regain|regains|regained|regaining|flip|flips|flipped|flipping|(?:take|takes|took|taking|win|wins|won|winning) back|control of|majority in|majority of|seats in)\s+(?:the\s+)?$/;

/** Whether a body's name is a legislature's. */
export function isChamber(name: string): boolean {
  const last = name.toLowerCase().split(/\s+/).pop() ?? '';
  return CHAMBERS.has(last);
}

/** Whether the mention [start, end) names its chamber only as the prize or the scope of a race. */
export function contested(text: string, start: number, end: number): boolean {
  return PRIZE_AFTER.test(text.slice(end, end + 24)) || PRIZE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
