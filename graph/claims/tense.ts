// Whether a claim tells what is to come ("the cages would be emptied this week", "there will be no licence until ...",
// "plans to close the wells") or what is or was: one speaker's announcement and his report on the same thing are two
// statements ("the outbreak started in the cages nearest the mouth of the fjord" / "the cages nearest the mouth of the
// fjord would be emptied"). Pure. In: claim texts. Out: booleans.

/** A future or a plan: a modal of what is to come (not "would have", a past), or a verb of intent before "to". */
const AHEAD =
  /\b(?:(?:will|would|shall)(?!\s+have\b)|won[’']t|wouldn[’']t|going to|(?:plans?|planned|intends?|intended|expects?|expected) to)\b/i;

export const tellsAhead = (text: string): boolean => AHEAD.test(text.replace(/['’]ll\b/g, ' will'));

/** One telling of what is to come, the other of what is or was. */
export const tenseApart = (a: string, b: string): boolean => tellsAhead(a) !== tellsAhead(b);
