// The actor network kept folded in the database (actor_link, actor_said: one row per link or speaker and evidence day),
// extended with each commit's new relationships instead of refolded: a server answers the actor view from these rows
// at once, for any date range. In: an open Db. Out: foldNew() (called in each write transaction, and once to catch
// up a store written before it) and storedFold(), the Folded that fold() (actor-graph.ts) gives the whole graph.
//
// Why rowid order is exact: fold() pairs each speech edge with its claim's ABOUT actors and (for a denial or
// confirmation) claimants, and each REPORTS edge with its article's outlet. Walking new edges in rowid order, an edge
// is paired with the matching edges before it, so every pair is counted once, when its later edge arrives; a target
// already reached through an earlier edge is not counted again (fold() takes each statement's targets as a set).
// Relationships are only appended (INSERT OR IGNORE) or all deleted (clear()), which resets the rows.
import { type FoldedLink, inDateRange } from '../actor-graph.ts';
import { INTERACTION_TYPES, SPEECH_TYPES } from '../model.ts';
import type { Folded } from './actor-graph.ts';
import { type Db, prepared } from './db.ts';

const MARK = 'actor_fold';
const PAGE = 5000;
const SPEECH = new Set<string>(SPEECH_TYPES);
const BETWEEN_ACTORS = new Set<string>([...INTERACTION_TYPES, 'MEMBER_OF']);
const WALKED = [...SPEECH, 'REPORTS', 'ABOUT', 'PUBLISHED_BY', ...BETWEEN_ACTORS];

const SCHEMA = `
CREATE TABLE IF NOT EXISTS actor_link (
  type TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (type, source, target, day)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS actor_link_source ON actor_link (source, target);
CREATE INDEX IF NOT EXISTS actor_link_target ON actor_link (target, source);
-- Each actor's folded weight (the counts of the links touching it): the overview's stored score, ranked by index.
CREATE TABLE IF NOT EXISTS actor_weight (actor TEXT PRIMARY KEY, weight INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS actor_weight_rank ON actor_weight (weight DESC, actor);
CREATE TABLE IF NOT EXISTS actor_said (
  actor TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (actor, day)
) WITHOUT ROWID;
`;

/** The evidence day as fold() keeps it (addToLink: the first 10 characters of a date string); '' when undated. */
const dayOf = (date: unknown): string => (typeof date === 'string' && date ? date.slice(0, 10) : '');
/** A raw JSON property as fold() sees it: text stays text, anything else is no date. */
const textOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

interface EdgeRow {
  rowid: number;
  type: string;
  source: string;
  target: string;
  props: string;
}

/** The folding state of one run: statements, the counts it adds (flushed at the end), lookups memoised. */
class Folder {
  readonly links = new Map<string, number>();
  readonly said = new Map<string, number>();
  private readonly actors = new Map<string, boolean>();
  private readonly dates = new Map<string, unknown>();
  private readonly s;

  constructor(private readonly db: Db) {
    const p = (sql: string) => prepared(db, sql);
    this.s = {
      isActor: p(`SELECT label = 'Actor' FROM node WHERE id = ?`).pluck(),
      about: p(`SELECT target FROM edge WHERE source = ? AND type = 'ABOUT' AND rowid < ?`).pluck(),
      claimants: p(`SELECT source FROM edge WHERE target = ? AND type = 'CLAIMS' AND rowid < ?`).pluck(),
      speech: p(
        `SELECT type, source, props ->> '$.publishedAt' AS date FROM edge
         WHERE target = ? AND type IN ('CLAIMS', 'DENIES', 'CONFIRMS') AND rowid < ?`,
      ),
      outlet: p(`SELECT target FROM edge WHERE source = ? AND type = 'PUBLISHED_BY' AND rowid < ? LIMIT 1`).pluck(),
      reports: p(`SELECT props FROM edge WHERE source = ? AND type = 'REPORTS' AND rowid < ?`).pluck(),
      date: p(`SELECT props -> '$.publishedAt' FROM node WHERE id = ?`).pluck(),
    };
  }

  isActor(id: unknown): id is string {
    if (typeof id !== 'string') return false;
    let a = this.actors.get(id);
    if (a === undefined) this.actors.set(id, (a = this.s.isActor.get(id) === 1));
    return a;
  }

