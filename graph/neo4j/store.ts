// The Neo4j GraphStore: writes graph/model.ts records with batched parameterised Cypher, one transaction
// per article; reads through READ sessions. In: {uri, user, password, database?}. Out: the GraphStore API.
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Session } from 'neo4j-driver';

import { InvalidArgumentError, NotFoundError, StoreUnavailableError } from '../errors.ts';
import { type ArticleInput, recordsOf, toGraphRecords } from '../model.ts';
import type {
  ActorMentions,
  ActorRef,
  StoredArticle,
  GraphNode,
  GraphStore,
  LinkLookups,
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
import { PATH_DEFAULTS } from '../store.ts';
import { type ClaimCandidate, STOP_BAND_CLAIMS } from '../claims/similar.ts';
import type { IncidentQuery, StoredIncident } from '../incidents/match.ts';
import type { ActorGraph, ActorGraphOptions } from '../actor-graph.ts';
import { actorGraphNeo4j } from './actor-graph.ts';
import { mapDriverError } from './errors.ts';
import * as identity from './identity.ts';
import { CacheSlot, ClaimCache, cachedLookups } from './link-cache.ts';
import { type ReadQueryOptions, type ReadQueryResult, runReadQuery } from './query.ts';
import * as read from './read.ts';
import { CHAIN_PARAMS } from './keys.ts';
import { CHAIN_BACKFILL, CHAIN_INDEXES, REL_KEY_CONSTRAINTS, SCHEMA_STATEMENTS } from './schema.ts';
import { plainProps, toParam } from './values.ts';
import { traceNeo4j, warmTraceNeo4j } from './trace.ts';
import { type WriteResult, writeArticle, writeArticles } from './write.ts';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

function outcome(input: ArticleInput, loaded: boolean): LoadOutcome {
  const x = input.extraction;
  return {
    articleId: x.article.id,
    source: x.article.source,
    status: loaded ? 'loaded' : 'unchanged',
    actors: loaded ? x.actors.length : 0,
    claims: loaded ? x.claims.length : 0,
    relations: loaded ? x.relations.length : 0,
    incidents: loaded ? x.incidents.length : 0,
  };
}

/**
 * Creates one relationship key constraint (schema.ts REL_KEY_CONSTRAINTS). A store holding two edges of one key (none
 * this writer makes) cannot have it: the store is left as it is and MERGE finds those edges the slower way.
 */
async function relKeyConstraint(session: Session, statement: string): Promise<void> {
  try {
    await session.run(statement);
  } catch (err) {
    if (!(err instanceof Neo4jError && err.code === 'Neo.DatabaseError.Schema.ConstraintCreationFailed')) throw err;
  }
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly uri: string;
  private readonly user: string;
  private readonly database: string | undefined;
  private readonly driver: Driver;
  private initialized = false;

  /** Stop bands: a claim band key held by more stored claims finds none (graph/claims/similar.ts). */
  private readonly stopBand: number;

  /** What linking reads of stored claims, in memory (link-cache.ts): loaded on a writer's first lookup. */
  private readonly cache: CacheSlot;

  /**
   * `failFast` is for servers answering people (`kg serve`): a request while Neo4j is down fails within seconds
   * instead of retrying for 15 s and more; batch writers keep the long retries that ride out a restart.
   * `stopBand`: default STOP_BAND_CLAIMS. `linkCache: false` sends every linking lookup to the server (tests).
   */
  constructor(
    connection: Neo4jConnection,
    options: { failFast?: boolean; stopBand?: number; linkCache?: boolean } = {},
  ) {
    this.stopBand = options.stopBand ?? STOP_BAND_CLAIMS;
    this.cache = new CacheSlot(options.linkCache === false, () =>
      this.read((tx) => ClaimCache.load(tx, this.stopBand)),
    );
    this.uri = connection.uri;
    this.user = connection.user;
    this.database = connection.database;
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      // Integers come back as JS numbers; ids and counts here stay far below 2^53.
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: options.failFast ? 3_000 : 30_000,
      connectionTimeout: options.failFast ? 3_000 : 30_000,
      maxTransactionRetryTime: options.failFast ? 1_000 : 15_000,
      userAgent: 'newsgraph-kg',
    });
  }

  async init(): Promise<void> {
    if (this.initialized) return;
    await this.guard(() => this.driver.verifyConnectivity({ database: this.database }));
    const session = this.session('WRITE');
    try {
      // Schema statements cannot share a transaction with data writes; each is idempotent.
      for (const statement of SCHEMA_STATEMENTS) await this.guard(() => session.run(statement));
      for (const statement of REL_KEY_CONSTRAINTS) await this.guard(() => relKeyConstraint(session, statement));
      // A graph written before chainKey existed gets it (and edge dates) once; the indexes mark it done.
      const res = await this.guard(() => session.run('SHOW INDEXES YIELD name RETURN collect(name) AS names'));
      const names = new Set(res.records[0]?.get('names') as string[]);
      if (CHAIN_INDEXES.some((i) => !names.has(i.name))) {
        for (const statement of CHAIN_BACKFILL) await this.guard(() => session.run(statement, CHAIN_PARAMS));
        for (const i of CHAIN_INDEXES) await this.guard(() => session.run(i.statement));
      }
      await this.guard(() => session.run('CALL db.awaitIndexes(300)'));
    } finally {
      await session.close();
    }
    this.initialized = true;
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw mapDriverError(err, this.uri, this.user);
    }
  }

  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await this.guard(() => session.executeRead(work));
    } finally {
      await session.close();
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    const cache = await this.cache.get();
    return cache ? cache.hasArticle(id) : this.storedArticle(id);
  }

  /** Whether the server holds the article now (not the cache: a concurrent writer's article counts). */
  private async storedArticle(id: string): Promise<boolean> {
    return this.read(async (tx) => {
      const res = await tx.run('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id });
      return (res.records[0]?.get('n') as number) > 0;
    });
  }

  async loadArticle(input: ArticleInput): Promise<LoadOutcome> {
    const records = toGraphRecords(input);
    const session = this.session('WRITE');
    let loaded: boolean;
    try {
      loaded = await this.cache.write(
        () =>
          this.guard(() =>
            session.executeWrite((tx) =>
              this.cache.checked(tx, (labels) => writeArticle(tx, records, input.extraction.article.source, labels)),
            ),
          ),
        (ok) => (ok ? [records] : []),
      );
    } catch (err) {
      // A concurrent load of the same article committed first: ours changes nothing.
      if (
        err instanceof Neo4jError &&
        err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' &&
        (await this.storedArticle(input.extraction.article.id))
      ) {
        // Another writer: what this one keeps of the store may be out of date.
        this.cache.turnOff();
        loaded = false;
      } else throw err;
    } finally {
      await session.close();
    }
    return outcome(input, loaded);
  }

  /**
   * Writes several articles in one transaction, with the effect of loading them one after another in order: one
   * result per input, an article whose records do not hold is refused alone. When the server refuses the batch
   * (a value it cannot store, a concurrent load of the same article), each article is written in its own
   * transaction, so one bad article never loses or duplicates the others. Throws only when the store is gone.
   */
  async loadArticles(inputs: ArticleInput[]): Promise<Array<LoadOutcome | Error>> {
    const batch = inputs.map((input) => ({ records: recordsOf(input), source: input.extraction.article.source }));
    const session = this.session('WRITE');
    let results: WriteResult[] | null = null;
    try {
      results = await this.cache.write(
        () =>
          this.guard(() =>
            session.executeWrite((tx) => this.cache.checked(tx, (labels) => writeArticles(tx, batch, labels))),
          ),
        (written) => batch.filter((_, i) => written[i] === 'loaded').map((b) => b.records),
      );
    } catch (err) {
      if (err instanceof StoreUnavailableError) throw err;
    } finally {
      await session.close();
    }
    if (results) return results.map((r, i) => (r instanceof Error ? r : outcome(inputs[i]!, r === 'loaded')));
    const out: Array<LoadOutcome | Error> = [];
    for (const input of inputs) {
      try {
        out.push(await this.loadArticle(input));
      } catch (err) {
        if (err instanceof StoreUnavailableError) throw err;
        out.push(err instanceof Error ? err : new Error(String(err)));
      }
    }
    return out;
  }

  async storedClaims(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const cache = await this.cache.get();
    if (cache) return cache.storedClaims(ids);
    return this.read(async (tx) => {
      const res = await tx.run('UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN c.id AS id', { ids });
      return new Set(res.records.map((r) => r.get('id') as string));
    });
  }

  async findActors(names: string[]): Promise<Map<string, ActorRef>> {
    return this.read((tx) => read.findActors(tx, names));
  }

  async findClaims(bands: string[], limit = 50): Promise<ClaimCandidate[]> {
    if (!bands.length) return [];
    const cached = await this.cachedLookups({ claims: [bands], incidents: [] }, limit);
    if (cached) return cached.claims[0]!;
    return this.read((tx) => identity.findClaims(tx, bands, limit, this.stopBand));
  }

  async findIncidents(query: IncidentQuery): Promise<StoredIncident[]> {
    return this.read((tx) => identity.findIncidents(tx, query));
  }

  /**
   * findMany from the cache (link-cache.ts), or null when it is off or a band key is one it cannot answer. When the
   * server's counts differ from the cache's (another writer: no write of this store ran meanwhile), it is turned
   * off and null returned, so the lookups go to the server.
   */
  private async cachedLookups(
    query: LinkLookups,
    limit: number,
  ): Promise<Awaited<ReturnType<Neo4jStore['findMany']>> | null> {
    const cache = await this.cache.get();
    if (!cache || !query.claims.every((b) => cache.answers(b))) return null;
    const mark = this.cache.mark();
    const got = await cachedLookups(cache, query, limit, this.stopBand, (work) => this.read(work));
    // Counts and candidates read while no write of this store ran: they are the store as the cache knows it.
    if (got.counts && this.cache.quiet(mark)) {
      const mine = cache.counts;
      if (got.counts.claims !== mine.claims || got.counts.articles !== mine.articles) {
        this.cache.turnOff();
        return null;
      }
      cache.keep(got.read.values());
    }
    return { claims: got.claims, incidents: got.incidents };
  }

  async findMany(query: LinkLookups): Promise<{ claims: ClaimCandidate[][]; incidents: StoredIncident[][] }> {
    const cached = await this.cachedLookups(query, 50);
    if (cached) return cached;
    // Both statements in one read transaction, sent without waiting for each other (one round trip).
    return this.read(async (tx) => {
      const [claims, incidents] = await Promise.all([
        identity.findClaimsMany(tx, query.claims, 50, this.stopBand),
        identity.findIncidentsMany(tx, query.incidents),
      ]);
      return { claims, incidents };
    });
  }

  async stats(): Promise<StoreStats> {
    return this.read((tx) => read.stats(tx));
  }

  async getNode(id: string): Promise<GraphNode | null> {
    return this.read(async (tx) => (await read.getNode(tx, id))?.node ?? null);
  }

  async subgraph(options?: SubgraphOptions): Promise<Subgraph> {
    return this.read((tx) => read.subgraph(tx, options));
  }

  async neighborhood(id: string, options?: { depth?: number; limit?: number }): Promise<Subgraph> {
    return this.read(async (tx) => {
      const start = await read.getNode(tx, id);
      if (!start) throw new NotFoundError(`no node with id ${id}`);
      return read.neighborhood(tx, start.eid, options);
    });
  }

  async shortestPath(from: string, to: string, options: PathOptions = {}): Promise<PathResult> {
    return this.read(async (tx) => {
      const ends = [await read.getNode(tx, from), await read.getNode(tx, to)];
      ends.forEach((end, i) => {
        if (!end || end.node.labels[0] === 'Article')
          throw new NotFoundError(
            `No node ${JSON.stringify([from, to][i])} in the graph (articles are not part of paths)`,
          );
      });
      if (from === to) return { found: true, nodes: [ends[0]!.node], edges: [], truncated: false };
      const maxHops = options.maxHops ?? PATH_DEFAULTS.maxHops;
      const path = await read.shortestPath(tx, ends[0]!.eid, ends[1]!.eid, maxHops);
      return { ...path, truncated: !path.found };
    });
  }

  async search(text: string, options?: SearchOptions): Promise<GraphNode[]> {
    return this.read((tx) => read.search(tx, text, options));
  }

  async trace(query: TraceQuery): Promise<TraceResult> {
    const session = this.session('READ');
    try {
      return await this.guard(() => traceNeo4j(session, query));
    } finally {
      await session.close();
    }
  }

  async *storedArticles(): AsyncIterable<StoredArticle> {
    // Pages in id order through the uniqueness index, so a very large graph is never held in one result.
    let after = '';
    for (;;) {
      const page = await this.read((tx) => read.storedArticles(tx, after, 200));
      for (const a of page) yield a;
      if (page.length < 200) return;
      after = page[page.length - 1]!.id;
    }
  }

  async actorMentions(): Promise<ActorMentions[]> {
    return this.read((tx) => read.actorMentions(tx));
  }

  /** Has Neo4j plan the trace queries now (a long-running server calls it at start, off the request path). */
  async warmUp(): Promise<void> {
    const session = this.session('READ');
    try {
      await this.guard(() => warmTraceNeo4j(session));
    } finally {
      await session.close();
    }
  }

  /** Runs user-written Cypher read-only (the `kg query` command, the viewer's Cypher console). */
  async actorGraph(options: ActorGraphOptions = {}): Promise<ActorGraph> {
    return this.read((tx) => actorGraphNeo4j(tx, options));
  }

  async readQuery(cypher: string, options: Omit<ReadQueryOptions, 'database'> = {}): Promise<ReadQueryResult> {
    if (options.limit !== undefined && !(options.limit > 0))
      throw new InvalidArgumentError('limit must be a positive number');
    return runReadQuery(this.driver, cypher, { ...options, database: this.database, uri: this.uri, user: this.user });
  }

  /** Runs one parameterised write statement (maintenance and tests; never user input). Returns its rows. */
  async writeQuery(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    // Any write may change what the cache holds: read again on the next lookup.
    this.cache.drop();
    const session = this.session('WRITE');
    try {
      const res = await this.guard(() =>
        session.executeWrite((tx) => tx.run(cypher, toParam(params) as Record<string, unknown>)),
      );
      return res.records.map((r) => plainProps(r.toObject()));
    } finally {
      await session.close();
    }
  }

  /** Deletes every node and relationship (tests, resets); keeps the schema. */
  async clear(): Promise<void> {
    this.cache.drop();
    const session = this.session('WRITE');
    try {
      // Relationships first: DETACH DELETE of a hub (a claim carried by 10,000 articles) deletes all its edges in
      // one inner transaction, which can exceed the server's transaction memory.
      await this.guard(() => session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS'));
      await this.guard(() => session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS'));
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
