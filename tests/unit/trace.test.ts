// Trace on the embedded store (the shared trace spec) and the pure parts: related-claim linking, query checks.
// In: hand-written fixtures. Out: assertions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import type { TraceQuery } from '../../graph/store.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { CHAIN_SEP, chainKey } from '../../graph/neo4j/keys.ts';
import { compareSpeechKey, pickActor } from '../../graph/trace/assemble.ts';
import { parseTraceQuery } from '../../graph/trace/query.ts';
import { contentStems, relatedClaims } from '../../graph/trace/related.ts';
import { mulberry32 } from '../../bench/rng.ts';
import { traceEmbedded } from '../../graph/embedded/trace.ts';
import { traceFixtures } from '../fixtures/trace-articles.ts';
import { carriedArticles, hubArticles } from '../fixtures/trace-hub.ts';
import { traceSpec } from '../trace/spec.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-trace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

traceSpec('embedded', async () => {
  const s = new EmbeddedStore(path.join(dir, 'trace.json'));
  await s.init();
  return s;
});

describe('related claims', () => {
  const claim = {
    id: 'a',
    text: 'the US delegation had visited Damascus in June and held a meeting with senior officials of the Syrian security agencies',
  };
  const denial =
    "the U.S. State Department had no knowledge of a reported meeting in Damascus between a senior US official and the head of Syria's National Security Bureau";

  it('links a differently worded denial from the same article, not a generic one, and is stricter across articles', () => {
    expect(contentStems('U.S. officials met us')).toEqual(new Set(['us', 'offic', 'met']));
    const candidates = [
      { id: 'b', text: denial, sameArticle: true },
      { id: 'c', text: 'I am not aware of any meeting', sameArticle: true },
      { id: 'a', text: claim.text, sameArticle: true },
    ];
    expect(relatedClaims(claim, candidates, { max: 3 })).toEqual(['b']);
    // The same pair from different articles does not reach the cross-article bar (overlap 0.58 < 0.6).
    expect(relatedClaims(claim, [{ id: 'b', text: denial, sameArticle: false }], { max: 3 })).toEqual([]);
    const reworded = 'a US delegation visited Damascus in June and held meetings with senior Syrian security officials';
    expect(relatedClaims(claim, [{ id: 'd', text: reworded, sameArticle: false }], { max: 3 })).toEqual(['d']);
  });

  it('never relates mirrored accusations: the same words with the other side firing', () => {
    // Two sides' accounts of one border clash (Ladakh, 2020 style) share their words and say opposite things.
    const indian = {
      id: 'in',
      text: 'Chinese troops had opened fire first on Indian positions near the Galwan valley',
    };
    const mirrored = 'Indian troops had opened fire first on Chinese positions near the Galwan valley';
    const retold = 'Chinese soldiers opened fire first on Indian posts in the Galwan valley';
    expect(relatedClaims(indian, [{ id: 'cn', text: mirrored, sameArticle: true }], { max: 3 })).toEqual([]);
    expect(relatedClaims(indian, [{ id: 'r', text: retold, sameArticle: false }], { max: 3 })).toEqual(['r']);
  });

  it('never relates two figures for one attack: an official toll and a group boasting of another', () => {
    // Cabo Delgado, 2021 style (made up): one wire's official toll and the group's claim in the same story.
    const toll = {
      id: 'toll',
      text: 'Nine Mozambican soldiers were killed and 14 others wounded when insurgents stormed the army post at Mbau',
    };
    const boast = 'its fighters had stormed the Mozambican army post at Mbau and killed some thirty soldiers';
    const retold = 'insurgents stormed the army post at Mbau, killing 9 Mozambican soldiers and wounding 14';
    expect(relatedClaims(toll, [{ id: 'b', text: boast, sameArticle: true }], { max: 3 })).toEqual([]);
    expect(relatedClaims(toll, [{ id: 'r', text: retold, sameArticle: true }], { max: 3 })).toEqual(['r']);
  });
});

describe('related claims of one article', () => {
  // A fishing dispute off Ghana, 2019 style (made up): the story's names recur in every claim; only claims saying the
  // same of them are one assertion (cross-s14b, Palk Strait: an arrest report tied to a denial of firing).
  const arrest = {
    id: 'arrest',
    text: 'The Ghana Navy arrested 17 Togolese fishermen and seized two canoes for fishing illegally off Keta on Sunday night',
  };
  const sameArticle = (id: string, text: string) => ({ id, text, sameArticle: true });

  it('are not related by the names they share: an arrest, a denial of firing, consular access, a crossing', () => {
    const candidates = [
      sameArticle('denial', 'the Navy had fired at the Togolese fishermen'),
      sameArticle('consular', 'it had asked the Ghanaian authorities for consular access to the arrested fishermen'),
      sameArticle('crossing', 'Togolese canoes crossed into Ghanaian waters "almost every night"'),
    ];
    expect(relatedClaims(arrest, candidates, { max: 3 })).toEqual([]);
  });

  it('are related when they say the same of them: a denial of firing and the accusation it answers', () => {
    const denial = { id: 'denial', text: 'the Navy had fired at the Togolese fishermen' };
    const accusation = sameArticle('acc', 'Ghana Navy sailors fired at Togolese fishermen who were hauling their nets');
    expect(relatedClaims(denial, [accusation], { max: 3 })).toEqual(['acc']);
  });
});

