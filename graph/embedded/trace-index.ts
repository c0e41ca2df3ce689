// Sorted per-actor and per-claim lists that let trace answer a hub without walking its edges: built from the
// graph on first use, then kept current from graphology's edge events. In: a KgGraph. Out: a TraceIndex (read only).
import {
  ROLE,
  type RankedClaim,
  STANCE_OF_TYPE,
  type SpeechKey,
  type StanceName,
  compareRanked,
  compareSpeechKey,
} from '../trace/assemble.ts';
import type { EdgeAttrs, KgGraph } from './types.ts';

/** A speech edge as chain order sees it, with the edge key to read the rest from. */
export type SpeechEntry = SpeechKey & { key: string };

export interface ActorEntry {
  /** Per role (speaker, relay, publisher): one entry per edge, in compareRanked order (newest first, then id). */
  roles: [RankedClaim[], RankedClaim[], RankedClaim[]];
  /** Per role: claim id → entries it has in `roles`, to skip claims an earlier role already holds. */
  members: [Map<string, number>, Map<string, number>, Map<string, number>];
  said: number;
  relayed: number;
  published: number;
}

export interface TraceIndex {
  actor(id: string): ActorEntry | undefined;
  /** A claim's speech edges of one stance in compareSpeechKey order (earliest article first). */
  speech(claimId: string, stance: StanceName): SpeechEntry[];
}

const newActor = (): ActorEntry => ({
  roles: [[], [], []],
  members: [new Map(), new Map(), new Map()],
  said: 0,
  relayed: 0,
  published: 0,
});

function insertSorted<T>(list: T[], x: T, compare: (a: T, b: T) => number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid]!, x) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, x);
}

class Index implements TraceIndex {
  dirty = true;
  private actors = new Map<string, ActorEntry>();
  private claims = new Map<string, Record<StanceName, SpeechEntry[]>>();
  /** While building, lists are appended and sorted once at the end; afterwards each add is a sorted insert. */
  private bulk = false;

  constructor(private readonly graph: KgGraph) {}

  actor(id: string): ActorEntry | undefined {
    return this.actors.get(id);
  }

  speech(claimId: string, stance: StanceName): SpeechEntry[] {
    return this.claims.get(claimId)?.[stance] ?? [];
  }

  rebuild(): void {
    this.actors = new Map();
    this.claims = new Map();
    this.bulk = true;
    // Publisher rows pair PUBLISHED_BY with REPORTS of the same article: seen once, from the article.
    this.graph.forEachEdge((key, attrs, source, target) => {
      if (attrs.type !== 'REPORTS') this.add(key, attrs, source, target);
    });
    for (const a of this.actors.values()) {
      a.roles.forEach((list) => list.sort(compareRanked));
    }
    for (const c of this.claims.values()) for (const list of Object.values(c)) list.sort(compareSpeechKey);
    this.bulk = false;
    this.dirty = false;
  }

  private labelled(id: string, label: string): boolean {
    return this.graph.hasNode(id) && this.graph.getNodeAttribute(id, 'labels').includes(label);
  }

  private date(articleId: unknown): string | null {
    const id = String(articleId);
    const d = this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'props').publishedAt : null;
    return typeof d === 'string' ? d : null;
  }

  private entry(id: string): ActorEntry {
    let a = this.actors.get(id);
    if (!a) this.actors.set(id, (a = newActor()));
    return a;
  }

  private rank(actor: string, role: number, claim: string, date: string | null): void {
    const a = this.entry(actor);
    const item = { id: claim, date };
    if (this.bulk) a.roles[role]!.push(item);
    else insertSorted(a.roles[role]!, item, compareRanked);
    a.members[role]!.set(claim, (a.members[role]!.get(claim) ?? 0) + 1);
  }

  /** Indexes one edge; REPORTS and PUBLISHED_BY pair up with whichever of the two the graph already holds. */
  add(key: string, e: EdgeAttrs, source: string, target: string): void {
    const stance = STANCE_OF_TYPE[e.type];
    if (stance) {
      this.entry(source).said++;
      if (!this.labelled(target, 'Claim')) return;
      this.rank(source, ROLE.speaker, target, this.date(e.props.article));
      let c = this.claims.get(target);
      if (!c) this.claims.set(target, (c = { claims: [], denies: [], confirms: [] }));
      const row: SpeechEntry = {
        key,
        speaker: source,
        article: String(e.props.article),
        date: this.date(e.props.article),
        start: Number(e.props.start),
      };
      if (this.bulk) c[stance].push(row);
      else insertSorted(c[stance], row, compareSpeechKey);
    } else if (e.type === 'RELAYED') {
      this.entry(source).relayed++;
      if (this.labelled(target, 'Claim')) this.rank(source, ROLE.relay, target, this.date(e.props.article));
    } else if (e.type === 'PUBLISHED_BY') {
      this.entry(target).published++;
      if (!this.labelled(source, 'Article')) return;
      const date = this.date(source);
      this.graph.forEachOutEdge(source, (_k, r, _s, claim) => {
        if (r.type === 'REPORTS' && this.labelled(claim, 'Claim')) this.rank(target, ROLE.publisher, claim, date);
      });
    } else if (e.type === 'REPORTS') {
      if (!this.labelled(source, 'Article') || !this.labelled(target, 'Claim')) return;
      const date = this.date(source);
      this.graph.forEachOutEdge(source, (_k, r, _s, outlet) => {
        if (r.type === 'PUBLISHED_BY') this.rank(outlet, ROLE.publisher, target, date);
      });
    }
  }
}

const indexes = new WeakMap<KgGraph, Index>();

/**
 * The graph's trace index, current with every write the store made. New edges are inserted in place; anything
 * else that could move an entry (a dropped edge or node, an article's changed attributes) rebuilds it on next use.
 */
export function traceIndex(graph: KgGraph): TraceIndex {
  let index = indexes.get(graph);
  if (!index) {
    const created = new Index(graph);
    const dirty = () => void (created.dirty = true);
    graph.on('edgeAdded', ({ key, source, target, attributes }) => {
      if (!created.dirty) created.add(key, attributes, source, target);
    });
    for (const ev of ['edgeDropped', 'nodeDropped', 'cleared', 'edgesCleared', 'edgeAttributesUpdated'] as const)
      graph.on(ev, dirty);
    graph.on('nodeAttributesUpdated', ({ key }) => {
      if (graph.hasNode(key) && !graph.getNodeAttribute(key, 'labels').includes('Actor')) dirty();
    });
    indexes.set(graph, created);
    index = created;
  }
  if (index.dirty) index.rebuild();
  return index;
}