  private link(type: string, source: string, target: string, date: unknown): void {
    if (source === target) return;
    const k = JSON.stringify([type, source, target, dayOf(date)]);
    this.links.set(k, (this.links.get(k) ?? 0) + 1);
  }

  /** Whom a statement about `claim` already reaches through edges before `before` (fold()'s target set). */
  private targets(claim: string, type: string, before: number): Set<string> {
    const ts = new Set((this.s.about.all(claim, before) as string[]).filter((t) => this.isActor(t)));
    if (type !== 'CLAIMS') for (const c of this.s.claimants.all(claim, before) as string[]) ts.add(c);
    return ts;
  }

  private chainOf(props: Record<string, unknown>): string[] {
    const via = Array.isArray(props.via) ? (props.via as unknown[]) : [];
    return [...via, props.speaker].filter((id): id is string => this.isActor(id));
  }

  private articleDate(id: unknown): unknown {
    if (typeof id !== 'string') return null;
    if (!this.dates.has(id)) {
      const raw = this.s.date.get(id) as string | null | undefined;
      this.dates.set(id, raw == null ? null : JSON.parse(raw));
    }
    return this.dates.get(id);
  }

  edge(e: EdgeRow): void {
    const props = JSON.parse(e.props) as Record<string, unknown>;
    if (SPEECH.has(e.type)) this.speech(e, props);
    else if (e.type === 'ABOUT') this.about(e);
    else if (e.type === 'REPORTS') this.reports(e.source, props, e.rowid);
    else if (e.type === 'PUBLISHED_BY') this.published(e);
    else if (BETWEEN_ACTORS.has(e.type) && this.isActor(e.source) && this.isActor(e.target))
      this.link(e.type, e.source, e.target, this.articleDate(props.article));
  }

  private speech(e: EdgeRow, props: Record<string, unknown>): void {
    const date = props.publishedAt;
    const k = JSON.stringify([e.source, dayOf(date)]);
    this.said.set(k, (this.said.get(k) ?? 0) + 1);
    for (const t of this.targets(e.target, e.type, e.rowid)) this.link(e.type, e.source, t, date);
    if (e.type !== 'CLAIMS' || this.targets(e.target, 'DENIES', e.rowid).has(e.source)) return;
    // A new claimant of the claim: every earlier denial or confirmation of it now also points at them.
    for (const x of this.s.speech.all(e.target, e.rowid) as Array<{ type: string; source: string; date: unknown }>)
      if (x.type !== 'CLAIMS') this.link(x.type, x.source, e.source, textOrNull(x.date));
  }

  private about(e: EdgeRow): void {
    if (!this.isActor(e.target)) return;
    const about = new Set(this.s.about.all(e.source, e.rowid) as string[]);
    if (about.has(e.target)) return;
    const claimant = (this.s.claimants.all(e.source, e.rowid) as string[]).includes(e.target);
    for (const x of this.s.speech.all(e.source, e.rowid) as Array<{ type: string; source: string; date: unknown }>)
      if (x.type === 'CLAIMS' || !claimant) this.link(x.type, x.source, e.target, textOrNull(x.date));
  }

  /** The chain as read: publisher → relays (outermost first) → speaker (fold()'s REPORTS case). */
  private reports(article: string, props: Record<string, unknown>, before: number, outlet?: string): void {
    const chain = this.chainOf(props);
    const o = outlet ?? (this.s.outlet.get(article, before) as string | undefined);
    if (o && chain[0]) this.link('REPORTS', o, chain[0], props.publishedAt);
    if (outlet) return; // the relays were counted when the REPORTS edge came
    for (let i = 0; i + 1 < chain.length; i++) this.link('RELAYED', chain[i]!, chain[i + 1]!, props.publishedAt);
  }

  private published(e: EdgeRow): void {
    if (this.s.outlet.get(e.source, e.rowid) !== undefined) return; // fold() reads one outlet per article
    for (const raw of this.s.reports.all(e.source, e.rowid) as string[])
      this.reports(e.source, JSON.parse(raw) as Record<string, unknown>, e.rowid, e.target);
  }

