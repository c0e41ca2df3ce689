// Person identity, session 33: two people of one surname in one story stay two (a lawyer speaking for a namesake
// client, a trial's defence), a state name that is a given name ("Jordan Emile, 27,"), Korean given names across
// romanizations, and Burmese names across spellings and spacing, never joining two names that differ otherwise.
import { describe, expect, it } from 'vitest';

import { personKey } from '../../graph/names.ts';
import { findActors } from '../../ingest/actors/index.ts';
import { clean } from '../../ingest/clean/index.ts';
import { extract } from '../../ingest/extract.ts';
import { analyze } from '../../ingest/nlp/index.ts';

/** The actors stage's actors of a text: name → the mentions' texts. */
function actorsIn(text: string): Map<string, string[]> {
  const c = clean({ source: 't', text });
  const out = new Map<string, string[]>();
  for (const a of findActors(analyze(c), c).actors)
    out.set(
      a.name,
      a.mentions.map(([s, e]) => text.slice(s, e)),
    );
  return out;
}

/** Each claim's speaker name, by the claim's first words. */
function speakers(text: string): string[] {
  const x = extract({ source: 't', text });
  const name = (id: string) => x.actors.find((a) => a.id === id)?.name ?? id;
  return x.claims.map((c) => `${name(c.speaker)}: ${c.text.split(' ').slice(0, 3).join(' ')}`);
}

describe('two people of one surname in one story', () => {
  it("gives the speech of 'X's lawyer Y' to the lawyer, not the client who shares his surname", () => {
    const s = speakers(
      'ZAGREB (Reuters) - A court jailed former minister Ante Novak for six years on Monday.\n\n' +
        "Novak's lawyer Ivan Novak, no relation, said he would appeal the verdict.\n",
    );
    expect(s).toContain('Ivan Novak: he would appeal');
    expect(s.some((c) => c.startsWith('Ante Novak:'))).toBe(false);
  });

  it("gives a trial defence's statement to the counsel named after it, else to no accused", () => {
    const named = speakers(
      'LISBON (AP) - A court convicted former mayor Rui Tavares of fraud on Friday.\n\n' +
        'The defence of the former mayor, led by lawyer Marta Tavares, said it would appeal.\n',
    );
    expect(named).toContain('Marta Tavares: it would appeal');
    const unnamed = speakers(
      'LISBON (AP) - A court convicted former mayor Rui Tavares of fraud on Friday.\n\n' +
        'The defence of the former mayor said it would appeal.\n',
    );
    expect(unnamed.some((c) => c.startsWith('Rui Tavares:'))).toBe(false);
    expect(unnamed).toContain("Rui Tavares's defence: it would appeal");
  });

  it('keeps the defence minister a role, not a trial defence', () => {
    const s = speakers(
      'KYIV (Reuters) - Defence Minister Oleksiy Reznikov visited the front on Monday.\n\n' +
        'The defence minister said the line was holding.\n',
    );
    expect(s).toContain('Oleksiy Reznikov: the line was');
  });
});

describe('a state name that is a given name', () => {
  it('opens a person before a surname and an age, a speech verb or a role noun', () => {
    const a = actorsIn(
      'LYON (AP) - Jordan Emile, 27, was shot dead on Tuesday. Police spokesman Chad Dupont said an inquiry was open.\n',
    );
    expect(a.get('Jordan Emile')).toEqual(['Jordan Emile']);
    expect(a.get('Chad Dupont')).toEqual(['Chad Dupont']);
    expect(a.has('Jordan')).toBe(false);
  });

  it('opens the person again with no cue once the article named them in full', () => {
    const a = actorsIn(
      'PORT OF SPAIN - Jordan Baptiste, 19, was killed and his cousin Kenya Baptiste, 24, was wounded. ' +
        'Jordan Baptiste was a student in Morvant.\n',
    );
    expect(a.get('Jordan Baptiste')).toEqual(['Jordan Baptiste', 'Jordan Baptiste']);
    expect(a.get('Kenya Baptiste')).toEqual(['Kenya Baptiste']);
  });

  it('stays the state before a common word or with no person cue', () => {
    const a = actorsIn(
      'AMMAN (Reuters) - Jordan Valley farmers protested on Monday. Kenya Airways said flights were full, and ' +
        "Jordan's foreign ministry said talks would resume.\n",
    );
    expect(a.has('Jordan Valley')).toBe(false);
    expect([...a.keys()].some((n) => /^Kenya /.test(n) && n !== 'Kenya Airways')).toBe(false);
    expect(a.has('Jordan')).toBe(true);
  });
});

describe('Korean given names across romanizations', () => {
  it('keys one name alike however its vowels and its r/l are written', () => {
    expect(personKey('Ko Seung-hoon')).toBe(personKey('Ko Seung-hun'));
    expect(personKey('Moon Dae-rim')).toBe(personKey('Moon Dae-lim'));
    expect(personKey('Won Hee-ryeong')).toBe(personKey('Won Hee-ryong'));
  });

  it('keeps two given names apart, and a name after a family name Korean does not use as written', () => {
    expect(personKey('Baek Sang-hun')).not.toBe(personKey('Baek Seung-hun'));
    expect(personKey('Kim Min-jun')).not.toBe(personKey('Kim Min-jae'));
    expect(personKey('Xi Jinping')).toBe('xi jinping');
    expect(personKey('Wang Rong')).not.toBe(personKey('Wang Long'));
  });

  it('reads a six-letter syllable after the hyphen and a family name opening a sentence', () => {
    const a = actorsIn(
      'SEOUL (Yonhap) - Former minister Won Hee-ryeong said on Monday he would run.\n\n' +
        'Oh Min-gyong, who owns the boat, said the crew was safe.\n',
    );
    expect(a.get('Won Hee-ryeong')).toEqual(['Won Hee-ryeong']);
    expect(a.get('Oh Min-gyong')).toEqual(['Oh Min-gyong']);
    expect(a.has('Won Hee')).toBe(false);
  });
});

describe('Burmese names', () => {
  it("keys one name alike across a vowel's two spellings and its words written as one", () => {
    expect(personKey('Khine Thu Kha')).toBe(personKey('Khaing Thukha'));
    expect(personKey('Daw Hline Myat Thu')).toBe(personKey('Hlaing Myat Thu'));
  });

  it('keeps a name with one word fewer another person, across articles and in one', () => {
    expect(personKey('Khine Thu Kha')).not.toBe(personKey('Khine Kha'));
    expect(personKey('Zaw Min Htike')).not.toBe(personKey('Zaw Htike'));
    const a = actorsIn(
      'MONYWA (AFP) - U Zaw Min Htike, a fire services official, said 38 people were rescued. The ferry operator, ' +
        'Zaw Htike, was detained, according to Daw Hline Myat Thu, a township officer.\n',
    );
    expect(a.get('Zaw Min Htike')).toEqual(['Zaw Min Htike']);
    expect(a.get('Zaw Htike')).toEqual(['Zaw Htike']);
    expect(a.get('Hline Myat Thu')).toEqual(['Hline Myat Thu']);
  });
});
