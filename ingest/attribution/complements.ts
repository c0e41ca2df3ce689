// One speech act reporting two assertions: "X said that A and that B", "X said A, but that B". Each complement
// clause is a claim of its own, with its own span, so an outlet telling only A or only B meets its own claim.
// In: a frame's content. Out: the content's pieces (the content itself when it holds one complement clause).
import { givesCount } from '../../graph/claims/counted.ts';
import type { Token } from '../types.ts';
import { type Content, type Ctx, trim } from './content.ts';
import { isQuoteMark } from './np.ts';

const JOIN = /^(and|but)$/;
/** Words a clause opened by "that" may start with: "and that the army ...", "and that 21 people ...". */
const CLAUSE_START = /^(DET|PRON|PROPN|NUM|ADJ)$/;
const FINITE = /^(VERB|AUX)$/;

/**
 * The pieces of a plain content at each "and that" / "but that" opening a new complement clause. Quotes (an
 * interrupted quote is one claim) and contents whose first clause holds a "that" of its own ("the report showed
 * that A and that B": B may belong to the inner clause) stay whole, and so does ordinary coordination inside one
 * clause ("killed three soldiers and wounded two", "Mali and Niger").
 */
export function complementPieces(ctx: Ctx, content: Content): Content[] {
  if (content.quote || content.parts.length !== 1) return [content];
  const { tokens } = ctx.nlp;
  let first = content.lastTok;
  while (first > 0 && tokens[first - 1]!.start >= content.start) first--;
  const pieces: Content[] = [];
  let from = first;
  for (let k = first + 2; k + 2 <= content.lastTok; k++) {
    if (!joinsComplement(ctx, from, k, content.lastTok)) continue;
    const last = tokens[k - 1]!.text === ',' ? k - 2 : k - 1;
    const piece = pieceOf(ctx, tokens[from]!.start, tokens[last]!.end, last);
    if (!piece) return [content];
    pieces.push(piece);
    from = k + 2;
  }
  if (!pieces.length) return [content];
  const rest = pieceOf(ctx, tokens[from]!.start, content.end, content.lastTok);
  if (!rest) return [content];
  // Only where one clause is the speaker's own quoted words ('said that "A" and that B'): a quote and the writer's
  // paraphrase are two tellings. Or where each clause is a count of its own ("four soldiers had been killed and that
  // troops had killed 15 militants"): one side's dead and the other's, the killed and the wounded, are two figures
  // outlets tell apart. Other plain clauses joined so stay one claim, as outlets retell them together.
  const all = [...pieces, rest];
  const text = ctx.nlp.text;
  return all.some((p) => p.quote) || all.every((p) => givesCount(text.slice(p.start, p.end))) ? all : [content];
}

/** Whether "and"/"but" at k, outside quotes and followed by "that", opens a second complement clause. */
function joinsComplement(ctx: Ctx, from: number, k: number, lastTok: number): boolean {
  const { tokens } = ctx.nlp;
  const [join, that] = [tokens[k]!, tokens[k + 1]!];
  if (!JOIN.test(join.norm) || that.norm !== 'that' || ctx.qs.of[k]! >= 0 || ctx.qs.of[k + 1]! >= 0) return false;
  // 'and that "a single shot was fired"': the clause opens inside the quote.
  const opens = isQuoteMark(tokens[k + 2]!) ? k + 3 : k + 2;
  return clauseAfter(tokens, opens, lastTok) && ownClause(tokens, from, k);
}

/**
 * A clause after "that": a finite verb within a few words, and "that" no determiner or pronoun of its own ("and that
 * location is being treated as a crime scene", "and that is why ...").
 */
function clauseAfter(tokens: Token[], i: number, lastTok: number): boolean {
  const next = tokens[i];
  if (!next || !(CLAUSE_START.test(next.pos) || next.pos === 'NOUN' || next.pos === 'SCONJ')) return false;
  // A singular common noun right after "that" is the determiner's: "that location", "that decision".
  if (next.pos === 'NOUN' && !/s$/.test(next.norm)) return false;
  for (let m = i + 1; m <= Math.min(lastTok, i + 12); m++) if (FINITE.test(tokens[m]!.pos)) return true;
  return false;
}

/** The first clause has a verb of its own and no "that" opening an inner clause it could coordinate with. */
function ownClause(tokens: Token[], from: number, k: number): boolean {
  let verb = false;
  for (let m = from; m < k; m++) {
    const t = tokens[m]!;
    if (FINITE.test(t.pos)) verb = true;
    if (t.norm === 'that' && (t.pos === 'SCONJ' || CLAUSE_START.test(tokens[m + 1]?.pos ?? ''))) return false;
  }
  return verb;
}

/** A piece's span, trimmed of marks and commas; a quoted piece ('that "A" and that B') is a quote. */
function pieceOf(ctx: Ctx, s: number, e: number, lastTok: number): Content | null {
  const span = trim(ctx, s, e);
  if (!span) return null;
  const quote = ctx.qs.quotes.some((q) => q.start === span[0] && q.end === span[1]);
  return { start: span[0], end: span[1], parts: [span], quote, lastTok };
}
