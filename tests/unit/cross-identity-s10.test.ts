// Actor-identity classes the s10 blind batch showed once read (tests/fixtures/cross-s10), each on wire stories of
// our own (other regions, outlets, years): an honorific inside a Somali or Arabic name ("Hassan Sheikh Mohamud")
// is part of the name; name words outlets romanize differently ("Muhammad" / "Mohammed", "Abdiasis" /
// "Abdulaziz", "Shebab" / "Shabaab") key one actor, while different people stay apart; a bare "Foreign Office" is
// the article's state's; a bare "Congo" is the Congo the article is about; a mission an acronym names is no alias
// of the body that runs it.
import { describe, expect, it } from 'vitest';

import { GAZETTEER_IDS } from '../../graph/load.ts';
import { bodyNameKey, personKey } from '../../graph/names.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { extract } from '../../ingest/extract.ts';

/** The graph node each actor name of one article resolves to ("name → node id"). */
function nodes(text: string): Map<string, string> {
  const x = resolveExtraction(extract({ source: 'wire.txt', text }), NO_ALIASES, GAZETTEER_IDS);
  return new Map(x.actors.map((a) => [a.name, a.id]));
}

describe('an honorific inside a name', () => {
  const story =
    'GAROWE, Somalia, Sept 3, 2019 (Reuters) - Former president Sharif Sheikh Ahmed said on Tuesday the election ' +
    'was rigged. Prime Minister Hassan Ali Khaire rejected the charge. Sheikh Mukhtar Robow, a former militant ' +
    'commander, was arrested in Baidoa. President Mohamed Abdullahi Mohamed called for calm.';

  it('is part of the name after a given name, and a title opening it', () => {
    const n = nodes(story);
    expect(n.get('Sharif Sheikh Ahmed')).toBe('sharif-ahmed');
    // An Arabic-script name's family name reads its "o" as "u" (names.ts longVowels): "Robow" keys "rubuw".
    expect(n.get('Mukhtar Robow')).toBe('mukhtar-rubuw');
    expect([...n.keys()]).not.toContain('Ahmed');
    expect([...n.keys()]).not.toContain('Sharif');
  });

  it('keys one person across outlets and keeps two people with the honorific apart', () => {
    const afp =
      "Mogadishu (AFP) - Somalia's president Hassan Sheikh Mohamud on Monday sacked the police chief. Prime " +
      'Minister Abdiweli Sheikh Ahmed said the cabinet backed the decision.';
    const hiiraan =
      'MOGADISHU (Hiiraan Online) - President Hassan Sheikh Mohamud met the speaker on Tuesday. Former president ' +
      'Sharif Sheikh Ahmed boycotted the meeting.';
    const a = nodes(afp);
    const b = nodes(hiiraan);
    expect(a.get('Hassan Sheikh Mohamud')).toBeDefined();
    expect(a.get('Hassan Sheikh Mohamud')).toBe(b.get('Hassan Sheikh Mohamud'));
    // Abdiweli Sheikh Ahmed and Sharif Sheikh Ahmed are two men.
    expect(a.get('Abdiweli Sheikh Ahmed')).toBeDefined();
    expect(a.get('Abdiweli Sheikh Ahmed')).not.toBe(b.get('Sharif Sheikh Ahmed'));
  });
});

describe('name words outlets romanize differently', () => {
  it('key one person whatever the spelling of a given or family name', () => {
    expect(personKey('Muhammad Ali Jinnah')).toBe(personKey('Mohammed Ali Jinnah'));
    expect(personKey('Mohamed Osman Jawari')).toBe(personKey('Mohammad Usman Jawari'));
    expect(personKey('Abdiasis Abu Musab')).toBe(personKey('Abdulaziz Abu Musab'));
    expect(personKey('Youssef Chahed')).toBe(personKey('Yusuf Chahed'));
    expect(personKey('Saddam Hussain')).toBe(personKey('Saddam Hussein'));
    expect(personKey('Abdel Fattah al-Sisi')).toBe(personKey('Abdul Fattah al-Sisi'));
  });

  it('keep different people apart', () => {
    expect(personKey('Mohammed bin Salman')).not.toBe(personKey('Mohammed bin Zayed'));
    expect(personKey('Muhammad bin Salman')).not.toBe(personKey('Mohammed bin Zayed'));
    expect(personKey('Ali Hasan')).not.toBe(personKey('Ali Hassan'));
    expect(personKey('Omar Hassan')).not.toBe(personKey('Osman Hassan'));
    expect(personKey('Hassan Sheikh Mohamud')).not.toBe(personKey('Hassan Sheikh Mohamed'));
  });

  it("key one body across outlets' spellings, and one group named by its short form", () => {
    expect(bodyNameKey('Jaish-e-Muhammad')).toBe(bodyNameKey('Jaish-e-Mohammed'));
    expect(bodyNameKey('Harakat al-Shabab al-Mujahideen')).toBe(bodyNameKey('Harakat al-Shabaab al-Mujahideen'));
    expect(bodyNameKey('Lashkar-e-Taiba')).not.toBe(bodyNameKey('Jaish-e-Mohammed'));
    const dawn = nodes(
      'SRINAGAR: Police said on Friday that Jaish-e-Muhammad militants had attacked a convoy near Pulwama in 2019.',
    );
    const pti = nodes(
      'NEW DELHI, Feb 15 (PTI) - India blamed Jaish-e-Mohammed for the attack on the convoy near Pulwama.',
    );
    expect(dawn.get('Jaish-e-Mohammed')).toBe('jaish-e-mohammed');
    expect(pti.get('Jaish-e-Mohammed')).toBe('jaish-e-mohammed');
    const afp = nodes(
      "Nairobi (AFP) - Somalia's Shebab insurgents claimed an attack on a Kenyan army base in Lamu on Sunday, " +
        'Shebab spokesman Ali Dhere said.',
    );
    expect(afp.get('al-Shabaab')).toBe('al-shabaab');
  });
});

