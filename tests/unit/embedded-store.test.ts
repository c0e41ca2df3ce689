// The shared store spec on the embedded store, plus what only the embedded store has: its SQLite file, commits per
// article that survive kill -9, the one-time move of an earlier graph.json. In: fixtures, temp files, a child process.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

import { actorGraphEmbedded } from '../../graph/embedded/actor-graph.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { toGraphRecords } from '../../graph/model.ts';
import { denial, strike } from '../fixtures/articles.ts';
import { copyOfStrike } from '../fixtures/crash-articles.ts';
import { traceFixtures } from '../fixtures/trace-articles.ts';
import { hubArticles } from '../fixtures/trace-hub.ts';
import { crossArticleSpec } from '../store/cross-spec.ts';
import { storeSpec } from '../store/spec.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeSpec(
  'embedded',
  async (options) => {
    const s = new EmbeddedStore(path.join(dir, options ? 'spec-options.db' : 'spec.db'), options);
    await s.init();
    return s;
  },
  (s) => (s as EmbeddedStore).clear(),
);

// The same spec on a bulk writer (`kg ingest`): articles grouped into shared commits read as one commit each.
storeSpec(
  'embedded, grouped commits',
  async (options) => {
    const file = path.join(dir, options ? 'spec-grouped-options.db' : 'spec-grouped.db');
    const s = new EmbeddedStore(file, { ...options, groupCommits: { articles: 3 } });
    await s.init();
    return s;
  },
  (s) => (s as EmbeddedStore).clear(),
);

crossArticleSpec(
  'embedded',
  async () => {
    const s = new EmbeddedStore(path.join(dir, 'cross.db'));
    await s.init();
    return s;
  },
  (s) => (s as EmbeddedStore).clear(),
);

/**
 * A store file written before a kept table existed: drops the table (with its triggers and meta key), reopens the
 * store so that opening fills it again, then clears the store. What `read` gives after the refill and after the clear.
 */
async function refillThenClear<T>(file: string, drop: string, read: () => T): Promise<[T, T]> {
  const db = new Database(file);
  db.exec(drop);
  db.close();
  const b = new EmbeddedStore(file);
  await b.init();
  await b.close();
  const refilled = read();
  const c = new EmbeddedStore(file);
  await c.clear();
  await c.close();
  return [refilled, read()];
}

