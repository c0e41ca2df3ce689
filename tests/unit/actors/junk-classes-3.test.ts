// Junk actor classes of issue #10, third round (hand-labelled PolNeAR sample, seed 4041), on short wire-style
// articles of other regions and years: states named only as places, a dateline glued to a headline, and speakers
// that are no actor (a dateline, a person's home region, a quantifier before "in").
import { describe, expect, it } from 'vitest';

import { extract } from '../../../ingest/extract.ts';

const run = (text: string) => extract({ source: 't.txt', text });
const ids = (text: string) => run(text).actors.map((a) => a.id);

describe('junk actor classes, third round (issue #10)', () => {
  it('drops states named only as places, keeps states that act', () => {
    const found = ids(
      'Relief Stalls As Donors Balk At Costs. JAKARTA ― Aid agencies said on Monday that supplies had reached camps ' +
        'in the Philippines but not in the Solomon Islands.\n\n' +
        'Donors from countries like Norway, Japan and Canada pledged $40 million. The Bali bombings and the Manila ' +
        'attacks of 2002 are still remembered in [Papua New Guinea], officials said.\n\n' +
        'Officials said they were working with Australia, and China said it would send a medical team. Aid workers ' +
        'placed too much faith in Singapore, one of them said.\n',
    );
    for (const place of [
      'indonesia',
      'philippines',
      'solomon-islands',
      'norway',
      'japan',
      'canada',
      'papua-new-guinea',
    ])
      expect(found).not.toContain(place);
    expect(found).toEqual(expect.arrayContaining(['australia', 'china', 'singapore']));
  });

  it('keeps a seat of government named after "in" and allies in a list', () => {
    const found = ids(
      'BRUSSELS (AFP) - Critics said power now sat with an autocrat in the Kremlin. Allies like Germany and France ' +
        'have said they will not send troops.\n',
    );
    expect(found).toEqual(expect.arrayContaining(['russia', 'germany', 'france']));
  });

  it('gives no speaker role to a dateline or to a home region', () => {
    const x = run(
      'MANILA (Reuters) ― Fishermen said on Tuesday that coast guard vessels had blocked them near the shoal.\n\n' +
        'Maria Santos of Masinloc, Zambales says she has not been able to fish for a month.\n\n' +
        'A trader in Cebu City, Cebu, told reporters that prices had doubled.\n',
    );
    const speakers = x.claims.map((c) => x.actors.find((a) => a.id === c.speaker)!.name);
    expect(speakers).toContain('Maria Santos');
    expect(speakers.some((n) => /^(MANILA|Manila|Zambales)$/.test(n))).toBe(false);
  });

  it('makes the group after "in" speak for "many in" and "one in four"', () => {
    const x = run(
      'NAIROBI (Reuters) - Thousands marched on Tuesday. Many in the crowd said the tax would hurt traders. ' +
        'One in five drivers in a recent survey said they had sold their cars.\n',
    );
    const speakers = x.claims.map((c) => x.actors.find((a) => a.id === c.speaker)!);
    expect(speakers.map((a) => a.name)).not.toContain('Many');
    expect(speakers.map((a) => a.name)).not.toContain('One');
    expect(speakers.find((a) => /drivers/.test(a.name))?.anonymous).toBe(true);
  });
});

describe('junk actor classes, third round: things named like bodies (issue #10)', () => {
  it('names no actor for a speech or a court case', () => {
    const found = run(
      'CAPE TOWN (Reuters) - President Cyril Ramaphosa used his State of the Nation address on Thursday to promise ' +
        'power cuts would end. Lawyers compared the ruling to Minister of Health v. Treatment Action Campaign, ' +
        'a 2002 case.\n',
    ).actors.map((a) => a.name);
    expect(found).toContain('Cyril Ramaphosa');
    expect(found.some((n) => /State of the Nation|Treatment Action Campaign/.test(n))).toBe(false);
  });

  it('knows the party committees by their full names', () => {
    const found = run(
      'WASHINGTON (AP) - Hackers who struck the Democratic Congressional Campaign Committee last year also ' +
        'targeted the National Republican Senatorial Committee, investigators said.\n',
    ).actors.map((a) => a.id);
    expect(found).toEqual(expect.arrayContaining(['dccc', 'nrsc']));
  });
});

