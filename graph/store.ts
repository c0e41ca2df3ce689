// The GraphStore contract: one interface, two implementations (graph/neo4j, graph/embedded),
// one shared spec suite (tests/store/spec.ts) run against both.
import type { ClaimCandidate } from './claims/similar.ts';
import type { IncidentQuery, StoredIncident } from './incidents/match.ts';
import type { ActorGraph, ActorGraphOptions } from './actor-graph.ts';
import type { ArticleInput, Props } from './model.ts';

/** The lookups that cross-article linking of one article makes (findMany). */
export interface LinkLookups {
  claims: string[][];
  incidents: IncidentQuery[];
}

/**
 * What cross-article linking reads (graph/links.ts): the two lookups, and optionally `readClaims`, which asks
 * several findClaims (limit 50) at once ahead of their calls, so each is then answered without a round trip.
 */
export type LinkView = Pick<GraphStore, 'findClaims' | 'findIncidents'> & {
  readClaims?: (lookups: string[][]) => Promise<void>;
};

export interface LoadOutcome {
  articleId: string;
  source: string;
  /** `unchanged` when an article with the same id (hash of its text) was already stored. */
  status: 'loaded' | 'unchanged';
  actors: number;
  claims: number;
  relations: number;
  incidents: number;
}

export interface StoreStats {
  /** Node counts by label (an actor counts under `Actor` and under its kind label). */
  nodes: Record<string, number>;
  /** Relationship counts by type. */
  relationships: Record<string, number>;
}

export interface GraphNode {
  id: string;
  /** e.g. ['Actor', 'Person'], ['Claim'], ['Article'], ['Incident'] */
  labels: string[];
  props: Props;
}

export interface GraphEdge {
  key: string;
  type: string;
  source: string;
  target: string;
  props: Props;
}

export interface Subgraph {
  nodes: GraphNode[];
  /** With an `offset`, edges may end at nodes of earlier pages (not in `nodes`). */
  edges: GraphEdge[];
  /** True when a limit cut the result. */
  truncated: boolean;
  /**
   * How many nodes the capped read chose from: the store's nodes (without articles when asked) for a subgraph; for a
   * neighbourhood, the start, every neighbour within the rings it walked, and the whole ring the cap cut (rings
   * beyond a cut one are not counted). What was left out is `total` minus the nodes returned (and the pages before).
   */
  total?: number;
  /** The rank of the first node returned (subgraph pages). */
  offset?: number;
  /** Subgraph pages: how many edges the page had before `maxEdges` cut it (edges left out: this minus `edges`). */
  edgeTotal?: number;
}

export interface SubgraphOptions {
  /** Maximum number of nodes (default 5000). Edges are those among the returned nodes. */
  limit?: number;
  /** Leave out Article nodes and their structural edges (MENTIONED_IN, REPORTS, PUBLISHED_BY). Default false. */
  withoutArticles?: boolean;
  /**
   * Skip the `offset` highest-ranked nodes (default 0): the next page. Its edges are those among the first
   * offset + limit nodes with an end on this page, so the pages together give the subgraph of offset + limit nodes.
   */
  offset?: number;
  /** Only these node properties (default every one; an article's text never): what a drawing needs. */
  nodeProps?: readonly string[];
  /** Only these relationship properties (default every one). */
  edgeProps?: readonly string[];
  /**
   * At most this many edges (default all): those among the highest-ranked nodes first (an edge ranks by its
   * lower-ranked end, then its other end, then key), so the most connected part stays whole. `edgeTotal` counts them all.
   */
  maxEdges?: number;
}

/** maxEdges' order: by the rank of the lower-ranked end, then of the other end, then key (both stores). */
export function capEdges<E extends { key: string; source: string; target: string }>(
  edges: E[],
  rank: Map<string, number>,
  maxEdges: number | undefined,
): E[] {
  if (maxEdges === undefined || edges.length <= maxEdges) return edges;
  const r = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const order = (e: E) => [Math.max(r(e.source), r(e.target)), Math.min(r(e.source), r(e.target))] as const;
  return edges
    .map((e) => ({ e, o: order(e) }))
    .sort((a, b) => a.o[0] - b.o[0] || a.o[1] - b.o[1] || (a.e.key < b.e.key ? -1 : a.e.key > b.e.key ? 1 : 0))
    .slice(0, Math.max(0, maxEdges))
    .map((x) => x.e);
}

