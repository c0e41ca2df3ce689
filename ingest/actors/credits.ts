// Credit lines: bylines ("By Ana Ruiz and Tom Hale", "BYLINE: Ana Ruiz."), contributor lines ("Tom Hale contributed
// reporting from Lima.") and wire credits ("(Reporting by Ana Ruiz; Editing by Tom Hale)"). The people they name
// wrote or edited the article; they are no actors of its story unless the story names them elsewhere. So are the
// authors of a bio line at the foot of an opinion piece ("Ana Ruiz is a senior fellow at ..."), the signature of a
// roundup item ("... on Monday.--Ana Ruiz."), and the photographers and agencies of a photo credit ("Gary Cameron/Reuters.").
// In: the article text. Out: a test for whether a mention [start, end) lies in a credit.

/** "BYLINE: ..." or "Contributing: ..." to the end of its line; "By A, B and C" as a whole line of names. */
const BYLINE_LINE =
  /^[ \t]*(?:BYLINE:[^\n]*|Contributing:[^\n]*|By[ \t]+\p{Lu}[\p{L}.'’-]*(?:(?:,|[ \t]+|and|&)+(?:\p{Lu}[\p{L}.'’-]*|in|for))*[ \t.]*)$/gmu;
/** "(Reporting by ...; Editing by ...)": from the first credit verb to the closing parenthesis or the line's end. */
const WIRE_CREDIT = /\((?:additional )?(?:reporting|writing|editing|research|compiled) by[^)\n]*\)?/giu;
/**
 * After a name: "... contributed reporting", "... and Ana Ruiz contributed to this report" (the list's later names
 * match on their own), "... reported from Lima" (a name right before the verb: "He's reported from every debate" is
 * no credit).
 */
const AFTER_NAME =
  /^(?:(?:,|,? and|,? &)[ \t]+\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)*)*[ \t]+(?:contributed (?:reporting|research|to this (?:report|article|story))|reported from[ \t]+\p{Lu})/u;

/** A roundup item's credit in brackets: "[Lee Moran, HuffPost]", "[Ana Ruiz, Reuters]". */
const BRACKET_CREDIT = /\[(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}\p{Lu}[\p{L}.'’-]*,[ \t]*\p{Lu}[^\]\n,]{1,30}\]/gu;

/** A photo credit on a line of its own: "Gary Cameron/Reuters.", "Jim Urquhart / Reuters.", "Handout/AFP". */
const PHOTO_CREDIT = /^[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}[ \t]*\/[ \t]*\p{Lu}[^\n/]{0,40}$/gmu;

/**
 * A roundup item's signature closing its paragraph after the last sentence: "... wounded.--Ana Ruiz.", "... on
 * Monday. — Tom Hale" (after a closing quote mark, "― Ana Ruiz" names who said the quote: no credit).
 */
const SIGNATURE = /(?<=[.!?])[ \t]*(?:--|—|―)[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3}[ \t]*$/gmu;

/** A short paragraph of "X reported from A, and Y and Z from B.": every name in it is a credit. */
const REPORTED_FROM = /^[ \t]*\p{Lu}[^\n"“”]{0,120}? reported from [^\n"“”]{0,200}$/gmu;

/** An author's bio opening a paragraph: "Ana Ruiz is a senior fellow at ...", "Tom Hale is co-author of ...". */
const BIO =
  /^[ \t]+(?:is|was)[ \t]+(?:(?:a|an|the)[ \t]+)?(?:(?:former|senior|contributing|visiting|regular|frequent)[ \t]+)*(?:co-?author|author|columnist|contributor|writer|fellow|editor)\b/u;

/** Spans of bylines and wire credits of a text, and a test for a mention inside a credit. */
export function creditTest(text: string): (start: number, end: number) => boolean {
  const spans: [number, number][] = [];
  for (const re of [BYLINE_LINE, WIRE_CREDIT, REPORTED_FROM, BRACKET_CREDIT, PHOTO_CREDIT, SIGNATURE])
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  const opensParagraph = (start: number) => /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 20), start));
  return (start, end) =>
    spans.some(([a, b]) => start >= a && end <= b) ||
    AFTER_NAME.test(text.slice(end, end + 200)) ||
    (opensParagraph(start) && BIO.test(text.slice(end, end + 80)));
}
