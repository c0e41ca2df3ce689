// The actor-first endpoints: the folded actor network (/api/actors, expand with `focus`), the statements one
// folded link stands for (/api/folded), and the dated statements and incidents of a node (/api/timeline/:id).
// In: validated query parameters and a GraphStore. Out: JSON for the viewer's actor view, panel and timeline.
import { z } from 'zod';

import { FOLDED_TYPES, inDateRange } from '../../graph/actor-graph.ts';
import { SPEECH_TYPES } from '../../graph/model.ts';
import type { GraphEdge, GraphNode, GraphStore } from '../../graph/store.ts';
import { ArticleTexts, type ClaimItem, type EdgeView, edgeView, withoutText } from './details.ts';
import { HttpError } from './http.ts';
import { LIMITS, id, int } from './params.ts';

const day = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD')
  .optional();

export const ACTOR_LIMITS = { actors: 2_000, actorsDefault: 150, focus: 50, timeline: 500 } as const;

export const ActorsParams = z.strictObject({
  limit: int(1, ACTOR_LIMITS.actors, ACTOR_LIMITS.actorsDefault),
  /** Comma-separated actor ids to expand. */
  focus: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(id).max(ACTOR_LIMITS.focus, `must name at most ${ACTOR_LIMITS.focus} actors`))
    .optional(),
  from: day,
  to: day,
});

export const FoldedParams = z.strictObject({
  type: z.string().regex(/^[A-Z_]{1,40}$/, 'must be a relationship type'),
  source: id,
  target: id,
  from: day,
  to: day,
});
export const TimelineParams = z.strictObject({ id });

/** The overview keeps the heaviest links, a few per actor on average; an expansion keeps all of the actor's. */
export const OVERVIEW_LINKS_PER_ACTOR = 5;

export async function actorNetwork(store: GraphStore, p: z.infer<typeof ActorsParams>) {
  return store.actorGraph({
    limit: p.limit,
    focus: p.focus,
    from: p.from,
    to: p.to,
    maxLinks: p.limit * OVERVIEW_LINKS_PER_ACTOR,
  });
}

export interface FoldedView {
  type: string;
  source: GraphNode;
  target: GraphNode;
  /** Statements (speech, relay, published report) the link folds, with their evidence. */
  statements: ClaimItem[];
  /** Interactions the link folds. */
  relations: EdgeView[];
  truncated: boolean;
}

const SPEECH = new Set<string>(SPEECH_TYPES);
const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
/** Whether `a` is followed by `b` in the chain via… → speaker. */
const hop = (e: GraphEdge, a: string, b: string) => {
  const chain = [...list(e.props.via), String(e.props.speaker)];
  return chain.some((x, i) => x === a && chain[i + 1] === b);
};

/** The edges behind one folded link, found in the source actor's two-hop neighbourhood (as graph/actor-graph.ts folds them). */
function foldedEdges(edges: GraphEdge[], type: string, source: string, target: string): GraphEdge[] {
  const out = (t: string) => edges.filter((e) => e.type === t);
  if (SPEECH.has(type)) {
    const about = new Set(
      out('ABOUT')
        .filter((e) => e.target === target)
        .map((e) => e.source),
    );
    if (type !== 'CLAIMS') for (const e of out('CLAIMS')) if (e.source === target) about.add(e.target);
    return out(type).filter((e) => e.source === source && about.has(e.target));
  }
  if (type === 'RELAYED') {
    const claims = new Set(
      out('RELAYED')
        .filter((e) => e.source === source)
        .map((e) => e.target),
    );
    return out('REPORTS').filter((e) => claims.has(e.target) && hop(e, source, target));
  }
  if (type === 'REPORTS') {
    const articles = new Set(
      out('PUBLISHED_BY')
        .filter((e) => e.target === source)
        .map((e) => e.source),
    );
    return out('REPORTS').filter(
      (e) => articles.has(e.source) && [...list(e.props.via), e.props.speaker][0] === target,
    );
  }
  return out(type).filter((e) => e.source === source && e.target === target);
}