export interface SearchOptions {
  limit?: number;
  labels?: Array<'Actor' | 'Incident' | 'Claim' | 'Article'>;
}

export interface ActorRef {
  id: string;
  name: string;
  kind?: string;
  anonymous?: boolean;
  /**
   * Trace queries: how a name that is not the node's display name reached it: one of its aliases (which), or
   * the person-name key ("Bill Clinton" → "william clinton", graph/names.ts personKey).
   */
  matched?: { form: string; by: 'alias' | 'name key' };
  /** Trace queries: how many other actors the name or alias asked for also fits. */
  others?: number;
}

export interface ArticleRef {
  id: string;
  title: string | null;
  source: string;
  publishedAt: string | null;
  outlet: string | null;
}

/** One path by which an assertion reached a reader: publisher → relays → speaker → claim. */
export interface TraceChain {
  article: ArticleRef;
  publisher: ActorRef | null;
  /** Relays, outermost (nearest the publisher) first. */
  relays: ActorRef[];
  speaker: ActorRef;
  stance: 'claims' | 'denies' | 'confirms';
  cue: string | null;
  sentence: string;
  start: number;
  end: number;
}

export interface StanceCounts {
  claims: number;
  denies: number;
  confirms: number;
}

export interface ClaimTrace {
  claim: { id: string; text: string; quote: boolean };
  /** The article/speaker paths that carry the claim: the earliest 20 per stance (graph/trace/query.ts). */
  chains: TraceChain[];
  /** How many speech relationships the claim has per stance: chains shows at most 20 of each. */
  reports: StanceCounts;
  /** Claims linked as the same assertion from other articles or speakers (ids). */
  related: string[];
}

export type TraceQuery = { claimId: string; limit?: number } | { actor: string; limit?: number };

export interface TraceResult {
  /** The actor the query resolved to, for actor queries. */
  actor?: ActorRef;
  claims: ClaimTrace[];
  /** Actor queries: true when the actor has more claims than `claims` holds (raise `limit` to see more). */
  truncated?: boolean;
  /** Actor queries: the actor's speech acts and relays (a claim said in 3 articles counts 3) and articles published. */
  statements?: { said: number; relayed: number; published: number };
  /** Traces of the claims that `claims[].related` names and `claims` does not hold (who denied it in other words). */
  linked?: ClaimTrace[];
}

/** An article as stored, with what `kg resolve` needs to rebuild its part of the graph. */
export interface StoredArticle {
  id: string;
  source: string;
  text: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  /** The extraction before resolution, as JSON; null for articles stored by a version that did not keep it. */
  extraction: string | null;
}

/** One actor node with where it was mentioned: the provenance `kg actors` shows and candidates are found from. */
export interface ActorMentions {
  id: string;
  name: string;
  kind: string;
  anonymous: boolean;
  aliases: string[];
  roles: string[];
  /** One entry per article: the forms it wrote and the identity rule (graph/identity.ts) that keyed them. */
  mentions: Array<{ article: string; forms: string[]; rule: string | null }>;
}

/**
 * A store of the knowledge graph. All writes are idempotent: loading the same article twice
 * changes nothing. One article is written atomically. Implementations throw KgError subclasses.
 */
/** shortestPath's bounds when not given. */
export const PATH_DEFAULTS = { maxHops: 6, maxNodes: 20_000 } as const;

export interface PathOptions {
  /** Relationships on the path at most (default 6). */
  maxHops?: number;
  /** Nodes the search may reach before it gives up (default 20,000; the embedded store's bound). */
  maxNodes?: number;
}