describe('a bare "Foreign Office"', () => {
  it("is the dateline state's ministry, one node with that state's Foreign Ministry", () => {
    const reuters = nodes(
      "BERLIN, March 4 (Reuters) - Germany summoned Iran's ambassador on Tuesday over the execution of a German " +
        'citizen, the Foreign Office said. Foreign Office spokesman Sebastian Fischer said Berlin would respond.',
    );
    expect(reuters.get('German Foreign Office')).toBe('germany-foreign-ministry');
    expect([...reuters.values()]).not.toContain('uk-foreign-office');
    const dpa = nodes(
      "BERLIN (dpa) - Germany's Foreign Ministry said on Wednesday it had expelled two Iranian diplomats.",
    );
    expect([...dpa.values()]).toContain('germany-foreign-ministry');
  });

  it('is the state of a "DHAKA:" dateline, or the state a story without one is about', () => {
    const star = nodes(
      'DHAKA: Bangladesh on Sunday lodged a strong protest with India over the killing of two villagers at the ' +
        'border. The Foreign Office summoned the Indian envoy.',
    );
    expect([...star.values()]).toContain('bangladesh-foreign-ministry');
    const undated = nodes(
      'Bangladesh on Sunday lodged a strong protest with India over the killing of two villagers on the Bangladesh ' +
        'border. The Foreign Office summoned the Indian envoy.',
    );
    expect([...undated.values()]).toContain('bangladesh-foreign-ministry');
    expect([...undated.values()]).not.toContain('uk-foreign-office');
  });

  it("stays Britain's in a British story", () => {
    const london = nodes(
      'LONDON (AP) — The Foreign Office said on Monday it had summoned the Russian ambassador. Foreign Office ' +
        'minister Tariq Ahmad said Moscow must answer.',
    );
    expect([...london.values()]).toContain('uk-foreign-office');
    expect([...london.values()]).not.toContain('russia-foreign-ministry');
  });
});

describe('a bare "Congo"', () => {
  const ids = (text: string) => [...nodes(text).values()];

  it('is the Democratic Republic in a story about it (its provinces, Kinshasa, DR Congo)', () => {
    const ap = ids(
      'GOMA, Congo (AP) — M23 rebels seized two more towns in North Kivu province on Saturday, the army said, as ' +
        "fighting in eastern Congo forced thousands to flee. Congo's government accused Rwanda of backing the rebels.",
    );
    expect(ap).toContain('democratic-republic-of-the-congo');
    expect(ap).not.toContain('republic-of-the-congo');
    const afp = ids(
      'Bunia (DR Congo) (AFP) - Militiamen killed 14 people in Ituri province, a local official said Friday. The ' +
        'United Nations said violence in Congo had displaced 1.5 million people this year.',
    );
    expect(afp).toContain('democratic-republic-of-the-congo');
    expect(afp).not.toContain('republic-of-the-congo');
  });

  it('stays the Republic in a story about Brazzaville, even naming its neighbour once', () => {
    const reuters = ids(
      'BRAZZAVILLE, March 21 (Reuters) - Congo held a presidential election on Sunday that President Denis Sassou ' +
        'Nguesso was expected to win. Brazzaville residents said the internet had been cut. Observers from the ' +
        'Democratic Republic of Congo across the river said turnout was low.',
    );
    expect(reuters).toContain('republic-of-the-congo');
  });
});

