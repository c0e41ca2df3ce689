// Incidents not extracted or glued to another act of the same article (the s31 class, from session 30's batches):
// searches of premises and raids on offices (act "search", one operation with the arrests made in it), a crowd
// rallying the same evening (act "protest", kept apart from the search), a fire told in a relative clause, a flood
// told by its rain, a term served ("jailed for four years in 2016") that is no lasting act, a toll counted over "of"
// and "shot dead", a dated lead with no dash ("SUVA, Wednesday 12 June 2019."). Each with a case that must stay none.
import { describe, expect, it } from 'vitest';

import { mannersConflict } from '../../graph/incidents/manner.ts';
import { clean } from '../../ingest/clean/index.ts';
import { extract } from '../../ingest/extract.ts';

const incidentsOf = (text: string) => extract({ source: 'wire.txt', text }).incidents;
const acts = (text: string) => incidentsOf(text).map((i) => (i.manner ?? []).join('+') || i.kind);

describe('a search of premises', () => {
  it('is an act of kind other, never an attack, and the rally that evening another one', () => {
    const found = incidentsOf(
      'PODGORICA, March 3, 2016 (AP) - Police on Thursday searched the offices of the Budva municipality in the ' +
        'coastal town of Budva, seizing documents.\n\nIn the evening several hundred supporters of the mayor rallied ' +
        'in front of the municipal building.',
    );
    expect(found.map((i) => i.kind)).toEqual(['other', 'other']);
    expect(found.map((i) => i.manner)).toEqual([['search'], ['protest']]);
    expect(found[1]!.date).toBe(found[0]!.date);
  });

  it('reads a raid on offices as a search, but a raid with the dead told as an attack', () => {
    expect(
      acts('LIMA, May 5, 2018 - Prosecutors on Tuesday raided the offices of the Callao port authority in Lima.'),
    ).toEqual(['search']);
    expect(
      acts(
        'KABUL, May 5, 2018 - Troops raided the house of a Taliban commander in Ghazni on Tuesday, killing two ' +
          'militants.',
      ),
    ).not.toContain('search');
  });

  it('leaves searches for people and gatherings of things alone', () => {
    const texts = [
      'DHAKA, May 5, 2018 - Rescuers searched for survivors in the rubble on Tuesday.',
      'NAIROBI, May 5, 2018 - Investigators gathered evidence at the scene on Tuesday.',
      'KHARTOUM, May 5, 2018 - Gunmen on Tuesday attacked traders gathered at the weekly market in Tina town.',
    ];
    for (const text of texts) expect(acts(text), text).not.toContain('search');
    for (const text of texts) expect(acts(text), text).not.toContain('protest');
  });

  it('is one police operation with the arrests made in it, and never one with a protest', () => {
    expect(mannersConflict(['search'], ['arrest'])).toBe(false);
    expect(mannersConflict(['search'], ['protest'])).toBe(true);
    expect(mannersConflict(['search'], ['sentence'])).toBe(true);
  });
});

describe('a fire and a flood told in plain words', () => {
  it('tells a fire by the relative clause of its course', () => {
    const found = incidentsOf(
      'Maputo, 9 Sep 2021 (AIM) - A fire that broke out overnight at the central market of the city of Beira ' +
        'destroyed more than 200 stalls, the council said on Thursday.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.manner).toEqual(['disaster']);
  });

  it('tells a flood by its rain, dated by the night named rather than "overnight"', () => {
    const found = incidentsOf(
      'SUVA, May 7, 2018 (AFP) - Two people died after heavy overnight rain flooded low-lying areas of Nadi on ' +
        'Saturday night, officials said.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe('2018-05-05');
    expect(found[0]!.killed).toBe(2);
  });

  it('leaves a market flooded with goods alone', () => {
    expect(incidentsOf('NAIROBI, May 7, 2018 - Cheap imports flooded the market on Saturday, traders said.')).toEqual(
      [],
    );
  });
});

describe('terms, tolls and dated leads', () => {
  it('keeps a term served in a background year apart from the news sentence', () => {
    const found = incidentsOf(
      'SUVA, June 12, 2019 (AFP) - A former customs officer was sentenced on Tuesday to six years in jail by the ' +
        'High Court in Suva.\n\nAnother former clerk was jailed for four years in 2016 by a court in Lautoka.',
    );
    expect(found.map((i) => i.date ?? i.year)).toEqual(['2019-06-11', 2016]);
  });

  it('counts the dead over "of" and "shot dead"', () => {
    const found = incidentsOf(
      'TBILISI, October 10, 2014 - Two residents of Gali district were shot dead late on October 8, the ministry said.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.killed).toBe(2);
  });

  it('dates the page by a lead that opens with its place and full date', () => {
    const at = (text: string) => clean({ source: 'x.txt', text }).publishedAt;
    expect(at('Fiji Times\n\nSUVA, Wednesday 12 June 2019. A former customs officer was jailed.')).toBe('2019-06-12');
    expect(at('Matangi Tonga\n\nMonday 20 March 2017. Two people died after heavy rain.')).toBe('2017-03-20');
    expect(at('Fiji Times\n\nSUVA. A former customs officer was jailed on 12 June 2019.')).toBeNull();
  });
});
