// Where a capitalized run's name really starts and ends: people named before the body they belong to ("Leaders of
// the ..."), a company's legal form after its name ("Co., Ltd.", "Sdn Bhd"), a lower-case body noun after a name
// ("the Pacto Histórico party"). In: a View and token bounds. Out: token indices or a yes/no. Pure.
import { LEGAL_FORMS } from '../../graph/names.ts';
import { isCap, type View } from './view.ts';

/**
 * Capitalized plural heads that name people or units of a body, opening a sentence before "of": "Leaders of the Moro
 * National Liberation Front", "Members of the Liberal Party", "Elders of the Gadaa council", "Teams of the National
 * Disaster Response Force" are the body's people, no word of its name.
 */
const MEMBERS_HEADS = new Set(
  (
    'members leaders elders representatives delegates commanders chiefs heads officials supporters residents ' +
    'activists teams units personnel troops officers staff volunteers rescuers workers employees'
  ).split(' '),
);

/** The first token of the body's name after "<Members> of (the)" opening the run [a, b), else a. */
export function pastMembersOf(v: View, a: number, b: number): number {
  if (!MEMBERS_HEADS.has(v.keys[a]!) || v.keys[a + 1] !== 'of') return a;
  const at = v.keys[a + 2] === 'the' ? a + 3 : a + 2;
  return at < b && isCap(v.toks[at]!) ? at : a;
}

/**
 * Where the legal form ends a company's name written [a, b) ("Pattani Rubber Industry Co.", "Sandakan Palm
 * Industries Sdn Bhd"): the start of that tail, leaving two words of name at least; else b.
 */
export function legalFormStart(v: View, a: number, b: number): number {
  let k = b;
  while (k - a > 2 && LEGAL_FORMS.has(v.keys[k - 1]!)) k--;
  return k;
}

/** Legal forms written in mixed case ("Oy", "ApS", "GmbH", "KGaA", "Lda"), as opposed to words of a name. */
const MIXED_CASE_FORMS = new Set([
  'Oy',
  'Oyj',
  'ApS',
  'GmbH',
  'KGaA',
  'Lda',
  'Ltda',
  'Ltd',
  'Inc',
  'Corp',
  'Co',
  'Bhd',
]);

/**
 * Whether token k is a company's legal form as a company's name ends in it ("Vesterålen Laks AS", "Eólicas del
 * Cantábrico S.L.", "Nokia Oyj"): a legal form in capitals, with periods, or in its mixed-case spelling. "Rhys ab
 * Owen" or "Kim Se" are no such writing.
 */
export function writtenLegalForm(v: View, k: number): boolean {
  const t = v.toks[k];
  if (!t || !LEGAL_FORMS.has(v.keys[k]!)) return false;
  const text = t.text.replace(/\.$/, '');
  return (/^[A-Z][A-Z./]*$/.test(text) && text.replace(/[./]/g, '').length >= 2) || MIXED_CASE_FORMS.has(text);
}

/** Whether the tokens [from, b) are all legal forms ("Ltd", "Sdn Bhd"), one at least. */
export function legalTail(v: View, from: number, b: number): boolean {
  if (from >= b) return false;
  for (let k = from; k < b; k++) if (!LEGAL_FORMS.has(v.keys[k]!)) return false;
  return true;
}

/** Lower-case nouns after a name that make it a body's: "the Palmas del Cesar company", "the Primero Justicia party". */
const BODY_NOUNS_AFTER = new Set(
  'mission party company firm corporation coalition bloc alliance church union association foundation movement council cooperative co-operative'.split(
    ' ',
  ),
);

/** Lower-case words of a trade between a name and "cooperative": "the Kerlann farming cooperative". */
const COOPERATIVE_TRADES = new Set(
  "farming agricultural farmers dairy fishing fishermen's fishermen wine winegrowers housing consumer credit workers".split(
    ' ',
  ),
);

/** Whether a lower-case body noun stands right after the name ending at b. */
export function bodyNounAfter(v: View, b: number): boolean {
  const t = v.toks[b];
  if (!t || isCap(t)) return false;
  return BODY_NOUNS_AFTER.has(v.keys[b]!) || cooperativeAfter(v, b);
}

/** "the Kerlann cooperative", "the Kerlann farming cooperative": a cooperative named right before its noun. */
export function cooperativeAfter(v: View, b: number): boolean {
  const [t, next] = [v.toks[b], v.toks[b + 1]];
  if (!t || isCap(t)) return false;
  if (COOPERATIVE.test(v.keys[b]!)) return true;
  // One word of its trade before the cooperative.
  return COOPERATIVE_TRADES.has(v.keys[b]!) && !!next && !isCap(next) && COOPERATIVE.test(v.keys[b + 1]!);
}
const COOPERATIVE = /^co-?operative$/;

/** Lower-case heads a hyphened "-in-exile" closes into a body's name: "government-in-exile", "parliament-in-exile". */
const EXILE_HEADS = new Set(['government', 'parliament', 'cabinet', 'administration', 'leadership']);

/**
 * "the Tibetan government-in-exile": where the hyphened compound "<head>-in-exile" starting at token k ends (a body
 * of its own, never the state or people named before it), else 0.
 */
export function inExileEnd(v: View, k: number): number {
  if (!EXILE_HEADS.has(v.keys[k] ?? '') || isCap(v.toks[k]!) || v.keys[k + 1] !== 'in' || v.keys[k + 2] !== 'exile')
    return 0;
  return v.glued[k + 1] && v.glued[k + 2] ? k + 3 : 0;
}