describe('junk actor classes, third round: speakers that are no actor (issue #10)', () => {
  const speakers = (text: string) => {
    const x = run(text);
    return x.claims.map((c) => x.actors.find((a) => a.id === c.speaker)!);
  };

  it('gives no claim to a lone title or a word of origin', () => {
    const found = speakers(
      'Prime Minister Under Pressure To Repudiate General Who Called For Martial Law. BANGKOK (Reuters) - ' +
        "Thailand's prime minister said on Monday he would not resign.\n\n" +
        'Would you vote for an African American or Hispanic, man or woman, who said and did the same things as ' +
        'Mr. Chan?\n',
    ).map((a) => a.name);
    expect(found).not.toContain('General');
    expect(found).not.toContain('Hispanic');
  });

  it("types a poll's named author as a body", () => {
    const found = speakers(
      'MANILA (Reuters) - Marcos leads by 12 points, according to the Pulse Asia polling average. The Rappler ' +
        'survey showed the same lead.\n',
    );
    const author = found.find((a) => a.name === 'Pulse Asia');
    expect(author?.kind).toBe('organization');
  });

  it('gives a claim of "she and her aides" to her', () => {
    const x = run(
      'OTTAWA (Reuters) - Finance Minister Chrystia Freeland faced questions on Tuesday. She and her aides have ' +
        'said the budget will balance by 2027.\n',
    );
    const names = x.claims.map((c) => x.actors.find((a) => a.id === c.speaker)!.name);
    expect(names).toContain('Chrystia Freeland');
    expect(names.some((n) => /aides/.test(n))).toBe(false);
  });
});

describe('junk actor classes, third round: places and bios (issue #10, seed 5051)', () => {
  it('names no state for where refugees come from or the sides of a border', () => {
    const found = ids(
      'NAIROBI (Reuters) - Refugees from Somalia crossed the Kenya-Somalia border at Liboi, and the U.S.-Mexico ' +
        'border was closed. Kenya said it would reopen camps.\n',
    );
    expect(found).toContain('kenya');
    for (const place of ['somalia', 'united-states', 'mexico']) expect(found).not.toContain(place);
  });

  it('names no person for a place like "Fort Portal" or the author of a bio line', () => {
    const found = run(
      'KAMPALA (Reuters) - Trucks caused traffic jams on the lanes connecting local Fort Portal roads to the ' +
        'highway, police said.\n\nAmina Yusuf is a senior fellow at the Rift Valley Institute.\n',
    ).actors.map((a) => a.name);
    expect(found).toContain('Rift Valley Institute');
    expect(found).not.toContain('Fort Portal');
    expect(found).not.toContain('Amina Yusuf');
  });
});

describe('junk actor classes, third round: shares of a group (issue #10, seed 5051)', () => {
  it('reads "among men the two are closer" and "Sixty-six percent" as shares of a group of people', () => {
    const x = run(
      'WELLINGTON (Reuters) - Voters are split on the tax. Among men the two parties are closer - 41 percent back ' +
        'Labour while 43 percent say the same of National. Sixty-six percent said the tax made no difference.\n',
    );
    const speakers = x.claims.map((c) => x.actors.find((a) => a.id === c.speaker)!);
    expect(speakers.length).toBeGreaterThan(0);
    for (const a of speakers) {
      expect(a.anonymous).toBe(true);
      expect(a.kind).toBe('person');
      expect(a.name).toBe('men');
    }
  });
});

describe('junk actor classes, third round: seats, trips and credits (issue #10, seed 6061)', () => {
  it("names no state for a seat or capital used as a place, a trip, or a prosecutor's title", () => {
    const found = ids(
      'HAVANA (Reuters) - Exiles who went back to Cuba said little had changed. A Washington lawyer who flew to ' +
        'Havana said whoever sits in the Oval Office had not been told. Prosecutors said US attorneys would review ' +
        'the case.\n',
    );
    expect(found).not.toContain('united-states');
    expect(found).not.toContain('cuba');
  });

  it('keeps a state that acts after a trip to it, and knows General Electric', () => {
    const found = ids(
      'HAVANA (Reuters) - Exiles who went back to Cuba said little had changed. Cuba said it welcomed visitors. ' +
        'General Electric said it would build a plant.\n',
    );
    expect(found).toEqual(expect.arrayContaining(['cuba', 'general-electric']));
    expect(found).not.toContain('electric');
  });

  it('names nobody of a "reported from" credit paragraph or a "Contributing:" line', () => {
    const found = run(
      'HONOLULU (AP) - The president toured the island on Friday, officials said.\n\n' +
        'Julie Ito reported from Midway Atoll, and Mark Hale and Lia Chen from Kaneohe Bay, Hawaii.\n' +
        'Contributing: Tom Berg.\n',
    ).actors.map((a) => a.name);
    for (const n of ['Julie Ito', 'Mark Hale', 'Lia Chen', 'Tom Berg']) expect(found).not.toContain(n);
  });
});
