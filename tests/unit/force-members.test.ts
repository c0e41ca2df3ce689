// A state's force met by its members' common noun ("gendarmes", "carabinieri"): the force of the state a demonym
// before it names, else of the force named before, else of the story state, where that state has such a force
// (ingest/gazetteer/data/state-forces.json); never another state's, and nothing where the state has none.
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe("a force's members by their common noun", () => {
  it("is the story state's gendarmerie, one node with its name", () => {
    const a = nodes(
      'DAKAR, June 9, 2022 (AFP) - Gendarmes arrested twelve fishermen in Senegal on Wednesday after a quay was ' +
        'ransacked. Two gendarmes were hurt, the Senegalese gendarmerie said.',
    );
    expect(a.at('Gendarmes arrested')).toEqual(['senegal-gendarmerie']);
    expect(a.at('gendarmes were')).toEqual(['senegal-gendarmerie']);
    const b = nodes(
      'BAMAKO, Mali (Reuters) - Malian gendarmes detained a French national near Kayes, where French gendarmes ' +
        'had trained local units in 2019, the Malian government said.',
    );
    expect(b.at('Malian gendarmes')).toContain('mali-gendarmerie');
    expect(b.at('French gendarmes')).toContain('france-gendarmerie');
    expect(b.at('French gendarmes')).not.toContain('mali-gendarmerie');
  });

  it("reads 'carabinieri' as the gendarmerie of the state that has them, Moldova's in a Moldovan story", () => {
    const md = nodes(
      'CHISINAU (Reuters) - Carabinieri pushed back protesters outside the parliament in Moldova on Sunday, ' +
        "Moldova's interior ministry said. Two carabinieri were hurt.",
    );
    expect(md.at('Carabinieri pushed')).toEqual(['moldova-gendarmerie']);
    expect(md.at('carabinieri were')).toEqual(['moldova-gendarmerie']);
    const it_ = nodes('ROME (AP) - Carabinieri arrested 14 suspects in Calabria on Tuesday, Italian prosecutors said.');
    expect(it_.at('Carabinieri arrested')).toEqual(['italy-gendarmerie']);
  });

  it('is no force where the story state has no gendarmerie, and leaves a longer name alone', () => {
    const none = nodes(
      'NAIROBI, Kenya (AP) - Gendarmes were not involved, Kenyan police said on Monday after the raid in Kenya.',
    );
    expect(none.at('Gendarmes were')).toEqual([]);
    const named = nodes(
      'PARIS (AFP) - The group Gendarmes Without Borders said on Monday it would help victims in France.',
    );
    expect(named.at('Gendarmes Without')).not.toContain('france-gendarmerie');
  });
});
