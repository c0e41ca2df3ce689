// Unit tests for ingest/actors on made-up sentences: gazetteer aliases, metonyms vs places, titles →
// roles and affiliations, surname merging, demonym phrases, typed chunks, and no junk actors.
import { describe, expect, it } from 'vitest';

import { findActors } from '../../ingest/actors/index.ts';
import { clean } from '../../ingest/clean/index.ts';
import { analyze } from '../../ingest/nlp/index.ts';

function actorsOf(text: string) {
  const c = clean({ source: 't', text });
  const doc = findActors(analyze(c), c);
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  return { doc, byId, ids: doc.actors.map((a) => a.id).sort() };
}

describe('findActors', () => {
  it('merges aliases and metonyms into one actor, but leaves capitals used as places alone', () => {
    const { byId, ids } = actorsOf(
      'Washington said on Monday that ISIS was weakened. The U.S. delegation visited Damascus, and Daesh, also known as the Islamic State, denied it.\n',
    );
    expect(byId.get('united-states')?.aliases).toEqual(expect.arrayContaining(['Washington', 'U.S. delegation']));
    expect(ids.filter((i) => i === 'islamic-state')).toHaveLength(1);
    expect(byId.get('islamic-state')?.mentions).toHaveLength(3);
    expect(ids).not.toContain('syria'); // "visited Damascus" is a place
  });

  it('takes the capital in a wire dateline as a place, but the same capital acting later as the government', () => {
    const { byId } = actorsOf(
      'MOSCOW (Reuters) — Police detained dozens of protesters on Sunday.\n\nMOSCOW, Russia — Later, Moscow denied any arrests.\n',
    );
    const russia = byId.get('russia')!;
    expect(russia.mentions).toHaveLength(1);
    expect(russia.aliases).toContain('Moscow');
    expect(russia.aliases).not.toContain('MOSCOW');
    expect(byId.get('reuters')?.kind).toBe('outlet');
  });

  it('turns titles into roles and affiliations, and merges surname references', () => {
    const text =
      'Russian Deputy Foreign Minister Mikhail Bogdanov said that the Russian Foreign Ministry was unaware of the talks. ' +
      'Bogdanov added that Moscow would respond.\n\nLater, Gen. Ivan Petrov, head of the Russian Center for Maritime Research, said nothing.\n';
    const { byId } = actorsOf(text);
    const bogdanov = byId.get('mikhail-bogdanov')!;
    expect(bogdanov.kind).toBe('person');
    expect(bogdanov.roles).toContain('Deputy Foreign Minister');
    expect(bogdanov.affiliation).toBe('russia-foreign-ministry');
    expect(bogdanov.mentions).toHaveLength(2);
    expect(byId.get('russia-foreign-ministry')?.affiliation).toBe('russia');
    expect(byId.get('russia')?.aliases).toContain('Moscow');
    const center = [...byId.values()].find((a) => a.name === 'Russian Center for Maritime Research')!;
    expect(center.kind).toBe('organization');
    expect(byId.get('ivan-petrov')?.affiliation).toBe(center.id);
  });

  it('types demonym phrases, armed groups and outlets, and resolves outlet descriptors', () => {
    const text =
      'A Lebanese news outlet reported that Iranian forces left the area. Al Mayadeen said the Syrian government agreed, ' +
      'while the Nour Brigade militants and pro-Kaddour forces refused. The broadcaster did not name its sources.\n';
    const { byId, ids } = actorsOf(text);
    expect(byId.get('iran-military')?.kind).toBe('organization');
    expect(byId.get('iran-military')?.affiliation).toBe('iran');
    expect(byId.get('syria')?.aliases).toContain('Syrian government');
    expect(byId.get('al-mayadeen')?.mentions).toHaveLength(3);
    expect(byId.get('nour-brigade')?.kind).toBe('group');
    expect(byId.get('pro-kaddour-forces')?.kind).toBe('group');
    expect(ids).not.toContain('lebanon'); // a bare demonym is no actor
  });

  it('produces no junk actors from sentence starts, months, places or model numbers', () => {
    const { ids } = actorsOf(
      'However, in September the convoy drove from Idlib to Aleppo with T-72 tanks. On Tuesday It rained in Deir ez-Zor.\n',
    );
    expect(ids).toEqual([]);
  });

  it('keeps places, events, party tags and capitals furniture out of person names', () => {
    const { ids } = actorsOf(
      'FULL TEXT. Sen. Dana Whitfield, R-Ohio, spoke near the Second Marlow Shoal about the Affordable Housing Act and World War II, and visited the Granite State.\n',
    );
    expect(ids).toEqual(['dana-whitfield', 'us-senate']);
    expect(actorsOf('Rep. Lou Carney (R-Pa.) said so.\n').byId.get('lou-carney')?.affiliation).toBe('us-house');
    expect(actorsOf('Former Ohio Gov. Ted Stroud said the Times said Ann Lee Is Wrong.\n').ids).toEqual([
      'ann-lee',
      'ted-stroud',
    ]);
  });

  it('reads glued possessives, verbs and places inside names, and cuts names at "on"', () => {
    const { ids } = actorsOf(
      "''Jonas Pereira's plan failed,'' said Attorney General Loretta Lynch. Secretary Lloyd Austin agreed. Ana Kerr met him on Tuesday.\n",
    );
    expect(ids).toEqual(['ana-kerr', 'jonas-pereira', 'lloyd-austin', 'loretta-lynch']);
  });

  it('takes no actor from a title-case headline or contributor line the body never confirms', () => {
    const { ids } = actorsOf(
      'Farmers Slam Water Rationing Plan As Drought Bites\nFollow Bea Kerr on Twitter.\nThe plan was announced by Governor Pedro Sousa, Rita Lobo, Ines Rocha, Ana Mota.\n',
    );
    expect(ids).toEqual(['ana-mota', 'ines-rocha', 'pedro-sousa', 'rita-lobo']);
  });

  it('types "X Forces" and service names as armed bodies, merges acronyms and "Jr." surnames', () => {
    const text =
      'The Rapid Shield Forces attacked the town. The RSF later withdrew, and the Kenyan Air Force said Kenyan mercenaries fought there. ' +
      'President Tomas Reyes Jr. met the envoy. Reyes said the talks went well.\n';
    const { byId } = actorsOf(text);
    expect(byId.get('rapid-shield-forces')?.kind).toBe('group');
    expect(byId.get('rapid-shield-forces')?.mentions).toHaveLength(2);
    // A state's air force is a service of its own, not its army (read sets s19b, cross-incidents, s14b).
    expect(byId.get('kenya-air-force')?.name).toBe('Kenyan air force');
    expect(byId.get('kenya')?.aliases ?? []).not.toContain('Kenyan mercenaries'); // hired fighters are no state
    expect(byId.get('tomas-reyes-jr')?.mentions).toHaveLength(2);
    expect([...byId.keys()]).not.toContain('air-force');
  });

  it('affiliates people with the body named in an apposition or just before their title', () => {
    const text =
      "Oskar Lind, the Kremlin spokesman, said Chile's Foreign Ministry spokesman Pablo Rojas was wrong. " +
      'Maria Ortiz, the U.S. official said, would not comment.\n';
    const { byId } = actorsOf(text);
    expect(byId.get('oskar-lind')?.affiliation).toBe('russia');
    expect(byId.get('pablo-rojas')?.affiliation).toBe('chile-foreign-ministry');
    expect(byId.get('chile-foreign-ministry')?.affiliation).toBe('chile');
    expect(byId.get('maria-ortiz')?.affiliation).toBeNull(); // an open clause, not an apposition
    const staff = actorsOf("Peru's General Staff said CIA Director Ben Ross met Commodore Ines Vega.\n").byId;
    expect(staff.get('peru-general-staff')?.affiliation).toBe('peru');
    expect(staff.get('ben-ross')?.affiliation).toBe('cia');
    expect(staff.get('ines-vega')?.roles).toEqual(['Commodore']);
  });

  it('resolves "the ministry", "the group" and "the company" to the body named before', () => {
    const text =
      'The Peruvian Interior Ministry said Sendero Rojo militants attacked a patrol. The group denied it, and the ministry ' +
      'did not reply. Andes Mining Corp. said the company lost a truck. The ministry of energy was silent.\n';
    const { byId } = actorsOf(text);
    expect(byId.get('peru-interior-ministry')?.mentions).toHaveLength(2);
    expect(byId.get('andes-mining')?.mentions).toHaveLength(2);
    expect(byId.get('sendero-rojo')?.aliases).toContain('group');
    const un = actorsOf(
      'The United Nations Relief and Works Agency said aid stopped. The agency blamed the war.\n',
    ).byId;
    expect(un.get('unrwa')?.mentions).toHaveLength(2);
    expect([...un.keys()]).not.toContain('united-nations');
  });

  it('names the publisher from the cleaned page', () => {
    const text = 'Ships Collide\n\nTwo ships collided on Sunday, the coast guard said.\n\n© 2018 Reuters\n';
    const { doc } = actorsOf(text);
    expect(doc.outlet).toBe('reuters');
    expect(doc.actors.find((a) => a.id === 'reuters')?.kind).toBe('outlet');
  });
});

