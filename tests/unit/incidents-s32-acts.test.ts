// Arrests, sentences and accidents whose parties or words were lost (the s32 class, from session 31's batches): whom an
// arrest befell named by apposition after a role ("the director of X, Name") or as a passive's subject past a relative
// clause ("Name, who ..., was detained"), the sentence after an arrest that named nobody naming its person, a boat
// that "overturned", a flood "of meltwater". Each with a case that must stay apart or none.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const incidentsOf = (text: string) => extract({ source: 'wire.txt', text }).incidents;
const namesIn = (text: string) => {
  const x = extract({ source: 'wire.txt', text });
  const name = (id: string) => x.actors.find((a) => a.id === id)?.name ?? id;
  return x.incidents.map((i) => i.participants.map(name));
};

describe('whom an arrest befell', () => {
  it('is the name apposed to a role, not the body of its "of" phrase', () => {
    const text =
      'LIMA, May 8, 2018 (Reuters) - Peruvian police on Tuesday arrested the director of the Callao Port Authority, ' +
      'Julio Mendoza Rivas, on suspicion of taking bribes.';
    const [names] = namesIn(text);
    expect(names).toContain('Julio Mendoza Rivas');
    expect(names).not.toContain('Callao Port Authority');
  });

  it('is the body whose people it befell when no one is named: "managers of state company X"', () => {
    const [names] = namesIn(
      'QUITO, Oct 2 (AFP) - Ecuadorean prosecutors arrested six officials of state oil company Petroecuador in ' +
        'Esmeraldas on Tuesday over inflated refinery contracts.',
    );
    expect(names).toContain('Petroecuador');
  });

  it("is a passive's subject, past a relative clause, and the doer follows by", () => {
    const found = namesIn(
      'LIMA, May 8, 2018 (Reuters) - Julio Mendoza, who has run the port since 2016, was detained by Peruvian ' +
        'police at his home on Tuesday.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Julio Mendoza');
  });
});

describe('an arrest that named nobody', () => {
  it('is told again by the next sentence naming whom it befell, with no day of its own', () => {
    const found = namesIn(
      'LIMA, May 8, 2018 (Reuters) - Peruvian police arrested the head of the port authority in Callao on ' +
        'Tuesday, prosecutors said.\n\nJulio Mendoza, who has run the port since 2016, was detained at his home in ' +
        'a pre-dawn operation.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Julio Mendoza');
  });

  it('is not the arrest of another person told after one that named its own, nor one of another day', () => {
    expect(
      incidentsOf(
        'LIMA, May 8, 2018 (Reuters) - Peruvian police arrested port director Julio Mendoza on Tuesday.\n\n' +
          'Ana Quispe, who signed the contracts, was detained at the airport.',
      ),
    ).toHaveLength(2);
    expect(
      incidentsOf(
        'LIMA, May 10, 2018 (Reuters) - Peruvian police arrested the head of the port authority in Callao on ' +
          'Tuesday.\n\nAna Quispe, his deputy, was detained on Thursday at the airport.',
      ),
    ).toHaveLength(2);
  });
});

describe('accidents and floods told in other words', () => {
  it('reads a boat that overturned as a wreck, not a vote overturned', () => {
    const found = incidentsOf(
      'Published on 2023-08-20\n\nA wooden boat carrying traders overturned in heavy waves near Katosi on Saturday ' +
        'evening, killing seven people.',
    );
    expect(found.map((i) => i.manner)).toEqual([['disaster']]);
    expect(
      incidentsOf('Published on 2023-08-20\n\nThe court overturned the verdict against Mendoza in Lima on Saturday.'),
    ).toEqual([]);
  });

  it('reads a flood of water as a flood, and a flood of refugees as none', () => {
    const found = incidentsOf(
      'Published on 2022-02-09\n\nA sudden flood of meltwater swept away a footbridge near Puerto ' +
        'Tranquilo on Tuesday.',
    );
    expect(found.map((i) => i.manner)).toEqual([['disaster']]);
    expect(found[0]!.date).toBe('2022-02-08');
    expect(
      incidentsOf(
        'Published on 2022-02-09\n\nA flood of refugees crossed the bridge near Puerto Tranquilo on Tuesday.',
      ),
    ).toEqual([]);
  });
});
