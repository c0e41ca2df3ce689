// Incidents the s17a post-mortem showed missing on a blind batch: a mass abduction and an arson by armed men are
// attacks an analyst follows across outlets, placed by their place alone like a killing, with no named party and no
// toll ("Bandits abducted 43 villagers", "hooded men set fire to eight trucks"). Invented wire copy; a figure of
// speech ("set fire to the debate") stays none.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const incidentsOf = (text: string) => extract({ source: 'wire.txt', text }).incidents;

describe('abductions and arson', () => {
  it('are attacks placed by their place alone', () => {
    const kidnap = incidentsOf(
      'KATSINA, Nigeria, March 4, 2021 - Gunmen kidnapped at least 30 travellers near Dutsinma on Wednesday, ' +
        'residents said. The state police command said officers were searching the forest.',
    );
    expect(kidnap.map((i) => [i.kind, i.place])).toContainEqual(['attack', 'Dutsinma']);
    const arson = incidentsOf(
      'TEMUCO, Chile, Sept 3, 2021 (Reuters) - Armed men set fire to six logging trucks near the town of Collipulli ' +
        'on Friday, officials said. Nobody was hurt.',
    );
    expect(arson.map((i) => [i.kind, i.place])).toContainEqual(['attack', 'Collipulli']);
  });

  it('leaves a figure of speech alone', () => {
    expect(incidentsOf('COLUMBUS, Ohio, Oct 2, 2016 - The senator set fire to the debate in Ohio on Tuesday.')).toEqual(
      [],
    );
  });
});
