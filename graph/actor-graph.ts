// The actor network: claims, reports and interactions folded into weighted actor → actor links, so the viewer
// can start from who-said-what-about-whom without loading every claim. Computed by each store
// (graph/embedded/actor-graph.ts, graph/neo4j/actor-graph.ts); this module holds the shared shapes and the
// pure steps both use (ranking, capping), so the two stores return the same result.
import type { GraphEdge, GraphNode } from './store.ts';

/**
 * Link types. CLAIMS / DENIES / CONFIRMS: A spoke about B (the claim is ABOUT B, or, for a denial or
 * confirmation, B made the claim). RELAYED: A passed on what B said (one hop of a relay chain). REPORTS: outlet
 * A published an article carrying B's statement (first hop of the chain). Interaction types (ATTACKED,
 * MET_WITH, ...) and MEMBER_OF as stored between actors.
 */
export const FOLDED_TYPES = ['CLAIMS', 'DENIES', 'CONFIRMS', 'RELAYED', 'REPORTS'] as const;

export interface ActorGraphOptions {
  /** At most this many actors, the most connected first (default 150). */
  limit?: number;
  /** Expand: these actors, every link touching them and the actors at the other end (up to `limit`). */
  focus?: string[];
  /** Inclusive publication-date range (YYYY-MM-DD) of the evidence; undated evidence is kept. */
  from?: string | null;
  to?: string | null;
  /**
   * The overview (no focus) keeps at most this many links, the heaviest first (ties by key), so a dense
   * core of hubs does not come as thousands of lines; expanding an actor shows all of its links.
   */
  maxLinks?: number;
}

/** One folded link, before ranking: a store emits these. */
export interface FoldedLink {
  type: string;
  source: string;
  target: string;
  /** How many statements / relationships the link folds. */
  count: number;
  /** Latest and earliest publication date of the evidence (YYYY-MM-DD), null when undated. */
  latest: string | null;
  first: string | null;
}

export interface ActorGraph {
  /** Actor nodes; props also carry `weight` (folded statements touching the actor) and `statements` (said). */
  nodes: GraphNode[];
  /** Folded links as edges: key `agg:TYPE:source:target`, props { count, latest, first, folded: true }. */
  edges: GraphEdge[];
  /** Actors with at least one link in range (before the cap). */
  total: number;
  truncated: boolean;
}

/** The key the viewer and both stores use for a folded link. */
export const foldedKey = (type: string, source: string, target: string) => `agg:${type}:${source}:${target}`;

/** Whether a date (YYYY-MM-DD or a prefix) lies in the range; undated evidence always does. */
export function inDateRange(date: unknown, from?: string | null, to?: string | null): boolean {
  if (typeof date !== 'string' || !/^\d{4}/.test(date)) return true;
  return (!from || date.slice(0, 10) >= from) && (!to || date.slice(0, to.length) <= to);
}

const maxDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** Adds one piece of evidence to a link table keyed by type/source/target. */
export function addToLink(
  links: Map<string, FoldedLink>,
  type: string,
  source: string,
  target: string,
  date: unknown,
  count = 1,
): void {
  if (source === target) return;
  const d = typeof date === 'string' && date ? date.slice(0, 10) : null;
  const key = foldedKey(type, source, target);
  const l = links.get(key);
  if (!l) links.set(key, { type, source, target, count, latest: d, first: d });
  else {
    l.count += count;
    l.latest = maxDate(l.latest, d);
    l.first = minDate(l.first, d);
  }
}

/**
 * Each actor's folded weight and the actors by weight (ties by id), once per links array: a store keeps its folded
 * links until the graph changes, so the overview's every request after the first skips the sort of every actor.
 */
const rankings = new WeakMap<FoldedLink[], { weight: Map<string, number>; ranked: string[] }>();
function rankActors(links: FoldedLink[]): { weight: Map<string, number>; ranked: string[] } {
  let r = rankings.get(links);
  if (!r) {
    const weight = new Map<string, number>();
    for (const l of links) {
      weight.set(l.source, (weight.get(l.source) ?? 0) + l.count);
      weight.set(l.target, (weight.get(l.target) ?? 0) + l.count);
    }
    const ranked = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
    rankings.set(links, (r = { weight, ranked }));
  }
  return r;
}

/**
 * Ranks and caps: actors by folded weight (ties by id), the top `limit` (or the focus actors and their
 * heaviest neighbours), and the links among the kept actors. `actors` gives each actor's node (with props).
 */
export function assembleActorGraph(
  links: FoldedLink[],
  said: Map<string, number>,
  actors: (ids: string[]) => Promise<GraphNode[]>,
  options: ActorGraphOptions,
): Promise<ActorGraph> {
  const limit = options.limit ?? 150;
  const { weight, ranked } = rankActors(links);
  const byWeight = (a: string, b: string) => weight.get(b)! - weight.get(a)! || (a < b ? -1 : a > b ? 1 : 0);
  let kept: string[];
  let candidates: number;
  if (options.focus?.length) {
    const focus = new Set(options.focus.filter((id) => weight.has(id)));
    const near = new Set<string>();
    for (const l of links) {
      if (focus.has(l.source) && !focus.has(l.target)) near.add(l.target);
      if (focus.has(l.target) && !focus.has(l.source)) near.add(l.source);
    }
    candidates = focus.size + near.size;
    kept = [...focus, ...[...near].sort(byWeight)].slice(0, Math.max(limit, focus.size));
  } else {
    candidates = ranked.length;
    kept = ranked.slice(0, limit);
  }
  const keep = new Set(kept);
  const focus = new Set(options.focus ?? []);
  const key = (l: FoldedLink) => foldedKey(l.type, l.source, l.target);
  let among = links
    .filter((l) => keep.has(l.source) && keep.has(l.target))
    // Expanding returns the links touching the focus; links among the neighbours come with their own expansion.
    .filter((l) => !focus.size || focus.has(l.source) || focus.has(l.target));
  const cut = !focus.size && options.maxLinks !== undefined && among.length > options.maxLinks;
  if (cut) among = among.sort((a, b) => b.count - a.count || (key(a) < key(b) ? -1 : 1)).slice(0, options.maxLinks);
  const edges: GraphEdge[] = among
    .sort((a, b) => (key(a) < key(b) ? -1 : 1))
    .map((l) => ({
      key: foldedKey(l.type, l.source, l.target),
      type: l.type,
      source: l.source,
      target: l.target,
      props: { count: l.count, latest: l.latest, first: l.first, folded: true },
    }));
  return actors(kept).then((nodes) => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return {
      nodes: kept
        .map((id) => byId.get(id))
        .filter((n): n is GraphNode => !!n)
        .map((n) => ({ ...n, props: { ...n.props, weight: weight.get(n.id)!, statements: said.get(n.id) ?? 0 } })),
      edges,
      total: weight.size,
      truncated: kept.length < candidates || cut,
    };
  });
}
