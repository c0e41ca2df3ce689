// The embedded GraphStore: a SQLite database (WAL) of node and relationship rows, one transaction per article (a
// bulk writer: one savepoint per article in a grouped commit, commit-group.ts), one writer at a time (a lock file)
// and any number of readers. In: ArticleInputs and queries. Out: the GraphStore read shapes. Counts, lookups,
// cross-article identity, the capped subgraph and neighbourhood, search and trace are indexed SQL; the actor network
// folds every speech row once per database version; graph() (the whole graph in graphology) is left for benchmarks
// and tests that compare against it.
import { existsSync, renameSync, rmSync } from 'node:fs';

import { type ClaimCandidate, STOP_BAND_CLAIMS } from '../claims/similar.ts';
import { databaseFile } from '../config.ts';
import { NotFoundError } from '../errors.ts';
import type { IncidentQuery, StoredIncident } from '../incidents/match.ts';
import { type ArticleInput, stringsOf } from '../model.ts';
import { normalizeName } from '../resolve.ts';
import type {
  ActorMentions,
  ActorRef,
  StoredArticle,
  GraphNode,
  GraphStore,
  LoadOutcome,
  PathOptions,
  PathResult,
  SearchOptions,
  StoreStats,
  Subgraph,
  SubgraphOptions,
  TraceQuery,
  TraceResult,
} from '../store.ts';
import type { ActorGraph, ActorGraphOptions } from '../actor-graph.ts';
import { assembleActorGraph } from '../actor-graph.ts';
import { type Folded, fold } from './actor-graph.ts';
import { nodesById, sqlSource } from './actor-graph-sql.ts';
import { storedActorGraph } from './actor-graph-stored.ts';
import { CommitGroup, type CommitGroupOptions } from './commit-group.ts';
import { BULK_CACHE_KB, type Db, type NodeRow, labelsOfRow, openDatabase, prepared } from './db.ts';
import { ensureClaimRank } from './claim-rank.ts';
import { ensureDegrees, ensureEdgeCover } from './degree.ts';
import { ensureReportedText } from './reported-text.ts';
import { foldIsCurrent, foldNew, storedFold } from './fold-store.ts';
import { IdentityLookup } from './identity.ts';
import { type WriterLock, acquireWriterLock } from './lock.ts';
import { keepAsBackup, migrateJson } from './migrate.ts';
import { shortestPathSql } from './path-sql.ts';
import { Rows } from './rows.ts';
import { searchSql } from './search-sql.ts';
import { loadSnapshot } from './snapshot.ts';
import { neighborhoodSql, subgraphSql } from './subgraph-sql.ts';
import { traceLocal } from './trace-local.ts';
import type { KgGraph } from './types.ts';
import { writeArticle } from './write.ts';

export type { EdgeAttrs, KgGraph, NodeAttrs } from './types.ts';

export interface EmbeddedStoreOptions {
  /**
   * Take the writer lock when opening (`kg ingest`), so that actors are resolved against the graph this writer
   * will extend. Without it the lock is taken by the first write (loadArticle, clear).
   */
  write?: boolean;
  /**
   * The graph-walking queries read the whole graph into memory; a store re-reads it when the database changed,
   * checking at most this often (default 1000 ms; 0 checks at every read).
   */
  reloadIntervalMs?: number;
  /** Where notes go (a migration, a stale lock taken over); default stderr. */
  log?: (line: string) => void;
  /** Stop bands: a claim band key held by more stored claims finds none (default STOP_BAND_CLAIMS). */
  stopBand?: number;
  /**
   * A bulk writer (`kg ingest`): articles share a commit, each one a savepoint in it (commit-group.ts); flush() and
   * close() commit. Other processes see the articles at the group's commit. Default: each article its own commit.
   */
  groupCommits?: CommitGroupOptions | boolean;
}

