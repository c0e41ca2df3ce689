// Branches of a known body: a province, affiliate or regional franchise named after its parent ("Islamic State
// in the Sahel Province", "al-Qaeda in the Land of the Two Niles", "Islamic State West Africa Province", "the
// Islamic State group's Central Africa Province") is its own actor, affiliated to the parent, never the parent.
// "the Islamic State affiliate" is the branch the article named already, and mentions the parent too.
// In: a View and the gazetteer item of the parent. Out: branch actors and mentions on the Scan.
import { entryById, stateEntry } from '../gazetteer/index.ts';
import { slugify } from './registry.ts';
import type { Scan } from './scan.ts';
import { type GazItem, isCap, type Item, surfaceOf, type View } from './view.ts';

/** Capitalized words that close a branch's name ("Sahel Province", "Yemen Branch", "Wilayat Sinai" reads whole). */
const BRANCH_HEADS = new Set(['province', 'branch', 'wilayat', 'wilayah', 'emirate']);
/** Lower-case nouns after a parent's name that make the phrase one of its branches ("the Islamic State affiliate"). */
const AFFILIATE_HEADS = new Set([
  'affiliate',
  'branch',
  'franchise',
  'offshoot',
  'province',
  'wing',
  'splinter',
  'faction',
]);

/** Branches recorded per article scan: parent id → branch draft ids. */
const BRANCHES = new WeakMap<Scan, Map<string, Set<string>>>();

/** Capitalized, not glued to a hyphen compound, in the same sentence: one word of a name. */
const capAt = (v: View, k: number) => !!v.toks[k] && isCap(v.toks[k]!);

/** End (exclusive) of the run of capitalized words (and inner "of", "the") from k; k when there is none. */
function capRun(v: View, k: number): number {
  let end = k;
  for (let j = k; j < v.toks.length; j++) {
    if (capAt(v, j)) end = j + 1;
    else if ((v.keys[j] === 'of' || v.keys[j] === 'the') && capAt(v, j + 1)) continue;
    else break;
  }
  return end;
}

/** Whether tokens [a, b) are a known state or place only (the gazetteer knows them): "Hamas in the Gaza Strip". */
function placeOnly(joined: Item[], v: View, a: number, b: number): boolean {
  return (
    joined.some(
      (j) => j.type === 'gaz' && j.start === a && j.end === b && (j.hit.role === 'place' || !!stateEntry(j.hit.id)),
    ) ||
    (b - a === 1 && !!v.toks[a] && /^(North|South|East|West)$/.test(v.toks[a]!.text))
  );
}

/** Whether an acronym in parentheses at k spells the name [a, b) ("(ISGS)" after "Islamic State in the Greater Sahara"). */
function acronymAfter(v: View, k: number, a: number, b: number): boolean {
  if (v.keys[k] !== '(' || v.keys[k + 2] !== ')') return false;
  const acro = v.toks[k + 1]?.text ?? '';
  const initials = v.toks
    .slice(a, b)
    .filter((t) => isCap(t))
    .map((t) => t.text[0])
    .join('');
  return acro.length >= 3 && /^[A-Z]+$/.test(acro) && acro === initials;
}

/**
 * The token after a branch's name that starts at parent item `it`, or 0: "<parent> in the <Name>" (ending in a
 * branch word, or spelled out by an acronym in parentheses, or for an armed group a name that is no known place),
 * "<parent> <Name> Province", "<parent>'s <Name> Province".
 */
function branchEnd(v: View, it: GazItem, joined: Item[]): number {
  let k = it.end;
  if (v.keys[k] === "'s") k++;
  const headAt = (end: number) => end > k && BRANCH_HEADS.has(v.keys[end - 1]!);
  if (v.keys[k] === 'in' && v.keys[k + 1] === 'the') {
    const end = capRun(v, k + 2);
    if (end === k + 2) return 0;
    const group = entryById(it.hit.id)?.kind === 'group';
    if (headAt(end) || acronymAfter(v, end, it.start, end)) return end;
    return group && !placeOnly(joined, v, k + 2, end) && end - (k + 2) >= 2 ? end : 0;
  }
  const end = capRun(v, k);
  return headAt(end) ? end : 0;
}

