// Local-government and police posts glued before a name (issue #10, session 25): the post is the person's role, never a
// body ("District Police Officer Ashfaq Ahmed" is no organization), a province between the title and the name or a
// place's unit before it keeps the role ("Chief Minister Punjab X", "Officer-in-Charge of Y police station X"), a
// rank's acronym before a name is his role ("SP X"), and a post's acronym as a speaker ("the SP said", "The DC said")
// is the one person the article gives that post; two holders of one post leave it to nobody. Wire copy of other
// places than the read sets; actors stage alone, then the full pipeline.
import { describe, expect, it } from 'vitest';

import { postInitials, spellsTitle } from '../../ingest/actors/post-acronyms.ts';
import { extract } from '../../ingest/extract.ts';
import { actorsOf } from './actors/helpers.ts';

const people = (text: string) =>
  actorsOf(text)
    .filter((a) => a.kind === 'person')
    .map((a) => `${a.name}|${(a.roles ?? []).join('/')}`);
const kinds = (text: string) => actorsOf(text).map((a) => `${a.kind}:${a.name}`);
const run = (text: string) => extract({ source: 'wire.txt', text });

describe('a post glued before a name', () => {
  it('reads "Divisional Police Officer" before a name as his role, not a body holding "Police"', () => {
    const text = 'Divisional Police Officer Musa Garba said two suspects had been arrested in Funtua.\n';
    expect(people(text)).toEqual(['Musa Garba|Divisional Police Officer']);
    expect(kinds(text).some((k) => k.startsWith('organization:'))).toBe(false);
  });

  it('keeps a body whose name ends in a post word with no name after it', () => {
    const text = 'The Police Officers Welfare Association said its members had not been paid.\n';
    expect(kinds(text)).toContain('organization:Police Officers Welfare Association');
  });

  it('reads Bangladeshi and Indian district posts as roles', () => {
    expect(people('Upazila Nirbahi Officer Nasrin Akter said the embankment had been repaired.\n')).toEqual([
      'Nasrin Akter|Upazila Nirbahi Officer',
    ]);
    expect(people('Station House Officer Rajesh Kumar said the body had been sent for a post-mortem.\n')).toEqual([
      'Rajesh Kumar|Station House Officer',
    ]);
  });

  it('keeps the role when a province stands between the title and the name', () => {
    const text = 'Caretaker Chief Minister Balochistan Ali Mardan Domki chaired a meeting on flood relief.\n';
    expect(people(text)).toEqual(['Ali Mardan Domki|Chief Minister']);
    expect(kinds(text).some((k) => k.startsWith('organization:'))).toBe(false);
  });

  it("reads a region the article names elsewhere between the title and the name, not a person's given names", () => {
    const text =
      'Governor Khyber Pakhtunkhwa Faisal Karim Kundi visited Bannu on Friday. Schools across Khyber Pakhtunkhwa province stayed shut.\n';
    expect(people(text)).toEqual(['Faisal Karim Kundi|Governor']);
    expect(people('President Luiz Inácio Lula da Silva arrived in Luanda on Friday.\n')[0]).toMatch(
      /^Luiz Inácio Lula da Silva\|/,
    );
  });

  it('skips the place and its unit between a qualified title and the name', () => {
    const text = 'Officer-in-Charge of Sadar police station Mizanur Rahman said a case had been filed.\n';
    expect(people(text)).toEqual(['Mizanur Rahman|Officer-in-Charge']);
    const gov = 'Governor of Katsina state Dikko Umaru Radda visited the camp on Monday.\n';
    expect(people(gov)).toEqual(['Dikko Umaru Radda|Governor']);
  });

  it('ends a titled name at "of" before a place', () => {
    const text = 'The operation was led by DPO Sani Lawal of Gusau division and two inspectors.\n';
    expect(people(text)).toEqual(['Sani Lawal|DPO']);
  });

  it("reads a rank's acronym spelling a title's initials as the role, not a word of the name", () => {
    const text = 'The command spokesperson, SP Abubakar Sadiq Aliyu, confirmed the arrests on Sunday.\n';
    expect(people(text)[0]).toMatch(/^Abubakar Sadiq Aliyu\|SP/);
    // Initials of a name are no title's: Nepal's prime minister keeps his.
    expect(people('Prime Minister KP Sharma Oli left for New York on Sunday.\n')).toEqual([
      'KP Sharma Oli|Prime Minister',
    ]);
  });

  it('spells initials past joining words', () => {
    expect(postInitials('Superintendent of Police')).toBe('SP');
    expect(postInitials('Officer-in-Charge')).toBe('OC');
    expect(spellsTitle('DC')).toBe(true);
    expect(spellsTitle('KP')).toBe(false);
  });
});

describe("a post's acronym as a speaker", () => {
  it('gives "the SP" and "The DC" to the one person the article gives each post', () => {
    const text =
      'Three die as boat capsizes in Meghna river\n\n' +
      'DHAKA, July 14 (Reuters) - Three people drowned when an overloaded boat capsized in the Meghna river in Bangladesh on Sunday, officials said.\n\n' +
      'Deputy Commissioner Anisur Rahman said divers had recovered three bodies. The DC said the search would resume at dawn.\n\n' +
      'Superintendent of Police (SP) Shahidul Islam said the boat had no licence. "The owner will be arrested," the SP said.';
    const x = run(text);
    // The lede's "officials said" first, then each officer twice.
    expect(x.claims.map((c) => c.speaker).slice(1)).toEqual([
      'anisur-rahman',
      'anisur-rahman',
      'shahidul-islam',
      'shahidul-islam',
    ]);
    expect(x.actors.some((a) => /^(dc|sp)$/i.test(a.name))).toBe(false);
  });

  it('reads an acronym the article spells out as a post, not as the body the gazetteer knows by it', () => {
    const text =
      'Embankment breach floods 12 villages\n\n' +
      'Our Correspondent, Sirajganj\n\n' +
      'A breach in a flood protection embankment inundated 12 villages in Chauhali upazila yesterday.\n\n' +
      'Upazila Nirbahi Officer (UNO) Farhana Yasmin said 3,000 families had been affected. The UNO said dry food had been sent to the area.';
    const x = run(text);
    expect(x.actors.some((a) => a.id === 'united-nations')).toBe(false);
    expect(x.claims.map((c) => c.speaker)).toEqual(['farhana-yasmin', 'farhana-yasmin']);
  });

  it("keeps a body's acronym the body's beside a person whose post has those initials", () => {
    const text =
      'US warns of Chinese hacking campaign\n\n' +
      'WASHINGTON, May 2 (Reuters) - National Security Adviser Jake Sullivan said on Thursday that Chinese state hackers had targeted US water utilities.\n\n' +
      'The NSA said in a separate advisory that the intrusions began in 2021.';
    expect(run(text).claims.at(-1)!.speaker).toBe('nsa');
  });

  it('leaves "the DPO" to nobody when two officers of that rank are named', () => {
    const text =
      'Police rescue 9 kidnapped travellers in Kaduna\n\n' +
      'KADUNA, Nigeria (AP) - Police rescued nine travellers kidnapped on the Kaduna-Abuja highway, police said on Monday.\n\n' +
      'DPO Bala Yusuf of Kachia division and DPO Emmanuel Audu of Kajuru division led the operation. The DPO said two suspects were killed.';
    const x = run(text);
    const last = x.claims.at(-1)!;
    expect(last.speaker).not.toBe('bala-yusuf');
    expect(last.speaker).not.toBe('emmanuel-audu');
    expect(x.actors.find((a) => a.id === last.speaker)?.anonymous).toBe(true);
  });
});
