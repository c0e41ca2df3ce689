// Cross-article identity, the pure parts: the claim content key, answered claims inside one article (through
// the real extractor, on short wire-style texts), paraphrase/answer scoring, and incident matching.
import { describe, expect, it } from 'vitest';

import { claimContentKey, claimNodeId } from '../../graph/claims/key.ts';
import { claimBands } from '../../graph/claims/similar.ts';
import { incidentKeyId } from '../../graph/incidents/key.ts';
import { matchIncident } from '../../graph/incidents/match.ts';
import { extract } from '../../ingest/extract.ts';

describe('claim content key', () => {
  it('folds quotes, case, punctuation, determiners, auxiliaries, tense, time adverbials and a trailing attribution', () => {
    const key = claimContentKey(
      'the Chinese coast guard rammed a Philippine supply boat near Second Thomas Shoal on Monday',
    );
    for (const v of [
      '"The Chinese coast guard had rammed a Philippine supply boat near Second Thomas Shoal," officials said.',
      'Chinese coast guard rams Philippine supply boat near Second Thomas Shoal on June 17',
      'the Chinese coast guard has rammed the Philippine supply boat near Second Thomas Shoal overnight',
    ])
      expect(claimContentKey(v), v).toBe(key);
    expect(claimContentKey('U.S. envoys will meet the junta')).toBe(claimContentKey('US envoys would meet the junta'));
    // Negation and different content stay apart.
    expect(claimContentKey('the coast guard did not ram the boat')).not.toBe(
      claimContentKey('the coast guard rammed the boat'),
    );
  });

  it('shares long content across speakers; short content stays with its origin, an anonymous one with its relay', () => {
    const long = 'Ethiopian troops crossed into the al-Fashaga border region and seized two villages';
    const o = { anonymous: false, via: [], article: 'a1' };
    expect(claimNodeId(long, { ...o, speaker: 'x' })).toBe(claimNodeId(long, { ...o, speaker: 'y', article: 'a2' }));
    expect(claimNodeId('talks failed', { ...o, speaker: 'x' })).not.toBe(
      claimNodeId('talks failed', { ...o, speaker: 'y' }),
    );
    const anon = (speaker: string, via: string[], article: string) =>
      claimNodeId('troops crossed', { speaker, anonymous: true, via, article });
    expect(anon('anon-sources', ['al-jazeera'], 'a1')).toBe(anon('anon-officials', ['al-jazeera'], 'a2'));
    expect(anon('anon-sources', [], 'a1')).not.toBe(anon('anon-sources', [], 'a2'));
  });
});

describe('answered claims inside one article (extractor)', () => {
  const answers = (text: string) =>
    extract({ source: 't.txt', text, publishedAt: '2024-01-10' } as never).claims.map((c) => [
      c.stance,
      c.answers ?? null,
    ]);

  it('links "denied the allegation", "rejected the charge on Tuesday" and "X\'s accusation that ..." to the claim', () => {
    expect(
      answers(
        'NAIROBI, May 2 (AP) - The opposition said the election commission had rigged the vote count in three counties. The commission denied the allegation.',
      ),
    ).toEqual([
      ['claims', null],
      ['denies', 'claim-1'],
    ]);
    expect(
      answers(
        'LIMA, June 4 (AFP) - Prosecutors said former minister Ana Ruiz had taken bribes from a construction firm. Ruiz rejected the charge on Tuesday.',
      ),
    ).toEqual([
      ['claims', null],
      ['denies', 'claim-1'],
    ]);
  });

  it('an answer naming whose claim it answers never lands on another speaker; "to claim" is no reference', () => {
    const named = answers(
      "WASHINGTON (Reuters) - The Post reported that the senator had met lobbyists. The senator's office denied Exxon's accusation that it misled investors.",
    );
    expect(named[1]).toEqual(['denies', 'claim-3']);
    expect(
      answers(
        "WASHINGTON (Reuters) - Aides said Smith would run. Jones invoked Reagan's example to claim Smith's weaknesses were not permanent, his adviser confirmed.",
      ).every(([, a]) => a === null),
    ).toBe(true);
  });
});

describe('candidate keys of a claim stored before terms existed', () => {
  it('come from its text, so an older graph still finds its paraphrases', () => {
    const a = 'Ethiopian troops crossed into the al-Fashaga border region and seized two farming villages';
    const b = 'Ethiopian soldiers crossed into al-Fashaga border region, seizing farming villages';
    expect(claimBands(a).some((x) => claimBands(b).includes(x))).toBe(true);
    expect(
      claimBands('the central bank raised interest rates by half a point').some((x) => claimBands(a).includes(x)),
    ).toBe(false);
  });
});

describe('incident matching', () => {
  const stored = [
    {
      id: 'i1',
      kind: 'airstrike',
      date: '2024-02-26',
      place: 'Khost',
      participants: ['pakistan'],
      reported: ['2024-02-27'],
    },
    { id: 'i2', kind: 'meeting', date: '2024-02-26', place: 'Khost', participants: ['pakistan'], reported: [] },
  ];
  it('joins the same family within a day at the same place, and says why', () => {
    const m = matchIncident({ kind: 'attack', date: '2024-02-27', place: 'Khost' }, [], stored);
    expect(m).toMatchObject({ id: 'i1' });
    expect(m!.reason).toContain('within a day');
  });
  it('keeps apart two days, other places, and undated reports without a shared place and participant', () => {
    expect(matchIncident({ kind: 'attack', date: '2024-02-28', place: 'Khost' }, [], stored)).toBeNull();
    expect(matchIncident({ kind: 'attack', date: '2024-02-26', place: 'Paktika' }, ['pakistan'], stored)).toBeNull();
    expect(matchIncident({ kind: 'attack', date: null, place: 'Khost' }, [], stored)).toBeNull();
    expect(matchIncident({ kind: 'attack', date: null, place: 'Khost' }, ['pakistan'], stored)).toMatchObject({
      id: 'i1',
    });
  });
  it('keys an incident by family, day and place only when all are known', () => {
    expect(incidentKeyId({ kind: 'attack', date: '2024-02-26', place: 'Khost' })).toBe(
      incidentKeyId({ kind: 'airstrike', date: '2024-02-26', place: 'khost' }),
    );
    expect(incidentKeyId({ kind: 'attack', date: '2024-02', place: 'Khost' })).toBeNull();
  });
});
