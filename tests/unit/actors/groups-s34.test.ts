// Session 34: non-state groups as actors (the s33 blind batches: tests/fixtures/cross-s33a..d, class set
// cross-groups34). Crime groups named for a family or a place ("the Škaljari clan", "the Surace family" of a mafia
// story), a victim's family that is no mention of the victim, parties by bare acronym and "the Greens" of the
// story's state, an NGO's national office, local associations named by their place. Wire sentences of our own.
import { describe, expect, it } from 'vitest';

import { extract } from '../../../ingest/extract.ts';
import { resolvedStory as nodes } from '../resolved-story.ts';

const kinds = (text: string) => new Map(extract({ source: 'wire.txt', text }).actors.map((a) => [a.id, a.kind]));

describe('crime groups named for a family or a place', () => {
  it('are one group across stories, with or without the accents', () => {
    const a = nodes(
      'PODGORICA, June 12 (Vijesti) - Police said the killing was the latest in the feud between the Škaljari clan ' +
        'and the Kavač clan over cocaine smuggled through the port.',
    );
    const b = nodes(
      'PODGORICA (Reuters) - One of the dead belonged to the Skaljari clan, at war with the rival Kavac clan since a ' +
        'shipment of cocaine went missing in 2014, police said.',
    );
    expect(a.at('Škaljari clan')).toEqual(['skaljari']);
    expect(b.at('Skaljari clan')).toEqual(a.at('Škaljari clan'));
    expect(b.at('Kavac clan')).toEqual(a.at('Kavač clan'));
    expect(a.at('Kavač clan')).not.toEqual(a.at('Škaljari clan'));
  });

  it('take a "family" the story also calls a clan, or sets in apposition to a clan, and key it as the clan', () => {
    const a = nodes(
      'REGGIO CALABRIA, Oct 14 (ANSA) - Carabinieri arrested 19 people in an operation against the Surace clan of ' +
        "the 'Ndrangheta. Prosecutors said port work went to firms fronted by the Surace family.",
    );
    const b = nodes(
      "ROME (Reuters) - Prosecutors said the councillor was elected with the backing of a local 'Ndrangheta clan, " +
        'the Surace family, and repaid it with contracts at the port.',
    );
    expect(a.at('Surace clan')).toEqual(['surace']);
    expect(a.at('Surace family')).toEqual(['surace']);
    expect(b.at('Surace family')).toEqual(['surace']);
  });

  it('take the family of jailed members in a mafia story, never the family of a named victim', () => {
    const a = nodes(
      'CATANIA, Oct 18 (AFP) - A shopkeeper who refused to pay the mafia was shot dead. A lawyer for several jailed ' +
        'members of the Santapaola-Ercolano family said his clients had nothing to do with the crime.',
    );
    expect(a.at('Santapaola-Ercolano family')).toEqual(['santapaola-ercolano']);
    const b = nodes(
      'TIJUANA, Oct 27 (Reuters) - Soldiers arrested a paymaster of the Arellano Felix cartel. Relatives of a police ' +
        'officer killed last week, Jorge Ramos, demanded protection. "The Ramos family has lost a son," his sister Ana ' +
        'Ramos said.',
    );
    expect(b.at('Arellano Felix cartel')).toEqual(['arellano-felix']);
    // The family speaks for itself: it is neither the dead officer nor his sister, nor a crime group.
    expect(b.at('Ramos family')).toEqual([]);
    expect(b.at('Jorge Ramos')).toEqual(['jorge-ramos']);
  });

  it('make no group of a family firm or of a family whose members were killed', () => {
    const firm = kinds(
      'KITAKYUSHU, Nov 28 (Kyodo) - Police raided offices of the Kudo-kai after a builder who refused to pay ' +
        'protection money was shot. The Nakamura family business has operated in the city since 1950.',
    );
    expect(firm.get('kudo-kai')).toBe('group');
    expect([...firm.keys()].filter((id) => id.startsWith('nakamura'))).toEqual([]);
    const victims = kinds(
      'CULIACAN, May 2 (AP) - Cartel gunmen shot dead three members of the Ortiz family at a checkpoint, ' +
        'prosecutors said. The Sinaloa cartel has fought over the city since January.',
    );
    expect([...victims.keys()].filter((id) => id.startsWith('ortiz'))).toEqual([]);
    const named = kinds(
      'CATANIA, Oct 18 (AFP) - Marco Bonaccorsi was shot dead by the mafia. His family said members of the ' +
        'Bonaccorsi family had refused to pay extortion.',
    );
    expect([...named.entries()].filter(([, kind]) => kind === 'group')).toEqual([]);
    expect(named.get('marco-bonaccorsi')).toBe('person');
  });

  it("know the mafias and yakuza syndicates by name: 'Ndrangheta, Cosa Nostra, Yamaguchi-gumi", () => {
    const k = kinds(
      "ROME, Oct 14 (Reuters) - The 'Ndrangheta, the Calabrian mafia, has overtaken Cosa Nostra, police said, " +
        'while in Japan the Yamaguchi-gumi lost members.',
    );
    expect(k.get('ndrangheta')).toBe('group');
    expect(k.get('cosa-nostra')).toBe('group');
    expect(k.get('yamaguchi-gumi')).toBe('group');
  });
});