describe('embedded store file', () => {
  it('commits each article at once: another store reads it before the writer closes, and a reopen reads the same graph', async () => {
    const file = path.join(dir, 'reopen.db');
    const a = new EmbeddedStore(file);
    await a.loadArticle(strike);
    await a.loadArticle(denial);
    const early = new EmbeddedStore(file);
    expect(await early.hasArticle(denial.extraction.article.id)).toBe(true);
    expect(await early.stats()).toEqual(await a.stats());
    await early.close();
    await a.close();
    const b = new EmbeddedStore(file);
    expect(await b.stats()).toEqual(await a.stats());
    expect((await b.findActors(['Lavrentiev'])).get('Lavrentiev')?.id).toBe('alexander-lavrentiev');
    expect((await b.loadArticle(strike)).status).toBe('unchanged');
    await b.close();
  });

  it('counts the degrees of a store written before they were kept, once, as the graph in memory counts them', async () => {
    const file = path.join(dir, 'degrees.db');
    const a = new EmbeddedStore(file);
    await a.loadArticle(strike);
    await a.loadArticle(denial);
    await a.close();
    // A store from before degree.ts: no table, no triggers, no mark.
    const db = new Database(file);
    db.exec(`DROP TRIGGER node_degree_node; DROP TRIGGER node_degree_node_gone; DROP TRIGGER node_degree_edge;
      DROP TRIGGER node_degree_edge_gone; DROP TABLE node_degree; DELETE FROM meta WHERE key = 'node_degree'`);
    db.close();
    const b = new EmbeddedStore(file);
    const whole = b.graph();
    const cut = await b.subgraph({ limit: 6 });
    const rank = whole.nodes().sort((x, y) => whole.degree(y) - whole.degree(x) || (x < y ? -1 : 1));
    expect(cut.nodes.map((n) => n.id)).toEqual(rank.slice(0, 6));
    const stored = new Database(file, { readonly: true });
    const degrees = stored.prepare('SELECT id, degree FROM node_degree').all() as Array<{ id: string; degree: number }>;
    stored.close();
    expect(new Map(degrees.map((r) => [r.id, r.degree]))).toEqual(new Map(rank.map((n) => [n, whole.degree(n)])));
    await b.close();
  });

  it('ranks the claims of a store written before the rank was kept, once, as its triggers rank them as articles arrive', async () => {
    const file = path.join(dir, 'claim-rank.db');
    const a = new EmbeddedStore(file);
    // Outlets, relays and speakers in every order of arrival; the last half repeats claims on newer dates.
    for (const x of [strike, denial, ...traceFixtures, ...hubArticles(30)])
      await a.loadArticle({ ...x, ingestedAt: '2024-01-01T00:00:00Z' });
    await a.close();
    const read = () => {
      const db = new Database(file, { readonly: true });
      const rows = [
        db.prepare('SELECT * FROM actor_claim ORDER BY actor, role, claim').all(),
        db.prepare('SELECT * FROM actor_statements ORDER BY actor').all(),
      ];
      db.close();
      return rows;
    };
    const triggered = read();
    expect(triggered[0]!.length).toBeGreaterThan(50);
    const [refilled, cleared] = await refillThenClear(
      file,
      `DROP TRIGGER actor_claim_speech; DROP TRIGGER actor_claim_published; DROP TRIGGER actor_claim_reports;
      DROP TRIGGER actor_claim_gone; DROP TABLE actor_claim; DROP TABLE actor_statements;
      DELETE FROM meta WHERE key = 'actor_claim'`,
      read,
    );
    expect(refilled).toEqual(triggered);
    expect(cleared).toEqual([[], []]);
  });

  it('keeps the texts of the claims each article reports as a store written before them gets them filled, once', async () => {
    const file = path.join(dir, 'reported-text.db');
    const a = new EmbeddedStore(file);
    // The same articles twice (a REPORTS relationship already there adds nothing), and claims many articles report.
    for (const x of [strike, denial, ...traceFixtures, ...hubArticles(30), strike]) await a.loadArticle(x);
    await a.close();
    const read = () => {
      const db = new Database(file, { readonly: true });
      const rows = db.prepare('SELECT * FROM reported_text ORDER BY article, claim').all();
      // What the table stands for: each article's REPORTS targets, one row a pair, with the claim's text.
      const joined = db
        .prepare(
          `SELECT DISTINCT e.source AS article, e.target AS claim, n.props ->> '$.text' AS text
           FROM edge e JOIN node n ON n.id = e.target WHERE e.type = 'REPORTS' ORDER BY 1, 2`,
        )
        .all();
      db.close();
      return { rows, joined };
    };
    const triggered = read();
    expect(triggered.rows.length).toBeGreaterThan(50);
    expect(triggered.rows).toEqual(triggered.joined);
    const [refilled, cleared] = await refillThenClear(
      file,
      `DROP TRIGGER reported_text_add; DROP TRIGGER reported_text_gone; DROP TABLE reported_text;
      DELETE FROM meta WHERE key = 'reported_text'`,
      read,
    );
    expect(refilled).toEqual(triggered);
    expect(cleared.rows).toEqual([]);
  });

  it('keeps each article’s extraction and the rank of a name set by the aliases file across a reopen', async () => {
    const file = path.join(dir, 'internal.db');
    const a = new EmbeddedStore(file);
    // A rank below every article's own name: what resolve gives a name from the aliases file's rename.
    const pinned = { ...strike.extraction.actors[0]!, name: 'W. Muallem', rank: '0' };
    const renamed = { ...strike.extraction, actors: [pinned, ...strike.extraction.actors.slice(1)] };
    await a.loadArticle({ ...strike, extraction: renamed, extracted: strike.extraction });
    await a.close();
    const b = new EmbeddedStore(file);
    await b.loadArticle(denial);
    expect((await b.getNode('walid-muallem'))?.props.name).toBe('W. Muallem');
    const stored = [];
    for await (const x of b.storedArticles()) stored.push(x);
    const mine = stored.find((x) => x.id === strike.extraction.article.id)!;
    expect(JSON.parse(mine.extraction!)).toEqual(strike.extraction);
    expect(stored.find((x) => x.id === denial.extraction.article.id)!.extraction).toBeNull();
    await b.close();
  });

  it('a bulk writer groups articles into one commit: readers see them at its commit, a bad one is left out alone', async () => {
    const file = path.join(dir, 'grouped.db');
    const one = path.join(dir, 'ungrouped.db');
    const a = new EmbeddedStore(file, { groupCommits: { articles: 3, ms: 60_000 } });
    const b = new EmbeddedStore(one);
    const reader = new EmbeddedStore(file);
    for (const s of [a, b]) {
      await s.loadArticle(strike);
      // An actor id that is a stored claim's (as in the clash test below): refused whole, inside the open group too.
      const clashing = structuredClone(denial);
      const claimId = (await s.search('Israeli jets', { labels: ['Claim'] }))[0]!.id;
      clashing.extraction.actors[2] = { ...clashing.extraction.actors[2]!, id: claimId };
      await expect(s.loadArticle(clashing)).rejects.toMatchObject({ code: 'EXTRACTION_INVALID' });
    }
    // Written, not committed: the writer reads its own rows, another connection does not yet.
    expect(await a.hasArticle(strike.extraction.article.id)).toBe(true);
    expect(await reader.hasArticle(strike.extraction.article.id)).toBe(false);
    await a.loadArticle(denial);
    await b.loadArticle(denial);
    await a.loadArticle(copyOfStrike(1));
    await b.loadArticle(copyOfStrike(1));
    // The third article loaded in the group commits it.
    expect(await reader.hasArticle(denial.extraction.article.id)).toBe(true);
    await a.loadArticle(copyOfStrike(2));
    expect(await reader.hasArticle(copyOfStrike(2).extraction.article.id)).toBe(false);
    a.flush();
    expect(await reader.hasArticle(copyOfStrike(2).extraction.article.id)).toBe(true);
    await b.loadArticle(copyOfStrike(2));
    await a.loadArticle(copyOfStrike(3));
    await b.loadArticle(copyOfStrike(3));
    await a.close(); // commits what is left
    expect(await reader.hasArticle(copyOfStrike(3).extraction.article.id)).toBe(true);
    expect(await reader.stats()).toEqual(await b.stats());
    // Every table's rows, the load time of the two fixtures loaded without one left out.
    const rows = (f: string) => {
      const db = new Database(f, { readonly: true });
      const tables = [
        'node',
        'edge',
        'actor_name',
        'claim_band',
        'actor_link',
        'actor_said',
        'actor_claim',
        'node_degree',
        'reported_text',
      ];
      const all = tables.map((t) =>
        (db.prepare(`SELECT * FROM ${t}`).all() as Array<Record<string, unknown>>)
          .map((r) => JSON.stringify(r).replace(/\\"ingestedAt\\":\\"[^\\]*\\"/, ''))
          .sort(),
      );
      db.close();
      return all;
    };
    await b.close();
    await reader.close();
    expect(rows(file)).toEqual(rows(one));
  });

  it('rejects an article whose records clash with the stored graph and leaves no trace of it', async () => {
    const a = new EmbeddedStore(path.join(dir, 'clash.db'));
    await a.loadArticle(strike);
    const before = await a.stats();
    // An actor id that is already a claim id elsewhere: the whole article must be refused.
    const clashing = structuredClone(denial);
    const claimId = (await a.search('Israeli jets', { labels: ['Claim'] }))[0]!.id;
    clashing.extraction.actors[2] = { ...clashing.extraction.actors[2]!, id: claimId };
    await expect(a.loadArticle(clashing)).rejects.toMatchObject({ code: 'EXTRACTION_INVALID' });
    expect(await a.stats()).toEqual(before);
    expect(await a.hasArticle(denial.extraction.article.id)).toBe(false);
    await a.close();
  });

  it('names the file when it is not a database', async () => {
    const bad = path.join(dir, 'corrupt.db');
    writeFileSync(bad, 'this is not a database, it is a page of text long enough to look like a header '.repeat(20));
    await expect(new EmbeddedStore(bad).init()).rejects.toThrow(
      `${bad}: the embedded store's database cannot be opened (file is not a database)`,
    );
  });
});

