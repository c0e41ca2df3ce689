// Session 21: an incident's trigger words, and two ways a telling of force went unread. A visit to the victims told
// in the same headline as the attack had been anchored to the attack through the sentence they share; an APP
// follow-up whose only telling was "where four police personnel embraced martyrdom in an attack on a police picket
// on January 14" had no incident. Tested on invented wire copy (places, outlets and people none of the fixtures use).
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';
import { runCross } from '../../scripts/eval/cross.ts';

const incidents = (text: string) => extract({ source: 'wire.txt', text }).incidents;
const brief = (text: string) => incidents(text).map((i) => [i.kind, i.place, i.killed, i.date]);

const VISIT =
  'Tillaberi: the Minister of the Interior visits the victims of the attack in Tera\n\nTillaberi, 9 May (ANP) - ' +
  'The Minister of the Interior on Tuesday visited the wounded of the attack on the market of Tera, which ' +
  'left seven people dead on Sunday 7 May 2023.';

const GHOTKI =
  'CM orders crackdown on dacoits in Ghotki\n\nKARACHI, Mar 3 (APP): The chief minister on Friday ordered a ' +
  'crackdown on dacoits in the riverine area of Ghotki district, where two police constables embraced martyrdom ' +
  'in an attack on a police checkpost on March 1.';

describe('an incident told in a sentence that tells another happening', () => {
  it('keeps the words that tell it, not the visit that shares its headline', () => {
    const [attack] = incidents(VISIT);
    expect(attack?.kind).toBe('attack');
    const said = (attack?.mentions ?? []).map(([s, e]) => VISIT.slice(s, e));
    expect(said).toEqual(['attack']);
    expect(attack?.mentions?.[0]?.[0]).toBeGreaterThan(VISIT.indexOf('visits'));
  });
});

describe('force told as martyrdom, placed by a "where" clause', () => {
  it('is an incident at the place the clause follows, with its toll and day', () => {
    expect(brief(GHOTKI)).toEqual([['attack', 'Ghotki', 2, '--03-01']]);
  });

  it('takes no place from a "where" clause that tells no force ("in Ghotki, where he met traders")', () => {
    const text =
      'KARACHI, Mar 3 (APP): The chief minister on Friday visited Ghotki district, where he met traders. Two ' +
      'police constables embraced martyrdom in an attack on a police checkpost on March 1.';
    expect(brief(text).map(([kind, place]) => [kind, place])).toEqual([['attack', null]]);
  });
});

describe('the cross scorer on a visit told in the headline of the attack (tests/fixtures/cross-aftermath)', () => {
  it('maps no gold visit to the attack it shares a sentence with, and joins both retold incidents', async () => {
    const dir = path.resolve('tests/fixtures/cross-aftermath');
    const r = await runCross(path.join(dir, 'gold'), dir);
    expect([r.incidents.tp, r.incidents.fp, r.incidents.fn]).toEqual([2, 0, 0]);
  }, 60_000);
});
