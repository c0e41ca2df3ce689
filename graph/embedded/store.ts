// The embedded GraphStore: a graphology MultiDirectedGraph in memory, persisted whole to one JSON file.
// In: ArticleInputs (written as toGraphRecords' records) and queries. Out: the GraphStore read shapes.
import { MultiDirectedGraph } from 'graphology';

import { KgError, NotFoundError } from '../errors.ts';
import { type ArticleInput, type NodeRecord, type Props, type RelType, toGraphRecords } from '../model.ts';
import { normalizeName } from '../resolve.ts';
import type {
  ActorRef,
  GraphNode,
  GraphStore,
  LoadOutcome,
  SearchOptions,
  StoreStats,
  Subgraph,
  SubgraphOptions,
  TraceQuery,
  TraceResult,
} from '../store.ts';
import { readGraphFile, writeGraphFile } from './persist.ts';
import { neighborhood, nodeView, search, subgraph } from './query.ts';
import { traceEmbedded } from './trace.ts';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './types.ts';

export type { EdgeAttrs, KgGraph, NodeAttrs } from './types.ts';

export interface EmbeddedStoreOptions {
  /**
   * Persist after this many loaded articles (default 100, or a quarter of the stored articles when that is
   * more, so rewriting the whole file stays amortised O(1) per article); close() and flush() always persist.
   */
  flushEvery?: number;
  /** Persist when this many milliseconds passed since the last write (default 30000). */
  flushIntervalMs?: number;
}

