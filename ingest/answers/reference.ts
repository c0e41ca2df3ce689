// A denial's content that only points back at what it answers: "the report", "such claims", "the accusation as
// baseless". In: a claim's content text. Out: whether it is such a bare reference, and the text to test.

/** A content that only points back ("the report", "such claims", "the allegations", "that account", "it"). */
const BARE_REFERENCE =
  /^(?:(?:the|this|that|these|those|such|any|a|an)\s+)?(?:(?:reported|alleged|latest|media|earlier|new)\s+)?(?:reports?|claims?|allegations?|accusations?|charges?|assertions?|accounts?|versions?|explanations?|story|stories|figures?|numbers?|toll|tally|it|this|that)$/i;

/**
 * The verdict after a bare reference: "... as baseless", "... as a fabrication", "... as politically motivated", quoted
 * or not ("these reports as \"disinformation spread from abroad\"", "it as “propaganda”").
 */
const VERDICT = /\s+as\s+["“”'‘’]?[\w'’ ,-]{2,60}$/i;

/** The content without closing punctuation or a time adverbial after the reference ("rejected the charge on Tuesday"). */
export function referenceText(content: string): string {
  return content
    .trim()
    .replace(/[.,;:!?"“”]+$/g, '')
    .replace(/\s+(?:(?:on|last|this|late|early)\s+[A-Z]?[a-z]+|yesterday|today|overnight)$/, '');
}

/** True for "the accusation", "the reports as propaganda": the verdict is no content. `text` is referenceText's. */
export function isBareReference(text: string): boolean {
  return BARE_REFERENCE.test(text) || BARE_REFERENCE.test(text.replace(VERDICT, ''));
}

/**
 * "the accusation was political", "the accusations voiced in Chisinau are absolutely groundless": a report noun as
 * the subject of a verdict points back as a bare reference does.
 */
const VERDICT_SUBJECT =
  /^(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+)?(?:reports?|claims?|allegations?|accusations?|charges?|assertions?|accounts?|versions?|explanations?|story|stories|figures?|numbers?|toll|tally)(?:\s+[\w'’-]+){0,4}?\s+(?:is|are|was|were|has been|have been|had been)\s/i;

export function isVerdictOnReference(text: string): boolean {
  return VERDICT_SUBJECT.test(text);
}
