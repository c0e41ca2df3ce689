// The Neo4j writer's in-memory linking lookups (graph/neo4j/link-cache.ts) on the shared test Neo4j: after a batched
// load, every claim's candidate lookup answers exactly what the server's band index and candidate read answer (the
// same candidates, speech edges, edge keys and band counts), the article and claim ids it holds are the stored ones,
// every incident lookup answers what the server's indexes answer, and a second writer's article turns the cache off
// at the first writer's next write, so the first writer sees it.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { claimBands } from '../../graph/claims/similar.ts';
import { ingest } from '../../graph/load.ts';
import type { CacheSlot } from '../../graph/neo4j/link-cache.ts';
import { NODE_LABELS } from '../../graph/neo4j/schema.ts';
import { Neo4jStore } from '../../graph/neo4j/store.ts';
import { answerCounts, speechKeys } from '../../graph/pending.ts';
import { extract } from '../../ingest/extract.ts';
import type { SourceDoc } from '../../ingest/types.ts';
import { neo4jConnection, openNeo4jStore, resetNeo4j } from './neo4j.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const txt = (d: string) =>
  readdirSync(path.join(fixtures, d))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(fixtures, d, f));
const FILES = [...txt('cross-claims'), ...txt('cross')];

const extracted = new Map<string, unknown>();
const cached = (doc: SourceDoc) => extracted.get(doc.text) ?? extracted.set(doc.text, extract(doc)).get(doc.text);

/** An answer as linking sees it, with what the pending overlay reads beside it (edge keys, band counts). */
const plain = (answers: Awaited<ReturnType<Neo4jStore['findMany']>>['claims']) =>
  answers.map((found) => ({
    counts: [...(answerCounts.get(found)?.counts ?? [])].sort(),
    found: found.map((c) => ({ ...c, speech: c.speech.map((s) => ({ ...s, key: speechKeys.get(s) })) })),
  }));

