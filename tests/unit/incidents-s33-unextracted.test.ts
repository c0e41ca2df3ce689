// Incidents never extracted (the s33 class, from session 32's batches): fires of the land ("a bushfire swept
// through"), fires told only with their course past an auxiliary ("a fire has destroyed") or with their dead, rock
// falling on a road, and an accused's day in court ("was arraigned", "appeared before the magistrates' court"). Each
// with a case that must stay apart or none: fighting a fire is no clash, arson beside a fire is no attack, a figure of
// flames is no fire, "appeared on television" is no court appearance, and a court appearance is no verdict.
import { describe, expect, it } from 'vitest';

import { mannersConflict } from '../../graph/incidents/manner.ts';
import { extract } from '../../ingest/extract.ts';

const incidentsOf = (text: string) => extract({ source: 'wire.txt', text }).incidents;
const actsOf = (text: string) => incidentsOf(text).map((i) => `${i.kind}/${(i.manner ?? []).join('+')}`);

describe('fires never extracted', () => {
  it('a bushfire sweeping through a town, with no building named', () => {
    const found = incidentsOf(
      'PERTH, Jan 9, 2016 (AAP) - A bushfire swept through the town of Yarloop on Thursday, destroying 95 homes.',
    );
    expect(found.map((i) => i.manner)).toEqual([['disaster']]);
    expect(found[0]!.place).toBe('Yarloop');
  });

  it('a fire whose course follows an auxiliary, and a fire told with its dead', () => {
    expect(
      actsOf('MANILA, May 3, 2019 (AFP) - A fire has destroyed dozens of stalls at a market in Quezon City on Friday.'),
    ).toEqual(['other/disaster']);
    expect(actsOf('The Ashdown fire of August 2011 killed 12 people in the hills above Sligo.')).toEqual([
      'other/disaster',
    ]);
  });

  it('fighting a fire is no clash, and arson suspected beside a fire is no attack', () => {
    const acts = actsOf(
      'HOBART, Jan 5, 2013 (AAP) - Firefighters battled a blaze near Dunalley on Friday, and police suspect arson.',
    );
    expect(acts).not.toContain('clash/');
    expect(acts.some((a) => a.startsWith('attack'))).toBe(false);
  });

  it('flames of a figure are no fire', () => {
    expect(incidentsOf('The minister fanned the flames of the dispute in Accra on Tuesday.')).toEqual([]);
  });
});

describe('rock falling on a road', () => {
  it('is a disaster told by "rockfall" or by rock as the subject of "fell"', () => {
    expect(
      actsOf(
        'LIMA, Mar 2, 2020 (Reuters) - Two people were killed on Monday when tonnes of rock fell onto a road near Huaral.',
      ),
    ).toEqual(['other/disaster']);
    expect(actsOf('A rockfall hit a bus on the road to Cusco on Monday, killing three people.')).toEqual([
      'other/disaster',
    ]);
  });

  it('prices that fell are none', () => {
    expect(incidentsOf('Copper prices fell in London on Monday.')).toEqual([]);
  });
});

describe("an accused's day in court", () => {
  it('is told by "arraigned" and by "appeared before" a court, of whom it befell', () => {
    const text =
      'SUVA, June 5, 2017 (AFP) - Former mayor Joeli Naqara was arraigned in the Suva Magistrates Court on ' +
      'Monday on two counts of fraud.';
    const found = extract({ source: 'wire.txt', text });
    expect(found.incidents.map((i) => i.manner)).toEqual([['charge']]);
    const name = (id: string) => found.actors.find((a) => a.id === id)?.name;
    expect(found.incidents[0]!.participants.map(name)).toContain('Joeli Naqara');
    expect(actsOf('Joeli Naqara appeared before the Suva Magistrates Court on Monday, June 5, 2017.')).toEqual([
      'other/charge',
    ]);
  });

  it('appearing elsewhere is none', () => {
    expect(incidentsOf('Joeli Naqara appeared on television in Suva on Monday, June 5, 2017.')).toEqual([]);
  });

  it('is never the arrest before it nor the verdict after it', () => {
    expect(mannersConflict(['charge'], ['sentence'])).toBe(true);
    expect(mannersConflict(['charge'], ['arrest'])).toBe(true);
    expect(mannersConflict(['charge'], ['charge'])).toBe(false);
  });
});

describe("a disaster's toll and place, told around it", () => {
  it('one dead is a lone victim opening the sentence, past a dateline; a victim among others is not', () => {
    const [one] = incidentsOf(
      'SION, May 16, 2023 (SDA) - A motorist was killed on Tuesday when rocks fell onto the road near Gondo.',
    );
    expect(one!.killed).toBe(1);
    const [many] = incidentsOf(
      'A man and two children were killed in a fire at a house in Lagos on Monday, May 3, 2021.',
    );
    expect(many?.killed).not.toBe(1);
  });

  it("a year naming the event is no count, and a day's possessive name is the place", () => {
    const [fire] = incidentsOf('The 2017 Monchique fire killed 66 people.');
    expect(fire!.killed).toBe(66);
    const [bushfire] = incidentsOf(
      "POLICE fear the death toll from Tuesday's Dunalley fire could rise to three, Hobart, Jan 5, 2013.",
    );
    expect(bushfire!.place).toBe('Dunalley');
  });

  it('a day inside the name makes it the named event, not a place', () => {
    const found = incidentsOf('In February 2009, the Black Saturday bushfires killed 173 people in Victoria.');
    expect(found.map((i) => i.place)).not.toContain('Black');
  });
});

describe('a visit to a hospital', () => {
  it('meets no one there, and a visit to a capital still meets its state', () => {
    const kinds = (text: string) => incidentsOf(text).map((i) => i.kind);
    expect(
      kinds(
        'KAZAN, April 10, 2014 - Tatarstan President Rustam Minnikhanov on Thursday visited the city hospital of ' +
          'Naberezhnye Chelny, where victims of the fire are being treated.',
      ),
    ).not.toContain('meeting');
    expect(
      kinds(
        'French President Emmanuel Macron visited Beijing on Wednesday, April 5, 2023.\n\nMacron visited Beijing on ' +
          'Wednesday, April 5, 2023, and met Xi Jinping.',
      ),
    ).toContain('meeting');
  });
});