describe('embedded store: the actor network folded from the database', () => {
  it('is the network the whole graph in memory folds, for the overview, a focus and a date range', async () => {
    const s = new EmbeddedStore(path.join(dir, 'actors.db'));
    for (const a of [strike, denial, ...traceFixtures, ...hubArticles(20)])
      await s.loadArticle({ ...a, ingestedAt: '2024-01-01T00:00:00Z' });
    const whole = s.graph();
    const options = [
      {},
      { limit: 5, maxLinks: 4 },
      { focus: ['israel', 'walid-muallem'], limit: 3 },
      { from: '2021-01-01', to: '2023-12-31' },
    ];
    for (const o of options) {
      const folded = await s.actorGraph(o);
      expect(folded, JSON.stringify(o)).toEqual(await actorGraphEmbedded(whole, o));
      expect(folded.edges.length, JSON.stringify(o)).toBeGreaterThan(0);
    }
    // A later article changes the network: the folded links are not kept past a commit.
    const before = (await s.actorGraph({})).total;
    await s.loadArticle(copyOfStrike(1));
    await s.loadArticle({ ...hubArticles(21).at(-1)!, ingestedAt: '2024-01-01T00:00:00Z' });
    expect(await s.actorGraph({})).toEqual(await actorGraphEmbedded(s.graph(), {}));
    expect((await s.actorGraph({})).total).toBeGreaterThanOrEqual(before);
    await s.close();
  });
});

