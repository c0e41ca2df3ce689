// Actor identity classes the s15 read showed, each on wire stories of our own (other regions, outlets, years):
// bodies named in Spanish, Portuguese or French keep their head word first ("Frente", "Partido", "Estado Mayor");
// a gazetteer name holds its parenthetical ("CPI (Maoist)"); "People's X Army" is one name; a generic body with no
// state written (a "National Electoral Council") is the story state's; "the X mission" names X; a person's nom de
// guerre after "alias" is the name news knows them by; South Asian police titles ("IG") are titles; a bare "police"
// in a story from a state with one national police is that force, also before the article names it; a firm named
// again without its "Limited" is the firm; "Chairman of the X, Name," is Name, of X.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';
import { nodes } from './resolved-nodes.ts';

describe('bodies named in Romance languages', () => {
  it('reads the head word first, through "de" and "y", and keys the same name alike in two stories', () => {
    const efe = nodes(
      'ASUNCION, Aug 27, 2020 (EFE) - Fighters of the Ejército del Pueblo Paraguayo (EPP) attacked a police post ' +
        'in Concepción department on Thursday, the Interior Ministry said. The Frente Amplio Popular condemned the ' +
        'attack.',
    );
    const ap = nodes(
      'ASUNCION, Paraguay (AP) - Paraguayan authorities blamed the Ejército del Pueblo Paraguayo for the kidnapping ' +
        'of a former vice president. Members of the Partido Colorado said the government had failed.',
    );
    expect(efe.at('Ejército del Pueblo Paraguayo')).toEqual(['ejercito-del-pueblo-paraguayo']);
    expect(ap.at('Ejército del Pueblo Paraguayo')).toEqual(['ejercito-del-pueblo-paraguayo']);
    expect(efe.at('Frente Amplio Popular')).toEqual(['frente-amplio-popular']);
    expect(ap.at('Partido Colorado')).toContain('partido-colorado');
    expect(ap.ids()).not.toContain('members-of-the-partido-colorado');
  });

  it('keeps "Estado Mayor" and a Romance "y" inside the name', () => {
    const x = nodes(
      'POPAYAN, Colombia (Reuters) - The Estado Mayor de Bloques y Frente said on Monday it would keep talking to ' +
        'the government, a day after a rival faction attacked a police station.',
    );
    expect(x.at('Estado Mayor de Bloques y Frente')).toEqual(['estado-mayor-de-bloques-y-frente']);
  });
});

describe('names with more than the gazetteer spells', () => {
  it('matches a known name written with its parenthetical, not the party it is split from', () => {
    const x = nodes(
      'RANCHI, India (Reuters) - Fighters of the Communist Party of India (Maoist) blew up a railway track in ' +
        'Jharkhand on Sunday, police said. The CPI (Maoist) had called a strike. The Communist Party of India, a ' +
        'parliamentary party, condemned the blast.',
    );
    expect(x.at('Communist Party of India (Maoist)')).toEqual(['cpi-maoist']);
    expect(x.at('CPI (Maoist)')).toEqual(['cpi-maoist']);
    expect(x.at('Communist Party of India, a')).not.toContain('cpi-maoist');
  });

  it('reads "People\'s ... Army" as one name, no newspaper inside it', () => {
    const x = nodes(
      "LAGOS (Reuters) - The People's Liberation Vanguard Army claimed the attack on the pipeline in a statement.",
    );
    expect(x.at('Liberation Vanguard')).toEqual(['peoples-liberation-vanguard-army']);
    expect(x.ids()).not.toContain('liberation');
  });

  it('names the body before a lower-case "mission"', () => {
    const x = nodes(
      'JUBA (AFP) - A spokesman for the Regional Protection Force mission, Tom Okello, said its troops had not left ' +
        'the airport.',
    );
    expect(x.at('Regional Protection Force')).toEqual(['regional-protection-force']);
  });
});

describe("a generic body with no state written: the story state's", () => {
  const quito = nodes(
    "QUITO, Feb 9, 2021 (Reuters) - Ecuador's presidential runner-up accused the National Electoral Council of " +
      'delaying the count on Tuesday. The council denied it.',
  );
  const guayaquil = nodes(
    'GUAYAQUIL, Ecuador (AFP) - The National Electoral Council said on Wednesday that a recount in 17 provinces ' +
      'would start next week.',
  );
  const caracas = nodes(
    'CARACAS, Venezuela (Reuters) - The National Electoral Council said on Monday that turnout had reached 42 percent.',
  );
  it('keys it under that state, one node across its stories and another for another state', () => {
    expect(quito.at('National Electoral Council')).toEqual(['ecuador-national-electoral-council']);
    expect(guayaquil.at('National Electoral Council')).toEqual(['ecuador-national-electoral-council']);
    expect(caracas.at('National Electoral Council')).toEqual(['venezuela-national-electoral-council']);
  });

  it('leaves a body of no one state unowned', () => {
    const x = nodes('QUITO, Ecuador (Reuters) - The Security Council will meet on Friday, Ecuador said.');
    expect(x.ids().some((id) => id.startsWith('ecuador-security'))).toBe(false);
  });
});

