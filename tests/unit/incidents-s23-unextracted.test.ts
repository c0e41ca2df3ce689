// Incidents the extractor never produced (the twenty-third session's count of gold incidents with no extracted
// incident at all): a killing told of a named armed group ("Al Shabaab killed 12 soldiers"), soldiers killed by armed
// men read as the toll of another fight, armed men the text does not name attacking a named place with no day and no
// toll ("gunmen stormed a police station in X"), a riot with its dead, and a struggle told as lasting decades taken
// for an incident that then swallowed an earlier raid told in passing. Sentences are invented, in wire style.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const told = (text: string) =>
  extract({ source: 'wire.txt', text }).incidents.map((i) => ({
    kind: i.kind,
    place: i.place,
    killed: i.killed,
    participants: i.participants,
  }));

describe('a killing told of a named armed group', () => {
  it('is an attack by that group at its place', () => {
    const got = told(
      'BAIDOA, Somalia, June 3 (Reuters) - Al Shabaab killed 11 soldiers at a checkpoint outside the town of ' +
        'Burhakaba on Monday, a military official said.',
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind: 'attack', place: 'Burhakaba', killed: 11 });
    expect(got[0]!.participants).toContain('al-shabaab');
  });

  it('is none when what it killed is no people ("killed any hope of talks")', () => {
    const got = told(
      'MOGADISHU, June 3 (Reuters) - Al Shabaab has killed any hope of talks with the government in Mogadishu, ' +
        'the interior minister said on Monday.',
    );
    expect(got).toEqual([]);
  });
});

describe('soldiers killed by armed men', () => {
  it('are the victims of an attack, not the toll of another fight', () => {
    const got = told(
      'OUAGADOUGOU, Feb 9 (Reuters) - Jihadists killed 14 soldiers in the northern town of Djibo on Saturday, ' +
        'two security sources said.',
    );
    expect(got).toEqual([expect.objectContaining({ kind: 'attack', place: 'Djibo', killed: 14 })]);
  });

  it('while attackers killed by troops stay the toll of the attack told before', () => {
    const got = told(
      'GAO, Mali (Reuters) - Militants attacked an army camp in the town of Ansongo on Sunday, killing three ' +
        'soldiers. The army said troops had killed two other attackers.',
    );
    expect(got).toHaveLength(1);
  });
});

describe('armed men the text does not name, attacking a named place', () => {
  it('make an incident with no day and no toll', () => {
    const got = told(
      'Gunmen stormed a church in the village of Ungwan Rimi in Kaduna State during Sunday service, ' +
        'residents said.\n\nThe police said officers had been deployed to the area.',
    );
    expect(got).toEqual([expect.objectContaining({ kind: 'attack', place: 'Ungwan Rimi' })]);
  });

  it('but not when the attack is only threatened', () => {
    const got = told(
      'Residents of Ungwan Rimi in Kaduna State said gunmen had threatened to attack the village if it did not ' +
        'pay a levy.',
    );
    expect(got).toEqual([]);
  });
});

describe('a riot', () => {
  it('with its dead is a clash at its prison', () => {
    const got = told(
      'GUAYAQUIL, Ecuador, Nov 12 (Reuters) - Five inmates were killed in a riot at the Turi prison in the ' +
        'southern city of Cuenca on Saturday, the prison authority said.',
    );
    expect(got).toEqual([expect.objectContaining({ kind: 'clash', killed: 5 })]);
  });

  it('is no event when the word modifies another ("riot police")', () => {
    const got = told('QUITO (Reuters) - Riot police were deployed outside the prison in Cuenca on Sunday.');
    expect(got).toEqual([]);
  });
});

describe('a struggle told as lasting decades or years', () => {
  it('is no incident, and an earlier raid told after it stays its own', () => {
    const got = told(
      'Al Shabaab and clan militias have fought for decades over grazing land in the Dukana area. Four herders ' +
        'were killed in a similar raid at Dukana in January 2024.',
    );
    expect(got).toEqual([expect.objectContaining({ kind: 'attack', place: 'Dukana', killed: 4 })]);
  });

  it('"for more than 15 years" is as long', () => {
    const got = told(
      'Al Shabaab, which has fought the federal government for more than 15 years, controls much of the ' +
        'countryside in southern Somalia.',
    );
    expect(got).toEqual([]);
  });
});
