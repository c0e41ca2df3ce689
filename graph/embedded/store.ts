// The embedded GraphStore: a graphology MultiDirectedGraph in memory, persisted whole to one JSON file that one
// writer at a time locks. In: ArticleInputs and queries. Out: the GraphStore read shapes; readers follow the file.
import { statSync } from 'node:fs';

import { MultiDirectedGraph } from 'graphology';

import type { ClaimCandidate } from '../claims/similar.ts';
import { KgError, NotFoundError } from '../errors.ts';
import type { IncidentQuery, StoredIncident } from '../incidents/match.ts';
import { widenedIncident } from '../incidents/range.ts';
import { KIND_ORDER, nameRank } from '../identity.ts';
import { ACTOR_LABEL, type ArticleInput, type NodeRecord, type Props, type RelType, toGraphRecords } from '../model.ts';
import { normalizeName } from '../resolve.ts';
import type {
  ActorMentions,
  ActorRef,
  StoredArticle,
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
import { IdentityIndex } from './identity.ts';
import type { ActorGraph, ActorGraphOptions } from '../actor-graph.ts';
import { actorGraphEmbedded } from './actor-graph.ts';
import { type WriterLock, acquireWriterLock } from './lock.ts';
import { type SerializedGraph, readGraphFile, writeGraphFile } from './persist.ts';
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
  /**
   * Take the writer lock when opening, before reading the file (`kg ingest`), so that actors are resolved against
   * the graph this writer will extend. Without it the lock is taken by the first write (loadArticle, clear, flush).
   */
  write?: boolean;
  /**
   * A store that does not hold the writer lock re-reads the file when it changed (another process wrote it), checking
   * at most this often, at the next read (default 1000 ms; 0 checks at every read).
   */
  reloadIntervalMs?: number;
  /** Where notes go (stale lock taken over, a reload that failed); default stderr. */
  log?: (line: string) => void;
}