describe('people', () => {
  it('names a person by the alias news knows them by, so a story with the alias alone meets them', () => {
    const efe = nodes(
      'TUMACO, Colombia (EFE) - The front is led by Walter Patricio Arizala, alias "Guacho Mendez", the army said. ' +
        'Arizala has been on the run since 2018.',
    );
    const reuters = nodes(
      "BOGOTA (Reuters) - A commander known as Guacho Mendez ordered the attack, Colombia's army said on Friday.",
    );
    expect(efe.at('Walter Patricio Arizala')).toEqual(['guacho-mendez']);
    expect(efe.at('Arizala has')).toEqual(['guacho-mendez']);
    expect(reuters.at('Guacho Mendez')).toEqual(['guacho-mendez']);
  });

  it('reads South Asian police titles, and "the IG" as the officer named before', () => {
    const text =
      'SRINAGAR, India (PTI) - Inspector General of Police (Kashmir zone) Vidhi Kumar Birdi said militants fired on ' +
      'a patrol in Kulgam.\n\n"Two militants were killed in the exchange," the IG told PTI.';
    const x = extract({ source: 'pti.txt', text });
    expect(x.actors.map((a) => a.id).sort()).toEqual(['pti', 'vidhi-kumar-birdi']);
    expect(x.claims.map((c) => c.speaker)).toEqual(['vidhi-kumar-birdi', 'vidhi-kumar-birdi']);
  });
});

describe("a name's closing initial", () => {
  it('ends the sentence before "He", so the next claim is apart and its own', () => {
    const text =
      'KANDY, Sri Lanka (Reuters) - The convoy was attacked near a tea estate, said a senior police officer, Kumara ' +
      'W. He said at least three attackers had been arrested. Police spokesman John F. Perera said the road was open.';
    const x = extract({ source: 'reuters.txt', text });
    const texts = x.claims.map((c) => c.text);
    expect(texts.some((c) => c.startsWith('The convoy was attacked') && !c.includes('arrested'))).toBe(true);
    expect(texts.some((c) => c.startsWith('at least three attackers had been arrested'))).toBe(true);
    expect(x.actors.map((a) => a.name)).toContain('John F. Perera');
  });
});

describe('bodies written short', () => {
  it('reads a bare "police" as the story state\'s national police, before and after its full name', () => {
    const x = nodes(
      'MONROVIA (Reuters) - Gunmen fought police for two hours in the town of Ganta on Monday, residents said. ' +
        'Liberia National Police spokesman Moses Carter said three officers were wounded.',
    );
    expect(x.at('police for')).toEqual(['liberia-police']);
    expect(x.at('Liberia National Police')).toEqual(['liberia-police']);
  });

  it('keeps a bare "police" apart when the story names another force', () => {
    const x = nodes(
      'IMPHAL, India (Reuters) - Gunmen fought police for two hours near Moreh on Monday. Manipur Police said three ' +
        'officers were wounded.',
    );
    expect(x.at('police for')).not.toContain('india-police');
  });

  it('gives a firm named again without its "Limited" to the firm, and an office holder to the office\'s body', () => {
    const text =
      'KITWE, Zambia (Xinhua) -- Mopani Copper Smelting Limited denied that acid had leaked from its plant. ' +
      'Mopani Copper Smelting said its dam was intact.\n\nChairman of the Chibuluma Residents Association, ' +
      'Gift Banda, said the river had turned green.';
    const x = extract({ source: 'xinhua.txt', text });
    const firm = x.actors.filter((a) => a.name.startsWith('Mopani'));
    expect(firm.map((a) => [a.id, a.kind])).toEqual([['mopani-copper-smelting', 'organization']]);
    expect(firm[0]!.mentions).toHaveLength(2);
    const banda = x.actors.find((a) => a.id === 'gift-banda');
    expect(banda?.affiliation).toBe('chibuluma-residents-association');
    expect(x.actors.map((a) => a.id)).not.toContain('chairman');
    expect(x.claims.find((c) => c.text.includes('turned green'))?.speaker).toBe('gift-banda');
  });
});

describe('"the general said"', () => {
  it('reads the officer as the speaker, not an adjective', () => {
    const text =
      'JUBA (Reuters) - Army spokesman Lul Ruai Koang said troops had retaken Nasir.\n\nThe general said 12 soldiers ' +
      'were wounded. The attorney general said charges would follow. A general strike was called for Monday.';
    const x = extract({ source: 'reuters.txt', text });
    const said = x.claims.map((c) => c.text);
    expect(said).toContain('12 soldiers were wounded');
    expect(said).toContain('charges would follow');
    expect(said.some((c) => c.includes('strike'))).toBe(false);
  });
});