describe('findActors: places, companies and bodies named after a state', () => {
  it('takes a name used as a place elsewhere ("X, Sudan", "in X") as no actor, and companies as organizations', () => {
    const { byId, ids } = actorsOf(
      'Kadugli, Sudan - Fighters entered Kadugli on Sunday, and the army said the town had fallen. ' +
        'Analysts at Goldman Sachs said the Marlow Holdings deal would close, and Australian exporters said prices fell.\n',
    );
    expect(ids).not.toContain('kadugli');
    expect(actorsOf('Residents said food had run out. Diplomats said talks would resume.\n').ids).toEqual([]);
    expect(byId.get('goldman-sachs')?.kind).toBe('organization');
    expect(byId.get('marlow-holdings')?.kind).toBe('organization');
    expect(ids).not.toContain('the-australian'); // a demonym, not the outlet "The Australian"
  });

  it('keeps the Palestinian Authority apart from Palestine, affiliated to it', () => {
    const { byId, ids } = actorsOf('The Palestinian Authority said Palestine would take the case to court.\n');
    expect(byId.get('palestinian-authority')?.kind).toBe('organization');
    expect(byId.get('palestinian-authority')?.affiliation).toBe('palestine');
    expect(byId.get('palestine')?.aliases ?? []).not.toContain('Palestinian Authority');
    expect(ids).toContain('palestinian-authority');
  });

  it('reads a bare "PA" as the Palestinian Authority only after the article names it', () => {
    const us = actorsOf('Sen. Pat Toomey (R-PA) said the vote in Pittsburgh, PA, would be close.\n');
    expect(us.ids).not.toContain('palestinian-authority');
    const named = actorsOf('The Palestinian Authority (PA) said talks would resume. The PA gave no date.\n');
    expect(named.ids).toContain('palestinian-authority');
  });
});