  /** Adds this run's counts to the stored rows. */
  flush(): void {
    const link = prepared(
      this.db,
      `INSERT INTO actor_link (type, source, target, day, n) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (type, source, target, day) DO UPDATE SET n = n + excluded.n`,
    );
    const weight = prepared(
      this.db,
      `INSERT INTO actor_weight (actor, weight) VALUES (?, ?) ON CONFLICT (actor) DO UPDATE SET weight = weight + excluded.weight`,
    );
    const weights = new Map<string, number>();
    for (const [k, n] of this.links) {
      const [type, source, target, day] = JSON.parse(k) as string[];
      link.run(type, source, target, day, n);
      for (const a of [source!, target!]) weights.set(a, (weights.get(a) ?? 0) + n);
    }
    for (const [a, n] of weights) weight.run(a, n);
    const said = prepared(
      this.db,
      `INSERT INTO actor_said (actor, day, n) VALUES (?, ?, ?) ON CONFLICT (actor, day) DO UPDATE SET n = n + excluded.n`,
    );
    for (const [k, n] of this.said) said.run(...(JSON.parse(k) as string[]), n);
  }
}

const markOf = (db: Db) =>
  Number((prepared(db, 'SELECT value FROM meta WHERE key = ?').pluck().get(MARK) as string | undefined) ?? -1);
const lastRowid = (db: Db) => (prepared(db, 'SELECT max(rowid) FROM edge').pluck().get() as number | null) ?? 0;

/** Whether the stored rows hold every relationship (read inside the caller's transaction). */
export const foldIsCurrent = (db: Db): boolean => markOf(db) === lastRowid(db);

/**
 * Folds the relationships added since the last run into the stored rows; the caller's write transaction makes it
 * atomic with them. The first run on a store written before it folds every relationship once (`log` says so).
 */
export function foldNew(db: Db, log: (line: string) => void = () => {}): void {
  let after = markOf(db);
  const last = lastRowid(db);
  if (after === last) return;
  if (after < 0 || after > last) {
    // No rows yet, or the relationships were cleared since: start over.
    db.exec(SCHEMA);
    db.exec('DELETE FROM actor_link; DELETE FROM actor_weight; DELETE FROM actor_said');
    if (last > 100_000) log(`kg: note: folding the actor network once over ${last} relationships (kept from now on)`);
    after = 0;
  }
  const page = prepared(
    db,
    `SELECT rowid, type, source, target, props FROM edge
     WHERE rowid > ? AND type IN (SELECT value FROM json_each(?)) ORDER BY rowid LIMIT ${PAGE}`,
  );
  const folder = new Folder(db);
  const types = JSON.stringify(WALKED);
  for (let rows: EdgeRow[]; (rows = page.all(after, types) as EdgeRow[]).length;) {
    for (const e of rows) folder.edge(e);
    after = rows.at(-1)!.rowid;
  }
  folder.flush();
  prepared(
    db,
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(MARK, String(last));
}

/** The stored network for a date range, as fold() gives it (caller's read transaction; foldIsCurrent first). */
export function storedFold(db: Db, from?: string | null, to?: string | null): Folded {
  const links: FoldedLink[] = [];
  const rows = db
    .prepare('SELECT type, source, target, day, n FROM actor_link ORDER BY type, source, target')
    .raw()
    .iterate() as IterableIterator<[string, string, string, string, number]>;
  let cur: FoldedLink | undefined;
  for (const [type, source, target, day, n] of rows) {
    if (!inDateRange(day, from, to)) continue;
    if (cur?.type !== type || cur.source !== source || cur.target !== target)
      links.push((cur = { type, source, target, count: 0, latest: null, first: null }));
    cur.count += n;
    if (!day) continue;
    if (cur.latest === null || day > cur.latest) cur.latest = day;
    if (cur.first === null || day < cur.first) cur.first = day;
  }
  const said = new Map<string, number>();
  for (const [actor, day, n] of db.prepare('SELECT actor, day, n FROM actor_said').raw().iterate() as IterableIterator<
    [string, string, number]
  >)
    if (inDateRange(day, from, to)) said.set(actor, (said.get(actor) ?? 0) + n);
  return { links, said };
}
