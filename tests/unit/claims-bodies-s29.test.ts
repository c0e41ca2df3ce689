// One claim told by a named speaker in one article and by an unnamed voice of the same body in another ("police
// said" / the police's named spokesman; "a health ministry official" / the Ministry of Health) is one body's
// statement (graph/claims/bodies.ts); an actor one telling names and the other writes in words ("the gendarmerie")
// is named on both (graph/claims/written.ts); two tellings each naming a party the other does not ("the Red
// Command" / "the First Capital Command") are two claims, whoever tells them (graph/claims/decide.ts). Invented
// wire sentences.
import { describe, expect, it } from 'vitest';

import { unnamedBody } from '../../graph/claims/bodies.ts';
import { paraphrase, relation, termOverlap } from '../../graph/claims/decide.ts';
import { writtenAs } from '../../graph/claims/written.ts';
import { claimSide, said } from './claim-sides.ts';

const scoped = (slug: string) => `0a1b2c3d4e5f:${slug}`;
const voice = (speaker: string, affiliation: string | null = null) => ({ speaker, affiliation });

describe('an unnamed speaker and a named one', () => {
  it("speak for one body where the description names only that body's kind and words", () => {
    expect(unnamedBody(voice(scoped('anon-police')), voice('india-police', 'india'))).toBe('spokesman');
    expect(unnamedBody(voice(scoped('ministry')), voice('ivo-kotevski', 'kosovo-interior-ministry'))).toBe('spokesman');
    expect(unnamedBody(voice(scoped('anon-health-ministry-official')), voice('kenya-health-ministry'))).toBe(
      'spokesman',
    );
    expect(unnamedBody(voice(scoped('anon-senior-police-source')), voice('peru-police', 'peru'))).toBe('spokesman');
    // A demonym of the body's own state is no other body.
    expect(unnamedBody(voice(scoped('anon-kenyan-police')), voice('kenya-police'))).toBe('spokesman');
  });

  it('are on one side where both are members of one named body', () => {
    expect(
      unnamedBody(voice(scoped('anon-party-official'), 'democratic-party'), voice('lulzim-basha', 'democratic-party')),
    ).toBe('same side');
  });

  it('are not on one side for being of one state: a state news agency is not the health ministry', () => {
    expect(
      unnamedBody(
        voice(scoped('anon-lebanon-state-news-agency'), 'lebanon'),
        voice('lebanon-health-ministry', 'lebanon'),
      ),
    ).toBeNull();
  });

  it('tell nothing where the description names people, another portfolio, another state or no body', () => {
    expect(unnamedBody(voice(scoped('anon-residents')), voice('peru-police'))).toBeNull();
    expect(unnamedBody(voice(scoped('anon-source')), voice('peru-police'))).toBeNull();
    expect(unnamedBody(voice(scoped('anon-health-ministry-official')), voice('kenya-interior-ministry'))).toBeNull();
    expect(unnamedBody(voice(scoped('anon-ugandan-police')), voice('kenya-police'))).toBeNull();
    // A surname left article-scoped is a person, not a body: who it is, is the actors' question.
    expect(unnamedBody(voice(scoped('stoyanov')), voice('petar-stoyanov'))).toBeNull();
    expect(unnamedBody(voice('peru-police'), voice(scoped('anon-police')))).toBeNull();
  });

  it('make the relation of two tellings that of a spokesman and his body', () => {
    const body = said(scoped('anon-police'));
    const spokesman = said('walter-ramos', { affiliation: 'peru-police' });
    expect(relation([body], [spokesman])).toBe('spokesman');
    expect(relation([said(scoped('anon-witnesses'))], [spokesman])).toBe('anonymous or relayed');
    // A relay citing the named speaker is that speaker's report.
    expect(relation([said(scoped('anon-officials'), { via: ['walter-ramos'] })], [spokesman])).toBe('spokesman');
  });
});

