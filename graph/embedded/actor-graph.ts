// The actor network on the embedded store: one pass over the relationships folds speech, relay chains and
// interactions into actor → actor links (graph/actor-graph.ts says what each link means).
import {
  type ActorGraph,
  type ActorGraphOptions,
  type FoldedLink,
  addToLink,
  assembleActorGraph,
  inDateRange,
} from '../actor-graph.ts';
import { INTERACTION_TYPES, SPEECH_TYPES } from '../model.ts';
import { nodeView } from './query.ts';
import type { KgGraph } from './types.ts';

const SPEECH = new Set<string>(SPEECH_TYPES);
const BETWEEN_ACTORS = new Set<string>([...INTERACTION_TYPES, 'MEMBER_OF']);
const isActor = (g: KgGraph, id: unknown): id is string =>
  typeof id === 'string' && g.hasNode(id) && g.getNodeAttribute(id, 'labels').includes('Actor');

/**
 * The folded links of a graph object for one date range, kept until the graph changes: loads only ever add
 * nodes and relationships, so order and size tell a changed graph; a reload is a new graph object.
 */
const cache = new WeakMap<KgGraph, Map<string, { links: FoldedLink[]; said: Map<string, number> }>>();

export async function actorGraphEmbedded(g: KgGraph, options: ActorGraphOptions): Promise<ActorGraph> {
  const key = `${g.order}:${g.size}:${options.from ?? ''}:${options.to ?? ''}`;
  let byRange = cache.get(g);
  if (!byRange) cache.set(g, (byRange = new Map()));
  let folded = byRange.get(key);
  if (!folded) {
    folded = fold(g, options);
    byRange.clear();
    byRange.set(key, folded);
  }
  return assembleActorGraph(folded.links, folded.said, async (ids) => ids.map((id) => nodeView(g, id, false)), options);
}

function fold(g: KgGraph, options: ActorGraphOptions): { links: FoldedLink[]; said: Map<string, number> } {
  const links = new Map<string, FoldedLink>();
  const said = new Map<string, number>();
  const inRange = (d: unknown) => inDateRange(d, options.from, options.to);
  const articleDate = (id: unknown) =>
    typeof id === 'string' && g.hasNode(id) ? g.getNodeAttribute(id, 'props').publishedAt : null;

  // Per claim and per article, looked up once: a claim carried by many articles is read many times.
  const aboutOf = new Map<string, string[]>();
  const claimantsOf = new Map<string, string[]>();
  const outletOf = new Map<string, string | null>();
  const about = (claim: string) => {
    let xs = aboutOf.get(claim);
    if (!xs) {
      xs = [];
      g.forEachOutEdge(claim, (_k, a, _s, t) => void (a.type === 'ABOUT' && isActor(g, t) && xs!.push(t)));
      aboutOf.set(claim, xs);
    }
    return xs;
  };
  const claimants = (claim: string) => {
    let xs = claimantsOf.get(claim);
    if (!xs) {
      xs = [];
      g.forEachInEdge(claim, (_k, a, s) => void (a.type === 'CLAIMS' && xs!.push(s)));
      claimantsOf.set(claim, xs);
    }
    return xs;
  };
  const outletOfArticle = (article: string) => {
    let o = outletOf.get(article);
    if (o === undefined) {
      o = null;
      g.forEachOutEdge(article, (_k, a, _s, t) => void (a.type === 'PUBLISHED_BY' && (o = t)));
      outletOf.set(article, o);
    }
    return o;
  };

  g.forEachEdge((_e, { type, props }, source, target) => {
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
      const chain = [...via, props.speaker].filter((id) => isActor(g, id));
      const outlet = outletOfArticle(source);
      if (outlet && chain[0]) addToLink(links, 'REPORTS', outlet, chain[0], props.publishedAt);
      for (let i = 0; i + 1 < chain.length; i++)
        addToLink(links, 'RELAYED', chain[i]!, chain[i + 1]!, props.publishedAt);
    } else if (BETWEEN_ACTORS.has(type) && isActor(g, source) && isActor(g, target)) {
      const date = articleDate(props.article);
      if (inRange(date)) addToLink(links, type, source, target, date);
    }
  });
  return { links: [...links.values()], said };
}