describe('parties and NGOs', () => {
  it('read a well-known party by its bare acronym', () => {
    const a = nodes('MUNICH, Oct 3 (dpa) - The CSU said the district administrator had resigned.');
    expect(a.at('CSU')).toEqual(['csu']);
  });

  it('read "the Greens" as the Greens of the story\'s state', () => {
    const at = nodes(
      "VIENNA, Jan 1 (APA) - Austria's People's Party and the Greens agreed on a coalition programme, Greens leader " +
        'Werner Kogler said.',
    );
    const de = nodes('MUNICH, Oct 3 (dpa) - The Greens in the Bavarian state parliament demanded an inquiry.');
    const lu = nodes(
      'LUXEMBOURG, Sept 12 (AFP) - The Greens said the councillor should step down. Sam Tanson of déi gréng told ' +
        'RTL the party would decide on Monday.',
    );
    expect(at.at('Greens')).toEqual(['austria-greens']);
    expect(de.at('Greens')).toEqual(['germany-greens']);
    expect(lu.at('Greens')).toEqual(['luxembourg-greens']);
    expect(lu.at('déi gréng')).toEqual(['luxembourg-greens']);
  });

  it('read "<NGO> <country>" as the NGO itself, and the country no actor there', () => {
    const a = nodes(
      'MOSCOW, July 24 (Reuters) - Greenpeace Russia accused the authorities of hiding the scale of the fires in ' +
        'Buryatia, the group said.',
    );
    expect(a.at('Greenpeace Russia')).toEqual(['greenpeace']);
    expect(a.within('Russia accused')).toEqual(['greenpeace']);
    const b = nodes('ULAN-UDE, July 25 - The agency rejected figures published by Greenpeace about the fires.');
    expect(b.at('Greenpeace')).toEqual(['greenpeace']);
  });

  it('read an NGO the data knows as an organization, not a person', () => {
    const k = kinds(
      'CATANIA, Oct 18 (ANSA) - "He wrote to the prefecture twice," said Addiopizzo spokeswoman Chiara Milazzo.',
    );
    expect(k.get('addiopizzo')).toBe('organization');
  });
});

describe('local associations named by their place', () => {
  it("are one body however the outlet words them: a town's fishermen's guild, cooperative or association", () => {
    const a = nodes(
      "FISTERRA, Jan 9 (EFE) - The Fisterra fishermen's guild said the trawler had left port before dawn. The guild " +
        'asked for a search at first light.',
    );
    const b = nodes("MADRID (AFP) - The fishermen's association in the port of Fisterra said the crew were local men.");
    expect(a.at("Fisterra fishermen's guild")).toEqual(['fisterra-fishermens-association']);
    expect(b.at("fishermen's association in the port of Fisterra")).toEqual(a.at("Fisterra fishermen's guild"));
    expect(a.within('guild asked')).toEqual(['fisterra-fishermens-association']);
  });

  it("make a port authority of its town, never a person of the town's name", () => {
    const a = nodes(
      'REGGIO CALABRIA, Oct 14 (ANSA) - The port authority of Gioia Tauro said it would review every contract.',
    );
    const b = nodes('ROME (Reuters) - The Gioia Tauro port authority did not respond to a request for comment.');
    expect(a.at('port authority of Gioia Tauro')).toEqual(['gioia-tauro-port-authority']);
    expect(a.within('Gioia Tauro said')).toEqual(['gioia-tauro-port-authority']);
    expect(b.at('Gioia Tauro port authority')).toEqual(['gioia-tauro-port-authority']);
  });
});