describe('embedded store: the actor network kept folded as articles arrive', () => {
  const articles = [strike, denial, ...traceFixtures, ...hubArticles(20)].map((a) => ({
    ...a,
    ingestedAt: '2024-01-01T00:00:00Z',
  }));
  const options = [{}, { limit: 5, maxLinks: 4 }, { focus: ['israel', 'walid-muallem'], limit: 3 }, { to: '2021' }];

  it('is what folding the whole graph gives, whatever order the articles came in, and for a store folded once late', async () => {
    // Reversed, a denial arrives before the claim it denies and ABOUT edges after the statements they redirect.
    for (const [name, order] of [
      ['forward.db', articles],
      ['reverse.db', [...articles].reverse()],
    ] as const) {
      const file = path.join(dir, name);
      const s = new EmbeddedStore(file);
      for (const a of order) await s.loadArticle(a);
      const stored = new Database(file, { readonly: true });
      expect(stored.prepare('SELECT count(*) FROM actor_link').pluck().get()).toBeGreaterThan(20);
      stored.close();
      for (const o of options)
        expect(await s.actorGraph(o), `${name} ${JSON.stringify(o)}`).toEqual(await actorGraphEmbedded(s.graph(), o));
      await s.close();
    }
    // A store written before the rows were kept: the first actorGraph folds every relationship into them once.
    const file = path.join(dir, 'forward.db');
    const db = new Database(file);
    db.exec(
      `DROP TABLE actor_link; DROP TABLE actor_weight; DROP TABLE actor_said; DELETE FROM meta WHERE key = 'actor_fold'`,
    );
    db.close();
    const notes: string[] = [];
    const late = new EmbeddedStore(file, { log: (l) => notes.push(l) });
    for (const o of options) expect(await late.actorGraph(o)).toEqual(await actorGraphEmbedded(late.graph(), o));
    await late.close();
    const again = new Database(file, { readonly: true });
    expect(again.prepare(`SELECT value FROM meta WHERE key = 'actor_fold'`).pluck().get()).toBe(
      String(again.prepare('SELECT max(rowid) FROM edge').pluck().get()),
    );
    again.close();
    expect(notes).toEqual([]);
  });
});

describe('embedded store: an earlier graph.json', () => {
  // tests/fixtures/legacy/graph.json was written by the JSON store (strike with its extraction, then denial).
  const legacy = fileURLToPath(new URL('../fixtures/legacy/graph.json', import.meta.url));

  it('is moved into the database once, on open, and kept as graph.json.bak with one notice', async () => {
    const d = mkdtempSync(path.join(dir, 'legacy-'));
    copyFileSync(legacy, path.join(d, 'graph.json'));
    const notes: string[] = [];
    // The configured path may still name the JSON file (an old KG_DATA): the database goes beside it.
    const s = new EmbeddedStore(path.join(d, 'graph.json'), { log: (l) => notes.push(l) });
    await s.init();
    expect(s.dataFile).toBe(path.join(d, 'graph.db'));
    expect(notes).toEqual([
      `kg: note: moved ${path.join(d, 'graph.json')} (2 articles) into ${path.join(d, 'graph.db')}; the JSON is kept as ${path.join(d, 'graph.json.bak')}`,
    ]);
    expect(existsSync(path.join(d, 'graph.json'))).toBe(false);
    expect(readFileSync(path.join(d, 'graph.json.bak'), 'utf8')).toBe(readFileSync(legacy, 'utf8'));

    // The same graph as loading the two articles afresh, identity lookups included.
    const fresh = new EmbeddedStore(path.join(d, 'fresh.db'));
    await fresh.loadArticle({ ...strike, extracted: strike.extraction });
    await fresh.loadArticle(denial);
    expect(await s.stats()).toEqual(await fresh.stats());
    expect((await s.findActors(['Lavrentiev'])).get('Lavrentiev')?.id).toBe('alexander-lavrentiev');
    // Every node as the file held it (a claim written before claim terms existed keeps none).
    const file = JSON.parse(readFileSync(legacy, 'utf8')) as {
      nodes: Array<{ key: string; attributes: { labels: string[]; props: Record<string, unknown> } }>;
    };
    for (const n of file.nodes)
      expect(await s.getNode(n.key)).toEqual({ id: n.key, labels: n.attributes.labels, props: n.attributes.props });
    expect(await s.actorMentions()).toEqual(await fresh.actorMentions());
    const stored = [];
    for await (const x of s.storedArticles()) stored.push(x);
    expect(JSON.parse(stored.find((x) => x.id === strike.extraction.article.id)!.extraction!)).toEqual(
      strike.extraction,
    );
    expect((await s.loadArticle(denial)).status).toBe('unchanged');
    await Promise.all([s.close(), fresh.close()]);

    // Once: a later open finds the database and says nothing, even with a JSON file back in place.
    copyFileSync(legacy, path.join(d, 'graph.json'));
    const again = new EmbeddedStore(path.join(d, 'graph.db'), { log: (l) => notes.push(l) });
    expect((await again.stats()).nodes.Article).toBe(2);
    expect(notes).toHaveLength(1);
    await again.close();
  });

  it('names the JSON file when it is corrupt, and creates no database', async () => {
    const d = mkdtempSync(path.join(dir, 'legacy-bad-'));
    writeFileSync(path.join(d, 'graph.json'), '{"nodes": [');
    await expect(new EmbeddedStore(path.join(d, 'graph.db')).init()).rejects.toThrow(
      `${path.join(d, 'graph.json')}: the embedded store's data file is not valid JSON`,
    );
    expect(existsSync(path.join(d, 'graph.db'))).toBe(false);
  });
});

