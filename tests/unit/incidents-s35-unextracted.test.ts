// Incidents never extracted or told wrong (the s35 class, from session 34's blind batches): one vehicle running into
// another (a collision, an accident of kind other), a crowd blocking a road (a blockade), a company filing for
// insolvency; a report's news measured against an earlier happening ("the deadliest ... since ..."), and a collision
// told in a relative clause after the main verb's day. Each with a case that must stay none or apart: rockets
// slamming into a bus (an attack), a truck ploughing into a crowd, deputies blocking a bill, police closing a road, a
// filing feared, a name inside a common noun's phrase taken for who filed, and a blockade at another place.
import { describe, expect, it } from 'vitest';

import { matchIncident } from '../../graph/incidents/match.ts';
import { extract } from '../../ingest/extract.ts';

const incidentsOf = (text: string) => extract({ source: 'wire.txt', text }).incidents;
const actsOf = (text: string) => incidentsOf(text).map((i) => `${i.kind}/${(i.manner ?? []).join('+')}`);

describe('a collision between vehicles', () => {
  it('a train slamming into a tractor is an accident with its toll', () => {
    const found = incidentsOf(
      'OSLO, Jan 14, 2016 (NTB) - A freight train slammed into a tractor at a level crossing near Hamar on Thursday, ' +
        'killing the tractor driver, police said.',
    );
    expect(found).toMatchObject([{ kind: 'other', manner: ['disaster'], date: '2016-01-14', place: 'Hamar' }]);
  });

  it('a coach crashing into the back of a lorry, its subject set off by commas, is one', () => {
    expect(
      actsOf(
        'GRAZ, Austria, July 3, 2018 (APA) - The coach, carrying 30 schoolchildren from Linz on a trip to the lakes, ' +
          'hit a lorry near Leoben on Tuesday, injuring 12 people, police said.',
      ),
    ).toEqual(['other/disaster']);
  });

  it('rockets slamming into a bus stay an attack, and a truck ploughing into a crowd is no collision', () => {
    expect(
      actsOf(
        'DONETSK, Feb 2, 2015 (Reuters) - Rockets slammed into a bus near Horlivka on Monday, killing five people, ' +
          'officials said.',
      ),
    ).not.toContain('other/disaster');
    expect(
      actsOf(
        'NICE, July 15, 2016 (AFP) - A truck ploughed into a crowd on the Promenade des Anglais on Thursday night, ' +
          'officials said.',
      ),
    ).not.toContain('other/disaster');
  });
});

describe('a crowd blocking a road', () => {
  it('farmers blocking a motorway is a blockade on its day', () => {
    expect(
      incidentsOf(
        'LISBON, Nov 7, 2019 (Lusa) - Hundreds of farmers blocked the A2 motorway near Grandola with tractors for ' +
          'three hours on Thursday, demanding compensation for the drought.',
      ),
    ).toMatchObject([{ kind: 'other', manner: ['blockade'], date: '2019-11-07', place: 'Grandola' }]);
  });

  it('"protesting truckers shut the highway" is one; deputies blocking a bill, police closing a road, none', () => {
    expect(
      actsOf(
        'ATHENS, May 6, 2011 (Reuters) - Protesting truckers shut the national highway near Lamia for five hours on ' +
          'Friday.',
      ),
    ).toEqual(['other/blockade']);
    expect(
      incidentsOf('ATHENS, May 6, 2011 (Reuters) - Opposition deputies blocked a bill on road tolls on Friday.'),
    ).toEqual([]);
    expect(
      incidentsOf('ATHENS, May 6, 2011 (Reuters) - Police closed the national highway near Lamia on Friday.'),
    ).toEqual([]);
  });

  it('two reports of a blockade meet by its place and day; a blockade at another place stays apart', () => {
    const report = { kind: 'other' as const, date: '2019-11-07', place: 'Grandola', manner: ['blockade'] };
    const stored = (place: string, manner = ['blockade']) => ({
      id: 'b',
      kind: 'other',
      date: '2019-11-07',
      place,
      participants: [],
      reported: ['2019-11-07'],
      manner,
    });
    expect(matchIncident(report, [], [stored('Grandola')], '2019-11-08')).not.toBeNull();
    expect(matchIncident(report, [], [stored('Beja')], '2019-11-08')).toBeNull();
    expect(matchIncident(report, [], [stored('Grandola', ['protest'])], '2019-11-08')).toBeNull();
  });
});

