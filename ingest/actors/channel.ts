// Whether a mention names the channel of someone else's words rather than their author: "in a text received by
// Corse-Matin", "a statement sent to the regional daily X", "a letter obtained by Reuters". The outlet that receives,
// publishes or obtains a text passes it on; "the group" that said it is someone else. Pure. In: the article text and
// a mention's start. Out: boolean.

/** How far back from a mention its channel phrase may start ("sent to the regional daily Corse-Matin"). */
const REACH = 60;

/** A lower-case word describing the receiver ("regional", "daily"), not a preposition after it ("seen by reporters in"). */
const DESCRIBING = '(?!(?:in|on|at|of|for|from|that|after|before|during|about|over|with)\\s)[\\p{Ll}-]+\\s+';

/** Lower-case words naming an outlet by what it is ("the regional daily", "the news agency"). */
const OUTLET_WORD =
  '(?:daily|weekly|newspaper|paper|magazine|website|site|agency|broadcaster|channel|station|radio|outlet|portal)';

/**
 * A participle of a text passed on, "by", then up to three lower-case words describing who passed it on ("a text
 * received by the regional daily X", "a letter obtained by X", "a statement carried by X"). A text "sent to",
 * "published by" or "posted on" someone is passed on only when an outlet's description comes before the name ("sent
 * to the regional daily X", "published by the weekly X"): "a report published by Human Rights Watch" is the group's
 * own, and "a letter sent to the Taliban" may be answered by the group it was sent to.
 */
const CHANNEL_BEFORE = new RegExp(
  '\\b(?:received|obtained|seen|carried|relayed|reviewed|quoted|cited)\\s+by\\s+' +
    `(?:(?:the|an?)\\s+)?(?:${DESCRIBING}){0,3}$|` +
    '\\b(?:sent|leaked|e-?mailed|faxed|handed|delivered|forwarded|published|posted|printed|run)\\s+(?:by|to|in|on)\\s+' +
    `(?:(?:the|an?)\\s+)?(?:${DESCRIBING}){0,2}${OUTLET_WORD}\\s+$`,
  'u',
);

/** Whether the mention starting at `start` is named as the channel of someone else's text. */
export function namedAsChannel(text: string, start: number): boolean {
  return CHANNEL_BEFORE.test(text.slice(Math.max(0, start - REACH), start));
}