describe('embedded store: kill -9 mid-ingest', { timeout: 120_000 }, () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const COUNT = 200;

  /** Runs the crash writer (tests/fixtures/crash-writer.ts); kills it with SIGKILL once `killAfter` commits are reported. */
  function writer(file: string, killAfter: number | null): Promise<{ reported: number; signal: string | null }> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'tests/fixtures/crash-writer.ts', file, String(COUNT)],
        {
          cwd: root,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let reported = 0;
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        reported += chunk.split('\n').filter((l) => l.startsWith('loaded')).length;
        if (killAfter !== null && reported >= killAfter) child.kill('SIGKILL');
      });
      child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
      child.on('error', reject);
      child.on('close', (code, signal) =>
        signal || code === 0 ? resolve({ reported, signal }) : reject(new Error(`crash writer exited ${code}: ${err}`)),
      );
    });
  }

  /** Articles stored, and for each whether all its relationships are (none half written). */
  function inspect(file: string) {
    const db = new Database(file, { readonly: true });
    try {
      const ids = db.prepare(`SELECT id FROM node WHERE label = 'Article'`).pluck().all() as string[];
      const edges = db.prepare(`SELECT count(*) FROM edge WHERE json_extract(props, '$.article') = ?`).pluck();
      return { ids, edgesOf: (id: string) => edges.get(id) as number };
    } finally {
      // better-sqlite3 statements are done once `all`/`get` return; the db closes after the caller has read.
      setTimeout(() => db.close(), 0);
    }
  }

  it('loses at most the article in flight, duplicates nothing, and a rerun completes the corpus', async () => {
    const file = path.join(dir, 'crash.db');
    const killed = await writer(file, 40);
    expect(killed.signal).toBe('SIGKILL');
    const perArticle = new Map(
      Array.from({ length: COUNT }, (_, i) => {
        const input = copyOfStrike(i);
        return [input.extraction.article.id, toGraphRecords(input).rels.length];
      }),
    );
    const after = inspect(file);
    // Every commit the writer reported is there; at most the one in flight beyond them (it may have committed).
    expect(after.ids.length).toBeGreaterThanOrEqual(killed.reported);
    expect(after.ids.length).toBeLessThan(COUNT);
    for (const id of after.ids) expect(after.edgesOf(id)).toBe(perArticle.get(id));

    // The rerun takes over the lock the killed writer left, skips what is stored and loads the rest once.
    const rerun = await writer(file, null);
    expect(rerun.signal).toBeNull();
    expect(rerun.reported).toBe(COUNT - after.ids.length);
    const done = inspect(file);
    expect(done.ids.sort()).toEqual([...perArticle.keys()].sort());
    for (const id of done.ids) expect(done.edgesOf(id)).toBe(perArticle.get(id));
  });
});