/** Records a branch starting at parent item `it` if one is written there; returns the token after it, else 0. */
export function branchAt(sc: Scan, v: View, it: GazItem, joined: Item[]): number {
  const parent = entryById(it.hit.id);
  if (!parent || parent.kind === 'state' || it.hit.role === 'metonym') return 0;
  const end = branchEnd(v, it, joined);
  if (!end) return 0;
  const name = surfaceOf(v, it.start, end).replace(/^the\s+/i, '');
  const d = sc.reg.ensure(slugify(name), name, parent.kind);
  d.affiliation ??= parent.id;
  const byParent = BRANCHES.get(sc) ?? new Map<string, Set<string>>();
  BRANCHES.set(sc, byParent.set(parent.id, (byParent.get(parent.id) ?? new Set()).add(d.id)));
  sc.reg.mention(d.id, v.toks[it.start]!.start, v.toks[end - 1]!.end, 'name', name);
  return end;
}

/** Lower-case words that may stand between a parent's name and its affiliate noun ("Hamas's armed wing"). */
const AFFILIATE_MODIFIERS = new Set(['armed', 'military', 'political', 'regional', 'local', 'youth', 'militant']);

/**
 * The token of the affiliate noun after parent item `it`, or -1: "the Islamic State affiliate", "al Qaeda's branch",
 * "Al Qaeda's Sahel affiliate", "the Islamic State group's Afghan affiliate", "Hamas's armed wing" (at most two
 * capitalized place or demonym words, or known lower-case modifiers, before the noun).
 */
function affiliateHead(v: View, it: GazItem): number {
  let k = it.end;
  if (v.keys[k] === 'group' && v.keys[k + 1] === "'s") k++;
  if (v.keys[k] === "'s") k++;
  for (let skipped = 0; skipped <= 2; skipped++, k++) {
    const key = v.keys[k] ?? '';
    if (AFFILIATE_HEADS.has(key) && !capAt(v, k)) return k;
    if (v.glued[k] || !(capAt(v, k) ? /^\p{Lu}[\p{L}-]+$/u.test(v.toks[k]!.text) : AFFILIATE_MODIFIERS.has(key))) break;
  }
  return -1;
}

/** An affiliate phrase waiting for the article's actors: its span, its parent, and where an apposed name may sit. */
interface AffiliatePhrase {
  parent: string;
  start: number;
  end: number;
  surface: string;
  /** Start of the name right after it ("Al Qaeda's Sahel affiliate JNIM", "..., the Islamic State of Iraq"). */
  nameAfter: number;
  /** End of the name right before it ("JNIM, al Qaeda's affiliate in the Sahel"), or -1. */
  nameBefore: number;
  /** The one branch of the parent the article named before the phrase, if exactly one. */
  known: string | null;
}

const AFFILIATE_PHRASES = new WeakMap<Scan, AffiliatePhrase[]>();

/** The one branch of parent `parentId` the article named before char `at` (read here or known), else null. */
function knownBranch(sc: Scan, parentId: string, at: number): string | null {
  const known = sc.reg
    .all()
    .filter((d) => entryById(d.id)?.affiliation === parentId && d.mentions.some((m) => m.end <= at))
    .map((d) => d.id);
  const recorded = [...(BRANCHES.get(sc)?.get(parentId) ?? [])].filter((id) => sc.reg.has(id));
  const branches = [...new Set([...recorded, ...known])];
  return branches.length === 1 ? branches[0]! : null;
}

/**
 * "the Islamic State affiliate", "Al Qaeda's Sahel affiliate JNIM", "al Qaeda's Iraqi affiliate, the Islamic State
 * of Iraq,": a parent's name and an affiliate noun is a body of its own, never the parent (the parent keeps its own
 * name's mention inside the phrase). Recorded here; settleAffiliatePhrases gives the phrase to the body it names.
 */
