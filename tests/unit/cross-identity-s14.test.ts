// Person identity classes the s14 read showed, each on wire stories of our own (other regions, outlets, years):
// East Slavic given names romanized from Russian or Ukrainian ("Andriy" / "Andrei", "Volodymyr" / "Wladimir") are one
// name, while two brothers sharing the family name stay two; an Arabic or South Asian given name of two words is one
// name written joined or apart ("Abdul Hamid" / "Abdulhamid", "Kifayat Ullah" / "Kifayatullah"); the unwritten
// vowels of an Arabic-script family name ("al-Kadhimi" / "al-Kadhemi", "Rouhani" / "Rohani"); a Kenyan cabinet
// title ("Interior CS") is a role, not a name; the end of a patronymic name is the father, not the son.
import { describe, expect, it } from 'vitest';

import { GAZETTEER_IDS } from '../../graph/load.ts';
import { personKey } from '../../graph/names.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { extract } from '../../ingest/extract.ts';

/** One article resolved to graph nodes: the node ids of the actors a written mention belongs to. */
function resolved(text: string) {
  const x = resolveExtraction(extract({ source: 'wire.txt', text }), NO_ALIASES, GAZETTEER_IDS);
  const at = (surface: string) => {
    const from = text.indexOf(surface);
    expect(from).toBeGreaterThanOrEqual(0);
    return x.actors.filter((a) => a.mentions.some(([s, e]) => s <= from && from < e)).map((a) => a.id);
  };
  const person = (id: string) => x.actors.find((a) => a.id === id);
  return { at, person };
}

describe('East Slavic given names across romanizations', () => {
  const kyiv = resolved(
    'KYIV, June 12, 2019 (Reuters) - Kyiv mayor Vitaliy Klitschko said on Wednesday the city would not raise ' +
      'transport fares this year. His brother Volodymyr Klitschko, a former heavyweight champion, attended the ' +
      'council session, said Oleksiy Danilov, a city official.',
  );
  const berlin = resolved(
    'BERLIN, Nov 3, 2021 (dpa) - Former boxer Wladimir Klitschko met German lawmakers on Tuesday to ask for ' +
      'support for Ukraine, a week after his brother Vitali Klitschko, the mayor of Kiev, visited Munich. ' +
      "Alexei Danilov, the secretary of Ukraine's security council, joined them by video.",
  );

  it('keys one man whatever the romanization, and two brothers apart', () => {
    const [vitali] = berlin.at('Vitali Klitschko');
    const [wladimir] = berlin.at('Wladimir Klitschko');
    expect(kyiv.at('Vitaliy Klitschko')).toEqual([vitali]);
    expect(kyiv.at('Volodymyr Klitschko')).toEqual([wladimir]);
    expect(vitali).not.toBe(wladimir);
    expect(kyiv.at('Oleksiy Danilov')).toEqual(berlin.at('Alexei Danilov'));
  });

  it('keeps different names of one family apart', () => {
    expect(personKey('Oleg Sentsov')).not.toBe(personKey('Olga Sentsova'));
    expect(personKey('Yuri Lutsenko')).not.toBe(personKey('Yaroslav Lutsenko'));
    expect(personKey('Mykola Azarov')).toBe(personKey('Nikolai Azarov'));
    expect(personKey('Aleksandr Lukashenko')).toBe(personKey('Alexander Lukashenko'));
  });
});

describe('a given name of two words written joined or apart', () => {
  const algiers = resolved(
    'ALGIERS, April 2, 2019 (AFP) - President Abdelaziz Bouteflika resigned on Tuesday after weeks of protests, ' +
      'state television said. Army chief Ahmed Gaid Salah had called for him to be declared unfit.',
  );
  const cairo = resolved(
    'CAIRO, April 3, 2019 (MENA) - Egypt said it respected the decision of Algerian President Abdel Aziz ' +
      'Bouteflika to step down, a foreign ministry statement said.',
  );
  const peshawar = resolved(
    'PESHAWAR, Aug 9, 2022 (Dawn) - Provincial minister Kifayat Ullah Khan said the police had arrested two ' +
      'suspects. His colleague Inayatullah Khan said the province would pay compensation.',
  );

  it('is one man, while another name of the same family stays apart', () => {
    expect(cairo.at('Abdel Aziz')).toEqual(algiers.at('Abdelaziz Bouteflika'));
    expect(peshawar.at('Kifayat Ullah Khan')).toEqual([personKey('Kifayatullah Khan')!.replace(/ /g, '-')]);
    expect(peshawar.at('Kifayat Ullah Khan')).not.toEqual(peshawar.at('Inayatullah Khan'));
    expect(personKey('Abd al-Rahman al-Sudais')).toBe(personKey('Abdurrahman al-Sudais'));
    expect(personKey('Abdul Karim Khalid')).not.toBe(personKey('Abdul Rahman Khalid'));
    expect(personKey('Abdi Farah Shirdon')).toBe('abdi shirdon');
  });
});

