// titles.ts: titles and roles before a name make a person with roles and the base of an affiliation.
import { describe, expect, it } from 'vitest';

import { titledName } from '../../../ingest/actors/titles.ts';
import type { Item } from '../../../ingest/actors/view.ts';
import { actorsOf, sentence } from './helpers.ts';

/** Runs the titles recogniser from the first title item of the sentence. */
function titled(text: string) {
  const { v, items, sc } = sentence(text);
  const x = items.findIndex((it) => it.type === 'gaz' && it.hit.role === 'title');
  titledName(sc, v, items, x, new Set<Item>());
  return sc;
}

describe('titledName', () => {
  it('makes the name after a title a person with the title as a role and the state before it as base', () => {
    const sc = titled('Peruvian Interior Minister Rosa Quispe said the mine would reopen.\n');
    const p = sc.reg.all().find((d) => d.kind === 'person')!;
    expect(p.name).toBe('Rosa Quispe');
    expect([...p.roles]).toContain('Interior Minister');
    expect(sc.personTitles[0]).toMatchObject({ personId: p.id, base: 'peru' });
  });

  it("reads a state's one-word name after a titled given name as the surname", () => {
    const sc = titled('Sen. Ruth Georgia spoke first.\n');
    expect(sc.reg.all().map((d) => d.name)).toEqual(['Ruth Georgia']);
  });

  it('places a senator with a party tag in the Senate', () => {
    const sc = titled('Sen. Ann Lee (D-Ore.) voted against the bill.\n');
    expect(sc.personTitles[0]?.base).toBe('us-senate');
  });

  it('stops the name at "of" and makes the body after it an affiliation', () => {
    const sc = titled('Professor Amara Nwosu of the University of Ibadan said prices would rise.\n');
    const names = sc.reg.all().map((d) => `${d.kind}:${d.name}`);
    expect(names).toContain('person:Amara Nwosu');
    expect(names).toContain('organization:University of Ibadan');
    expect(sc.pendingAffiliations).toHaveLength(1);
  });

  it("keeps a three-word name whole when a comma closes the title's qualifier", () => {
    // Wire style: "a spokesman for <body>, <rank> <Name>" (Myanmar, Libyan and Sudanese names run to three words).
    const names = (text: string) =>
      actorsOf(text)
        .filter((a) => a.kind === 'person')
        .map((a) => a.name);
    expect(
      names(
        'NAYPYITAW, May 2 (Reuters) - A spokesman for the junta, Major General Aung Kyaw Tun, told state media the army had struck a camp.\n',
      ),
    ).toEqual(['Aung Kyaw Tun']);
    expect(
      names('KHARTOUM, Oct 9 (AFP) - A spokesman for the RSF, Mohamed Ali Osman, said the group held the bridge.\n'),
    ).toEqual(['Mohamed Ali Osman']);
    // A particle opens no name: the given name before it is his ("of the Presidency Maher al-Sharaa").
    expect(names('Secretary-General of the Presidency Khaled al-Omari met the envoy.\n')).toEqual(['Khaled al Omari']);
    // Without the comma the qualifier's capitals may still run into the name: only the last two words are his.
    expect(names('Special Envoy for Near Eastern Affairs Barbara Leaf said it.\n')).toEqual(['Barbara Leaf']);
  });
});