describe('a claim of a named spokesman and of its unnamed body', () => {
  const spokesman = said('ivo-kotevski', { affiliation: 'kosovo-interior-ministry' });
  const ministry = said(scoped('ministry'), { publishedAt: '2024-09-03' });
  const police: Array<[string, string]> = [['kosovo-police', 'police']];

  it('are one claim when the content holds: the same figure, acts and object', () => {
    const a = claimSide('police had detained two men and seized a pistol', spokesman, police);
    const b = claimSide('Two persons were detained and a pistol was seized', ministry);
    expect(paraphrase(a, b)).not.toBeNull();
  });

  it('are two when the figure, the act or the object differs', () => {
    const a = claimSide('police had detained two men and seized a pistol', spokesman, police);
    expect(paraphrase(a, claimSide('Three persons were detained and a pistol was seized', ministry))).toBeNull();
    expect(paraphrase(a, claimSide('Two persons were wounded and a pistol was stolen', ministry))).toBeNull();
    // An unnamed voice no body ties to the spokesman needs more than that.
    const b = claimSide('Two persons were detained and a pistol was seized', said(scoped('anon-residents')));
    expect(paraphrase(a, b)).toBeNull();
  });

  it('and a denial of it by the accused stays a denial, not a paraphrase', () => {
    const a = claimSide('police had detained two men and seized a pistol', spokesman, police);
    const d = claimSide(
      'police had not detained two men and seized no pistol',
      said('agim-krasniqi', { type: 'DENIES' }),
      police,
    );
    expect(paraphrase(a, d)).toBeNull();
  });
});

describe('an actor named on one side and written in words on the other', () => {
  it('is shared: its own words, less its state, stand for it', () => {
    expect(writtenAs(['@france-gendarmerie'], ['#2', 'genda', 'suspe', '~arrest'])).toEqual([
      '#2',
      'suspe',
      '~arrest',
      '@france-gendarmerie',
    ]);
    const o = termOverlap(['#2', '@france-gendarmerie', 'men', '~arrest'], ['#2', 'genda', 'suspe', '~arrest']);
    expect(o.shared).toContain('@france-gendarmerie');
    expect(o.lone).toBe(0);
  });

  it('is not where a word is missing, the actor is a state or its forces, or the side names another such body', () => {
    expect(writtenAs(['@los-pulpos-gang'], ['gang', 'los', '~arrest'])).toEqual(['gang', 'los', '~arrest']);
    expect(writtenAs(['@france'], ['franc', '~arrest'])).toEqual(['franc', '~arrest']);
    expect(writtenAs(['@china-military'], ['~forces', '~launch'])).toEqual(['~forces', '~launch']);
    expect(writtenAs(['@china-police'], ['@india-police', 'polic'])).toEqual(['@india-police', 'polic']);
  });
});

describe('two tellings each naming a party the other does not', () => {
  const sp = said('rio-police-spokesman', { affiliation: 'rio-police' });
  const later = { ...sp, publishedAt: '2024-09-03' };
  const red: Array<[string, string]> = [['red-command', 'Red Command']];
  const pcc: Array<[string, string]> = [['first-capital-command', 'First Capital Command']];

  it('are two claims, even from one speaker and with every other word alike', () => {
    const a = claimSide('police arrested five members of the Red Command in a raid on a favela in the north', sp, red);
    const b = claimSide(
      'police arrested five members of the First Capital Command in a raid on a favela in the north',
      later,
      pcc,
    );
    expect(termOverlap(a.terms, b.terms).apart).toBe(true);
    expect(paraphrase(a, b)).toBeNull();
    const c = claimSide('the Red Command gang had attacked the police post with rifles', sp, red);
    const d = claimSide('the First Capital Command gang had attacked the police post with rifles', later, pcc);
    expect(paraphrase(c, d)).toBeNull();
  });

  it('are not apart where both name one party besides: the rest is its leader, parent or another name', () => {
    const maute: Array<[string, string]> = [['maute-group', 'Maute']];
    const a = claimSide('the slain were members of the Maute group, among them a sub-leader, Abu Hamza', sp, [
      ...maute,
      ['abu-hamza', 'Abu Hamza'],
    ]);
    const b = claimSide(
      'the slain belonged to the Maute faction of the Dawlah Islamiyah, among them a sub-leader',
      later,
      [...maute, ['dawlah-islamiyah', 'Dawlah Islamiyah']],
    );
    expect(termOverlap(a.terms, b.terms).apart).toBe(false);
  });

  it('are still one where one side alone names the party', () => {
    const a = claimSide('police arrested five members of the Red Command in a raid on a favela in the north', sp, red);
    const b = claimSide('police arrested five gang members in a raid on a favela in the north', later);
    expect(termOverlap(a.terms, b.terms).apart).toBe(false);
    expect(paraphrase(a, b)).not.toBeNull();
  });
});
