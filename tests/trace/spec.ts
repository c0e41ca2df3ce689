// The trace spec, run against each GraphStore (embedded in tests/unit, Neo4j in tests/integration).
// In: a function opening an empty store. Out: vitest suites over the trace fixtures.
import { beforeAll, describe, expect, it } from 'vitest';

import { InvalidArgumentError, NotFoundError } from '../../graph/errors.ts';
import { claimNodeId } from '../../graph/model.ts';
import type { GraphStore, TraceChain, TraceResult } from '../../graph/store.ts';
import { formatTraceTree } from '../../graph/trace/tree.ts';
import { DIRECTED_CLAIM, MEETING_CLAIM, traceFixtures } from '../fixtures/trace-articles.ts';

const meetingId = claimNodeId('any', MEETING_CLAIM);
const directedId = claimNodeId('any', DIRECTED_CLAIM);
const path = (c: TraceChain) => [c.publisher?.name ?? null, ...c.relays.map((r) => r.name), c.speaker.name];

export function traceSpec(name: string, open: () => Promise<GraphStore>): void {
  describe(`trace on the ${name} store`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
      for (const f of traceFixtures) await store.loadArticle({ ...f, ingestedAt: '2024-01-01T00:00:00Z' });
    });

    it('follows a claim carried by three articles through one and two relays, earliest first', async () => {
      const { claims } = await store.trace({ claimId: meetingId });
      expect(claims).toHaveLength(1);
      const chains = claims[0]!.chains;
      expect(chains.map((c) => [c.article.publishedAt, ...path(c)])).toEqual([
        ['2018-09-11', 'Al Akhbar', 'sources'],
        ['2018-09-12', 'Tasnim News Agency', 'Al Mayadeen', 'Al Akhbar', 'diplomatic sources'],
        ['2018-09-13', 'Sputnik', 'Al Akhbar', 'sources'],
      ]);
      expect(chains[1]).toMatchObject({ stance: 'claims', cue: 'reported', speaker: { anonymous: true } });
      expect(chains[1]!.sentence).toContain('Al Mayadeen reported on Wednesday, citing the Lebanese daily Al Akhbar');
    });

    it('keeps a contested claim as one claim with CLAIMS, DENIES and CONFIRMS from different actors', async () => {
      const { claims } = await store.trace({ claimId: directedId });
      expect(claims[0]!.chains.map((c) => [c.stance, c.speaker.id, c.relays.map((r) => r.id)])).toEqual([
        ['claims', 'hadiya-khalaf-abbas', ['al-mayadeen']],
        ['denies', 'jeff-davis', []],
        ['confirms', 'maria-zakharova', ['ria-novosti']],
      ]);
      expect(claims[0]!.chains.map((c) => c.publisher?.id)).toEqual(['sputnik', 'reuters', 'al-mayadeen']);
    });

    it('traces an actor by name, case-insensitively: her denials with article and sentence, linked to what they deny', async () => {
      const r = await store.trace({ actor: 'heather NAUERT' });
      expect(r.actor).toMatchObject({ id: 'heather-nauert', name: 'Heather Nauert' });
      const denials = r.claims
        .flatMap((t) => t.chains)
        .filter((c) => c.speaker.id === 'heather-nauert' && c.stance === 'denies');
      expect(denials).toHaveLength(2);
      for (const d of denials) expect(d.article.title).toBe('US Official Held Secret Talks in Damascus - Reports');
      expect(denials.map((d) => d.sentence)).toContain(
        "However, Heather Nauert told reporters on Wednesday that the US State Department had no knowledge of a reported meeting in Damascus between a senior US official and the head of Syria's National Security Bureau intelligence service.",
      );
      // The worded denial is linked to the claim it answers; the generic "not aware of any meeting" is not.
      const worded = r.claims.find((t) => t.claim.text.startsWith('the US State Department had no knowledge'))!;
      expect(worded.related).toContain(meetingId);
      expect(r.claims.find((t) => t.claim.text === 'I am not aware of any meeting')!.related).toEqual([]);
      expect(r.linked?.find((t) => t.claim.id === meetingId)?.chains).toHaveLength(3);
      const tree = formatTraceTree(r);
      expect(tree).toContain('Heather Nauert DENIES (“told”)');
      expect(tree).toContain('› However, Heather Nauert told reporters');
    });

    it('finds what an outlet published and what a relay relayed, by alias or id', async () => {
      const published = await store.trace({ actor: 'Sputnik' });
      expect(published.claims.map((t) => t.claim.id)).toEqual(expect.arrayContaining([meetingId, directedId]));
      const relayed = await store.trace({ actor: 'al-mayadeen' });
      // Relayed both claims, and published the Zakharova article: relay role ranks first, newest first.
      expect(relayed.claims.map((t) => t.claim.id).slice(0, 2)).toEqual([meetingId, directedId]);
      const all = await store.trace({ actor: 'Nauert' });
      const one = await store.trace({ actor: 'Nauert', limit: 1 });
      expect(one.claims.map((t) => t.claim.id)).toEqual([all.claims[0]!.claim.id]);
      expect([all.truncated, one.truncated]).toEqual([false, true]);
      expect(formatTraceTree(one)).toContain('showing the 1 claim ranked first');
      expect(formatTraceTree(all)).not.toContain('more exist');
      // Nauert spoke every claim she is tied to; the outlet published articles and spoke none.
      expect(all.statements).toMatchObject({ said: all.claims.length, relayed: 0, published: 0 });
      expect(published.statements).toMatchObject({ said: 0, published: 2 });
    });

    it('gives the same tree for the same query, and clear errors for bad ones', async () => {
      const a: TraceResult = await store.trace({ actor: 'Al Akhbar' });
      expect(formatTraceTree(a)).toBe(formatTraceTree(await store.trace({ actor: 'al akhbar' })));
      const meeting = await store.trace({ claimId: meetingId });
      // Every report is shown: the counts match the chains, and the tree announces nothing hidden.
      const shown = (stance: string) => meeting.claims[0]!.chains.filter((c) => c.stance === stance).length;
      expect(meeting.claims[0]!.reports).toEqual({ claims: shown('claims'), denies: shown('denies'), confirms: 0 });
      expect(formatTraceTree(meeting)).not.toContain('more report');
      const lines = formatTraceTree(meeting).split('\n');
      const idx = (s: string) => lines.findIndex((l) => l.includes(s));
      expect(idx('Tasnim News Agency')).toBeLessThan(idx('└─ Al Mayadeen (outlet) relayed'));
      expect(idx('└─ Al Mayadeen (outlet) relayed')).toBeLessThan(idx('└─ Al Akhbar (outlet) relayed'));
      expect(lines[idx('└─ diplomatic sources')]!.indexOf('└─')).toBeGreaterThan(
        lines[idx('└─ Al Akhbar (outlet) relayed')]!.indexOf('└─'),
      );
      await expect(store.trace({ actor: 'Nobody Atall' })).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.trace({ claimId: 'claim-missing' })).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.trace({ actor: '  ' })).rejects.toBeInstanceOf(InvalidArgumentError);
    });
  });
}
