// A state's army apart from its armed forces, where the state names them apart (state-forces.json has an `army`
// entry: the Philippine Army of the AFP, Indonesia's TNI AD of the TNI, Colombia's Army of its Military Forces, the
// US Army of the US military): "the army", "the Army", "army spokesman", "an Army patrol" and "<Demonym> army" are
// `<state>-army`, "the military" and "the armed forces" `<state>-military`. Where the press calls the army the
// military (Sudan, Nigeria, India, Thailand), one node, as before. Wire sentences of our own.
import { describe, expect, it } from 'vitest';

import { resolvedStory as nodes } from '../resolved-story.ts';

describe('the army of a state that names it apart from its armed forces', () => {
  it('is its own node for "the army", "the Army" and an attributive "Army"; "the military" is the armed forces', () => {
    const story = nodes(
      'ZAMBOANGA, Philippines (Reuters) - Abu Sayyaf gunmen killed two soldiers in an ambush on Basilan island on ' +
        'Friday, the military said. The army said troops were pursuing the attackers. "The Army will not stop," ' +
        'said Captain Ramon Ocampo, an Army spokesman. Three Army soldiers were wounded.',
    );
    expect(story.at('the military said')).toEqual(['philippines-military']);
    expect(story.at('The army said')).toEqual(['philippines-army']);
    expect(story.at('The Army will')).toEqual(['philippines-army']);
    expect(story.at('Army spokesman')).toEqual(['philippines-army']);
    expect(story.at('Army soldiers')).toEqual(['philippines-army']);
  });

  it('keys its name, acronym and a demonym phrase as the branch, the bare acronym of the armed forces apart', () => {
    const story = nodes(
      'JAYAPURA, Indonesia (ANTARA) - Two soldiers of the Indonesian Army (TNI AD) were killed when rebels attacked ' +
        'a post in Puncak regency on Tuesday. The TNI and the National Police have sent more troops to the area, ' +
        "and Indonesia's army said it would rebuild the post.",
    );
    expect(story.at('Indonesian Army')).toEqual(['indonesia-army']);
    expect(story.at('TNI AD')).toEqual(['indonesia-army']);
    expect(story.at('TNI and')).toEqual(['indonesia-military']);
    expect(story.within("Indonesia's army")).toContain('indonesia-army');
  });

  it('is the branch named before, and "the armed forces" after it the armed forces', () => {
    const story = nodes(
      'BOGOTA (EFE) - Four soldiers of the National Army were killed by FARC dissidents in Cauca, the army ' +
        'said on Monday. The commander of the armed forces travelled to the region.',
    );
    expect(story.at('National Army')).toEqual(['colombia-army']);
    expect(story.at('the army')).toEqual(['colombia-army']);
    expect(story.at('the armed forces')).toEqual(['colombia-military']);
  });

  it('is the army of the one state whose armed forces the story names, when its own state was not read', () => {
    const story = nodes(
      'KUALA LUMPUR, Malaysia -- Two Army soldiers were wounded when gunmen fired on a detachment in Sulu on ' +
        'Monday, an Army official said. The Armed Forces of the Philippines (AFP) said the attackers had fled.',
    );
    expect(story.at('Army soldiers')).toEqual(['philippines-army']);
    expect(story.at('Armed Forces of the Philippines')).toEqual(['philippines-military']);
  });

  it('is the US Army, apart from the US military', () => {
    const story = nodes(
      'WASHINGTON (Reuters) - The U.S. Army said on Tuesday it would send 500 soldiers to Poland, while the U.S. ' +
        'military said its warships would stay in the Baltic.',
    );
    expect(story.at('U.S. Army')).toEqual(['united-states-army']);
    expect(story.within('U.S. military')).toEqual(['united-states-military']);
  });
});

describe('the army of a state whose press calls it the military', () => {
  it('is one node with "the military"', () => {
    const story = nodes(
      'KADUNA, Nigeria (Reuters) - Gunmen killed 12 villagers in Kaduna state, the army said on Sunday. The ' +
        'military said troops had been deployed to the area.',
    );
    expect(story.at('the army')).toEqual(['nigeria-military']);
    expect(story.at('The military')).toEqual(['nigeria-military']);
  });

  it('leaves an attributive "Army" alone, and "the Army" too where the armed forces are no army by name', () => {
    const story = nodes(
      'KHARTOUM (AFP) - An Army spokesman said on Monday that the Army had repelled an attack on El Fasher.',
    );
    expect(story.within('Army spokesman')).not.toContain('sudan-military');
    expect(story.within('the Army had')).toEqual([]);
  });
});
