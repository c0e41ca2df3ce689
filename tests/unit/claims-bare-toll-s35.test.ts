// One speaker's death toll given bare in one outlet and in full in another, and one speaker's figure told in other
// words (graph/claims/decide.ts bareTollRetold, figureWorded), with the guards that keep one speaker's other
// statements with the same figure apart. Invented wire sentences.
import { describe, expect, it } from 'vitest';

import { paraphrase } from '../../graph/claims/decide.ts';
import { claimSide, said } from './claim-sides.ts';

const spokesman = said('omar-haidari');
const later = said('omar-haidari', { publishedAt: '2024-09-03' });
const other = said('nasir-ahmadzai', { publishedAt: '2024-09-03' });
const RAID = '^abc:attack-gardez';
const OTHER_RAID = '^def:attack-zurmat';

const FULL = 'four guards were killed and nine wounded when rockets struck the United Nations compound at dawn';
const UN: Array<[string, string]> = [['united-nations', 'United Nations']];
/** The full toll, naming a party the bare one does not: no rule on the incident's figure takes it (lone party). */
const full = (o = spokesman, incident: string | null = RAID) => claimSide(FULL, o, UN, incident);
const BARE = 'a toll of four dead';

describe('one speaker’s death toll told bare', () => {
  it('is the full toll of the same incident, which names whom, how and the wounded besides', () => {
    const [a, b] = [full(), claimSide(BARE, later, [], RAID)];
    expect(paraphrase(a, b)?.reason).toContain('death toll told bare');
    expect(paraphrase(b, a)?.reason).toContain('death toll told bare');
  });

  it('is the full toll with no incident told, from a figure of three up', () => {
    const roof = claimSide('four miners were killed and two injured when the roof of the gallery collapsed', spokesman);
    expect(paraphrase(roof, claimSide('the death toll at four', later))?.reason).toContain('death toll told bare');
    const two = claimSide('two miners were killed and six injured when the roof of the gallery collapsed', spokesman);
    expect(paraphrase(two, claimSide('the death toll at two', later))).toBeNull();
  });

  it('is not another speaker’s toll, nor a toll of another incident', () => {
    expect(paraphrase(full(), claimSide(BARE, other, [], RAID))).toBeNull();
    expect(paraphrase(full(), claimSide(BARE, later, [], OTHER_RAID))).toBeNull();
  });

  it('is not the same figure for the wounded, nor for the attackers’ dead', () => {
    const bare = claimSide(BARE, later, [], RAID);
    const wounded = claimSide('four wounded guards had been taken to the provincial hospital', spokesman, [], RAID);
    expect(paraphrase(wounded, bare)).toBeNull();
    const attackers = claimSide('four attackers were killed in the gunfight', spokesman, [], RAID);
    expect(paraphrase(attackers, bare)).toBeNull();
    const blamed = claimSide('gunmen of the Shene group attacked the compound, killing four guards', spokesman, [
      ['shene', 'Shene'],
    ]);
    expect(paraphrase(blamed, claimSide(BARE, later))).toBeNull();
  });

  it('is the full toll where the shorter telling counts the same victims and nothing else', () => {
    const quote = claimSide('Four of our guards were martyred', later);
    expect(paraphrase(full(), quote)?.reason).toContain('death toll told bare');
  });

  it('is no bare toll where the shorter telling counts a kind of victim of its own', () => {
    expect(paraphrase(full(), claimSide('four inmates were killed', later, [], RAID))).toBeNull();
  });
});

const SPOTS = 'the blaze had been lit deliberately at five different spots along the ridge';
const SET = 'the blaze had been set by arsonists at five separate spots';

describe('one speaker’s figure told in other words', () => {
  it('is one claim when the figure counts the same thing and the words are near', () => {
    const [a, b] = [claimSide(SPOTS, spokesman), claimSide(SET, later)];
    expect(paraphrase(a, b)?.reason).toContain('one figure in other words');
    expect(paraphrase(b, a)).toEqual(paraphrase(a, b));
  });

  it('is never two speakers’ words', () => {
    expect(paraphrase(claimSide(SPOTS, spokesman), claimSide(SET, other))).toBeNull();
  });

  it('is not one speaker’s other statement with the same figure', () => {
    const spots = claimSide(SPOTS, spokesman);
    expect(paraphrase(spots, claimSide('five people had been detained for questioning', later))).toBeNull();
    const bolts = claimSide('the gallery roof had been reinforced with 600 rock bolts in April', spokesman);
    expect(paraphrase(bolts, claimSide('all 600 employees had been brought to the surface safely', later))).toBeNull();
  });

  it('is not a negation, a toll, another tense or one clause of two', () => {
    const spots = claimSide(SPOTS, spokesman);
    expect(paraphrase(spots, claimSide('the blaze had not been set at five separate spots', later))).toBeNull();
    expect(paraphrase(spots, claimSide('five firefighters had been injured at separate spots', later))).toBeNull();
    expect(paraphrase(spots, claimSide('the blaze would be fought from five separate spots', later))).toBeNull();
    const both = claimSide(`${SET} and that the police had found petrol cans`, later);
    expect(paraphrase(spots, both)).toBeNull();
  });
});
