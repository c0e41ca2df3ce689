// Credit lines: bylines ("By Ana Ruiz and Tom Hale", "BYLINE: Ana Ruiz."), contributor lines ("Tom Hale contributed
// reporting from Lima.") and wire credits ("(Reporting by Ana Ruiz; Editing by Tom Hale)"). The people they name
// wrote or edited the article; they are no actors of its story unless the story names them elsewhere.
// In: the article text. Out: a test for whether a mention [start, end) lies in a credit.

/** "BYLINE: ..." to the end of its line; "By A, B and C" as a whole line of names. */
const BYLINE_LINE =
  /^[ \t]*(?:BYLINE:[^\n]*|By[ \t]+\p{Lu}[\p{L}.'’-]*(?:(?:,|[ \t]+|and|&)+(?:\p{Lu}[\p{L}.'’-]*|in|for))*[ \t.]*)$/gmu;
/** "(Reporting by ...; Editing by ...)": from the first credit verb to the closing parenthesis or the line's end. */
const WIRE_CREDIT = /\((?:additional )?(?:reporting|writing|editing|research|compiled) by[^)\n]*\)?/giu;
/**
 * After a name: "... contributed reporting", "... and Ana Ruiz contributed to this report" (the list's later names
 * match on their own), "... reported from Lima" (a name right before the verb: "He's reported from every debate" is
 * no credit).
 */
const AFTER_NAME =
  /^(?:(?:,|,? and|,? &)[ \t]+\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)*)*[ \t]+(?:contributed (?:reporting|research|to this (?:report|article|story))|reported from[ \t]+\p{Lu})/u;

/** Spans of bylines and wire credits of a text, and a test for a mention inside a credit. */
export function creditTest(text: string): (start: number, end: number) => boolean {
  const spans: [number, number][] = [];
  for (const re of [BYLINE_LINE, WIRE_CREDIT])
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  return (start, end) => spans.some(([a, b]) => start >= a && end <= b) || AFTER_NAME.test(text.slice(end, end + 200));
}
