// Maps gold items of one article to stored nodes: actor mentions by span (then by name), claims by the content span
// of their speech edge, incidents by any span tying them to the article (then by kind and place).
// In: a gold document, its article node id and the graph index. Out: a stored node id (or null) per gold item.
import { placeSound } from '../../../graph/incidents/key.ts';
import { normalizeName } from '../../../graph/names.ts';
import type { GoldFile } from './gold-check.ts';
import type { Anchor, GraphIndex } from './graph.ts';
import { type Span, intersection, locateForms, overlapScore } from './spans.ts';

export type MentionHow = Anchor['how'] | 'name' | 'unmapped';

/** The stored actor the mention [s, e) belongs to, and how it was found. */
export function mapMention(
  ix: GraphIndex,
  article: string,
  text: string,
  span: Span,
): { node: string | null; how: MentionHow } {
  let best: Anchor | null = null;
  let bestScore = 0;
  for (const a of ix.actorAnchors.get(article) ?? []) {
    const score = overlapScore(a.span, span);
    if (score > bestScore) [best, bestScore] = [a, score];
  }
  if (best) return { node: best.node, how: best.how };
  // Last resort: the one actor of this article whose name (else one alias) is this surface form. Only for names:
  // a node's aliases come from every article, so "the group" would find whichever node some other article gave it.
  const surface = text.slice(span[0], span[1]);
  if (!/^\p{Lu}|^\p{N}/u.test(surface.replace(/^(the|a|an)\s+/i, ''))) return { node: null, how: 'unmapped' };
  const key = normalizeName(surface);
  const actors = [...(ix.actorsIn.get(article) ?? [])].map((id) => ix.nodes.get(id)!);
  const byName = actors.filter((n) => normalizeName(String(n.props.name ?? '')) === key);
  const byAlias = actors.filter(
    (n) => Array.isArray(n.props.aliases) && n.props.aliases.some((a) => normalizeName(String(a)) === key),
  );
  const pick = byName.length === 1 ? byName[0] : byName.length === 0 && byAlias.length === 1 ? byAlias[0] : null;
  return pick ? { node: pick.id, how: 'name' } : { node: null, how: 'unmapped' };
}

/** Gold mentions per actor: the gold's own offsets, or (seed gold) the name and aliases found in the text. */
export function goldMentions(gold: GoldFile, text: string): Span[][] {
  if (gold.actors.some((a) => a.mentions?.length)) return gold.actors.map((a) => (a.mentions ?? []) as Span[]);
  return locateForms(
    text,
    gold.actors.map((a) => [a.name, ...a.aliases]),
  );
}

/** The most frequent node in a list (ties: the one seen first); null for an empty list. */
export function plurality(nodes: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const n of nodes) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: string | null = null;
  for (const [n, c] of counts) if (best === null || c > counts.get(best)!) best = n;
  return best;
}

/** Where a gold claim's content sits: its evidence span, else (seed gold) its text found in the article. */
function claimSpan(claim: GoldFile['claims'][number], text: string): Span | null {
  if (claim.evidence) return claim.evidence.content as Span;
  const i = text.indexOf(claim.text);
  return i >= 0 ? [i, i + claim.text.length] : null;
}

const words = (s: string) =>
  new Set(
    normalizeName(s)
      .split(' ')
      .filter((w) => w.length > 2),
  );

/**
 * The stored Claim nodes a gold claim maps to: those of the speech edges whose content overlaps it most (several when
 * the store ties one sentence to several claims, e.g. a denial's own node and the claim it answers), else the claim
 * whose text shares at least half its words with the gold text. Empty when nothing fits.
 */
export function mapClaim(ix: GraphIndex, article: string, text: string, claim: GoldFile['claims'][number]): string[] {
  const edges = ix.speechIn.get(article) ?? [];
  const span = claimSpan(claim, text);
  if (span) {
    let best: string[] = [];
    let bestScore = 0;
    for (const e of edges) {
      const s = e.props.contentStart;
      const end = e.props.contentEnd;
      if (typeof s !== 'number' || typeof end !== 'number') continue;
      const score = overlapScore([s, end], span);
      if (score > bestScore) [best, bestScore] = [[e.target], score];
      else if (score > 0 && score === bestScore && !best.includes(e.target)) best.push(e.target);
    }
    if (best.length) return best;
  }
  // No span to go by: the claim whose text shares at least half its words with the gold text.
  const goldWords = words(claim.text);
  let best: string | null = null;
  let bestScore = 0.5;
  for (const e of edges) {
    const t = ix.nodes.get(e.target)?.props.text;
    if (typeof t !== 'string') continue;
    const w = words(t);
    const shared = [...goldWords].filter((x) => w.has(x)).length;
    const score = shared / Math.max(1, Math.min(goldWords.size, w.size));
    if (score >= bestScore) [best, bestScore] = [e.target, score];
  }
  return best ? [best] : [];
}

/**
 * The stored Incident a gold incident maps to: best-overlapping anchor, else the one incident of its kind (and place).
 * An anchor whose sentence the incident's trigger words mark counts only for a gold span over one of them: "the
 * Governor visits the victims" in "... visits the victims of the terrorist attack in Kablewa" is not the attack.
 */
export function mapIncident(ix: GraphIndex, article: string, inc: GoldFile['incidents'][number]): string | null {
  const anchors = ix.incidentAnchors.get(article) ?? [];
  const spans = [...(inc.evidence ? [inc.evidence.span] : []), ...(inc.mentions ?? [])] as Span[];
  let best: string | null = null;
  let bestScore = 0;
  for (const a of anchors)
    for (const s of spans) {
      if (a.triggers && !a.triggers.some((t) => intersection(t, s) > 0)) continue;
      const score = overlapScore(a.span, s);
      if (score > bestScore) [best, bestScore] = [a.node, score];
    }
  if (best) return best;
  const candidates = [...new Set(anchors.map((a) => a.node))].map((id) => ix.nodes.get(id)!);
  // Not a stored incident of another month: a gold incident nobody extracted is unmapped (missed), not another's.
  const month = (d: unknown) => (typeof d === 'string' ? (/^(?:\d{4}|-)-(\d{2})/.exec(d)?.[1] ?? null) : null);
  const apart = (d: unknown) => !!month(inc.date) && !!month(d) && month(inc.date) !== month(d);
  // Nor one at another place: "gunmen shot a headman in Raman" is not the article's one extracted bombing in Tak Bai.
  const elsewhere = (p: unknown) => {
    if (!inc.place || typeof p !== 'string' || !p) return false;
    const [g, s] = [normalizeName(inc.place), normalizeName(p)];
    return !g.includes(s) && !s.includes(g) && placeSound(inc.place.split(',')[0]) !== placeSound(p);
  };
  const sameKind = candidates.filter(
    (n) => n.props.kind === inc.kind && !apart(n.props.date) && !elsewhere(n.props.place),
  );
  if (sameKind.length === 1) return sameKind[0]!.id;
  // Several: the one whose place the gold place names ("Mucojo" in "Mucojo, Macomia district, Cabo Delgado").
  const samePlace = sameKind.filter(
    (n) => typeof n.props.place === 'string' && n.props.place && !elsewhere(n.props.place),
  );
  return samePlace.length === 1 ? samePlace[0]!.id : null;
}
