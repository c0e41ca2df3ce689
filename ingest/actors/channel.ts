// Whether a mention names the channel of someone else's words rather than their author: "in a text received by
// Corse-Matin", "a statement sent to the regional daily X", "a letter obtained by Reuters", "told AFP", "in an
// interview with the BBC". The outlet or listener that receives, publishes or obtains a text passes it on; "the
// group" that said it is someone else. Pure. In: the article text and a mention's start. Out: boolean.

/** How far back from a mention its channel phrase may start ("sent to the regional daily Corse-Matin"). */
const REACH = 60;

/**
 * A participle of a text passed on, then "by" / "to", then up to three lower-case words describing the receiver
 * ("the regional daily"); or a verb or noun of talking to someone ("told", "an interview with", "speaking to").
 * "published by" / "posted by" only with an outlet's description before the name ("published by the weekly X"): "a
 * report published by Human Rights Watch" is the group's own.
 */
/** A lower-case word describing the receiver ("regional", "daily"), not a preposition after it ("told reporters in"). */
const DESCRIBING = '(?!(?:in|on|at|of|for|from|that|after|before|during|about|over|with)\\s)[\\p{Ll}-]+\\s+';

const CHANNEL_BEFORE = new RegExp(
  '(?:\\b(?:received|obtained|seen|sent|carried|relayed|leaked|reviewed|e-?mailed|faxed|handed|delivered|forwarded|' +
    'quoted|cited)\\s+(?:by|to)|\\b(?:told|telling|interview\\s+with|(?:speaking|spoke|talking|talked)\\s+to))\\s+' +
    `(?:(?:the|an?)\\s+)?(?:${DESCRIBING}){0,3}$|` +
    '\\b(?:published|posted|printed|run)\\s+(?:by|in|on)\\s+(?:(?:the|an?)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}' +
    '(?:daily|weekly|newspaper|paper|magazine|website|site|agency|broadcaster|channel|station|radio|outlet|portal)\\s+$',
  'u',
);

/** Whether the mention starting at `start` is named as the channel of a text or the listener of a speaker. */
export function namedAsChannel(text: string, start: number): boolean {
  return CHANNEL_BEFORE.test(text.slice(Math.max(0, start - REACH), start));
}
