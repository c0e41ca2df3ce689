// A denial and the words that carry it (ingest/answers/): a bare "rejected the accusation" followed by the speaker's
// own quote or ", saying C" is one denial of the accusation told in those words; a plain claim saying the opposite of
// another speaker's earlier claim answers it as a denial; "and in turn accused" starts a claim of its own; a surname
// that reads as a participle ("Manning") opening a sentence is still the speaker. Invented wire copy.
import { describe, expect, it } from 'vitest';

import type { Claim } from '../../graph/schema.ts';
import { extract } from '../../ingest/extract.ts';

const claimsOf = (text: string) => extract({ source: 'wire.txt', text }).claims;
const find = (claims: Claim[], words: RegExp) => {
  const c = claims.find((k) => words.test(k.text));
  expect(c, String(words)).toBeDefined();
  return c!;
};

describe('a bare denial and its statement', () => {
  it('are one denial when the quote opens the next sentence', () => {
    const claims = claimsOf(
      "ADDIS ABABA, March 3, 2025 (Reuters) - Ethiopia's foreign ministry said Eritrean troops had shelled the town of " +
        'Zalambessa on Sunday. Eritrean Information Minister Yemane Gebremeskel rejected the accusation. "This is a ' +
        'fabrication. Our forces have not crossed the border," he said on X.\n',
    );
    const accusation = find(claims, /shelled the town/);
    const denial = find(claims, /This is a fabrication/);
    expect(denial.stance).toBe('denies');
    expect(denial.answers).toBe(accusation.id);
    // The bare "the accusation" is not told a second time.
    expect(claims.filter((c) => c.stance === 'denies')).toHaveLength(1);
  });

  it('are one denial with ", saying"', () => {
    const claims = claimsOf(
      'LIMA, Aug 9, 2024 (EFE) - An opposition lawmaker said the Energy Ministry had paid 40 million soles too much ' +
        'for the Talara refinery contract. Energy Minister Rómulo Mucho rejected the claim, saying no payment had ' +
        'been made outside the contract.\n',
    );
    const denial = find(claims, /no payment had been made/);
    expect(denial.stance).toBe('denies');
    expect(denial.answers).toBe(find(claims, /paid 40 million/).id);
  });

  it('answer the claim the statement is about, not merely the nearest one', () => {
    const claims = claimsOf(
      'MOUNT HAGEN, Papua New Guinea, July 8, 2025 (Post-Courier) - Police Commissioner David Manning said the guns ' +
        'used in the fighting were bought and supplied by businessmen who bankroll the tribal wars. He said those ' +
        'behind the killings would be arrested. Governor Wai Rapa rejected the claim, saying no leader in the ' +
        'province had supplied guns to tribal fighters.\n',
    );
    const denial = find(claims, /no leader in the province/);
    expect(denial.stance).toBe('denies');
    expect(denial.answers).toBe(find(claims, /bought and supplied/).id);
  });

  it('stay two when the statement is a second assertion ("and said")', () => {
    const claims = claimsOf(
      'YEREVAN, Sept 14, 2023 (AP) - Armenia said Azerbaijani troops had opened fire on its positions near Sotk. Baku ' +
        'denied the accusation and said its soldiers had acted in self-defence.\n',
    );
    expect(find(claims, /the accusation/).stance).toBe('denies');
    expect(find(claims, /self-defence/).stance).toBe('claims');
  });

  it('"and in turn accused" ends the denial and starts an accusation of its own', () => {
    const claims = claimsOf(
      'NIAMEY, Jan 20, 2025 (AFP) - Niger accuses Benin of hosting French troops on its soil. Benin rejects the ' +
        'accusation and in turn accuses Niamey of blocking the border trade.\n',
    );
    expect(find(claims, /^the accusation$/).stance).toBe('denies');
    const counter = find(claims, /blocking the border trade/);
    expect(counter.stance).toBe('claims');
    expect(counter.speaker).toBe('benin');
  });
});

describe('a claim saying the opposite of another speaker', () => {
  it('answers it as a denial', () => {
    const claims = claimsOf(
      'PORT MORESBY, Papua New Guinea (AP) - Police Commissioner David Manning has put the toll at 26.\n\n' +
        'Manning told reporters that the guns were being supplied by businessmen and politicians who fund the tribal ' +
        'fighting. Enga Gov. Peter Ipatas told the Post-Courier newspaper that no provincial leader had supplied guns ' +
        'to the fighters.\n',
    );
    const claim = find(claims, /being supplied by businessmen/);
    // "Manning" opening the sentence is the commissioner, not a verb.
    expect(claim.speaker).toBe('david-manning');
    const denial = find(claims, /no provincial leader/);
    expect(denial.stance).toBe('denies');
    expect(denial.answers).toBe(claim.id);
  });

  it('but a negated claim about something else stays a claim', () => {
    const claims = claimsOf(
      'KATHMANDU, June 2, 2024 (Reuters) - The finance minister said the government would raise fuel prices next ' +
        'month. The central bank governor said no decision had been taken on interest rates.\n',
    );
    expect(find(claims, /no decision had been taken/).stance).toBe('claims');
  });

  it('and a gerund opening a sentence stays a verb ("Fighting continued")', () => {
    const x = extract({
      source: 'wire.txt',
      text:
        'KHARTOUM, May 4, 2023 (Reuters) - Army spokesman Nabil Abdallah said the paramilitaries had shelled a ' +
        'hospital.\n\nFighting continued on Thursday in the capital, residents said.\n',
    });
    expect(x.actors.map((a) => a.name)).not.toContain('Fighting');
  });
});

describe('a verdict on "the accusation"', () => {
  it('denies the accusation told before it', () => {
    const claims = claimsOf(
      'LA PAZ, April 14, 2026 (EFE) - An opposition deputy said the cost of the plant had been inflated by 150 ' +
        'million dollars. The company\'s president told Reuters the accusation was "political and without a single ' +
        'document to back it".\n',
    );
    const denial = find(claims, /the accusation was/);
    expect(denial.stance).toBe('denies');
    expect(denial.answers).toBe(find(claims, /had been inflated/).id);
  });
});
