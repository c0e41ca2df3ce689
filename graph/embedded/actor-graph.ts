// The actor network on the embedded store: one pass over the relationships folds speech, relay chains and
// interactions into actor → actor links (graph/actor-graph.ts says what each link means), reading them from the
// graph in memory or (actor-graph-sql.ts) from the database.
import {
  type ActorGraph,
  type ActorGraphOptions,
  type FoldedLink,
  addToLink,
  assembleActorGraph,
  inDateRange,
} from '../actor-graph.ts';
import { INTERACTION_TYPES, type Props, SPEECH_TYPES } from '../model.ts';
import type { GraphNode } from '../store.ts';
import { nodeView } from './query.ts';
import type { KgGraph } from './types.ts';

const SPEECH = new Set<string>(SPEECH_TYPES);
const BETWEEN_ACTORS = new Set<string>([...INTERACTION_TYPES, 'MEMBER_OF']);

/** What folding reads: the graph in memory, or the database row by row (actor-graph-sql.ts). */
export interface FoldSource {
  /** Calls `fn` for every relationship of the given types. */
  forEachEdge(types: readonly string[], fn: (type: string, source: string, target: string, props: Props) => void): void;
  isActor(id: unknown): id is string;
  /** A claim's ABOUT targets that are actors. */
  about(claim: string): string[];
  /** Who CLAIMS a claim. */
  claimants(claim: string): string[];
  /** The outlet an article is PUBLISHED_BY, or null. */
  outlet(article: string): string | null;
  /** An article's publishedAt. */
  articleDate(article: unknown): unknown;
  /** Actor nodes as the viewer shows them (no article text). */
  nodes(ids: string[]): GraphNode[];
}

const FOLD_TYPES = [...SPEECH, 'REPORTS', ...BETWEEN_ACTORS];

/** The graph in memory as a FoldSource. */
export function graphSource(g: KgGraph): FoldSource {
  const isActor = (id: unknown): id is string =>
    typeof id === 'string' && g.hasNode(id) && g.getNodeAttribute(id, 'labels').includes('Actor');
  return {
    forEachEdge: (types, fn) => {
      const wanted = new Set(types);
      g.forEachEdge(
        (_e, { type, props }, source, target) => void (wanted.has(type) && fn(type, source, target, props)),
      );
    },
    isActor,
    about: (claim) => {
      const xs: string[] = [];
      g.forEachOutEdge(claim, (_k, a, _s, t) => void (a.type === 'ABOUT' && isActor(t) && xs.push(t)));
      return xs;
    },
    claimants: (claim) => {
      const xs: string[] = [];
      g.forEachInEdge(claim, (_k, a, s) => void (a.type === 'CLAIMS' && xs.push(s)));
      return xs;
    },
    outlet: (article) => {
      let o: string | null = null;
      g.forEachOutEdge(article, (_k, a, _s, t) => void (a.type === 'PUBLISHED_BY' && (o = t)));
      return o;
    },
    articleDate: (id) => (typeof id === 'string' && g.hasNode(id) ? g.getNodeAttribute(id, 'props').publishedAt : null),
    nodes: (ids) => ids.map((id) => nodeView(g, id, false)),
  };
}

/**
 * The folded links of a graph object for one date range, kept until the graph changes: loads only ever add
 * nodes and relationships, so order and size tell a changed graph; a reload is a new graph object.
 */
const cache = new WeakMap<KgGraph, Map<string, Folded>>();

export async function actorGraphEmbedded(g: KgGraph, options: ActorGraphOptions): Promise<ActorGraph> {
  const key = `${g.order}:${g.size}:${options.from ?? ''}:${options.to ?? ''}`;
  let byRange = cache.get(g);
  if (!byRange) cache.set(g, (byRange = new Map()));
  let folded = byRange.get(key);
  const source = graphSource(g);
  if (!folded) {
    folded = fold(source, options);
    byRange.clear();
    byRange.set(key, folded);
  }
  return assembleActorGraph(folded.links, folded.said, async (ids) => source.nodes(ids), options);
}

export interface Folded {
  links: FoldedLink[];
  said: Map<string, number>;
}

/** One pass over the speech, report and interaction relationships. */
export function fold(src: FoldSource, options: ActorGraphOptions): Folded {
  const links = new Map<string, FoldedLink>();
  const said = new Map<string, number>();
  const inRange = (d: unknown) => inDateRange(d, options.from, options.to);
  // Per claim and per article, looked up once: a claim carried by many articles is read many times.
  const memo = <T>(f: (id: string) => T) => {
    const m = new Map<string, T>();
    return (id: string) => {
      if (!m.has(id)) m.set(id, f(id));
      return m.get(id)!;
    };
  };
  const about = memo(src.about);
  const claimants = memo(src.claimants);
  const outletOfArticle = memo(src.outlet);

  src.forEachEdge(FOLD_TYPES, (type, source, target, props) => {
    if (SPEECH.has(type)) {
      if (!inRange(props.publishedAt)) return;
      said.set(source, (said.get(source) ?? 0) + 1);
      // Whom the statement is about: the claim's ABOUT actors, and for a denial or confirmation who claimed it.
      const targets = new Set(about(target));
      if (type !== 'CLAIMS') for (const s of claimants(target)) targets.add(s);
      for (const t of targets) addToLink(links, type, source, t, props.publishedAt);
    } else if (type === 'REPORTS') {
      if (!inRange(props.publishedAt)) return;
      // The chain as read: publisher → relays (outermost first) → speaker.
      const via = Array.isArray(props.via) ? (props.via as string[]) : [];
      const chain = [...via, props.speaker].filter((id) => src.isActor(id));
      const outlet = outletOfArticle(source);
      if (outlet && chain[0]) addToLink(links, 'REPORTS', outlet, chain[0], props.publishedAt);
      for (let i = 0; i + 1 < chain.length; i++)
        addToLink(links, 'RELAYED', chain[i]!, chain[i + 1]!, props.publishedAt);
    } else if (BETWEEN_ACTORS.has(type) && src.isActor(source) && src.isActor(target)) {
      const date = src.articleDate(props.article);
      if (inRange(date)) addToLink(links, type, source, target, date);
    }
  });
  return { links: [...links.values()], said };
}
