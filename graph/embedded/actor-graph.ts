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

export async function actorGraphEmbedded(g: KgGraph, options: ActorGraphOptions): Promise<ActorGraph> {
  const links = new Map<string, FoldedLink>();
  const said = new Map<string, number>();
  const inRange = (d: unknown) => inDateRange(d, options.from, options.to);
  const articleDate = (id: unknown) =>
    typeof id === 'string' && g.hasNode(id) ? g.getNodeAttribute(id, 'props').publishedAt : null;

  g.forEachEdge((_e, { type, props }, source, target) => {
    if (SPEECH.has(type)) {
      if (!inRange(props.publishedAt)) return;
      said.set(source, (said.get(source) ?? 0) + 1);
      // Whom the statement is about: the claim's ABOUT actors, and for a denial or confirmation who claimed it.
      const about = new Set<string>();
      g.forEachOutEdge(target, (_k, a, _s, t) => {
        if (a.type === 'ABOUT' && isActor(g, t)) about.add(t);
      });
      if (type !== 'CLAIMS')
        g.forEachInEdge(target, (_k, a, s) => {
          if (a.type === 'CLAIMS') about.add(s);
        });
      for (const t of about) addToLink(links, type, source, t, props.publishedAt);
    } else if (type === 'REPORTS') {
      if (!inRange(props.publishedAt)) return;
      // The chain as read: publisher → relays (outermost first) → speaker.
      const via = Array.isArray(props.via) ? (props.via as string[]) : [];
      const chain = [...via, props.speaker].filter((id) => isActor(g, id));
      let outlet: string | null = null;
      g.forEachOutEdge(source, (_k, a, _s, t) => {
        if (a.type === 'PUBLISHED_BY') outlet = t;
      });
      if (outlet && chain[0]) addToLink(links, 'REPORTS', outlet, chain[0], props.publishedAt);
      for (let i = 0; i + 1 < chain.length; i++)
        addToLink(links, 'RELAYED', chain[i]!, chain[i + 1]!, props.publishedAt);
    } else if (BETWEEN_ACTORS.has(type) && isActor(g, source) && isActor(g, target)) {
      const date = articleDate(props.article);
      if (inRange(date)) addToLink(links, type, source, target, date);
    }
  });
  return assembleActorGraph([...links.values()], said, async (ids) => ids.map((id) => nodeView(g, id, false)), options);
}