/** The earlier store's JSON file that a new database migrates from. */
const legacyFile = (dbFile: string): string =>
  /\.db$/i.test(dbFile) ? dbFile.replace(/\.db$/i, '.json') : `${dbFile}.json`;

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  /** The SQLite database file. */
  readonly dataFile: string;
  private db: Db | null = null;
  private rows: Rows | null = null;
  private identity: IdentityLookup | null = null;
  private readonly writeOnOpen: boolean;
  private readonly reloadIntervalMs: number;
  private readonly log: (line: string) => void;
  private readonly stopBand: number;
  private readonly groupOptions: CommitGroupOptions | null;
  private group: CommitGroup | null = null;
  private lock: WriterLock | null = null;
  /** This connection's commits, so the snapshot knows our own writes (data_version counts only others'). */
  private writes = 0;
  private snap: { g: KgGraph; version: string } | null = null;
  private lastCheck = 0;
  private folded: { key: string; folded: Folded } | null = null;

  constructor(dataFile: string, options: EmbeddedStoreOptions = {}) {
    this.dataFile = databaseFile(dataFile);
    this.writeOnOpen = options.write ?? false;
    this.reloadIntervalMs = options.reloadIntervalMs ?? 1000;
    this.log = options.log ?? ((line) => void process.stderr.write(`${line}\n`));
    this.stopBand = options.stopBand ?? STOP_BAND_CLAIMS;
    const g = options.groupCommits;
    this.groupOptions = g ? (g === true ? {} : g) : null;
  }

  async init(): Promise<void> {
    this.open();
  }

  private open(): Db {
    if (this.db) return this.db;
    if (this.writeOnOpen) this.lockForWrite();
    if (!existsSync(this.dataFile) && existsSync(legacyFile(this.dataFile))) this.migrate();
    this.db = openDatabase(this.dataFile, { create: true });
    // A bulk writer's commit group dirties pages all over the indexes: they stay cached until the commit.
    if (this.groupOptions) this.db.pragma(`cache_size = -${BULK_CACHE_KB}`);
    try {
      ensureDegrees(this.db, this.log);
      ensureClaimRank(this.db, this.log);
      ensureEdgeCover(this.db, this.log);
      ensureReportedText(this.db, this.log);
    } catch (err) {
      this.db.close();
      this.db = null;
      throw err;
    }
    this.identity = new IdentityLookup(this.db, this.stopBand);
    this.rows = new Rows(this.db, this.identity);
    if (this.groupOptions) this.group = new CommitGroup(this.db, this.groupOptions);
    return this.db;
  }

  /**
   * Moves the earlier store's JSON into a new database, under the writer lock, built beside the database and
   * renamed into place, so a crash midway leaves the JSON as it was and no half database.
   */
  private migrate(): void {
    const json = legacyFile(this.dataFile);
    const held = this.lock;
    if (!held) this.lockForWrite();
    try {
      if (existsSync(this.dataFile)) return; // another process migrated while we waited for the lock
      const tmp = `${this.dataFile}.migrating`;
      rmSync(tmp, { force: true });
      const db = openDatabase(tmp, { create: true });
      let articles: number;
      try {
        articles = migrateJson(json, db);
        db.pragma('journal_mode = DELETE'); // one file to rename
      } finally {
        db.close();
      }
      renameSync(tmp, this.dataFile);
      const backup = keepAsBackup(json);
      this.log(`kg: note: moved ${json} (${articles} articles) into ${this.dataFile}; the JSON is kept as ${backup}`);
    } finally {
      if (!held) this.releaseLock();
    }
  }

  private lockForWrite(): void {
    this.lock ??= acquireWriterLock(this.dataFile, this.log);
  }

  private releaseLock(): void {
    this.lock?.release();
    this.lock = null;
  }

  /** Runs `fn` as one write transaction, as the file's one writer (BEGIN IMMEDIATE: never a half article). */
  private write<T>(fn: (rows: Rows) => T): T {
    this.open();
    this.lockForWrite();
    this.lock!.assertHeld();
    const rows = this.rows!;
    // The stored actor network takes the commit's new relationships in the same transaction (fold-store.ts).
    const apply = () => {
      const result = fn(rows);
      foldNew(this.db!, this.log);
      return result;
    };
    let out: T;
    try {
      out = this.group ? this.group.run(apply) : this.db!.transaction(apply).immediate();
    } catch (err) {
      // The article's rows (or a whole group's) are rolled back: what the lookups kept of them goes too.
      this.identity!.forgetAll();
      throw err;
    }
    this.writes++;
    return out;
  }

  /** Commits the articles a grouped writer holds (groupCommits); a no-op otherwise. */
  flush(): void {
    this.group?.commit();
  }

  /** Changes when any connection commits: data_version counts other connections' commits, `writes` ours. */
  private version(db: Db): string {
    return `${dataVersion(db)}:${this.writes}`;
  }

  /** The whole graph as of the last commit, read into graphology (read only: a reload swaps in a new object). */
  graph(): KgGraph {
    const db = this.open();
    const now = Date.now();
    // Our own writes show at once; other processes' at most every reloadIntervalMs (a reload reads everything).
    const ours = this.snap?.version.endsWith(`:${this.writes}`);
    if (this.snap && ours && now - this.lastCheck < this.reloadIntervalMs) return this.snap.g;
    this.lastCheck = now;
    const version = this.version(db);
    if (this.snap?.version !== version) this.snap = { g: loadSnapshot(db), version };
    return this.snap.g;
  }

  /** Empties the store (tests, `kg` resets). */
  async clear(): Promise<void> {
    this.write((rows) => rows.clear());
    this.snap = null;
  }

  async hasArticle(id: string): Promise<boolean> {
    this.open();
    return this.rows!.label(id) === 'Article';
  }

  async storedClaims(ids: string[]): Promise<Set<string>> {
    this.open();
    return new Set(ids.filter((id) => this.rows!.label(id) === 'Claim'));
  }

  async loadArticle(input: ArticleInput): Promise<LoadOutcome> {
    const x = input.extraction;
    const status = this.write((rows) => writeArticle(rows, input));
    const n = (k: number) => (status === 'loaded' ? k : 0);
    return {
      articleId: x.article.id,
      source: x.article.source,
      status,
      actors: n(x.actors.length),
      claims: n(x.claims.length),
      relations: n(x.relations.length),
      incidents: n(x.incidents.length),
    };
  }

  async findActors(names: string[]): Promise<Map<string, ActorRef>> {
    const db = this.open();
    // Prefer the actor whose display name is the match over one that only has it as an alias, then the first indexed.
    const st = db.prepare(
      `SELECT n.id, n.props FROM actor_name a JOIN node n ON n.id = a.actor WHERE a.key = ?
       ORDER BY (n.dkey IS a.key) DESC, a.rowid LIMIT 1`,
    );
    const found = new Map<string, ActorRef>();
    for (const name of names) {
      const row = st.get(normalizeName(name)) as { id: string; props: string } | undefined;
      if (!row) continue;
      const p = JSON.parse(row.props) as Record<string, unknown>;
      found.set(name, {
        id: row.id,
        name: String(p.name),
        kind: typeof p.kind === 'string' ? p.kind : undefined,
        anonymous: p.anonymous === true,
      });
    }
    return found;
  }

  async findClaims(bands: string[], limit = 50): Promise<ClaimCandidate[]> {
    const db = this.open();
    // Our own writes keep the lookup's cache current (Rows tells it); other processes' commits reset it.
    return this.identity!.findClaims(bands, limit, String(dataVersion(db)));
  }

  async findIncidents(query: IncidentQuery): Promise<StoredIncident[]> {
    this.open();
    return this.identity!.findIncidents(query);
  }

  /** Counted in SQL over the label and type indexes: nothing is read into memory. */
  async stats(): Promise<StoreStats> {
    const db = this.open();
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    db.transaction(() => {
      for (const r of db.prepare('SELECT label, sub, count(*) AS n FROM node GROUP BY label, sub').all() as Array<{
        label: string;
        sub: string | null;
        n: number;
      }>) {
        for (const l of labelsOfRow(r)) nodes[l] = (nodes[l] ?? 0) + r.n;
      }
      for (const r of db.prepare('SELECT type, count(*) AS n FROM edge GROUP BY type').all() as Array<{
        type: string;
        n: number;
      }>)
        relationships[r.type] = r.n;
    })();
    return { nodes, relationships };
  }

  async getNode(id: string): Promise<GraphNode | null> {
    this.open();
    const row = this.rows!.node(id);
    return row ? nodeView(row) : null;
  }

  /** Ranked by the stored degrees (degree.ts), in one read transaction: nothing but the page is read. */
  async subgraph(options?: SubgraphOptions): Promise<Subgraph> {
    const db = this.open();
    return db.transaction(() => subgraphSql(db, options))();
  }

  async neighborhood(id: string, options?: { depth?: number; limit?: number }): Promise<Subgraph> {
    const db = this.open();
    if (this.rows!.label(id) === undefined) throw new NotFoundError(`no node with id ${id}`);
    return db.transaction(() => neighborhoodSql(db, id, options))();
  }

  /** One indexed pass over the actor names and the other nodes' rows (search-sql.ts), not the graph in memory. */
  /** Breadth-first from both ends by indexed SQL (path-sql.ts), capped in hops and nodes reached. */
  async shortestPath(from: string, to: string, options?: PathOptions): Promise<PathResult> {
    const db = this.open();
    return db.transaction(() => shortestPathSql(db, from, to, options))();
  }

  async search(text: string, options?: SearchOptions): Promise<GraphNode[]> {
    const db = this.open();
    return db.transaction(() => searchSql(db, text, options))();
  }

  /** Indexed lookups of the part of the graph a trace reads (trace-local.ts), never the whole graph. */
  async trace(query: TraceQuery): Promise<TraceResult> {
    const db = this.open();
    return db.transaction(() => traceLocal(db, query))();
  }

  /** Row by row in id order: one article's text and extraction in memory at a time. */
  async *storedArticles(): AsyncIterable<StoredArticle> {
    const db = this.open();
    const ids = db.prepare(`SELECT id FROM node WHERE label = 'Article' ORDER BY id`).pluck().all() as string[];
    const one = db.prepare('SELECT props, extraction FROM node WHERE id = ?');
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    for (const id of ids) {
      const row = one.get(id) as { props: string; extraction: string | null } | undefined;
      if (!row) continue; // cleared meanwhile
      const p = JSON.parse(row.props) as Record<string, unknown>;
      yield {
        id,
        source: String(p.source ?? id),
        text: String(p.text ?? ''),
        url: str(p.url),
        title: str(p.title),
        publishedAt: str(p.publishedAt),
        ingestedAt: str(p.ingestedAt),
        extraction: row.extraction ?? null,
      };
    }
  }

  /** One query: each actor row with its MENTIONED_IN edges, in id order. */
  async actorMentions(): Promise<ActorMentions[]> {
    const db = this.open();
    const rows = db
      .prepare(
        `SELECT n.id, n.props, e.target, e.props AS eprops FROM node n
         LEFT JOIN edge e ON e.source = n.id AND e.type = 'MENTIONED_IN'
         WHERE n.label = 'Actor' ORDER BY n.id, e.target`,
      )
      .iterate() as IterableIterator<{ id: string; props: string; target: string | null; eprops: string | null }>;
    const out: ActorMentions[] = [];
    for (const r of rows) {
      let cur = out.at(-1);
      if (cur?.id !== r.id) {
        const p = JSON.parse(r.props) as Record<string, unknown>;
        cur = {
          id: r.id,
          name: String(p.name),
          kind: String(p.kind),
          anonymous: p.anonymous === true,
          aliases: stringsOf(p.aliases),
          roles: stringsOf(p.roles),
          mentions: [],
        };
        out.push(cur);
      }
      if (r.target === null || r.eprops === null) continue;
      const e = JSON.parse(r.eprops) as Record<string, unknown>;
      cur.mentions.push({
        article: r.target,
        forms: stringsOf(e.forms),
        rule: typeof e.rule === 'string' ? e.rule : null,
      });
    }
    return out;
  }

  /**
   * Read from the folded rows each commit extends (fold-store.ts), kept until the database changes: the viewer's
   * first load reads the folded links, not the graph. A store written before them is folded into them once, here;
   * when that cannot be written (a read-only file), the relationships are folded in memory, page by page.
   */
  async actorGraph(options: ActorGraphOptions = {}): Promise<ActorGraph> {
    const db = this.open();
    const key = `${this.version(db)}:${options.from ?? ''}:${options.to ?? ''}`;
    if (this.folded?.key !== key && !db.transaction(() => foldIsCurrent(db))())
      try {
        db.transaction(() => foldNew(db, this.log)).immediate();
      } catch (err) {
        this.log(`kg: note: the actor network is folded in memory (${(err as Error).message})`);
      }
    // Without a date range: the top actors by their kept weight and their links, by index (actor-graph-stored.ts).
    if (!options.from && !options.to) {
      const stored = db.transaction(() => (foldIsCurrent(db) ? storedActorGraph(db, options) : null))();
      if (stored) return stored;
    }
    if (this.folded?.key !== key) {
      const read = () => (foldIsCurrent(db) ? storedFold(db, options.from, options.to) : fold(sqlSource(db), options));
      this.folded = { key, folded: db.transaction(read)() };
    }
    const { links, said } = this.folded.folded;
    return assembleActorGraph(links, said, async (ids) => nodesById(db, ids), options);
  }

  /** Gives up the writer lock and the database; the store opens again as a reader at its next use. */
  async close(): Promise<void> {
    try {
      this.group?.commit();
    } finally {
      this.closeDb();
    }
  }

  private closeDb(): void {
    try {
      this.group?.dispose();
      this.db?.close();
    } finally {
      this.group = null;
      this.db = null;
      this.rows = null;
      this.identity = null;
      this.snap = null;
      this.folded = null;
      this.releaseLock();
    }
  }
}

/** The database's data_version (a statement kept per connection: a loader asks once per claim). */
const dataVersion = (db: Db): number => prepared(db, 'PRAGMA data_version').pluck().get() as number;

/** getNode's view: every property, the article text included. */
function nodeView(row: NodeRow): GraphNode {
  return { id: row.id, labels: labelsOfRow(row), props: JSON.parse(row.props) as GraphNode['props'] };
}
