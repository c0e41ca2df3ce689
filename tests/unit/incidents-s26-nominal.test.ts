// Incidents told only as a noun or with no place (the s26 class "incidents not extracted at all"): an arrest told as
// "the arrest of X" or "X's arrest" is an incident of kind other, an act of arrest, with whom it was made on as its
// party; an arrest sought, feared, ordered or standing ("a warrant for his arrest", "faces arrest", "house arrest",
// "arrests of activists") is none. A knife attack on a person is violence even with no place or toll, where a person
// "attacking" a plan is words. A date before a verb of reaction ("on Monday condemned the arrests") is the reaction's.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const incidentsOf = (text: string) => extract({ source: 'wire.txt', text }).incidents;
const arrests = (text: string) => incidentsOf(text).filter((i) => i.manner?.includes('arrest'));

describe('an arrest told as a noun', () => {
  it('is an arrest incident with its day and whom it was made on', () => {
    const found = arrests(
      'LIMA, May 9, 2018 (AFP) - Farmers on Wednesday protested the arrest of community leader Walter Quispe in ' +
        'Cusco on Monday, saying the charges were invented. Quispe denies them.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('other');
    expect(found[0]!.date).toBe('2018-05-07');
    expect(found[0]!.participants).toContain('walter-quispe');
  });

  it('reads a possessor as whom the arrest was made on', () => {
    const found = arrests(
      'TBILISI, June 3, 2022 - Opposition leader Levan Gachechiladze said on Friday that he would appeal. ' +
        "Gachechiladze's arrest on Tuesday drew protests outside the court in Tbilisi.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.participants).toContain('levan-gachechiladze');
  });

  it('takes no speaker for the plural pronoun of a passive arrest', () => {
    const found = arrests(
      'NAKURU, Kenya, March 6, 2020 - Three students were held overnight. County police commander Peter Mwangi ' +
        'said they had been detained in Nakuru on Friday for blocking a road.',
    );
    expect(found.length).toBeGreaterThan(0);
    for (const inc of found) expect(inc.participants).not.toContain('peter-mwangi');
  });

  it('leaves arrests sought, feared, standing or habitual alone', () => {
    const texts = [
      'HARARE, Aug 2, 2020 - A magistrate issued a warrant for the arrest of journalist Hopewell Moyo on Friday.',
      'HARARE, Aug 2, 2020 - Journalist Hopewell Moyo faces arrest in Harare after the ruling, his lawyer said Friday.',
      'HARARE, Aug 2, 2020 - Journalist Hopewell Moyo remained under house arrest in Harare on Friday.',
      'HARARE, Aug 2, 2020 - Rights groups on Friday condemned arrests of journalists in Harare by the police.',
      'HARARE, Aug 2, 2020 - Police obtained an arrest warrant for journalist Hopewell Moyo in Harare on Friday.',
    ];
    for (const text of texts) expect(arrests(text), text).toEqual([]);
  });
});

describe('violence done to a person with no place', () => {
  it('is kept when a way of force is told', () => {
    const found = incidentsOf(
      'BRATISLAVA, Nov 20, 2024 (Reuters) - Parliament tightened security for lawmakers on Wednesday after the ' +
        'knife attack on opposition deputy Marek Hudak.',
    );
    expect(found.map((i) => [i.kind, i.participants.includes('marek-hudak')])).toContainEqual(['attack', true]);
  });

  it('is words when a person attacks with no way of force', () => {
    const found = incidentsOf(
      'BRATISLAVA, Nov 20, 2024 (Reuters) - Opposition deputy Marek Hudak attacked the budget plan of Finance ' +
        'Minister Ladislav Kamenicky on Wednesday.',
    );
    expect(found).toEqual([]);
  });
});

describe('harm done to a body told in the passive', () => {
  it('is an attack in a story with no word of force', () => {
    for (const verb of ['assaulted', 'beaten']) {
      const text =
        `YEREVAN, June 21, 2021 - An election observer was ${verb} outside a school in Gyumri on Sunday, ` +
        'the monitoring group said.';
      expect(
        incidentsOf(text).map((i) => [i.kind, i.place]),
        verb,
      ).toContainEqual(['attack', 'Gyumri']);
    }
  });

  it('is no attack when beaten in a contest', () => {
    const text =
      "YEREVAN, June 21, 2021 - The ruling party's candidates were beaten in Gyumri's mayoral vote on Sunday, " +
      'officials said.';
    expect(incidentsOf(text)).toEqual([]);
  });
});
