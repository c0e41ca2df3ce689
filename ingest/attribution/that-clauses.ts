// "X said that A and that B": two assertions under one cue, told as two claims by the same speaker (the second a
// continuation of the first frame, with the same relays). In: frames in reading order, each with what travels with
// it. Out: the same, with the second clauses added.
import { clauseLike, type Ctx } from './content.ts';
import type { Frame } from './frame-base.ts';

export function splitThatClauses<T extends { frame: Frame }>(
  ctx: Ctx,
  items: T[],
  withFrame: (t: T, f: Frame) => T,
): T[] {
  const out: T[] = [];
  for (const item of items) {
    out.push(item);
    const second = splitOff(ctx, item.frame);
    if (second) out.push(withFrame(item, second));
  }
  return out;
}

/** Cuts the frame's content before ", and that B" and returns a frame for B, or null. */
function splitOff(ctx: Ctx, f: Frame): Frame | null {
  const { tokens } = ctx.nlp;
  const c = f.content;
  if (c.quote || c.parts.length !== 1) return null;
  let first = f.cueTok[1];
  while (first < c.lastTok && tokens[first]!.start < c.start) first++;
  for (let k = first + 3; k + 2 <= c.lastTok; k++) {
    if (tokens[k]!.norm !== 'and' || tokens[k + 1]!.norm !== 'that' || ctx.qs.of[k]! >= 0) continue;
    if (!clauseLike(ctx, k + 2, c.lastTok + 1) || tokens[k + 2]!.pos === 'NOUN') continue;
    let e = k - 1;
    while (e > first && tokens[e]!.text === ',') e--;
    const rest = {
      start: tokens[k + 2]!.start,
      end: c.end,
      parts: [[tokens[k + 2]!.start, c.end]] as [number, number][],
    };
    c.end = tokens[e]!.end;
    c.parts = [[c.start, c.end]];
    const lastTok = c.lastTok;
    c.lastTok = e;
    // Field by field in makeFrame's order, not a spread copy: all frames keep one hidden class.
    return {
      cue: f.cue,
      cueTok: f.cueTok,
      sentence: f.sentence,
      sources: f.sources,
      alts: f.alts,
      inherit: f.inherit,
      content: { start: rest.start, end: rest.end, parts: rest.parts, quote: false, lastTok },
      relays: f.relays,
      addressee: f.addressee,
      continues: f.continues ?? f,
      sourceSpan: f.sourceSpan,
    };
  }
  return null;
}
