// Unit tests for where a name starts and ends at extraction: courtesy titles and civil-service abbreviations before a
// name (titles.json beforeName), a bare period-abbreviation ending a name, Arabic given-name particles, a body's people
// before "of the", a company's legal form, a lower-case body noun after a name, and "Court of Justice".
import { describe, expect, it } from 'vitest';

import { findActors } from '../../ingest/actors/index.ts';
import { clean } from '../../ingest/clean/index.ts';
import { analyze } from '../../ingest/nlp/index.ts';

function actorsOf(text: string) {
  const c = clean({ source: 't', text });
  const doc = findActors(analyze(c), c);
  return { byId: new Map(doc.actors.map((a) => [a.id, a])), names: doc.actors.map((a) => a.name) };
}

describe('courtesy titles before a name', () => {
  it('strips honorifics of several regions from the name and keeps them as roles', () => {
    const { byId, names } = actorsOf(
      'Hon. Grace Mensah, the deputy minister, said the road would be rebuilt. Tan Sri Azman Yusof chaired the ' +
        'meeting. Maulana Fazal Qureshi led the prayers. PS Mary Kiplagat said the funds were released.\n',
    );
    expect(byId.get('grace-mensah')?.roles).toContain('Hon.');
    expect(byId.get('azman-yusof')?.roles).toContain('Tan Sri');
    expect(byId.get('fazal-qureshi')?.kind).toBe('person');
    expect(byId.get('mary-kiplagat')?.roles).toContain('PS');
    for (const n of names) expect(n).not.toMatch(/^(Hon|Tan Sri|Maulana|PS)\b/);
  });

  it('reads a lone surname after a courtesy title as the person named in full before', () => {
    const { byId } = actorsOf(
      'Datuk Seri Faizal Rahim opened the bridge. Later, Datuk Seri Faizal said it was safe.\n',
    );
    expect(byId.get('faizal-rahim')?.mentions).toHaveLength(2);
  });

  it('keeps a courtesy word inside a name after a given name, and a title after a portfolio', () => {
    const { byId } = actorsOf('Rehana Mufti Qadri said the ban was unfair. Treasury PS Julius Wekesa disagreed.\n');
    expect(byId.get('rehana-mufti-qadri')?.kind).toBe('person');
    expect(byId.get('julius-wekesa')?.roles).toContain('PS');
  });

  it('takes a courtesy abbreviation with no name after it for no title', () => {
    const { names } = actorsOf('The PS declined to comment on Monday, and Ustaz said nothing.\n');
    expect(names).not.toContain('Mary');
    expect(names.some((n) => /^(PS|Ustaz) \p{Lu}/u.test(n))).toBe(false);
  });
});

describe('a title abbreviation written bare after a name', () => {
  it('keeps "Sen" in the name when no name follows it, and reads "Sen." before a name as a title', () => {
    const { byId } = actorsOf(
      'Opposition leader Kem Sen said on Friday the vote was rigged. Sen. Ann Lee disagreed.\n',
    );
    expect(byId.get('kem-sen')?.name).toBe('Kem Sen');
    expect(byId.get('ann-lee')?.roles).toContain('Sen.');
  });
});

describe('Arabic given-name particles', () => {
  it('keeps "Abu" and "Abdul" with the word after them when a title qualifier is cut off', () => {
    const { byId } = actorsOf(
      'Governor of Nineveh Major General Abu Omar Jabouri said the road was closed. Minister of State for Defence ' +
        'Abdul Qadir Sheikhani said the troops withdrew.\n',
    );
    expect(byId.get('abu-omar-jabouri')?.roles).toEqual(expect.arrayContaining(['Governor', 'Major General']));
    expect(byId.get('abdul-qadir-sheikhani')?.kind).toBe('person');
    expect([...byId.keys()]).not.toContain('omar-jabouri');
    expect([...byId.keys()]).not.toContain('qadir-sheikhani');
  });
});

describe('name edges', () => {
  it('leaves a body people named before "of the" out of its name', () => {
    const { byId, names } = actorsOf('Elders of the Garre Community Council said the talks failed.\n');
    expect(byId.get('garre-community-council')?.kind).toBe('organization');
    expect(names.some((n) => n.startsWith('Elders'))).toBe(false);
  });

  it("drops a company's legal form from its name but keeps the written form as its mention", () => {
    const text = 'Lusaka Cement Co., Ltd. said the plant was shut. Later, Lusaka Cement said it would reopen.\n';
    const { byId } = actorsOf(text);
    const firm = byId.get('lusaka-cement');
    expect(firm?.kind).toBe('organization');
    expect(firm?.mentions).toHaveLength(2);
    expect(text.slice(firm!.mentions[0]![0], firm!.mentions[0]![1])).toBe('Lusaka Cement Co.');
  });

  it("reads an acronym with a legal form, defined after a firm's name, as that firm", () => {
    const text =
      'Kafue Copper Holdings Limited (KCH Ltd) denied the report. Later, KCH Ltd said the mine had reopened.\n';
    const { byId } = actorsOf(text);
    expect(byId.get('kafue-copper-holdings')?.mentions).toHaveLength(3);
    expect([...byId.keys()]).not.toContain('kch-ltd');
  });

  it('splits "Name of the X party" into a person and her party, and types "the X company" a body', () => {
    const { byId } = actorsOf(
      'Councillor Ana Lopes of the Nova Esperança party said the budget was cut. The land went to the Golden ' +
        'Delta company last year.\n',
    );
    expect(byId.get('ana-lopes')?.affiliation).toBe('nova-esperanca');
    expect(byId.get('nova-esperanca')?.kind).toBe('organization');
    expect(byId.get('golden-delta')?.kind).toBe('organization');
  });

  it("types a full name after an owner's noun a person, as it does after a manager's", () => {
    const { byId } = actorsOf("The mill's owner, Tariq Mahmood, said the fire began at night.\n");
    expect(byId.get('tariq-mahmood')?.kind).toBe('person');
  });

  it('reads a title after "Court of" as a word of the court\'s name, no person after it', () => {
    const { byId } = actorsOf('She will appeal to the High Court of Justice of the Canary Islands, her lawyer said.\n');
    expect(byId.get('high-court-of-justice-of-the-canary-islands')?.kind).toBe('organization');
    expect([...byId.values()].filter((a) => a.kind === 'person')).toHaveLength(0);
  });
});