describe('a company filing for insolvency', () => {
  it('"filed for bankruptcy" is an insolvency of the company, on its day', () => {
    const found = extract({
      source: 'wire.txt',
      text:
        'GDANSK, March 4, 2013 (PAP) - Baltic Cable Works, a maker of ship wiring, filed for bankruptcy on Monday, ' +
        'putting 300 jobs at risk.',
    });
    expect(found.incidents).toMatchObject([{ kind: 'other', manner: ['insolvency'], date: '2013-03-04' }]);
    const name = (id: string) => found.actors.find((a) => a.id === id)?.name;
    expect(found.incidents[0]!.participants.map(name)).toEqual([expect.stringMatching(/Cable Works$/)]);
  });

  it('"which filed for bankruptcy in 2009" is of the name the pronoun stands for', () => {
    const found = extract({
      source: 'wire.txt',
      text: 'The town has lost 2,000 jobs since the collapse of the shipbuilder Gdansk Hull, which filed for bankruptcy in 2009.',
    });
    const name = (id: string) => found.actors.find((a) => a.id === id)?.name;
    expect(
      found.incidents.filter((i) => i.manner?.includes('insolvency')).flatMap((i) => i.participants.map(name)),
    ).toEqual(['Gdansk Hull']);
  });

  it("a filing feared is none, nor is a place in a common noun's phrase who filed", () => {
    expect(
      incidentsOf(
        'GDANSK, March 4, 2013 (PAP) - Baltic Cable Works warned on Monday that it could file for insolvency.',
      ),
    ).toEqual([]);
    const found = extract({
      source: 'wire.txt',
      text:
        'GDANSK, March 6, 2013 (PAP) - A court appointed an administrator on Wednesday for the Gdansk maker of ship ' +
        'wiring, which filed for bankruptcy on Monday. Gdansk Hull said it was not affected.',
    });
    const name = (id: string) => found.actors.find((a) => a.id === id)?.name;
    expect(found.incidents.flatMap((i) => i.participants.map(name))).not.toContain('Gdansk Hull');
  });
});

describe('the news measured against an earlier happening', () => {
  it('"the accident was the deadliest since October 2009, when a train collided near X" keeps the two apart', () => {
    const found = incidentsOf(
      'Estonia to review crossings after train crash\n\nTALLINN, Oct 22, 2014 (BNS) - A passenger train crashed into ' +
        "a timber truck near Tartu on Tuesday, killing the truck's driver.\n\nThe accident was the deadliest on " +
        'Estonian railways since October 2009, when a train collided with a car near Valga and two people died.',
    );
    expect(found.map((i) => [i.date, i.place, i.killed])).toEqual([
      ['2014-10-21', 'Tartu', null],
      ['2009-10', 'Valga', 2],
    ]);
  });

  it('"the crash was the deadliest since a bus overturned near X in 2011" gives the news no place of the past', () => {
    const found = incidentsOf(
      'LJUBLJANA, Aug 2, 2017 (STA) - Three people died when a minibus crashed into a lorry on the A2 motorway on ' +
        'Wednesday, police said.\n\nThe crash was the deadliest on Slovenian roads since a bus overturned near ' +
        'Postojna in 2011, killing four tourists.',
    );
    expect(found.map((i) => [i.date, i.place, i.killed])).toEqual([
      ['2017-08-02', null, 3],
      [null, 'Postojna', 4],
    ]);
  });
});

describe('a collision told in a relative clause', () => {
  it('takes no day from the main verb before it', () => {
    const found = incidentsOf(
      'LJUBLJANA, Slovenia (AP) — Police on Friday questioned the driver of a lorry that was hit by a coach near ' +
        'Celje.\n\nThe coach slammed into the lorry as traffic slowed near the town on Thursday, killing two people.',
    );
    expect(found.filter((i) => i.manner?.includes('disaster'))).toHaveLength(1);
  });
});