describe('a mission a body runs', () => {
  const actors = (text: string) => extract({ source: 'wire.txt', text }).actors;
  const spans = (text: string, id: string) =>
    (actors(text).find((a) => a.id === id)?.mentions ?? []).map(([s, e]) => text.slice(s, e));

  it('is an organization of its own, belonging to the body, when an acronym names it', () => {
    const text =
      'NICOSIA, July 2, 2012 (Reuters) - Soldiers of the United Nations peacekeeping force (UNFICYP) patrolled the ' +
      'buffer zone on Monday. UNFICYP said the crossing would reopen. The United Nations said talks would resume.';
    const a = actors(text);
    const mission = a.find((x) => x.id === 'unficyp');
    expect(mission?.kind).toBe('organization');
    expect(mission?.affiliation).toBe('united-nations');
    // The description before the acronym is the mission's too; the body named inside it keeps its own mention.
    expect(spans(text, 'unficyp')).toEqual(['United Nations peacekeeping force', 'UNFICYP', 'UNFICYP']);
    expect(spans(text, 'united-nations')).toEqual(['United Nations', 'The United Nations']);
  });

  it('takes "the AU mission" from the body, one node across outlets', () => {
    const reuters =
      'MOGADISHU, May 3, 2016 (Reuters) - Burundian troops serving with the African Union peacekeeping force AMISOM ' +
      'repelled an attack near Leego on Tuesday. The AU mission said four soldiers were wounded. The African Union ' +
      'has urged donors to pay the troops.';
    expect(spans(reuters, 'amisom')).toEqual(['African Union peacekeeping force', 'AMISOM', 'AU mission']);
    expect(spans(reuters, 'african-union')).toEqual(['African Union', 'African Union']);
    const afp = nodes(
      'Nairobi (AFP) - Al-Shabaab fighters attacked a base of AMISOM, the African Union force in Somalia, on Tuesday.',
    );
    expect(afp.get('AMISOM')).toBe(nodes(reuters).get('AMISOM'));
    expect(afp.get('AMISOM')).not.toBe(afp.get('African Union'));
  });

  it("is no mission for a body named in full before its own acronym, or an army's forces", () => {
    const au = actors('ADDIS ABABA (AP) — The African Union (AU) said on Monday it had suspended Niger.');
    expect(au.map((a) => a.id)).toEqual(expect.arrayContaining(['african-union']));
    expect(au.some((a) => a.id === 'au' || a.name === 'AU')).toBe(false);
    const rsf = actors(
      'KHARTOUM (Reuters) - The paramilitary Rapid Support Forces (RSF) said on Sunday they had taken the airport.',
    );
    expect(rsf.find((a) => a.name === 'Rapid Support Forces')?.affiliation ?? null).toBeNull();
  });
});

describe('armed groups the wires name by acronym or in full', () => {
  it('are one node whatever the article wrote (the gazetteer knows them)', () => {
    const ap = nodes(
      'KAMPALA, Uganda (AP) — Militants linked to the Allied Democratic Forces attacked a school in Mpondwe near ' +
        'the Congo border, killing 41 people, police said Saturday.',
    );
    const reuters = nodes(
      'KAMPALA, June 17, 2023 (Reuters) - Ugandan police blamed the ADF for an attack on a secondary school in ' +
        'western Uganda. The ADF has pledged allegiance to Islamic State.',
    );
    expect(ap.get('Allied Democratic Forces')).toBe('allied-democratic-forces');
    expect(reuters.get('Allied Democratic Forces')).toBe('allied-democratic-forces');
    const rfi = nodes(
      'GOMA (Reuters) - Rwanda accused Congo of fighting alongside the FDLR, a militia founded by Hutu extremists.',
    );
    expect(rfi.get('Democratic Forces for the Liberation of Rwanda')).toBe('fdlr');
  });
});

describe('a nickname in quotes inside a name', () => {
  it('leaves the person the name around it, the nickname one more name of theirs', () => {
    const text =
      'CULIACAN, Mexico (Reuters) - Mexican authorities arrested Ovidio Guzman, a son of drug lord Joaquin "El ' +
      'Chapo" Guzman, on Thursday. Ismael “El Mayo” Zambada remains at large, officials said.';
    const a = extract({ source: 'wire.txt', text }).actors;
    const chapo = a.find((x) => x.name === 'Joaquin Guzman');
    expect(chapo?.aliases).toContain('El Chapo');
    expect(a.find((x) => x.name === 'Ismael Zambada')?.aliases).toContain('El Mayo');
    // The son is another man.
    expect(a.find((x) => x.name === 'Ovidio Guzman')?.id).not.toBe(chapo?.id);
    const n = nodes(text);
    expect(n.get('Joaquin Guzman')).toBe(
      nodes('MEXICO CITY (AP) — Joaquin Guzman was extradited on Thursday.').get('Joaquin Guzman'),
    );
  });

  it('is no nickname when the quotes hold a quotation', () => {
    const a = extract({
      source: 'wire.txt',
      text: 'WASHINGTON (Reuters) - Senator Lisa Murkowski called the plan "Reckless" Democrats said on Monday.',
    }).actors;
    expect(a.some((x) => /Reckless/.test([x.name, ...x.aliases].join(' ')))).toBe(false);
  });
});

describe('rival groups the gazetteer once folded together', () => {
  it('keeps Boko Haram and its breakaway ISWAP two actors, and JAS as Boko Haram', () => {
    const x = resolveExtraction(
      extract({
        source: 'wire.txt',
        text:
          'MAIDUGURI, Nigeria, June 2 (Reuters) - Fighters of Islamic State West Africa Province (ISWAP) overran a ' +
          "base in Borno state, the army said. A commander of Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS), " +
          'the Boko Haram faction, said ISWAP had attacked its camps.',
      }),
      NO_ALIASES,
      GAZETTEER_IDS,
    );
    const ids = new Set(x.actors.map((a) => a.id));
    expect(ids.has('iswap')).toBe(true);
    expect(ids.has('boko-haram')).toBe(true);
  });
});
