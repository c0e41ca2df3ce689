// Sorted per-actor and per-claim lists that let trace answer a hub without walking its edges: built per actor or
// claim on first use, then kept current from graphology's edge events. In: a KgGraph. Out: a TraceIndex.
import {
  ROLE,
  type RankedClaim,
  STANCE_OF_TYPE,
  type SpeechKey,
  type StanceName,
  compareRanked,
  compareSpeechKey,
  insertSorted,
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

/**
 * Entries are built on first use per actor or claim (one pass over its edges and a sort, what a trace
 * without an index pays every time), then kept current as edges arrive, so a one-shot `kg trace` pays for
 * the actor it asks about and a long-lived server pays once per hub.
 */
class Index implements TraceIndex {
  private actors = new Map<string, ActorEntry>();
  private claims = new Map<string, Record<StanceName, SpeechEntry[]>>();

  constructor(private readonly graph: KgGraph) {}

  /** Forgets every entry (they rebuild on next use): for changes that could move entries anywhere. */
  reset(): void {
    this.actors = new Map();
    this.claims = new Map();
  }

  actor(id: string): ActorEntry | undefined {
    if (!this.graph.hasNode(id)) return undefined;
    let a = this.actors.get(id);
    if (!a) {
      a = newActor();
      const entry = a;
      this.graph.forEachOutEdge(id, (_k, e, _s, target) => this.speakerOrRelay(entry, e, target, false));
      this.graph.forEachInEdge(id, (_k, e, article) => {
        if (e.type === 'PUBLISHED_BY') this.publishedBy(entry, article, false);
      });
      a.roles.forEach((list) => list.sort(compareRanked));
      this.actors.set(id, a);
    }
    return a;
  }

  speech(claimId: string, stance: StanceName): SpeechEntry[] {
    if (!this.graph.hasNode(claimId)) return [];
    let c = this.claims.get(claimId);
    if (!c) {
      const entry: Record<StanceName, SpeechEntry[]> = { claims: [], denies: [], confirms: [] };
      this.graph.forEachInEdge(claimId, (key, e, speaker) => this.speechRow(entry, key, e, speaker, false));
      for (const list of Object.values(entry)) list.sort(compareSpeechKey);
      this.claims.set(claimId, (c = entry));
    }
    return c[stance];
  }

  private labelled(id: string, label: string): boolean {
    return this.graph.hasNode(id) && this.graph.getNodeAttribute(id, 'labels').includes(label);
  }

  private date(articleId: unknown): string | null {
    const id = String(articleId);
    const d = this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'props').publishedAt : null;
    return typeof d === 'string' ? d : null;
  }

  /** Appends while building (one sort at the end), inserts in place afterwards. */
  private rank(a: ActorEntry, role: number, claim: string, date: string | null, sorted: boolean): void {
    const item = { id: claim, date };
    if (sorted) insertSorted(a.roles[role]!, item, compareRanked);
    else a.roles[role]!.push(item);
    a.members[role]!.set(claim, (a.members[role]!.get(claim) ?? 0) + 1);
  }

  private speakerOrRelay(a: ActorEntry, e: EdgeAttrs, target: string, sorted: boolean): void {
    if (STANCE_OF_TYPE[e.type]) {
      a.said++;
      if (this.labelled(target, 'Claim')) this.rank(a, ROLE.speaker, target, this.date(e.props.article), sorted);
    } else if (e.type === 'RELAYED') {
      a.relayed++;
      if (this.labelled(target, 'Claim')) this.rank(a, ROLE.relay, target, this.date(e.props.article), sorted);
    }
  }

  private publishedBy(a: ActorEntry, article: string, sorted: boolean): void {
    a.published++;
    if (!this.labelled(article, 'Article')) return;
    const date = this.date(article);
    this.graph.forEachOutEdge(article, (_k, r, _s, claim) => {
      if (r.type === 'REPORTS' && this.labelled(claim, 'Claim')) this.rank(a, ROLE.publisher, claim, date, sorted);
    });
  }

  private speechRow(
    c: Record<StanceName, SpeechEntry[]>,
    key: string,
    e: EdgeAttrs,
    speaker: string,
    sorted: boolean,
  ): void {
    const stance = STANCE_OF_TYPE[e.type];
    if (!stance) return;
    const article = String(e.props.article);
    const row: SpeechEntry = { key, speaker, article, date: this.date(article), start: Number(e.props.start) };
    if (sorted) insertSorted(c[stance], row, compareSpeechKey);
    else c[stance].push(row);
  }

  /**
   * Keeps built entries current with a new edge. A REPORTS and the PUBLISHED_BY of the same article pair up
   * in whichever of the two arrives second, so each publisher row is counted once.
   */
  added(key: string, e: EdgeAttrs, source: string, target: string): void {
    if (STANCE_OF_TYPE[e.type] || e.type === 'RELAYED') {
      const a = this.actors.get(source);
      if (a) this.speakerOrRelay(a, e, target, true);
      const c = this.claims.get(target);
      if (c) this.speechRow(c, key, e, source, true);
    } else if (e.type === 'PUBLISHED_BY') {
      const a = this.actors.get(target);
      if (a) this.publishedBy(a, source, true);
    } else if (e.type === 'REPORTS' && this.labelled(source, 'Article') && this.labelled(target, 'Claim')) {
      const date = this.date(source);
      this.graph.forEachOutEdge(source, (_k, r, _s, outlet) => {
        const a = r.type === 'PUBLISHED_BY' ? this.actors.get(outlet) : undefined;
        if (a) this.rank(a, ROLE.publisher, target, date, true);
      });
    }
  }
}

const indexes = new WeakMap<KgGraph, Index>();

/**
 * The graph's trace index, current with every write the store made. New edges update built entries in
 * place; anything else that could move an entry (a dropped edge or node, an article's changed attributes)
 * drops them all, to be rebuilt on next use.
 */
export function traceIndex(graph: KgGraph): TraceIndex {
  let index = indexes.get(graph);
  if (!index) {
    const created = new Index(graph);
    const reset = () => created.reset();
    graph.on('edgeAdded', ({ key, source, target, attributes }) => created.added(key, attributes, source, target));
    for (const ev of ['edgeDropped', 'nodeDropped', 'cleared', 'edgesCleared', 'edgeAttributesUpdated'] as const)
      graph.on(ev, reset);
    graph.on('nodeAttributesUpdated', ({ key }) => {
      if (graph.hasNode(key) && !graph.getNodeAttribute(key, 'labels').includes('Actor')) reset();
    });
    indexes.set(graph, created);
    index = created;
  }
  return index;
}
