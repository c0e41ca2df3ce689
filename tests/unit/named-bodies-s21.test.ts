// Named bodies that stayed in their article or went unread (session 21): an armed group's one-word own name, a
// party's hyphened acronym, a party acronym other things share, and "the federal government" of a story that names a
// unitary neighbour more. Wire stories of our own, other regions and outlets than the read sets they came from.
import { describe, expect, it } from 'vitest';

import { isArticleScoped } from '../../graph/identity.ts';
import { nodes } from './resolved-nodes.ts';

describe("an armed group's one-word own name", () => {
  it('read as a group and no English word, keys across articles', () => {
    const a = nodes(
      'GITEGA, May 14 (Reuters) - Members of the Imbonerakure militia beat three opposition activists in Ngozi ' +
        'province on Saturday, the opposition said.',
    );
    const b = nodes(
      'Local sources accuse Imbonerakure fighters of the attack on three opposition members in Ngozi province.',
    );
    expect(a.at('Imbonerakure')).toEqual(['imbonerakure']);
    expect(b.at('Imbonerakure')).toEqual(['imbonerakure']);
  });

  it("stays in its article when it is a people's name or an English word; an acronym, under its state", () => {
    const n = nodes(
      'MAIDUGURI, Nigeria (Reuters) - Fulani militia killed 12 farmers in Benue state, police said. Residents ' +
        'blamed Tebu fighters from across the border, while Brigade fighters and KKB fighters were not involved.',
    );
    for (const form of ['Fulani', 'Tebu', 'Brigade']) {
      for (const id of n.at(form)) expect(isArticleScoped(id), `${form}: ${id}`).toBe(true);
    }
    // An acronym alone keys only under the story's state (cross-identity-s28-acronyms.test.ts), never across states.
    for (const id of n.at('KKB')) expect(isArticleScoped(id) || id === 'nigeria-kkb', `KKB: ${id}`).toBe(true);
  });
});

describe('a gang named for its leader', () => {
  it('is one node across articles however it is written, never the leader', () => {
    const a = nodes(
      'PORT-AU-PRINCE (Reuters) - Gunmen from a gang led by Renel Destina attacked a police station in Carrefour ' +
        'on Sunday, police said.',
    );
    const b = nodes(
      'PORT-AU-PRINCE (AP) - Police said Renel Destina, who is wanted for kidnapping, sent his men to burn the ' +
        'station. The Destina gang controls the southern entrance of the capital.',
    );
    expect(a.at('gang led by')).toEqual(['renel-destina-gang']);
    expect(b.at('gang controls')).toEqual(['renel-destina-gang']);
    expect(b.at('Renel Destina')).toEqual(['renel-destina']);
  });
});

describe("a party's acronym", () => {
  it('hyphened, is the party written out in another article', () => {
    const a = nodes(
      'KARACHI: The Jamiat Ulema-e-Islam-Fazl and the Pakistan Muslim League-Functional on Sunday announced a ' +
        'joint protest in upper Sindh.',
    );
    const b = nodes(
      'ISLAMABAD (AFP) - "The government has handed Sindh to the dacoits," Rashid Mehmood Soomro of the JUI-F ' +
        'told reporters in Karachi. The PML-F said it would join the march.',
    );
    expect(a.at('Jamiat Ulema-e-Islam-Fazl')).toEqual(['jamiat-ulema-e-islam-fazl']);
    expect(b.at('JUI-F')).toEqual(['jamiat-ulema-e-islam-fazl']);
    expect(a.at('Pakistan Muslim League-Functional')).toEqual(['pakistan-muslim-league-functional']);
    expect(b.at('PML-F')).toEqual(['pakistan-muslim-league-functional']);
  });

  it("shared with other things, is the party only in a story about the party's state", () => {
    const lesotho = nodes(
      "MASERU (Reuters) - Lesotho's opposition DC said on Tuesday it would table a motion against the mines " +
        'minister over diamond royalties. "The minister must go," the DC said in a statement.',
    );
    const us = nodes(
      'WASHINGTON (Reuters) - Protesters marched through Washington on Saturday, and the DC police said the ' +
        'march was peaceful. The United States Congress was in recess.',
    );
    expect(lesotho.at('DC said', 1)).toEqual(['lesotho-democratic-congress']);
    expect(us.ids()).not.toContain('lesotho-democratic-congress');
  });
});

describe('the federal government', () => {
  it("is a federation's, the dateline's, when the story names a unitary neighbour more", () => {
    const n = nodes(
      'ABUJA, June 2 (Reuters) - Gunmen who killed five people in Taraba state on Sunday were separatists from ' +
        'Cameroon who crossed the border, an army spokesman said. Cameroon has battled separatists since 2017. ' +
        "Cameroon's government spokesman said Cameroon had no information about the attack.\n\nThe federal " +
        'government has deployed extra troops to the border area, the army spokesman said.',
    );
    expect(n.at('The federal government')).toEqual(['nigeria']);
  });

  it('is no unitary state', () => {
    const n = nodes(
      'ASMARA, March 3 (Reuters) - Eritrea said on Monday it had closed its border crossing at Zalambessa. The ' +
        'federal government had accused Eritrea of sheltering gunmen, Eritrea said.',
    );
    expect(n.at('federal government')).not.toContain('eritrea');
  });
});

describe("an office named for its officer's title", () => {
  it('is the whole name, two offices are two bodies, and a generic one is no cross-country key', () => {
    const n = nodes(
      "KYIV, Aug 3 (Reuters) - The Prosecutor General's Office said it had opened a war crimes case. The Kharkiv " +
        "Regional Prosecutor's Office said two civilians died.",
    );
    const other = nodes(
      "KHARKIV (Ukrinform) - The Kharkiv Regional Prosecutor's Office said on Sunday a missile hit a warehouse.",
    );
    const pmo = nodes("ISLAMABAD (Reuters) - The Prime Minister's Office said the talks would resume on Monday.");
    const kharkiv = n.at('Kharkiv Regional');
    expect(kharkiv).toEqual(['kharkiv-regional-prosecutors-office']);
    expect(other.at('Kharkiv Regional')).toEqual(kharkiv);
    expect(n.at('Prosecutor General')).not.toEqual(kharkiv);
    expect(pmo.at('Prime Minister')).toHaveLength(1);
    expect(pmo.at('Prime Minister')[0]).not.toBe('prime-ministers-office');
  });
});