describe('trace query', () => {
  it('checks queries and picks the actor a name means', () => {
    expect(parseTraceQuery({ actor: ' Nauert ' })).toEqual({ kind: 'actor', actor: 'Nauert', limit: 25 });
    expect(() => parseTraceQuery({ actor: 'x', limit: 0 })).toThrow(/limit/);
    const cands = [
      { id: 'jeffrey-epstein', name: 'Jeffrey Epstein', aliases: ['Jeffrey'], degree: 1 },
      { id: 'james-jeffrey', name: 'James Jeffrey', aliases: ['Jeffrey', 'Jim Jeffrey'], degree: 9 },
      { id: 'jeffrey', name: 'Jeffrey', aliases: [], degree: 0 },
    ];
    expect(pickActor('jeffrey', cands)?.id).toBe('jeffrey');
    expect(pickActor('JEFFREY', cands.slice(0, 2))?.id).toBe('james-jeffrey');
    expect(pickActor('Jím  Jeffrey', cands)?.id).toBe('james-jeffrey');
    expect(pickActor('Bogdanov', cands)).toBeNull();
  });
});

describe('trace index', () => {
  it('answers the same after articles arrive as a store that indexed them all at once', async () => {
    const open = async (name: string) => {
      const s = new EmbeddedStore(path.join(dir, name));
      await s.init();
      return s;
    };
    const articles = hubArticles(40).map((a) => ({ ...a, ingestedAt: '2024-01-01T00:00:00Z' }));
    const live = await open('live.json');
    for (const a of articles.slice(0, 25)) await live.loadArticle(a);
    // Tracing builds index entries for these actors and their claims; later edges must update them in place.
    for (const actor of ['Hub Speaker', 'Hub Relay']) await live.trace({ actor, limit: 500 });
    const before = await live.trace({ actor: 'Hub Outlet', limit: 500 });
    // Later articles are newer on some dates and repeat claims: they must move into place, not append.
    for (const a of articles.slice(25)) await live.loadArticle(a);
    const fresh = await open('fresh.json');
    for (const a of articles) await fresh.loadArticle(a);
    const queries: TraceQuery[] = [];
    for (const actor of ['Hub Speaker', 'Hub Relay', 'Hub Outlet'])
      for (const limit of [1, 7, 500]) queries.push({ actor, limit });
    const all = await fresh.trace({ actor: 'Hub Speaker', limit: 500 });
    for (const t of all.claims) queries.push({ claimId: t.claim.id });
    for (const q of queries) expect(await live.trace(q), JSON.stringify(q)).toEqual(await fresh.trace(q));
    expect((await live.trace({ actor: 'Hub Outlet', limit: 500 })).statements?.published).toBe(40);
    expect(before.statements?.published).toBe(25);
  });
});

describe('trace by indexed lookups (embedded)', () => {
  it('gives for every actor (by name, alias and id) and every claim what the whole graph in memory gives', async () => {
    const s = new EmbeddedStore(path.join(dir, 'local.db'));
    const at = '2024-01-01T00:00:00Z';
    for (const a of [...traceFixtures, ...hubArticles(30), ...carriedArticles(12)])
      await s.loadArticle({ ...a, ingestedAt: at });
    const whole = s.graph();
    const queries: TraceQuery[] = [];
    whole.forEachNode((id, a) => {
      if (a.labels[0] === 'Claim') queries.push({ claimId: id });
      if (a.labels[0] !== 'Actor') return;
      for (const name of [id, String(a.props.name), ...(a.props.aliases as string[])])
        for (const limit of [1, 25]) queries.push({ actor: name, limit });
      // The id read as words ("HUB-SPEAKER" → "hub speaker"), which only the id rule may find when the name differs.
      queries.push({ actor: id.replace(/[^A-Za-z0-9]+/g, ' ').toUpperCase(), limit: 25 });
    });
    // Names nobody has: the same NotFoundError, without the whole graph.
    for (const actor of ['Nobody Atall', 'Speaker Hub', '%', 'the']) queries.push({ actor, limit: 5 });
    expect(queries.length).toBeGreaterThan(100);
    let linked = 0;
    let missing = 0;
    const outcome = async (f: () => Promise<unknown> | unknown) => {
      try {
        return await f();
      } catch (err) {
        missing++;
        return { error: String(err) };
      }
    };
    for (const q of queries) {
      const local = await outcome(() => s.trace(q));
      linked += (local as { linked?: unknown[] }).linked?.length ?? 0;
      expect(local, JSON.stringify(q)).toEqual(await outcome(() => traceEmbedded(whole, q)));
    }
    // The comparison covers related claims of other articles, which the lookups must gather too.
    expect(linked).toBeGreaterThan(0);
    expect(missing).toBe(2 * 4);
    await s.close();
  });
});

describe('chainKey', () => {
  it('orders speech relationships as compareSpeechKey does, claim by claim', () => {
    const rand = mulberry32(7);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    // Prefixes of each other ("a1"/"a10", "2021-03"/"2021-03-01"), undated, starts of different lengths.
    const keys = Array.from({ length: 400 }, () => ({
      claim: pick(['claim-a', 'claim-ab', 'claim-b']),
      date: pick([null, '2021-03', '2021-03-01', '2021-03-01T10:00:00Z', '2020-12-31']),
      article: pick(['a1', 'a10', 'a2', 'b']),
      start: pick([0, 7, 70, 700, 12345]),
      speaker: pick(['x', 'x-y', 'xy', 'état']),
    }));
    const byKey = [...keys].sort((a, b) => {
      const [ka, kb] = [chainKey(a.claim, a), chainKey(b.claim, b)];
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    const byCompare = [...keys].sort(
      (a, b) => (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0) || compareSpeechKey(a, b),
    );
    expect(byKey).toEqual(byCompare);
    for (const claim of ['claim-a', 'claim-ab'])
      expect(
        keys.filter((k) => chainKey(k.claim, k).startsWith(claim + CHAIN_SEP)).every((k) => k.claim === claim),
      ).toBe(true);
  });
});