describe('the unwritten vowels of an Arabic-script family name', () => {
  const tehran = resolved(
    'TEHRAN, Sept 21, 2017 (IRNA) - President Hassan Rouhani said Iran would not renegotiate the nuclear deal, ' +
      'speaking to reporters on his return from New York.',
  );
  const dubai = resolved(
    "DUBAI, Sept 21, 2017 (AP) - Iran's President Hassan Rohani said his country would strengthen its missile " +
      'program, days after the U.N. General Assembly.',
  );

  it('reads e / i and o / u alike in a vowel-final family name, and nothing else', () => {
    expect(tehran.at('Hassan Rouhani')).toEqual(dubai.at('Hassan Rohani'));
    expect(personKey('Mustafa al-Kadhimi')).toBe(personKey('Mustafa al-Kadhemi'));
    expect(personKey('Yahya Saree')).toBe(personKey('Yahya Sarea'));
    // A family name ending in a consonant is often a given name of its own: Hassan is not Hassoun, Nasser not Nasir.
    expect(personKey('Ali Hassan')).not.toBe(personKey('Ali Hassoun'));
    expect(personKey('Ahmed Nasser')).not.toBe(personKey('Ahmed Nasir'));
    // Names not written in Arabic script keep their letters: Conte is not Conti, Modi stays Modi.
    expect(personKey('Giuseppe Conte')).not.toBe(personKey('Giuseppe Conti'));
    expect(personKey('Narendra Modi')).toBe('narendra modi');
    // The given names must agree: Mahdi and Hadi al-Ameri are two men.
    expect(personKey('Hadi al-Ameri')).not.toBe(personKey('Mahdi al-Amiri'));
  });
});

describe('a cabinet title of another country', () => {
  it('is a role: "Interior CS Kithure Kindiki" is Kithure Kindiki', () => {
    const nairobi = resolved(
      'NAIROBI, Feb 14, 2024 (Nation) - Interior CS Kithure Kindiki said on Wednesday that 15 suspects had been ' +
        'arrested over the attack in Lamu. Kindiki spoke in Mpeketoni.',
    );
    const [kindiki] = nairobi.at('Kithure Kindiki');
    expect(kindiki).toBe('kithure-kindiki');
    expect(nairobi.person(kindiki!)?.roles).toContain('CS');
    expect(nairobi.at('Interior CS')).not.toContain('interior-kindiki');
  });
});

describe('the end of a patronymic name', () => {
  it('is the father, not the son', () => {
    const niamey = resolved(
      "NIAMEY, March 2, 2024 (AFP) - Chad's president Mahamat Idriss Deby Itno arrived in Niamey on Saturday. " +
        'His father, the late president Idriss Deby Itno, had sent troops to Niger in 2020.',
    );
    const [son] = niamey.at('Mahamat Idriss Deby Itno');
    const [father] = niamey.at('Idriss Deby Itno,');
    expect(son).toBeDefined();
    expect(father).toBeDefined();
    expect(son).not.toBe(father);
    expect(personKey('Idriss Déby')).not.toBe(personKey('Mahamat Idriss Déby'));
  });
});

describe('a lone family name under another high office', () => {
  it('is another member of the family, not the one the article named in full', () => {
    const text =
      'TALLAHASSEE, Fla., May 3, 2001 (AP) - Gov. Jeb Bush signed the state budget on Thursday. President Bush, ' +
      'his brother, praised the measure in Washington. Bush said the tax cuts would help families.';
    const { at, person } = resolved(text);
    const [jeb] = at('Jeb Bush');
    const [brother] = at('Bush, his brother');
    expect(jeb).toBe('jeb-bush');
    expect(brother).toBeDefined();
    expect(brother).not.toBe(jeb);
    expect(person(jeb!)?.roles).not.toContain('President');
    // One office for one man: "President Xi" is "President Xi Jinping".
    const beijing = resolved(
      'BEIJING, Oct 1, 2019 (Xinhua) - President Xi Jinping reviewed the troops on Tuesday. President Xi said ' +
        'no force could shake the nation.',
    );
    expect(beijing.at('Xi said')).toEqual(beijing.at('Xi Jinping'));
  });
});

describe('an heir who takes the office', () => {
  it('keeps the lone name under the new office: a crown prince who became king is one man', () => {
    const text =
      'AMMAN, Feb 7, 1999 (AP) - King Hussein of Jordan died on Sunday and his eldest son Crown Prince Abdullah bin ' +
      "Hussein was sworn in as king before parliament. King Abdullah, 37, pledged to continue his father's policies.";
    const { at } = resolved(text);
    expect(at('Abdullah, 37')).toEqual(at('Abdullah bin'));
  });
});
