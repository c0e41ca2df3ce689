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