describe('linking lookups kept in the Neo4j writer', () => {
  let writer: Neo4jStore;
  let server: Neo4jStore;
  beforeAll(async () => {
    writer = await openNeo4jStore();
    server = new Neo4jStore(neo4jConnection(), { linkCache: false });
    await resetNeo4j(writer);
  });
  afterAll(async () => {
    await writer?.close();
    await server?.close();
  });

  it('answers as the server does after a batched load, and holds the stored ids', { timeout: 600_000 }, async () => {
    // The first half loaded before the cache is read (its load), the rest written through it (its updates).
    const half = Math.floor(FILES.length / 2);
    await ingest(FILES.slice(0, half), writer, { extract: cached, batch: 3 });
    expect(await writer.hasArticle('not-an-article')).toBe(false);
    const summary = await ingest(FILES.slice(half), writer, { extract: cached, batch: 7 });
    expect(summary).toMatchObject({ failed: 0 });

    const { rows } = await server.readQuery('MATCH (c:Claim) RETURN c.id, c.terms, c.text ORDER BY c.id');
    expect(rows.length).toBeGreaterThan(50);
    const lookups = rows.map(([, terms, text]) =>
      claimBands((terms as string[] | null)?.length ? (terms as string[]) : String(text)),
    );
    const asked = { claims: lookups.filter((b) => b.length), incidents: [] };
    const mine = await writer.findMany(asked);
    const theirs = await server.findMany(asked);
    expect(plain(mine.claims)).toEqual(plain(theirs.claims));
    // Not an empty comparison: candidates with speech edges, some of them answers across articles.
    const found = mine.claims.flat();
    expect(found.length).toBeGreaterThanOrEqual(rows.length);
    expect(found.some((c) => c.speech.some((s) => s.props.answers === 'across articles'))).toBe(true);

    // Incidents from memory (graph/neo4j/incident-cache.ts): every stored incident looked up by its day, its place
    // (key and sound) and its areas, alone and together, as the server's indexes answer.
    const stored = await server.readQuery('MATCH (i:Incident) RETURN i.date, i.placeKey, i.placeSound, i.areaTerms');
    expect(stored.rows.length).toBeGreaterThan(10);
    const incidents = stored.rows.flatMap(([date, key, sound, terms]) => {
      const inside = ((terms as string[] | null) ?? []).map((t) => t.replace(/_/g, ' '));
      const dates = date ? [String(date)] : [];
      const places = [key, sound].filter((p): p is string => typeof p === 'string');
      return [
        { dates, places: [] },
        { dates: [], places },
        { dates: [], places: [], inside },
        { dates, places, inside },
      ];
    });
    const mineIncidents = (await writer.findMany({ claims: [], incidents })).incidents;
    expect(mineIncidents).toEqual((await server.findMany({ claims: [], incidents })).incidents);
    // Not an empty comparison: incidents found with named participants, some told by several reports.
    const told = mineIncidents.flat();
    expect(told.some((i) => i.participants.length > 0)).toBe(true);
    expect(told.some((i) => i.reported.length > 1 || (i.areas ?? []).length > 0)).toBe(true);

    const ids = rows.map(([id]) => String(id));
    expect(await writer.storedClaims([...ids, 'claim:none'])).toEqual(new Set(ids));
    const articles = await server.readQuery('MATCH (a:Article) RETURN a.id');
    for (const [id] of articles.rows) expect(await writer.hasArticle(String(id))).toBe(true);

    // The writer's existence read from memory (graph/neo4j/write.ts storedLabels): every stored node's label.
    const nodes = await server.readQuery(
      'MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN n.id, [l IN labels(n) WHERE l IN $labels][0]',
      {
        params: { labels: NODE_LABELS },
        limit: 1_000_000,
      },
    );
    expect(new Set(nodes.rows.map(([, label]) => label))).toEqual(new Set(NODE_LABELS));
    const cache = await (writer as unknown as { cache: CacheSlot }).cache.get();
    const labels = cache!.labelsOf([...nodes.rows.map(([id]) => String(id)), 'not-a-node']);
    expect(labels).toEqual(new Map(nodes.rows.map(([id, label]) => [String(id), label])));
  });

  it('is turned off when another writer changes the store', { timeout: 600_000 }, async () => {
    await resetNeo4j(writer);
    const [first, second, third] = FILES.slice(0, 3).map((f) => [f]);
    await ingest(first!, writer, { extract: cached });
    // Another process loads an article: the writer's next write reads the server's counts in its transaction, sees
    // them differ from the cache's and turns it off, so its lookups after it read the server (lookups answered from
    // memory alone never read the counts: every candidate kept, incidents held).
    await ingest(second!, server, { extract: cached });
    await ingest(third!, writer, { extract: cached });
    const { rows } = await server.readQuery('MATCH (c:Claim) RETURN c.terms ORDER BY c.id');
    const asked = { claims: rows.map(([t]) => claimBands(t as string[])).filter((b) => b.length), incidents: [] };
    const days = await server.readQuery('MATCH (i:Incident) WHERE i.date IS NOT NULL RETURN DISTINCT i.date');
    const withIncident = { ...asked, incidents: [{ dates: days.rows.map(([d]) => String(d)), places: [] }] };
    const mine = await writer.findMany(withIncident);
    const theirs = await server.findMany(withIncident);
    expect(plain(mine.claims)).toEqual(plain(theirs.claims));
    expect(mine.incidents).toEqual(theirs.incidents);
    const stored = await server.readQuery('MATCH (a:Article) RETURN a.id');
    for (const [id] of stored.rows) expect(await writer.hasArticle(String(id))).toBe(true);
  });

  it(
    'names only named participants of an incident held in memory, as the server does',
    { timeout: 600_000 },
    async () => {
      await resetNeo4j(writer);
      const text = [
        'KANO, Nigeria, March 3, 2019 (Reuters) - Unidentified gunmen attacked a police checkpoint in Kano on Sunday,',
        'killing three officers, a police spokesman said.\n\nThe attackers fled on motorcycles, the spokesman, Abdullahi',
        'Haruna, told reporters. No group has claimed responsibility.\n',
      ].join(' ');
      // The extractor's own output with two participants added to the attack: one named, one anonymous (an anonymous
      // actor's node is scoped to its article and stays anonymous, so the server's lookup leaves it out).
      const withParticipants = (doc: SourceDoc) => {
        const x = structuredClone(extract(doc));
        const anonymous = x.actors.find((a) => a.anonymous)!;
        const named = x.actors.find((a) => a.id === 'abdullahi-haruna')!;
        x.incidents[0]!.participants = [anonymous.id, named.id];
        return x;
      };
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'kg-incident-cache-')), 'kano.txt');
      writeFileSync(file, text);
      expect(await writer.hasArticle('not-an-article')).toBe(false); // the cache is read before the write
      expect(await ingest([file], writer, { extract: withParticipants })).toMatchObject({ loaded: 1, failed: 0 });
      const incidents = [{ dates: ['2019-03-03'], places: ['kano'] }];
      const mine = (await writer.findMany({ claims: [], incidents })).incidents;
      expect(mine).toEqual((await server.findMany({ claims: [], incidents })).incidents);
      expect(mine[0]!.map((i) => i.participants)).toEqual([['abdullahi-haruna']]);
    },
  );
});
