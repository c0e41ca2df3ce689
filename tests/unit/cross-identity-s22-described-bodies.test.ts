// Session 22: bodies and forces one outlet names and another only describes. "government troops", "federal forces"
// (a state's regular forces told by what they are), "the Army" capitalized inside a sentence, "the administration"
// or "the service" after a body so named: each is the body of the story, as its name is in another outlet's copy.
// Never where two candidates of the kind are in the story: two states' forces (a border clash), two ministries.
// Wire sentences of our own.
import { describe, expect, it } from 'vitest';

import { resolvedStory as nodes } from './resolved-story.ts';

describe("a state's forces told by what they are", () => {
  it('"government troops" in a story about one state are its military', () => {
    const story = nodes(
      'BAMENDA, Cameroon (Reuters) - Separatist fighters killed four people in an attack on a bus in western ' +
        'Cameroon, a local official said on Tuesday. Government troops were sent to the area after the attack, the ' +
        'official said, adding that the separatists had fled into the forest.',
    );
    expect(story.at('Government troops')).toEqual(['cameroon-military']);
  });

  it('"federal troops" in a federation are its military', () => {
    const story = nodes(
      "ABUJA (AFP) - Gunmen killed 12 villagers in Nigeria's northwestern Zamfara state overnight, police said on " +
        'Sunday. Federal troops have been deployed to the district, a police spokesman said.',
    );
    expect(story.at('Federal troops')).toEqual(['nigeria-military']);
  });

  it("a demonym before them names the state, whatever other state's forces the story names", () => {
    const story = nodes(
      'ADDIS ABABA (AFP) - Gunmen killed six people in Tigray, an official said. Eritrean troops fought alongside ' +
        'Ethiopian federal forces during the 2020-2022 war, and federal forces were later withdrawn.',
    );
    expect(story.within('federal forces during')).toEqual(['ethiopia-military']);
    expect(story.within('federal forces were')).toEqual([]);
  });

  it('"federal forces" in a state that is no federation are no one', () => {
    const story = nodes(
      'DAKAR (Reuters) - Senegal said on Monday that federal forces had secured the southern region after clashes ' +
        'with separatists, in a statement read on state television.',
    );
    expect(story.within('federal forces')).toEqual([]);
  });

  it('"pro-government forces" stay a group of their own', () => {
    const story = nodes(
      'BAMENDA, Cameroon (Reuters) - Pro-government forces and separatists clashed near Bamenda on Friday, ' +
        'residents said. Cameroon said it had restored order.',
    );
    expect(story.within('forces and separatists')).not.toContain('cameroon-military');
  });

  it('with two states\' forces in a border clash, "government troops" stay unresolved', () => {
    const story = nodes(
      'BISHKEK (Reuters) - Kyrgyz and Tajik troops exchanged fire on a disputed stretch of their border on Monday, ' +
        'officials in both countries said. Government troops shelled villages on both sides, residents said.',
    );
    expect(story.within('Government troops')).toEqual([]);
  });

  it('with two states\' forces in a border clash, a bare "the army" stays unresolved', () => {
    const story = nodes(
      'DUSHANBE (AFP) - Kyrgyz and Tajik troops exchanged fire on a disputed stretch of their border on Monday, ' +
        'officials in both countries said. The army said two soldiers had been wounded.',
    );
    expect(story.within('The army said')).toEqual([]);
  });
});

describe('"the Army" capitalized inside a sentence', () => {
  it('is the military of a state whose armed forces are its army by name', () => {
    const story = nodes(
      'KATHMANDU (AFP) - Floods have killed 60 people across Nepal since June. Rescuers from the Army and the ' +
        'police pulled 42 people from rooftops in Melamchi on Monday night, officials said.',
    );
    expect(story.at('the Army and')).toEqual(['nepal-military']);
  });

  // Where the armed forces' name is no army and the state names its army apart (state-forces.json), "the Army" is
  // that branch, its own node (twenty-third session: the read sets' gold keeps the Philippine Army and Colombia's
  // Army apart from the AFP and the Military Forces of Colombia); it was left alone before.
  it('is the army branch, apart from armed forces whose name is no army', () => {
    const story = nodes(
      "BOGOTA (Reuters) - Two soldiers were killed in an attack on members of the Army in Colombia's Catatumbo " +
        'region on Sunday, officials said. Colombia blamed the ELN rebels.',
    );
    expect(story.within('the Army in')).toEqual(['colombia-army']);
  });

  it('is the army branch, apart from armed forces the article names by another name', () => {
    const story = nodes(
      'MANILA (PNA) - The Armed Forces of the Philippines said on Monday that the Army had killed five militants ' +
        'in an encounter in Lanao del Sur province.',
    );
    expect(story.within('the Army had')).toEqual(['philippines-army']);
    expect(story.at('Armed Forces of the Philippines')).toEqual(['philippines-military']);
  });

  it('is never a longer name', () => {
    const story = nodes(
      'SITTWE, Myanmar (Reuters) - Fighters of the Arakan Army seized a town in Rakhine state, the group said.',
    );
    expect(story.within('the Arakan Army')).not.toContain('myanmar-military');
  });
});

describe('a definite description of a body named earlier', () => {
  it('"the administration" and "the service" are the body so named', () => {
    const story = nodes(
      "DUSHANBE (Reuters) - Tajikistan's State Border Service said on Monday that two guards had been wounded. The " +
        'service said the attackers came from Afghanistan. In Tigray, the Tigray Interim Administration called for ' +
        'calm. The administration said it would investigate.',
    );
    const service = story.within('State Border Service');
    expect(service.length).toBe(1);
    expect(story.at('The service')).toEqual(service);
    const tia = story.within('Tigray Interim Administration');
    expect(tia.length).toBe(1);
    expect(story.at('The administration')).toEqual(tia);
  });

  it('"the ministry" after two ministries stays unresolved; after one, it is that one', () => {
    const two = nodes(
      'KABUL (Reuters) - The Interior Ministry said three people were arrested. The Foreign Ministry summoned the ' +
        'Pakistani envoy on Monday. The ministry gave no further details.',
    );
    expect(two.at('The ministry')).toEqual([]);
    const one = nodes(
      'KABUL (Reuters) - The Interior Ministry said three people were arrested on Monday. The ministry gave no ' +
        'further details.',
    );
    expect(one.at('The ministry')).toEqual(one.within('Interior Ministry'));
  });
});
