// Each actor's claims per trace role, kept ranked in the database (actor_claim, maintained by triggers on every write
// path, like node_degree), and its statement counts (actor_statements): a hub's trace reads its first `limit` claims
// from an index instead of every one of its relationships. In: an open Db. Out: the tables in place (filled once for
// a store written before them) and rankedClaims(), which ranks as trace.ts actorClaims ranks the graph in memory.
import type { TraceResult } from '../store.ts';
import { type Db, prepared } from './db.ts';

const MARK = 'actor_claim';

/** An article's publishedAt when it is text (the trace index dates only strings), else NULL. */
const articleDate = (article: string) =>
  `(SELECT CASE WHEN json_type(props, '$.publishedAt') = 'text' THEN props ->> '$.publishedAt' END
    FROM node WHERE id = ${article})`;
const isLabel = (id: string, label: string) => `EXISTS (SELECT 1 FROM node WHERE id = ${id} AND label = '${label}')`;

/**
 * One row per (actor, role, claim) with the latest date among the actor's rows of that role (compareRanked: newest
 * first, undated last, then id), so the rank index gives one claim per entry. Roles: 0 speaker (CLAIMS, DENIES,
 * CONFIRMS), 1 relay (RELAYED), 2 publisher (the claims an outlet's articles REPORT: whichever of REPORTS and
 * PUBLISHED_BY arrives second adds the row). Relationships are only ever deleted all at once (clear()); a deleted
 * edge takes its actor's rows of that role and claim with it.
 */