describe('findActors: names that start like known ones', () => {
  it('reads "the National Unity Government" as a body, not the outlet "The National", and keeps one-word outlets with "The"', () => {
    const { byId, ids } = actorsOf(
      'According to the National Unity Government, jets bombed a village. The Hill reported it, and economist Ana Ruiz agreed. ' +
        'The NUG said the paramilitary group was to blame.\n',
    );
    expect(byId.get('national-unity-government')?.kind).toBe('organization');
    expect(byId.get('national-unity-government')?.aliases).toContain('NUG');
    expect(ids).not.toContain('the-national-uae');
    expect(ids).toContain('the-hill');
    expect(ids).not.toContain('the-economist');
  });
});

describe('findActors: acronyms before their full name', () => {
  it('gives an acronym in the headline to the actor named in full later, even when the gazetteer knows another', () => {
    const { byId, ids } = actorsOf(
      'Fighting intensifies as RSF shells market\n\nRapid Support Forces fighters shelled a market on Saturday, and the RSF said it would go on.\n',
    );
    expect(ids).not.toContain('rsf'); // Reporters Without Borders shares the acronym
    expect(byId.get('rapid-support-forces')?.mentions).toHaveLength(3);
  });
});

describe('findActors: coordinated demonyms', () => {
  it('gives both demonyms of "Azerbaijani and Armenian troops" their military', () => {
    const { byId } = actorsOf('Clashes between Azerbaijani and Armenian troops killed 12 soldiers on Tuesday.\n');
    expect(byId.get('azerbaijan-military')?.affiliation).toBe('azerbaijan');
    expect(byId.get('armenia-military')?.affiliation).toBe('armenia');
  });
});