/** Identifies one version of the data file: every write is a rename of a new file, so the inode changes too. */
function fileVersion(file: string): string | null {
  try {
    const st = statSync(file);
    return `${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

const labelsOf = (n: NodeRecord): string[] => (n.subLabel ? [n.label, n.subLabel] : [n.label]);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const sortedUnion = (...lists: unknown[]): string[] => [...new Set(lists.flatMap(strings))].sort();

/**
 * One actor node seen again in another article. Every choice is commutative, so the node is the same whatever
 * order its articles arrive in: the best-ranked name, every other name an alias (sorted), roles unioned,
 * anonymous only if always, the lowest affiliation id, the kind first in KIND_ORDER. The Neo4j writer does the same.
 */
function mergeActor(attrs: NodeAttrs, n: NodeRecord): NodeAttrs {
  const p = attrs.props;
  const oldRank = attrs.rank ?? nameRank(String(p.name));
  const newRank = n.rank ?? nameRank(String(n.props.name));
  const name = newRank < oldRank ? n.props.name : p.name;
  const kinds = [p.kind, n.props.kind].filter((k): k is string => typeof k === 'string');
  const kind = [...KIND_ORDER].find((k) => kinds.includes(k)) ?? p.kind;
  const affiliations = [p.affiliation, n.props.affiliation].filter((a): a is string => typeof a === 'string').sort();
  return {
    ...attrs,
    labels: kind === p.kind ? attrs.labels : ['Actor', ACTOR_LABEL[kind as keyof typeof ACTOR_LABEL]],
    rank: newRank < oldRank ? newRank : oldRank,
    props: {
      ...p,
      name,
      kind,
      aliases: sortedUnion(p.aliases, n.props.aliases, [p.name, n.props.name]).filter((a) => a !== name),
      roles: sortedUnion(p.roles, n.props.roles),
      anonymous: p.anonymous === true && n.props.anonymous === true,
      affiliation: affiliations[0] ?? null,
    },
  };
}

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
  private readonly writeOnOpen: boolean;
  private readonly reloadIntervalMs: number;
  private readonly log: (line: string) => void;
  private lock: WriterLock | null = null;
  /** The file version the graph was read from (or last written as); null when there was no file. */
  private version: string | null = null;
  /** A version that failed to load, so a reader logs it once rather than at every check. */
  private badVersion: string | null = null;
  private lastCheck = 0;
  /** Claims by band key and incidents by date/place, built at the first cross-article lookup (the writer's). */
  private identity: IdentityIndex | null = null;

  constructor(dataFile: string, options: EmbeddedStoreOptions = {}) {
    this.dataFile = dataFile;
    this.flushEvery = options.flushEvery ?? 100;
    this.flushIntervalMs = options.flushIntervalMs ?? 30_000;
    this.writeOnOpen = options.write ?? false;
    this.reloadIntervalMs = options.reloadIntervalMs ?? 1000;
    this.log = options.log ?? ((line) => void process.stderr.write(`${line}\n`));
  }

  /** The live graph, for read-only use (viewer snapshots, trace); a reload swaps in a new object. Do not mutate it. */
  graph(): KgGraph {
    return this.g;
  }

  async init(): Promise<void> {
    if (this.opened) return;
    if (this.writeOnOpen) this.lockForWrite();
    else this.readFile();
    this.opened = true;
    this.lastWrite = Date.now();
  }

  /** Reads the file and swaps the new graph and its indexes in at once (trace indexes are per graph object). */
  private readFile(): void {
    // The version is taken before reading: a write in between costs one extra reload, never a missed one.
    const version = fileVersion(this.dataFile);
    const data = readGraphFile(this.dataFile);
    const state = this.build(data);
    this.g = state.g;
    this.names = state.names;
    this.displayNames = state.displayNames;
    this.articles = state.articles;
    this.version = version;
    this.identity = null;
  }

  private build(data: SerializedGraph | null) {
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
    const state = { g, names: new Map<string, string[]>(), displayNames: new Map<string, string>(), articles: 0 };
    g.forEachNode((id, attrs) => {
      if (attrs.labels.includes('Actor')) indexActor(state.names, state.displayNames, id, attrs.props);
      else if (attrs.labels.includes('Article')) state.articles++;
    });
    return state;
  }

  /** Opens for reading: a store that is not the writer follows the file when another process rewrote it. */
  private async ready(): Promise<void> {
    await this.init();
    if (this.lock || Date.now() - this.lastCheck < this.reloadIntervalMs) return;
    this.lastCheck = Date.now();
    const now = fileVersion(this.dataFile);
    // A file that vanished is not an empty graph: keep what was read until a new file appears.
    if (now === null || now === this.version || now === this.badVersion) return;
    try {
      this.readFile();
      this.badVersion = null;
    } catch (err) {
      this.badVersion = now;
      this.log(`kg: ${err instanceof Error ? err.message : String(err)} (still serving the graph read before)`);
    }
  }

  /**
   * Makes this store the file's one writer: takes the lock, then re-reads the file if another writer changed it since
   * it was read, so this writer extends the newest graph instead of overwriting it.
   */
  private lockForWrite(): void {
    if (this.lock) return;
    const lock = acquireWriterLock(this.dataFile, this.log);
    try {
      if (!this.opened || fileVersion(this.dataFile) !== this.version) this.readFile();
      this.opened = true;
    } catch (err) {
      lock.release();
      throw err;
    }
    this.lock = lock;
  }

  /** Empties the graph and its file (tests, `kg` resets). */
  async clear(): Promise<void> {
    this.lockForWrite();
    this.g.clear();
    this.identity = null;
    this.names.clear();
    this.displayNames.clear();
    this.articles = 0;
    this.opened = true;
    this.flush(true);
  }

  async hasArticle(id: string): Promise<boolean> {
    await this.ready();
    return this.g.hasNode(id) && this.g.getNodeAttribute(id, 'labels').includes('Article');
  }

  async loadArticle(input: ArticleInput): Promise<LoadOutcome> {
    await this.init();
    this.lockForWrite();
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

    for (const n of nodes) this.mergeNode(n, n === records.article ? records.extracted : null);
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
    this.lockForWrite();
    this.lock!.assertHeld();
    writeGraphFile(this.dataFile, this.g);
    this.version = fileVersion(this.dataFile);
    this.pending = 0;
    this.lastWrite = Date.now();
  }

  private mergeNode(n: NodeRecord, extraction: string | null = null): void {
    if (!this.g.hasNode(n.id)) {
      this.g.addNode(n.id, {
        labels: labelsOf(n),
        props: { ...n.props },
        ...(n.rank ? { rank: n.rank } : {}),
        ...(extraction ? { extraction } : {}),
      });
      if (n.label === 'Actor') this.indexActor(n.id, n.props);
      this.identity?.add(n.id, labelsOf(n), n.props);
      return;
    }
    if (n.label === 'Incident') return this.widenIncident(n);
    if (n.label !== 'Actor') return; // claims keep their first version; articles are never rewritten
    const attrs = this.g.getNodeAttributes(n.id);
    const merged = mergeActor(attrs, n);
    this.g.replaceNodeAttributes(n.id, merged);
    if (merged.props.name !== attrs.props.name) this.displayNames.set(n.id, normalizeName(String(merged.props.name)));
    this.indexActor(n.id, { name: n.props.name ?? null, aliases: n.props.aliases ?? [] });
  }

  /** Another report of a stored incident: the first report's words stay, the casualty range widens. */
  private widenIncident(n: NodeRecord): void {
    const props = this.g.getNodeAttribute(n.id, 'props');
    const widened = { ...props, ...widenedIncident(props, n.props) };
    this.g.setNodeAttribute(n.id, 'props', widened);
    this.identity?.update(n.id, widened);
  }

  private indexActor(id: string, props: Props): void {
    indexActor(this.names, this.displayNames, id, props);
  }

  async findActors(names: string[]): Promise<Map<string, ActorRef>> {
    await this.ready();
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

  async findClaims(bands: string[], limit = 50): Promise<ClaimCandidate[]> {
    await this.ready();
    this.identity ??= new IdentityIndex(this.g);
    return this.identity.findClaims(bands, limit);
  }

  async findIncidents(query: IncidentQuery): Promise<StoredIncident[]> {
    await this.ready();
    this.identity ??= new IdentityIndex(this.g);
    return this.identity.findIncidents(query);
  }

  async stats(): Promise<StoreStats> {
    await this.ready();
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    this.g.forEachNode((_, a) => a.labels.forEach((l) => (nodes[l] = (nodes[l] ?? 0) + 1)));
    this.g.forEachEdge((_, a) => (relationships[a.type] = (relationships[a.type] ?? 0) + 1));
    return { nodes, relationships };
  }

  async getNode(id: string): Promise<GraphNode | null> {
    await this.ready();
    return this.g.hasNode(id) ? nodeView(this.g, id, true) : null;
  }

  async subgraph(options?: SubgraphOptions): Promise<Subgraph> {
    await this.ready();
    return subgraph(this.g, options);
  }

  async neighborhood(id: string, options?: { depth?: number; limit?: number }): Promise<Subgraph> {
    await this.ready();
    if (!this.g.hasNode(id)) throw new NotFoundError(`no node with id ${id}`);
    return neighborhood(this.g, id, options);
  }

  async search(text: string, options?: SearchOptions): Promise<GraphNode[]> {
    await this.ready();
    return search(this.g, text, options);
  }

  async trace(query: TraceQuery): Promise<TraceResult> {
    await this.ready();
    return traceEmbedded(this.g, query);
  }

  async *storedArticles(): AsyncIterable<StoredArticle> {
    await this.ready();
    const ids: string[] = [];
    this.g.forEachNode((id, a) => void (a.labels.includes('Article') && ids.push(id)));
    for (const id of ids.sort()) {
      const a = this.g.getNodeAttributes(id);
      const p = a.props;
      const str = (v: unknown) => (typeof v === 'string' ? v : null);
      yield {
        id,
        source: String(p.source ?? id),
        text: String(p.text ?? ''),
        url: str(p.url),
        title: str(p.title),
        publishedAt: str(p.publishedAt),
        ingestedAt: str(p.ingestedAt),
        extraction: a.extraction ?? null,
      };
    }
  }

  async actorMentions(): Promise<ActorMentions[]> {
    await this.ready();
    const out: ActorMentions[] = [];
    const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    this.g.forEachNode((id, a) => {
      if (!a.labels.includes('Actor')) return;
      const mentions: ActorMentions['mentions'] = [];
      this.g.forEachOutEdge(id, (_, e, __, target) => {
        if (e.type !== 'MENTIONED_IN') return;
        mentions.push({
          article: target,
          forms: strs(e.props.forms),
          rule: typeof e.props.rule === 'string' ? e.props.rule : null,
        });
      });
      const p = a.props;
      out.push({
        id,
        name: String(p.name),
        kind: String(p.kind),
        anonymous: p.anonymous === true,
        aliases: strs(p.aliases),
        roles: strs(p.roles),
        mentions: mentions.sort((x, y) => (x.article < y.article ? -1 : 1)),
      });
    });
    return out.sort((x, y) => (x.id < y.id ? -1 : 1));
  }

  async actorGraph(options: ActorGraphOptions = {}): Promise<ActorGraph> {
    await this.ready();
    return actorGraphEmbedded(this.g, options);
  }

  /** Writes what is pending and gives up the writer lock (the store can still be read, as a reader). */
  async close(): Promise<void> {
    try {
      if (this.opened && this.pending > 0) this.flush(true);
    } finally {
      this.lock?.release();
      this.lock = null;
    }
  }
}

/** Adds the actor's name (when given) and aliases to the name index. */
function indexActor(names: Map<string, string[]>, displayNames: Map<string, string>, id: string, props: Props): void {
  if (typeof props.name === 'string' && !displayNames.has(id)) displayNames.set(id, normalizeName(props.name));
  const all = [props.name, ...(Array.isArray(props.aliases) ? props.aliases : [])];
  for (const name of all) {
    if (typeof name !== 'string') continue;
    const key = normalizeName(name);
    if (!key) continue;
    const ids = names.get(key);
    if (!ids) names.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  }
}
