// One speaker's claim told by two outlets in other words (graph/claims/speaker-paired.ts), decided on the two claims
// alone, and the guards every paraphrase passes first that keep one speaker's accusations of two different parties
// apart (graph/claims/decide.ts otherParties, accusedApart). Invented wire sentences.
import { describe, expect, it } from 'vitest';

import { accusedApart, otherParties, paraphrase } from '../../graph/claims/decide.ts';
import { speakerPaired } from '../../graph/claims/speaker-paired.ts';
import { claimSide, said } from './claim-sides.ts';

const warden = said('ana-ferreira');
const later = said('ana-ferreira', { publishedAt: '2024-09-03' });
const other = said('joao-costa', { publishedAt: '2024-09-03' });

const SHOT = 'the rangers had been warned by poachers near the river and had withdrawn from the post';
const FIRST = 'the rangers had been warned first';

describe('one speaker’s claim retold in another article', () => {
  it('is one claim in other words, which the paraphrase decision alone leaves apart', () => {
    const [a, b] = [claimSide(SHOT, warden), claimSide(FIRST, later)];
    expect(paraphrase(a, b)).toBeNull();
    expect(speakerPaired(a, b)?.reason).toContain('retold');
  });

  it('is decided alike whichever telling comes first', () => {
    const [a, b] = [claimSide(SHOT, warden), claimSide(FIRST, later)];
    expect(speakerPaired(b, a)).toEqual(speakerPaired(a, b));
  });

  it('is never two speakers’ words', () => {
    expect(speakerPaired(claimSide(SHOT, warden), claimSide(FIRST, other))).toBeNull();
  });

  it('is not the same subject told as a negation, in another tense or with other acts', () => {
    const a = claimSide(SHOT, warden);
    expect(speakerPaired(a, claimSide('the rangers had not been fired at first', later))).toBeNull();
    expect(speakerPaired(a, claimSide('the rangers would be fired at again near the river', later))).toBeNull();
    const fire = claimSide(
      'the fire on the ridge had been set deliberately by people clearing land for cattle',
      warden,
    );
    const lightning = claimSide('the fire on the ridge had been started by a lightning strike', later);
    expect(speakerPaired(fire, lightning)).toBeNull();
  });

  it('is no toll or strike, which the toll rules decide, and no two-sentence quote', () => {
    const shot = claimSide('the rangers had been shot at by poachers near the river and had returned fire', warden);
    expect(speakerPaired(shot, claimSide('the rangers had been fired at first', later))).toBeNull();
    expect(speakerPaired(claimSide(`${FIRST}. The poachers fled`, warden), claimSide(SHOT, later))).toBeNull();
  });

  it('is not one clause of a content holding two', () => {
    const both = claimSide(`${SHOT} and that the park had been closed to visitors`, warden);
    expect(speakerPaired(both, claimSide(FIRST, later))).toBeNull();
  });
});

describe('one speaker holding two different parties to account', () => {
  const berenger = said('paul-berenger');
  const berengerLater = said('paul-berenger', { publishedAt: '2024-09-03' });
  const customs = claimSide('the Customs Department of failing to scan containers from high-risk ports', berenger, [
    ['mauritius-customs-department', 'Customs Department'],
  ]);
  const ports = claimSide('the Ports Authority of failing to scan containers from high-risk ports', berengerLater, [
    ['ports-authority', 'Ports Authority'],
  ]);

  it('names a party on each side the other does not: no paraphrase', () => {
    expect(otherParties(customs, ports)).toBe(true);
    expect(paraphrase(customs, ports)).toBeNull();
  });

  it('holds two described parties to account for one act: no paraphrase', () => {
    const minister = said('andrea-kalavska');
    const management = claimSide(
      "the previous management of the hospital of hiding the contracts from the ministry's auditors",
      minister,
    );
    const region = claimSide(
      "the regional government of hiding the contracts from the ministry's auditors",
      said('andrea-kalavska', { publishedAt: '2024-09-03' }),
    );
    expect(accusedApart(management, region)).toBe(true);
    expect(paraphrase(management, region)).toBeNull();
    expect(speakerPaired(management, region)).toBeNull();
  });

  it('keeps one party told alike on both sides, named or described', () => {
    const a = claimSide('the Customs Department of failing to scan containers', berenger, [
      ['mauritius-customs-department', 'Customs Department'],
    ]);
    const b = claimSide('the Customs Department of failing to check the containers', berengerLater, [
      ['mauritius-customs-department', 'Customs Department'],
    ]);
    expect(otherParties(a, b)).toBe(false);
    expect(accusedApart(a, b)).toBe(false);
    const suspect = claimSide('Investigators suspect a hospital employee of passing tender documents', said('x'));
    const again = claimSide('a hospital employee of leaking tender documents', said('x'));
    expect(accusedApart(suspect, again)).toBe(false);
  });
});