export interface PathResult {
  found: boolean;
  /** From `from` to `to`, and the relationship between each pair (either direction). */
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The search stopped at a cap (hops or nodes) without finding a path: one may exist beyond it. */
  truncated: boolean;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Opens the store: creates constraints/indexes, or reads the persisted file. */
  init(): Promise<void>;
  hasArticle(id: string): Promise<boolean>;
  /** Writes one article and everything extracted from it, atomically. */
  loadArticle(input: ArticleInput): Promise<LoadOutcome>;
  /**
   * Optional: writes several articles, in order, as loading them one after another would, in fewer transactions;
   * each article is still all or nothing, and one that fails never loses or duplicates the others. One outcome or
   * error per input, in order; throws only StoreUnavailableError. Without it the loader calls loadArticle.
   */
  loadArticles?(inputs: ArticleInput[]): Promise<Array<LoadOutcome | Error>>;
  /**
   * Looks up existing actors by normalised name or alias, for cross-article resolution.
   * Keys of the result are the names as given.
   */
  findActors(names: string[]): Promise<Map<string, ActorRef>>;
  /**
   * Stored claims sharing at least one MinHash band key (graph/claims/similar.ts) with the given ones, most
   * shared bands first, then id; each with its speech relationships (at most 20, by key). For cross-article links.
   * A key held by more stored claims than the store's stop-band limit counts for nothing; the answer carries the
   * counts it was decided with (graph/pending.ts answerCounts), so the batch overlay can apply the same rule.
   */
  findClaims(bands: string[], limit?: number): Promise<ClaimCandidate[]>;
  /** Stored incidents dated on one of `dates` or placed at one of `places` (normalised), by id, at most 200. */
  findIncidents(query: IncidentQuery): Promise<StoredIncident[]>;
  /**
   * Optional: many findClaims (limit 50) and findIncidents answers at once, each list as the single call gives it:
   * the loader asks for all of an article's lookups in one round trip instead of one per claim and incident.
   */
  findMany?(query: LinkLookups): Promise<{ claims: ClaimCandidate[][]; incidents: StoredIncident[][] }>;
  /**
   * Optional, with loadArticles: which of these claim ids are stored. Batched loading asks it for each article
   * before it joins the unwritten ones (graph/pending.ts): a stored claim keeps its stored version.
   */
  storedClaims?(ids: string[]): Promise<Set<string>>;
  stats(): Promise<StoreStats>;
  getNode(id: string): Promise<GraphNode | null>;
  /** The whole graph, capped at `limit` nodes (highest degree first, ties by id), paged by `offset`. */
  subgraph(options?: SubgraphOptions): Promise<Subgraph>;
  /** A node, its neighbours within `depth` hops (1 or 2) and the edges among them. */
  neighborhood(id: string, options?: { depth?: number; limit?: number }): Promise<Subgraph>;
  /**
   * A shortest path between two nodes, relationships taken either way, never through an article (every actor shares
   * them): at most `maxHops` relationships, the search stopping after `maxNodes` nodes reached (`truncated`: a path
   * may exist beyond). NotFoundError for an unknown end or an article.
   */
  shortestPath(from: string, to: string, options?: PathOptions): Promise<PathResult>;
  /** Case-insensitive search over actor names and aliases, incident and claim texts, article titles. */
  search(text: string, options?: SearchOptions): Promise<GraphNode[]>;
  /** Who-said-what chains for a claim, or for every claim an actor made, relayed or responded to. */
  trace(query: TraceQuery): Promise<TraceResult>;
  /** Every stored article, in id order (`kg resolve` rebuilds the graph from them). */
  storedArticles(): AsyncIterable<StoredArticle>;
  /** Every actor node with its per-article forms and rules (`kg actors`). */
  actorMentions(): Promise<ActorMentions[]>;
  /** Deletes every node and relationship. */
  clear(): Promise<void>;
  /** The actor network: statements, relay chains and interactions folded into actor → actor links (actor-graph.ts). */
  actorGraph(options?: ActorGraphOptions): Promise<ActorGraph>;
  close(): Promise<void>;
}