describe('findActors: bodies that look like names, and names followed by their body', () => {
  it('types a one-word body by its appositive, its initials or a workplace "at", and splits "Name of the Body"', () => {
    const { byId } = actorsOf(
      'Power cuts ruled unlawful\n\n' +
        'Voltra, the state power utility, said it was studying the ruling. ' +
        'The Joint Press Office (JPO) said two posts were hit. ' +
        '"Rates will rise," said Ana Lima, chief economist at Banco Serrano. ' +
        '"This is a landmark judgment," said Professor Jane Roe of the University of Leeds. ' +
        'Earlier, the president met Emperor Akihito in the capital. ' +
        'The Joint Chiefs of Staff said the missile flew 1,000 km.\n',
    );
    expect(byId.get('joint-chiefs-of-staff')?.kind).toBe('organization');
    expect(byId.get('voltra')?.kind).toBe('organization');
    expect(byId.get('joint-press-office')?.kind).toBe('organization');
    expect(byId.get('banco-serrano')?.kind).toBe('organization');
    expect(byId.get('jane-roe')).toMatchObject({ kind: 'person', affiliation: 'university-of-leeds' });
    expect(byId.get('university-of-leeds')?.kind).toBe('organization');
    expect(byId.get('akihito')?.kind).toBe('person');
  });
});

describe('findActors: descriptions that refer back', () => {
  it('resolves "the company" by an earlier appositive, "the group" to a rights group, "the channel" by name', () => {
    const text =
      'Ruling on power cuts\n\n' +
      'Voltra, the state power utility, said it was studying the ruling. The company told reporters it had exempted hospitals.\n\n' +
      'Amnesty International said detainees were beaten. The group urged an inquiry.\n\n' +
      'Nile Channel reported the raid. The Daily Courier, quoting the channel, said two men were held.\n';
    const { byId } = actorsOf(text);
    const at = (id: string) => byId.get(id)!.mentions.map(([s, e]) => text.slice(s, e));
    expect(at('voltra')).toContain('The company');
    expect(at('amnesty-international')).toContain('The group');
    const channel = [...byId.values()].find((a) => a.name === 'Nile Channel')!;
    expect(channel.mentions.map(([s, e]) => text.slice(s, e))).toContain('channel');
  });
});

describe('findActors: names after titles', () => {
  it('ends a titled name before "at the X Palace" and merges a lone given name into the one titled person who has it', () => {
    const { byId, ids } = actorsOf(
      'State visit ends\n\n' +
        'President Joko Widodo arrived in Tokyo on Thursday. Later, Joko met Emperor Akihito at the Imperial Palace.\n',
    );
    expect(byId.get('akihito')?.roles).toContain('Emperor');
    expect(ids).not.toContain('joko');
    expect(byId.get('joko-widodo')!.mentions.length).toBe(2);
  });
});

describe('findActors: the junta', () => {
  it('reads "the Myanmar junta" and a later "the junta" as the state\'s military, not an anti-junta group', () => {
    const text =
      'Airstrike condemned\n\n' +
      'A Myanmar junta airstrike killed 20 people, witnesses said. Rebels of an anti-junta militia fled.\n' +
      'The opposition said 600 air attacks had been carried out, a figure the junta disputes.\n';
    const { byId } = actorsOf(text);
    const military = byId.get('myanmar-military')!;
    const said = military.mentions.map(([s, e]) => text.slice(s, e));
    expect(said).toEqual(['Myanmar junta', 'the junta']);
  });
});

describe('findActors: ministries named the Indian way', () => {
  it('reads "Ministry of External Affairs" as the foreign ministry of the state named with it', () => {
    const { byId } = actorsOf("Border clash\n\nIndia's Ministry of External Affairs dismissed the account.\n");
    expect(byId.get('india-foreign-ministry')?.affiliation).toBe('india');
  });
});