export async function foldedDetails(store: GraphStore, p: z.infer<typeof FoldedParams>): Promise<FoldedView> {
  const [source, target] = await Promise.all([store.getNode(p.source), store.getNode(p.target)]);
  if (!source || !target) throw new HttpError(404, `No actor ${JSON.stringify(source ? p.target : p.source)}`);
  const sub = await store.neighborhood(p.source, { depth: 2, limit: LIMITS.neighborhood });
  const nodes = new Map(sub.nodes.map((n) => [n.id, n]));
  const dateOf = (e: GraphEdge) => e.props.publishedAt ?? nodes.get(String(e.props.article))?.props.publishedAt;
  const edges = foldedEdges(sub.edges, p.type, p.source, p.target).filter((e) => inDateRange(dateOf(e), p.from, p.to));
  const texts = new ArticleTexts(store);
  const cut = edges.slice(0, 200);
  const isStatement = (FOLDED_TYPES as readonly string[]).includes(p.type);
  const items = await Promise.all(cut.map((e) => edgeView(e, nodes, texts)));
  return {
    type: p.type,
    source: withoutText(source),
    target: withoutText(target),
    statements: isStatement
      ? items.map((edge, i) => {
          const c = nodes.get(cut[i]!.target);
          return {
            claim: {
              id: cut[i]!.target,
              name: String(c?.props.name ?? ''),
              labels: c?.labels ?? [],
              text: String(c?.props.text ?? c?.props.name ?? ''),
            },
            edge,
          };
        })
      : [],
    relations: isStatement ? [] : items,
    truncated: sub.truncated || edges.length > cut.length,
  };
}

export interface TimelineItem {
  date: string | null;
  /** claims / denies / confirms / relays, or incident. */
  kind: string;
  /** The claim or incident. */
  node: string;
  text: string;
  /** Who said it (for a claim's timeline), else the node the timeline is of. */
  actor: string;
  actorName: string;
}

const STANCE: Record<string, string> = { CLAIMS: 'claims', DENIES: 'denies', CONFIRMS: 'confirms', RELAYED: 'relays' };

/** Dated statements and incidents of an actor, claim or incident, oldest first (undated last). */
export async function timeline(
  store: GraphStore,
  nodeId: string,
): Promise<{ items: TimelineItem[]; truncated: boolean }> {
  const node = await store.getNode(nodeId);
  if (!node) throw new HttpError(404, `No node with id ${JSON.stringify(nodeId)}`);
  const sub = await store.neighborhood(nodeId, { depth: 1, limit: LIMITS.neighborhood });
  const nodes = new Map(sub.nodes.map((n) => [n.id, n]));
  nodes.set(nodeId, node);
  const name = (n: string) => String(nodes.get(n)?.props.name ?? n);
  const text = (n: string) => String(nodes.get(n)?.props.text ?? nodes.get(n)?.props.name ?? n);
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const items: TimelineItem[] = [];
  for (const e of sub.edges) {
    const stance = STANCE[e.type];
    // An actor's own statements; for a claim, everyone's statements of it.
    if (stance && (e.source === nodeId || e.target === nodeId))
      items.push({
        date: str(e.props.publishedAt),
        kind: stance,
        node: e.target,
        text: text(e.target),
        actor: e.source,
        actorName: name(e.source),
      });
    const incident =
      e.type === 'PARTICIPATED_IN' && e.source === nodeId
        ? e.target
        : e.type === 'ABOUT' && e.source === nodeId && nodes.get(e.target)?.labels.includes('Incident')
          ? e.target
          : null;
    if (incident)
      items.push({
        date: str(nodes.get(incident)?.props.date),
        kind: 'incident',
        node: incident,
        text: name(incident),
        actor: nodeId,
        actorName: name(nodeId),
      });
  }
  if (node.labels.includes('Incident'))
    items.push({
      date: str(node.props.date),
      kind: 'incident',
      node: nodeId,
      text: name(nodeId),
      actor: nodeId,
      actorName: name(nodeId),
    });
  const seen = new Set<string>();
  const unique = items.filter((i) => {
    const k = `${i.kind}|${i.node}|${i.actor}|${i.date}`;
    return !seen.has(k) && (seen.add(k), true);
  });
  unique.sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'));
  return {
    items: unique.slice(0, ACTOR_LIMITS.timeline),
    truncated: sub.truncated || unique.length > ACTOR_LIMITS.timeline,
  };
}
