// A figure someone gives without a speech verb: "Police put the death toll at 26", "the command put the number of
// dead at six", "local police have given a lower toll of 18 dead". Wire copy tells a disputed toll this way; each
// is a claim of its giver that another outlet's "26 people were killed" retells. In: a token that may open it.
// Out: a frame whose content runs from the toll's noun phrase to its figure, spoken by the clause's subject.
import { clauseSubject } from './clause-subject.ts';
import type { Ctx } from './content.ts';
import { type Frame, makeFrame } from './frame-base.ts';

const PUT = new Set(['put', 'puts', 'putting', 'placed', 'places', 'place', 'placing']);
const GAVE = new Set(['gave', 'give', 'gives', 'given', 'giving']);
/** Words that make a noun phrase a count of victims: "the death toll", "the number of dead", "casualties". */
const TOLL_WORDS = new Set([
  'toll',
  'dead',
  'deaths',
  'death',
  'casualties',
  'fatalities',
  'killed',
  'injured',
  'wounded',
  'victims',
  'bodies',
]);
/** Words after the figure that belong to it: "18 dead", "26 people", "at least". */
const AFTER_FIGURE = new Set(['dead', 'people', 'killed', 'deaths', 'bodies', 'victims', 'wounded', 'injured']);
const isFigure = (norm: string, pos: string) => pos === 'NUM' || /^\d/.test(norm);

/** The token of the figure that ends a toll phrase starting at `from`, or -1: "the toll at 26", "a toll of 18". */
function figureAt(ctx: Ctx, from: number, end: number, prep: string): number {
  const { tokens } = ctx.nlp;
  let toll = false;
  for (let j = from; j < Math.min(end, from + 9); j++) {
    const t = tokens[j]!;
    if (t.text === ',' || ctx.qs.of[j]! >= 0) return -1;
    if (TOLL_WORDS.has(t.norm)) toll = true;
    if (t.norm !== prep || !toll) continue;
    // "at least 26", "at around 40": a hedge before the figure.
    let k = j + 1;
    if (/^(least|around|about|more|over|nearly|almost)$/.test(tokens[k]?.norm ?? '')) k++;
    if (tokens[k]?.norm === 'than') k++;
    return k < end && isFigure(tokens[k]!.norm, tokens[k]!.pos) ? k : -1;
  }
  return -1;
}

/** "X put the toll at N" / "X gave a toll of N": the frame, or null. */
export function tollFrame(ctx: Ctx, i: number, si: number): Frame | null {
  const { tokens, sentences } = ctx.nlp;
  const { firstToken: first, endToken: end } = sentences[si]!;
  const norm = tokens[i]!.norm;
  const prep = PUT.has(norm) ? 'at' : GAVE.has(norm) ? 'of' : null;
  if (!prep || i <= first || !/^(DET|ADJ|NOUN|PRON)$/.test(tokens[i + 1]?.pos ?? '')) return null;
  const fig = figureAt(ctx, i + 1, end, prep);
  if (fig < 0) return null;
  let last = fig;
  while (last + 1 < end && (isFigure(tokens[last + 1]!.norm, tokens[last + 1]!.pos) || tokens[last + 1]!.text === ','))
    if (tokens[last + 1]!.text === ',' && !isFigure(tokens[last + 2]?.norm ?? '', tokens[last + 2]?.pos ?? '')) break;
    else last++;
  if (AFTER_FIGURE.has(tokens[last + 1]?.norm ?? '')) last++;
  const subj = clauseSubject(ctx, si, i + 1);
  if (!subj) return null;
  const [s, e] = [tokens[i + 1]!.start, tokens[last]!.end];
  const content = { start: s, end: e, parts: [[s, e]] as [number, number][], quote: false, lastTok: last };
  const f = makeFrame({ lemma: prep === 'at' ? 'put' : 'give', stance: 'claims' }, [i, i + 1], si, content);
  f.sources = [subj[0]!];
  f.alts = subj.slice(1);
  return f;
}