export function affiliateMention(sc: Scan, v: View, it: GazItem): void {
  const k = affiliateHead(v, it);
  if (k < 0) return;
  const at = v.toks[it.start]!.start;
  const from = v.keys[it.start - 1] === 'the' ? it.start - 1 : it.start;
  let next = k + 1;
  if (v.keys[next] === ',') next++;
  if (v.keys[next] === 'also') next++;
  if (v.keys[next] === 'known' && v.keys[next + 1] === 'as') next += 2;
  if (v.keys[next] === 'the') next++;
  const comma = v.keys[from - 1] === ',' && from >= 2;
  const phrases = AFFILIATE_PHRASES.get(sc) ?? [];
  AFFILIATE_PHRASES.set(sc, phrases);
  phrases.push({
    parent: it.hit.id,
    start: v.toks[from]!.start,
    end: v.toks[k]!.end,
    surface: surfaceOf(v, from, k + 1),
    nameAfter: v.toks[next]?.start ?? -1,
    nameBefore: comma ? v.toks[from - 2]!.end : -1,
    known: knownBranch(sc, it.hit.id, at),
  });
}

/**
 * Gives each affiliate phrase to the body it names: the name apposed to it (after it, else before it), else the
 * one branch of the parent the article named before. A descriptor only: the phrase gives the body no alias.
 */
export function settleAffiliatePhrases(sc: Scan): void {
  for (const p of AFFILIATE_PHRASES.get(sc) ?? []) {
    const named = (d: { id: string; mentions: { start: number; end: number; kind: string }[] }) =>
      d.id !== p.parent &&
      d.mentions.some((m) => m.kind !== 'descriptor' && (m.start === p.nameAfter || m.end === p.nameBefore));
    const body = sc.reg.all().find(named)?.id ?? p.known;
    if (!body) continue;
    const d = sc.reg.get(body)!;
    const before = new Set(d.aliases);
    sc.reg.mention(body, p.start, p.end, 'descriptor', p.surface);
    for (const a of [...d.aliases]) if (!before.has(a)) d.aliases.delete(a);
    // A body the gazetteer knows keeps its own affiliation; a body read here is the parent's.
    if (d.kind !== 'state' && !entryById(body)) d.affiliation ??= p.parent;
  }
}

/** Verbs that give something a name: "known locally as", "referred to as", "who residents call", "dubbed". */
const NAMING_AFTER_AS = new Set(['known', 'referred', 'styled', 'described']);
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'dubbed', 'nicknamed', 'dub', 'dubs', 'nickname']);

/**
 * Whether known body item `it` is only a label given to something else: "The insurgents, known locally as
 * al-Shabaab", "who locals call 'al-Shabaab'", "often referred to as the Taliban". Not when the sentence named that
 * body right before ("the Group to Support Islam and Muslims, known as JNIM": its own other name).
 */
export function labelOnly(sc: Scan, v: View, it: GazItem, joined: Item[], x: number): boolean {
  let k = it.start - 1;
  while (k >= 0 && /^["“”‘’']$/.test(v.keys[k] ?? '')) k--;
  if (v.keys[k] === 'the') k--;
  const before = (k2: number) => v.keys[k2] ?? '';
  // "the so-called Islamic State" is that body, named with distance.
  const naming =
    (NAMING_VERBS.has(before(k)) && before(k - 1) !== 'so') ||
    (before(k) === 'as' &&
      (NAMING_AFTER_AS.has(before(k - 1)) || NAMING_AFTER_AS.has(before(k - 2)) || before(k - 1) === 'to'));
  if (!naming) return false;
  // "Daesh's Khorasan branch, known as ISKP": the branch's own name after its parent's affiliate phrase.
  const parent = entryById(it.hit.id)?.affiliation;
  const sentenceAt = v.toks[0]!.start;
  if (parent && AFFILIATE_PHRASES.get(sc)?.some((p) => p.parent === parent && p.start >= sentenceAt)) return false;
  return !joined.slice(0, x).some((j) => j.type === 'gaz' && j.hit.id === it.hit.id);
}