const labelsOf = (n: NodeRecord): string[] => (n.subLabel ? [n.label, n.subLabel] : [n.label]);
const union = (a: unknown, b: unknown): string[] =>
  [...new Set([...(Array.isArray(a) ? a : []), ...(Array.isArray(b) ? b : [])])] as string[];

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  readonly dataFile: string;
  private g: KgGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
  /** normalised actor name or alias → actor ids, in insertion order. */
  private names = new Map<string, string[]>();
  private opened = false;
  private pending = 0;
  private articles = 0;
  /** actor id → normalised display name, so lookups do not re-normalise. */
  private displayNames = new Map<string, string>();
  private lastWrite = Date.now();
  private readonly flushEvery: number;
  private readonly flushIntervalMs: number;

  constructor(dataFile: string, options: EmbeddedStoreOptions = {}) {
    this.dataFile = dataFile;
    this.flushEvery = options.flushEvery ?? 100;
    this.flushIntervalMs = options.flushIntervalMs ?? 30_000;
  }

  /** The live graph, for read-only use (viewer snapshots, trace). Do not mutate it. */
  graph(): KgGraph {
    return this.g;
  }

  async init(): Promise<void> {
    if (this.opened) return;
    const data = readGraphFile(this.dataFile);
    const g: KgGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
    if (data) {
      try {
        g.import({
          nodes: data.nodes,
          edges: data.edges.map((e) => ({ ...e, attributes: { ...e.attributes, type: e.attributes.type as RelType } })),
        });
      } catch (err) {
        throw new KgError(
          'CONFIG_INVALID',
          `${this.dataFile}: the embedded store's data file is inconsistent (${(err as Error).message})`,
          { cause: err },
        );
      }
    }
    this.g = g;
    this.names = new Map();
    this.displayNames = new Map();
    this.articles = 0;
    g.forEachNode((id, attrs) => {
      if (attrs.labels.includes('Actor')) this.indexActor(id, attrs.props);
      else if (attrs.labels.includes('Article')) this.articles++;
    });
    this.opened = true;
    this.lastWrite = Date.now();
  }

  /** Empties the graph and its file (tests, `kg` resets). */
  async clear(): Promise<void> {
    this.g.clear();
    this.names.clear();
    this.displayNames.clear();
    this.articles = 0;
    this.opened = true;
    this.flush(true);
  }

  async hasArticle(id: string): Promise<boolean> {
    await this.init();
    return this.g.hasNode(id) && this.g.getNodeAttribute(id, 'labels').includes('Article');
  }

  async loadArticle(input: ArticleInput): Promise<LoadOutcome> {
    await this.init();
    const x = input.extraction;
    const outcome = (status: LoadOutcome['status']): LoadOutcome => ({
      articleId: x.article.id,
      source: x.article.source,
      status,
      actors: status === 'loaded' ? x.actors.length : 0,
      claims: status === 'loaded' ? x.claims.length : 0,
      relations: status === 'loaded' ? x.relations.length : 0,
      incidents: status === 'loaded' ? x.incidents.length : 0,
    });
    if (this.g.hasNode(x.article.id)) return outcome('unchanged');

    const records = toGraphRecords(input);
    const nodes = [records.article, ...records.nodes];
    // Validate everything before touching the graph, so a bad article leaves no trace.
    const incoming = new Map<string, NodeRecord>();
    for (const n of nodes) {
      const existing = this.g.hasNode(n.id) ? this.g.getNodeAttribute(n.id, 'labels')[0] : incoming.get(n.id)?.label;
      if (existing && existing !== n.label) {
        throw new KgError(
          'EXTRACTION_INVALID',
          `${x.article.source}: id ${n.id} is a ${n.label} here but already a ${existing}`,
        );
      }
      incoming.set(n.id, n);
    }
    for (const r of records.rels) {
      for (const end of [r.source, r.target]) {
        if (!incoming.has(end) && !this.g.hasNode(end)) {
          throw new KgError(
            'EXTRACTION_INVALID',
            `${x.article.source}: ${r.type} relationship points to unknown node ${end}`,
          );
        }
      }
    }

    for (const n of nodes) this.mergeNode(n);
    for (const r of records.rels) {
      if (!this.g.hasEdge(r.key))
        this.g.addEdgeWithKey(r.key, r.source, r.target, { type: r.type, props: { ...r.props } });
    }
    this.pending++;
    this.articles++;
    this.flush(false);
    return outcome('loaded');
  }

  /** Writes the graph to its file when articles are pending (always when `force`). */
  flush(force = true): void {
    const every = Math.max(this.flushEvery, Math.floor(this.articles / 4));
    if (!force && this.pending < every && Date.now() - this.lastWrite < this.flushIntervalMs) return;
    if (!force && this.pending === 0) return;
    writeGraphFile(this.dataFile, this.g);
    this.pending = 0;
    this.lastWrite = Date.now();
  }

  private mergeNode(n: NodeRecord): void {
    if (!this.g.hasNode(n.id)) {
      this.g.addNode(n.id, { labels: labelsOf(n), props: { ...n.props } });
      if (n.label === 'Actor') this.indexActor(n.id, n.props);
      return;
    }
    if (n.label !== 'Actor') return; // claims and incidents keep their first version; articles are never rewritten
    const props = this.g.getNodeAttribute(n.id, 'props');
    const merged: Props = {
      ...props,
      aliases: union(props.aliases, n.props.aliases),
      roles: union(props.roles, n.props.roles),
      anonymous: props.anonymous === true && n.props.anonymous === true,
      affiliation: props.affiliation ?? n.props.affiliation ?? null,
    };
    this.g.setNodeAttribute(n.id, 'props', merged);
    this.indexActor(n.id, { aliases: n.props.aliases ?? [] });
  }

  /** Adds the actor's name (when given) and aliases to the name index. */
  private indexActor(id: string, props: Props): void {
    if (typeof props.name === 'string' && !this.displayNames.has(id))
      this.displayNames.set(id, normalizeName(props.name));
    const names = [props.name, ...(Array.isArray(props.aliases) ? props.aliases : [])];
    for (const name of names) {
      if (typeof name !== 'string') continue;
      const key = normalizeName(name);
      if (!key) continue;
      const ids = this.names.get(key);
      if (!ids) this.names.set(key, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
  }

  async findActors(names: string[]): Promise<Map<string, ActorRef>> {
    await this.init();
    const found = new Map<string, ActorRef>();
    for (const name of names) {
      const key = normalizeName(name);
      const ids = this.names.get(key);
      if (!ids?.length) continue;
      // Prefer the actor whose display name is the match over one that only has it as an alias.
      const id = ids.find((i) => this.displayNames.get(i) === key) ?? ids[0]!;
      const p = this.g.getNodeAttribute(id, 'props');
      found.set(name, {
        id,
        name: String(p.name),
        kind: typeof p.kind === 'string' ? p.kind : undefined,
        anonymous: p.anonymous === true,
      });
    }
    return found;
  }

  async stats(): Promise<StoreStats> {
    await this.init();
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    this.g.forEachNode((_, a) => a.labels.forEach((l) => (nodes[l] = (nodes[l] ?? 0) + 1)));
    this.g.forEachEdge((_, a) => (relationships[a.type] = (relationships[a.type] ?? 0) + 1));
    return { nodes, relationships };
  }

  async getNode(id: string): Promise<GraphNode | null> {
    await this.init();
    return this.g.hasNode(id) ? nodeView(this.g, id, true) : null;
  }

  async subgraph(options?: SubgraphOptions): Promise<Subgraph> {
    await this.init();
    return subgraph(this.g, options);
  }

  async neighborhood(id: string, options?: { depth?: number; limit?: number }): Promise<Subgraph> {
    await this.init();
    if (!this.g.hasNode(id)) throw new NotFoundError(`no node with id ${id}`);
    return neighborhood(this.g, id, options);
  }

  async search(text: string, options?: SearchOptions): Promise<GraphNode[]> {
    await this.init();
    return search(this.g, text, options);
  }

  async trace(query: TraceQuery): Promise<TraceResult> {
    await this.init();
    return traceEmbedded(this.g, query);
  }

  async close(): Promise<void> {
    if (this.opened && this.pending > 0) this.flush(true);
  }
}
