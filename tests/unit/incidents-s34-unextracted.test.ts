// Incidents never extracted (the s34 class, from session 33's blind batches): days in court other than an
// arraignment (an indictment, a trial opening, a judge hearing a case), water breaking into a mine, a vessel sinking
// at sea or going down, a toll and a day told in the main clause of an "after" clause telling a disaster, and a day in
// court or a disaster dated only by a weekday under a dateline with no date. Each with a case that must stay none: an
// indictment or a trial to come, "the court heard that" (testimony), goods flooding a market, shares sinking, prices
// going down.
import { describe, expect, it } from 'vitest';

import { findCasualties } from '../../ingest/events/casualties.ts';
import { extract } from '../../ingest/extract.ts';
import { analyze } from '../../ingest/nlp/index.ts';
import { clean } from '../../ingest/clean/index.ts';

const incidentsOf = (text: string) => extract({ source: 'wire.txt', text }).incidents;
const actsOf = (text: string) => incidentsOf(text).map((i) => `${i.kind}/${(i.manner ?? []).join('+')}`);

describe('days in court other than an arraignment', () => {
  it('an indictment is a charge, of whom it befell, on its day', () => {
    const text =
      'HAGATNA, Guam, March 9, 2022 (AP) - Former utility manager Vincent Reyes was indicted by a grand jury on ' +
      'Wednesday on 14 counts of bribery.';
    const found = extract({ source: 'wire.txt', text });
    expect(found.incidents.map((i) => i.manner)).toEqual([['charge']]);
    expect(found.incidents[0]!.date).toBe('2022-03-09');
    const name = (id: string) => found.actors.find((a) => a.id === id)?.name;
    expect(found.incidents[0]!.participants.map(name)).toContain('Vincent Reyes');
  });

  it('an indictment to come is none', () => {
    expect(
      incidentsOf(
        'HAGATNA, Guam, March 9, 2022 (AP) - Former utility manager Vincent Reyes is expected to be indicted on Wednesday.',
      ),
    ).toEqual([]);
  });

  it('a trial opening is a charge, read back over its phrase to the trial', () => {
    expect(
      actsOf(
        'VADUZ, Sept 11, 2024 (dpa) - The trial of the former trustee, identified only as Markus B., opened on ' +
          'Tuesday before the Princely Court of Justice.',
      ),
    ).toEqual(['other/charge']);
    expect(actsOf('Marco Rossi went on trial in Valletta on Monday, June 3, 2019, accused of fraud.')).toEqual([
      'other/charge',
    ]);
  });

  it('a trial expected to open, and an opening told of something else, are none', () => {
    expect(incidentsOf('The trial is expected to open in Valletta on Monday, June 3, 2019.')).toEqual([]);
    expect(incidentsOf('The new bridge opened in Valletta on Monday, June 3, 2019.')).toEqual([]);
  });

  it('a judge hearing arguments is a charge; "the court heard that" is testimony, none', () => {
    expect(
      actsOf('An Anchorage judge heard arguments on Monday, November 21, 2022, in a lawsuit over rejected ballots.'),
    ).toEqual(['other/charge']);
    expect(
      incidentsOf('The court heard on Monday, November 21, 2022, that the money was spent on a house in Portugal.'),
    ).toEqual([]);
  });
});

describe('water breaking into a mine', () => {
  it('water gushing into a pit, with the toll and day of the main clause', () => {
    const found = incidentsOf(
      'DAR ES SALAAM, March 7, 2018 - Seven small-scale miners died on Tuesday after water gushed into a gold pit ' +
        'at Nyarugusu village in Geita Region.',
    );
    expect(found.map((i) => i.manner)).toEqual([['disaster']]);
    expect(found[0]!.date).toBe('2018-03-06');
    expect(found[0]!.killed).toBe(7);
  });

  it('a pit flooding, told with the pit as its subject', () => {
    expect(
      actsOf('GUWAHATI, July 10, 2014 (Reuters) - Six miners were killed when a coal pit flooded near Khliehriat.'),
    ).toEqual(['other/disaster']);
  });

  it('a market flooded with goods is none', () => {
    expect(incidentsOf('Cheap imports flooded the market in Geita on Tuesday, March 6, 2018.')).toEqual([]);
    expect(incidentsOf('The pit was flooded with applications for licences in Geita on March 6, 2018.')).toEqual([]);
  });
});

describe('vessels going under', () => {
  it('a named vessel sinking at sea, and a boat going down off a coast', () => {
    expect(
      actsOf('TOKYO, Feb 24, 2021 - The Daini Kotoshiro Maru sank in the Nemuro Strait early on Tuesday.'),
    ).toEqual(['other/disaster']);
    expect(
      actsOf('TOKYO, Feb 24, 2021 - Two fishermen are missing after their boat went down off Hokkaido on Tuesday.'),
    ).toEqual(['other/disaster']);
  });

  it('shares sinking and prices going down are none', () => {
    expect(incidentsOf('TOKYO, Feb 24, 2021 - Shares of Nippon Suisan sank in early trading on Tuesday.')).toEqual([]);
    expect(incidentsOf('TOKYO, Feb 24, 2021 - Fish prices went down in Rausu on Tuesday.')).toEqual([]);
  });
});

describe('dated only by a weekday, under a dateline with no date', () => {
  it('a trial opening at a place of its own carries its weekday', () => {
    const found = incidentsOf(
      'Vaduz (dpa) - The trial of the former trustee opened on Tuesday at the Landgericht in Vaduz.\n\nHis lawyer ' +
        'rejected the charges.',
    );
    expect(found.map((i) => i.manner)).toEqual([['charge']]);
    expect(found[0]!.weekday).toBe(2);
  });
});

describe('the toll and day of a disaster told in an "after" clause', () => {
  it("are the disaster's, not given away by the opener", () => {
    const found = incidentsOf(
      'LA CORUNA, Feb 12, 2014 (AFP) - Three fishermen died on Tuesday after their fishing boat capsized near Muxia.',
    );
    expect(found.map((i) => i.date)).toEqual(['2014-02-11']);
  });

  it('an attack told after a date of its own keeps the opener', () => {
    const found = incidentsOf(
      'KABUL, May 3, 2019 (Reuters) - Talks resumed in Doha on Tuesday after gunmen attacked a checkpoint in Kunduz.',
    );
    expect(found.every((i) => i.date !== '2019-04-30')).toBe(true);
  });
});

describe('casualties counted over a compound modifier', () => {
  it('"seven small-scale miners died" counts seven', () => {
    const nlp = analyze(clean({ source: 'x.txt', text: 'Seven small-scale miners died in Geita.' } as never));
    expect(findCasualties(nlp.tokens, 0, nlp.tokens.length).killed).toBe(7);
  });
});

describe('a volcanic mudflow', () => {
  it('is a disaster of its own, apart from the eruption of another year told in passing', () => {
    const found = incidentsOf(
      'BRADES, Montserrat, Oct 15, 2012 (CMC) - Two people died when a volcanic mudflow swept their vehicle off the ' +
        'Belham Valley crossing on Saturday.\n\nThe crossing has been washed out repeatedly since the 1997 eruption ' +
        'that killed 19 people.',
    );
    expect(found.map((i) => [i.date ?? i.year, i.killed])).toEqual([
      ['2012-10-13', 2],
      [1997, 19],
    ]);
  });
});