const UPSERT = `ON CONFLICT (actor, role, claim) DO UPDATE SET date = CASE
  WHEN excluded.date IS NULL THEN date WHEN date IS NULL OR excluded.date > date THEN excluded.date ELSE date END`;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS actor_claim (
  actor TEXT NOT NULL, role INTEGER NOT NULL, claim TEXT NOT NULL, date TEXT, PRIMARY KEY (actor, role, claim)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS actor_claim_rank ON actor_claim (actor, role, date DESC, claim);
CREATE TABLE IF NOT EXISTS actor_statements (
  actor TEXT PRIMARY KEY, said INTEGER NOT NULL DEFAULT 0, relayed INTEGER NOT NULL DEFAULT 0,
  published INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS actor_claim_speech AFTER INSERT ON edge
WHEN NEW.type IN ('CLAIMS', 'DENIES', 'CONFIRMS', 'RELAYED') BEGIN
  INSERT INTO actor_statements (actor, said, relayed) VALUES (NEW.source, NEW.type <> 'RELAYED', NEW.type = 'RELAYED')
    ON CONFLICT (actor) DO UPDATE SET said = said + excluded.said, relayed = relayed + excluded.relayed;
  INSERT INTO actor_claim (actor, role, claim, date)
    SELECT NEW.source, NEW.type = 'RELAYED', NEW.target, ${articleDate(`NEW.props ->> '$.article'`)}
    WHERE ${isLabel('NEW.target', 'Claim')} ${UPSERT};
END;
CREATE TRIGGER IF NOT EXISTS actor_claim_published AFTER INSERT ON edge WHEN NEW.type = 'PUBLISHED_BY' BEGIN
  INSERT INTO actor_statements (actor, published) VALUES (NEW.target, 1)
    ON CONFLICT (actor) DO UPDATE SET published = published + 1;
  INSERT INTO actor_claim (actor, role, claim, date)
    SELECT NEW.target, 2, r.target, ${articleDate('NEW.source')} FROM edge r
    WHERE r.source = NEW.source AND r.type = 'REPORTS' AND ${isLabel('NEW.source', 'Article')}
      AND ${isLabel('r.target', 'Claim')} AND true ${UPSERT};
END;
CREATE TRIGGER IF NOT EXISTS actor_claim_reports AFTER INSERT ON edge WHEN NEW.type = 'REPORTS' BEGIN
  INSERT INTO actor_claim (actor, role, claim, date)
    SELECT p.target, 2, NEW.target, ${articleDate('NEW.source')} FROM edge p
    WHERE p.source = NEW.source AND p.type = 'PUBLISHED_BY' AND ${isLabel('NEW.source', 'Article')}
      AND ${isLabel('NEW.target', 'Claim')} AND true ${UPSERT};
END;
CREATE TRIGGER IF NOT EXISTS actor_claim_gone AFTER DELETE ON edge
WHEN OLD.type IN ('CLAIMS', 'DENIES', 'CONFIRMS', 'RELAYED', 'PUBLISHED_BY') BEGIN
  DELETE FROM actor_claim WHERE actor = CASE OLD.type WHEN 'PUBLISHED_BY' THEN OLD.target ELSE OLD.source END;
  DELETE FROM actor_statements WHERE actor = CASE OLD.type WHEN 'PUBLISHED_BY' THEN OLD.target ELSE OLD.source END;
END;
`;

/**
 * Creates and (for a store written before them) fills the tables once, in one write transaction, as ensureDegrees
 * does: the fill replays every relevant relationship through the same upsert the triggers run.
 */
export function ensureClaimRank(db: Db, log: (line: string) => void = () => {}): void {
  const done = () => db.prepare('SELECT 1 FROM meta WHERE key = ?').get(MARK) !== undefined;
  if (done()) return;
  db.transaction(() => {
    if (done()) return;
    const edges = db.prepare('SELECT count(*) FROM edge').pluck().get() as number;
    if (edges > 100_000)
      log(`kg: note: ranking each actor's claims once over ${edges} relationships (trace reads them)`);
    db.exec(SCHEMA);
    db.exec(`
      DELETE FROM actor_claim; DELETE FROM actor_statements;
      INSERT INTO actor_statements (actor, said, relayed, published)
        SELECT actor, sum(said), sum(relayed), sum(published) FROM (
          SELECT source AS actor, type <> 'RELAYED' AS said, type = 'RELAYED' AS relayed, 0 AS published FROM edge
            WHERE type IN ('CLAIMS', 'DENIES', 'CONFIRMS', 'RELAYED')
          UNION ALL SELECT target, 0, 0, 1 FROM edge WHERE type = 'PUBLISHED_BY') GROUP BY actor;
      INSERT INTO actor_claim (actor, role, claim, date)
        SELECT e.source, e.type = 'RELAYED', e.target, max(${articleDate(`e.props ->> '$.article'`)}) FROM edge e
        WHERE e.type IN ('CLAIMS', 'DENIES', 'CONFIRMS', 'RELAYED') AND ${isLabel('e.target', 'Claim')}
        GROUP BY 1, 2, 3;
      INSERT INTO actor_claim (actor, role, claim, date)
        SELECT p.target, 2, r.target, max(${articleDate('p.source')}) FROM edge p
        JOIN edge r ON r.source = p.source AND r.type = 'REPORTS'
        WHERE p.type = 'PUBLISHED_BY' AND ${isLabel('p.source', 'Article')} AND ${isLabel('r.target', 'Claim')}
        GROUP BY 1, 2, 3;
    `);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(MARK, '1');
  }).immediate();
}

export interface RankedClaims {
  ids: string[];
  truncated: boolean;
  statements: NonNullable<TraceResult['statements']>;
}

/**
 * The actor's first `limit` claims: speaker claims, then relayed ones not spoken, then published ones neither spoken
 * nor relayed, each role newest first (then id), read from the rank index: about `limit` rows, whatever the degree.
 */
export function rankedClaims(db: Db, actor: string, limit: number): RankedClaims {
  const page = prepared(
    db,
    `SELECT c.claim FROM actor_claim c WHERE c.actor = @actor AND c.role = @role
     AND NOT EXISTS (SELECT 1 FROM actor_claim x WHERE x.actor = @actor AND x.role < @role AND x.claim = c.claim)
     ORDER BY c.date DESC, c.claim LIMIT @n`,
  ).pluck();
  const ids: string[] = [];
  for (let role = 0; role < 3 && ids.length <= limit; role++)
    ids.push(...(page.all({ actor, role, n: limit + 1 - ids.length }) as string[]));
  const counts = prepared(db, 'SELECT said, relayed, published FROM actor_statements WHERE actor = ?').get(actor) as
    RankedClaims['statements'] | undefined;
  return {
    ids: ids.slice(0, limit),
    truncated: ids.length > limit,
    statements: counts ?? { said: 0, relayed: 0, published: 0 },
  };
}
