// Unit tests of ingest/attribution on made-up sentences, with the real tagger and no actors stage.
// In: short texts. Out: assertions on speaker, stance, content, quote flag and relays.
import { describe, expect, it } from 'vitest';

import { dedupe } from '../../ingest/attribution/dedupe.ts';
import type { ActorsDoc } from '../../ingest/types.ts';
import { attributeText, nameOf } from './attribute-text.ts';

const run = attributeText;

/** An actors stage that knows the given people, with a mention at each occurrence of their names. */
function people(text: string, names: string[]): ActorsDoc {
  const actors: ActorsDoc['actors'] = [];
  const mentions: ActorsDoc['mentions'] = [];
  for (const name of names) {
    const id = name.toLowerCase().replace(/ /g, '-');
    const spans: [number, number][] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) spans.push([at, at + name.length]);
    actors.push({ id, name, kind: 'person', aliases: [], anonymous: false, affiliation: null, mentions: spans });
    for (const [start, end] of spans) mentions.push({ start, end, actorId: id, kind: 'name' });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { actors, mentions, outlet: null };
}

const slice = (text: string, span: [number, number] | null) => (span ? text.slice(span[0], span[1]) : null);

describe('attribute', () => {
  it('joins a quote split around its speaker and offsets every part into the text', () => {
    const doc = run('"We will not leave," Maria Lopez said, "until the water is clean."');
    expect(doc.claims).toHaveLength(1);
    const c = doc.claims[0]!;
    expect(nameOf(doc, c.speaker)).toBe('Maria Lopez');
    expect(c.quote).toBe(true);
    expect(c.text).toBe('We will not leave until the water is clean');
    expect(slice(doc.text, c.evidence.cue)).toBe('said');
    expect(slice(doc.text, c.evidence.source)).toBe('Maria Lopez');
  });

  it('follows a quote over sentences and into the next paragraph', () => {
    const doc = run(
      '“The dam is safe. We checked it twice,” engineer Tom Hale said. “Nobody should panic.”\n' +
        '“The inspection found no cracks.',
    );
    // Same paragraph: the follow-up quote extends the claim; the next paragraph opens a new one.
    expect(doc.claims.map((c) => c.text)).toEqual([
      'The dam is safe. We checked it twice Nobody should panic',
      'The inspection found no cracks',
    ]);
    expect(new Set(doc.claims.map((c) => c.speaker)).size).toBe(1);
  });

  it('takes indirect speech after the addressee and time adjuncts, without "that"', () => {
    const doc = run('The mayor told reporters on Monday that the bridge would reopen in May.');
    const c = doc.claims[0]!;
    expect(c.text).toBe('the bridge would reopen in May');
    expect(c.quote).toBe(false);
    expect(c.stance).toBe('claims');
  });

  it('reads "according to X" at the start and at the end of a sentence', () => {
    const doc = run(
      'According to the port authority, three ships were delayed. Prices rose sharply, according to traders.',
    );
    expect(doc.claims.map((c) => [c.text, slice(doc.text, c.evidence.source)])).toEqual([
      ['three ships were delayed', 'the port authority'],
      ['Prices rose sharply', 'traders'],
    ]);
    // "traders" names nobody: an anonymous actor.
    expect(doc.actors.find((a) => a.id === doc.claims[1]!.speaker)?.anonymous).toBe(true);
  });

  it('resolves a pronoun speaker to the person mentioned or speaking before', () => {
    const text = 'Governor Ana Ruiz visited the flooded town. She said the state would pay for the repairs.';
    const at = text.indexOf('Ana Ruiz');
    const actors: ActorsDoc = {
      actors: [
        {
          id: 'ana-ruiz',
          name: 'Ana Ruiz',
          kind: 'person',
          aliases: [],
          anonymous: false,
          affiliation: null,
          mentions: [[at, at + 8]],
        },
      ],
      mentions: [{ start: at, end: at + 8, actorId: 'ana-ruiz', kind: 'name' }],
      outlet: null,
    };
    const c = run(text, actors).claims[0]!;
    expect(slice(text, c.evidence.source)).toBe('She');
    expect(c.speaker).toBe('ana-ruiz');
    // Without an actors stage, an earlier speaker is the antecedent.
    const doc = run('Ana Ruiz said the town would be rebuilt. Later she added that funds were ready.');
    expect(doc.claims).toHaveLength(2);
    expect(doc.claims[1]!.speaker).toBe(doc.claims[0]!.speaker);
    expect(nameOf(doc, doc.claims[1]!.speaker)).toBe('Ana Ruiz');
  });

  it('uses the actors stage mentions when they cover the speaker', () => {
    const text = 'The ministry said the border was closed.';
    const actors: ActorsDoc = {
      actors: [
        {
          id: 'interior-ministry',
          name: 'Interior Ministry',
          kind: 'organization',
          aliases: [],
          anonymous: false,
          affiliation: null,
          mentions: [[0, 12]],
        },
      ],
      mentions: [{ start: 0, end: 12, actorId: 'interior-ministry', kind: 'descriptor' }],
      outlet: null,
    };
    const doc = run(text, actors);
    expect(doc.claims[0]!.speaker).toBe('interior-ministry');
    expect(doc.actors).toEqual([]);
  });

  it('marks denials, including disclaimed knowledge, and confirmations', () => {
    const doc = run(
      'The company denied the allegations. A spokesman said he was not aware of any leak. ' +
        'The minister confirmed that talks had taken place. The agency had no knowledge of the deal, officials said.',
    );
    expect(doc.claims.map((c) => c.stance)).toEqual(['denies', 'denies', 'confirms', 'denies']);
  });

  it('does not take an -s form after an auxiliary (a noun) as speech', () => {
    const doc = run('Vietnam and Taiwan have claims in the area, and both will reports gains.');
    expect(doc.claims).toEqual([]);
  });

  it('does not take negated or hypothetical speech as a claim', () => {
    const doc = run('The senator did not say whether she would run. The court could announce a ruling soon.');
    expect(doc.claims).toEqual([]);
  });

  it('credits cited sources and lists the reporting outlet as a relay', () => {
    const doc = run('The Daily Courier reported, citing sources, that the two leaders met in secret.');
    const c = doc.claims[0]!;
    expect(c.text).toBe('the two leaders met in secret');
    expect(doc.actors.find((a) => a.id === c.speaker)?.anonymous).toBe(true);
    expect(c.via.map((v) => nameOf(doc, v))).toEqual(['Daily Courier']);
  });

  it('reads "as quoted by" as a relay and leaves the publisher out of the chain', () => {
    const text = '"The talks failed," Omar Haddad said as quoted by the Evening Post.';
    const doc = run(text);
    const c = doc.claims[0]!;
    expect(nameOf(doc, c.speaker)).toBe('Omar Haddad');
    expect(c.via.map((v) => nameOf(doc, v))).toEqual(['Evening Post']);
    const own = run(text, { actors: [], mentions: [], outlet: 'evening-post' });
    expect(own.claims[0]!.via).toEqual([]);
  });

  it('reads "according to X quoted by Y", "sources cited by Y" and "Y, citing X" as X speaking via Y', () => {
    const doc = run(
      'According to three engineers quoted by the Harbor Gazette, the bridge was closed on Friday. ' +
        'According to sources cited by the Morning Ledger, the factory will close next year. ' +
        'According to the Evening Post, citing two police officers, the mayor resigned.',
    );
    expect(
      doc.claims.map((c) => [c.text, slice(doc.text, c.evidence.source), c.via.map((v) => nameOf(doc, v))]),
    ).toEqual([
      ['the bridge was closed on Friday', 'three engineers', ['Harbor Gazette']],
      ['the factory will close next year', 'sources', ['Morning Ledger']],
      ['the mayor resigned', 'two police officers', ['Evening Post']],
    ]);
    expect(doc.claims.every((c) => doc.actors.find((a) => a.id === c.speaker)?.anonymous)).toBe(true);
  });

  it('takes the quote of "calling it Q" once, and a later "He said" clause as its own claim', () => {
    const doc = run(
      'Mayor Tom Brandt rejected the audit, calling it "a cheap smear aimed at voters." ' +
        'He said the city books were in order.',
    );
    expect(doc.claims.map((c) => [slice(doc.text, c.evidence.cue), c.stance, c.text, c.quote])).toEqual([
      ['rejected', 'denies', 'the audit', false],
      ['calling', 'claims', 'a cheap smear aimed at voters', true],
      ['said', 'claims', 'the city books were in order', false],
    ]);
    expect(new Set(doc.claims.map((c) => nameOf(doc, c.speaker)))).toEqual(new Set(['Tom Brandt']));
  });

  it('merges claims of one speaker whose contents overlap heavily, keeping the quote, else the shorter', () => {
    const claim = (id: string, speaker: string, content: [number, number], quote: boolean) => ({
      id,
      speaker,
      stance: 'claims' as const,
      text: id,
      quote,
      via: [],
      about: [],
      evidence: { cue: [0, 4] as [number, number], source: [0, 4] as [number, number], content },
    });
    const kept = dedupe([
      claim('loose', 'ann', [10, 58], false),
      claim('quote', 'ann', [14, 58], true),
      claim('other-speaker', 'bo', [14, 58], false),
      claim('long', 'ann', [100, 160], false),
      claim('short', 'ann', [104, 160], false),
      claim('nested', 'ann', [120, 130], false),
    ]);
    expect(kept.map((c) => [c.id, c.text])).toEqual([
      ['claim-1', 'quote'],
      ['claim-2', 'other-speaker'],
      ['claim-3', 'short'],
      ['claim-4', 'nested'],
    ]);
  });

  it('folds a reported statement into a relay chain: "X said ..., Y reported"', () => {
    const doc = run('The delegation stated that troops would leave, the Sunday Telegraph reported on Tuesday.');
    expect(doc.claims).toHaveLength(1);
    const c = doc.claims[0]!;
    expect(c.text).toBe('troops would leave');
    expect(c.via.map((v) => nameOf(doc, v))).toEqual(['Sunday Telegraph']);
  });
  it('credits a participle cue after a non-speech clause to the clause subject', () => {
    const doc = run(
      'Nadia Brandt, the harbor commissioner, defended the fee on Friday, saying the port needed repairs. ' +
        '"We are done," Paul Ekwueme said, adding that the strike was over.',
    );
    expect(doc.claims.map((c) => [nameOf(doc, c.speaker), c.text, slice(doc.text, c.evidence.cue)])).toEqual([
      ['Nadia Brandt', 'the port needed repairs', 'saying'],
      ['Paul Ekwueme', 'We are done', 'said'],
      ['Paul Ekwueme', 'the strike was over', 'adding'],
    ]);
  });

  it('takes a statement "saying" C from whoever issued it', () => {
    const doc = run('The Fishermen Union issued a statement saying the quotas were unfair.');
    const c = doc.claims[0]!;
    expect(slice(doc.text, c.evidence.source)).toBe('The Fishermen Union');
    expect(c.text).toBe('the quotas were unfair');
  });

  it('keeps the quote before the speaker when the words after the cue open no clause', () => {
    const doc = run('"We will win this county," Rosa Delgado told a crowd of about 300 people.');
    expect(doc.claims.map((c) => c.text)).toEqual(['We will win this county']);
  });
  it('splits coordinated speech verbs into two claims with the shared subject', () => {
    const doc = run(
      'Mayor Ines Calder said that the budget was balanced and later told reporters that taxes would fall.',
    );
    expect(doc.claims.map((c) => [nameOf(doc, c.speaker), c.text])).toEqual([
      ['Ines Calder', 'the budget was balanced'],
      ['Ines Calder', 'taxes would fall'],
    ]);
  });

  it('resolves he and she by honorific and given name, skipping a nearer person of the other gender', () => {
    const text =
      'Ms. Varga spoke first. Mr. Dunmore said the plan was late. She said the money had arrived. ' +
      'Robert Keane met Linda Osei. He said the talks went well.';
    const doc = run(text, people(text, ['Varga', 'Dunmore', 'Robert Keane', 'Linda Osei']));
    expect(doc.claims.map((c) => [slice(text, c.evidence.source), c.speaker])).toEqual([
      ['Dunmore', 'dunmore'],
      ['She', 'varga'],
      ['He', 'robert-keane'],
    ]);
  });
  // "asked X to V" is a request (PolNeAR annotates it, content = X + the infinitive): see attribution-clauses.test.ts.
  it('reads object cues: called X Y, called for, urged, and asked with a quoted question or a request', () => {
    const doc = run(
      'Senator Joan Pirie called the tariff a tax on farmers. She called for a vote next week. ' +
        'Pirie urged colleagues to reject the bill. Pirie asked her aides to leave. "Who pays?" Pirie asked. ' +
        'A town called Marlow voted. The crew called in a tow truck.',
    );
    expect(doc.claims.map((c) => [slice(doc.text, c.evidence.cue), c.text])).toEqual([
      ['called', 'the tariff a tax on farmers'],
      ['called for', 'a vote next week'],
      ['urged', 'colleagues to reject the bill'],
      ['asked', 'her aides to leave'],
      ['asked', 'Who pays?'],
    ]);
  });

  it('resolves a role description to the person holding that role, or forward in a lead', () => {
    const lead =
      'Ports will reopen on Monday, the head of the harbor board said. Marta Quist said crews were ready. ' +
      'Finance Minister Karl Brandt met Tomas Lind. The minister said the budget was safe.';
    const doc = run(lead, people(lead, ['Marta Quist', 'Karl Brandt', 'Tomas Lind']));
    expect(doc.claims.map((c) => c.speaker)).toEqual(['marta-quist', 'marta-quist', 'karl-brandt']);
  });
  it('skips asides between the subject and its cue: parentheses, prepositional and participial phrases', () => {
    const doc = run(
      'Olga Tenn (who chairs the board) said the audit was clean. ' +
        'Ravi Mehta, in a letter sent to members on Friday, said dues would rise. ' +
        'Lena Fox, director of a shelter, which opened in May, said beds were short. ' +
        'Mr. Mehta said, however, that the vote was fair.',
    );
    expect(doc.claims.map((c) => [slice(doc.text, c.evidence.source), c.text])).toEqual([
      ['Olga Tenn', 'the audit was clean'],
      ['Ravi Mehta', 'dues would rise'],
      ['Lena Fox', 'beds were short'],
      ['Mehta', 'the vote was fair'],
    ]);
  });
  it('credits "who say" to the noun phrase the relative pronoun stands for', () => {
    const doc = run('Support fell among farmers, compared with dairy workers who say the subsidy helped.');
    // The speaker's mention in the clause is the noun phrase with its relative pronoun.
    expect(slice(doc.text, doc.claims[0]!.evidence.source)).toBe('dairy workers who');
    expect(nameOf(doc, doc.claims[0]!.speaker)).toBe('dairy workers');
  });
});

describe('attribute: noun cues, answered charges and asides', () => {
  it('reads a speech noun without a speech verb: "In a statement, X condemned C" and "X\'s claim that C"', () => {
    const doc = run(
      'In a statement, the Foreign Ministry condemned the attack on the embassy.\n' +
        "Odinga's claim that the vote was rigged angered the commission.\n" +
        'Castillo\'s remarks that Ecuador "must pay" for the deaths angered officials, who called them reckless.\n' +
        'The statement that he issued on Monday was short.\n' +
        'In an interview, he was asked what had happened.',
    );
    // "officials, who called them reckless": the relative pronoun's antecedent speaks (issue #10).
    expect(doc.claims).toHaveLength(4);
    const [a, b, c] = doc.claims;
    expect(slice(doc.text, doc.claims[3]!.evidence.source)).toBe('officials, who');
    expect(c!.text).toBe('Ecuador "must pay" for the deaths');
    expect(slice(doc.text, a!.evidence.cue)).toBe('In a statement');
    expect(slice(doc.text, a!.evidence.source)).toBe('the Foreign Ministry');
    expect(a!.text).toBe('condemned the attack on the embassy');
    expect(slice(doc.text, b!.evidence.source)).toBe('Odinga');
    expect(b!.text).toBe('the vote was rigged');
  });

  it('credits what a report or poll "found" to its author, and only documents find', () => {
    const doc = run(
      'A report by the Grain Council found that farmers had cut planting by a fifth.\n' +
        'Police found that the door was open.',
      people('A report by the Grain Council found', ['Grain Council']),
    );
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.speaker).toBe('grain-council');
    expect(doc.claims[0]!.text).toBe('farmers had cut planting by a fifth');
  });

  it('gives "..., a charge X rejected" and "..., which X denied" the answered clause, not the whole sentence', () => {
    const doc = run(
      'Rebels said they shot down a helicopter, a claim the army rejected.\n' +
        'The ministry accused Mr. Tal of bribery, which his lawyers denied.\n' +
        'The claim that the vote was rigged, which the commission denied, was repeated by lawmakers.',
    );
    const denials = doc.claims.filter((c) => c.stance === 'denies');
    expect(denials.map((c) => [slice(doc.text, c.evidence.source), c.text])).toEqual([
      ['the army', 'they shot down a helicopter'],
      ['his lawyers', 'Mr. Tal of bribery'],
      ['the commission', 'the vote was rigged'],
    ]);
  });

  it('skips a wire dateline in the content and a relative clause in the subject', () => {
    const doc = run(
      'EL FASHER, Sudan (AP) — Fighters shelled a crowded market, local officials said.\n' +
        'Residents who fled to Tawila said they had not eaten for days.',
    );
    expect(doc.claims.map((c) => [slice(doc.text, c.evidence.source), c.text])).toEqual([
      ['local officials', 'Fighters shelled a crowded market'],
      ['Residents', 'they had not eaten for days'],
    ]);
  });

  it('takes the addressee of "warned X that C" and an interviewer outlet as relay', () => {
    const doc = run(
      'Russia warned Poland that it would respond.\nIn an interview with Reuters, Ana Ruiz said the figures were false.',
      {
        ...people('Russia warned Poland that it would respond.', ['Russia', 'Poland']),
      },
    );
    expect(doc.claims[0]!.text).toBe('it would respond');
    expect(doc.claims[1]!.text).toBe('the figures were false');
  });
});

describe('attribute: appositives, shared subjects and bodies of a state', () => {
  it('leaves an appositive after "According to X," out of the content', () => {
    const doc = run('According to the Unity Council, the shadow body set up by ousted lawmakers, jets bombed a crowd.');
    expect(doc.claims.map((c) => c.text)).toEqual(['jets bombed a crowd']);
  });

  it('gives a second verb the named appositive of the shared subject, and trims "in a phone call with X"', () => {
    const text =
      "The junta's spokesman, Zaw Min Tun, confirmed the strike in a phone call with state television but said the dead were fighters.";
    const doc = run(text, people(text, ['Zaw Min Tun']));
    expect(doc.claims.map((c) => [c.speaker, c.stance, c.text])).toEqual([
      ['zaw-min-tun', 'confirms', 'the strike'],
      ['zaw-min-tun', 'claims', 'the dead were fighters'],
    ]);
  });

  it('cuts "..., a figure X disputes" off the claim and gives X the same content as a denial', () => {
    const doc = run('The council said troops had carried out 600 raids since 2021, a figure the army disputes.');
    expect(doc.claims.map((c) => [slice(doc.text, c.evidence.source), c.stance, c.text])).toEqual([
      ['The council', 'claims', 'troops had carried out 600 raids since 2021'],
      ['the army', 'denies', 'troops had carried out 600 raids since 2021'],
    ]);
  });

  it('credits "<State>\'s opposition coalition" to a group affiliated with the state, not to the state', () => {
    const text = "Kenya's main opposition coalition rejected the result. Kenya's government said the count was fair.";
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
    const actors: ActorsDoc = {
      actors: [
        { id: 'kenya', name: 'Kenya', kind: 'state', aliases: [], anonymous: false, affiliation: null, mentions: [] },
      ],
      mentions: [
        { start: at('Kenya')[0], end: at('Kenya')[1], actorId: 'kenya', kind: 'name' },
        { start: text.lastIndexOf('Kenya'), end: text.lastIndexOf('Kenya') + 5, actorId: 'kenya', kind: 'name' },
      ],
      outlet: null,
    };
    const doc = run(text, actors);
    const coalition = doc.actors.find((a) => a.id === doc.claims[0]!.speaker)!;
    expect([coalition.kind, coalition.affiliation]).toEqual(['group', 'kenya']);
    expect(doc.claims[1]!.speaker).toBe('kenya');
  });
});

describe('attribute: adjuncts and relative accusations', () => {
  it('skips "in a report released Thursday", drops "and verified by", and reads "which X accused of Y"', () => {
    const doc = run(
      'Human Rights Watch said in a report released Thursday that both sides had committed war crimes.\n' +
        'The commission said the count had been transparent and verified by observers.\n' +
        'The Eritrean government, which Khartoum accused of arming militias, denied any role.',
    );
    expect(doc.claims.map((c) => [slice(doc.text, c.evidence.source), c.stance, c.text])).toEqual([
      ['Human Rights Watch', 'claims', 'both sides had committed war crimes'],
      ['The commission', 'claims', 'the count had been transparent and verified by observers'],
      ['Khartoum', 'claims', 'The Eritrean government of arming militias'],
      ['The Eritrean government', 'denies', 'any role'],
    ]);
  });
});

describe('attribute: relayed quotes and time adjuncts', () => {
  it('reads "X reported C, quoting Y as saying D" as Y via X, and keeps a time clause after the tag out', () => {
    const text =
      'The agency reported that Kim Jong Un had overseen the test, quoting him as saying the country would never give up its weapons.\n' +
      'North Korea fired a missile on Sunday, the defence ministry said, days after Pyongyang vowed to bolster its arsenal.';
    const doc = run(text, people(text, ['Kim Jong Un']));
    expect(doc.claims.map((c) => [slice(doc.text, c.evidence.source), c.text])).toEqual([
      ['The agency', 'Kim Jong Un had overseen the test'],
      ['him', 'the country would never give up its weapons'],
      ['the defence ministry', 'North Korea fired a missile on Sunday'],
      ['Pyongyang', 'to bolster its arsenal'],
    ]);
    expect(doc.claims[1]!.speaker).toBe('kim-jong-un');
    expect(doc.claims[1]!.via).toEqual([doc.claims[0]!.speaker]);
  });
});

describe('attribute: speakers it creates', () => {
  it('types an unresolved description of one person as a person, and of a body as an organization', () => {
    const doc = run('The Indiana governor said the plan was sound. The regional water board said supplies were low.');
    expect(doc.actors.map((a) => [a.name, a.kind])).toEqual([
      ['Indiana governor', 'person'],
      ['regional water board', 'organization'],
    ]);
  });
});

describe('attribute: subjects the tagger or punctuation hide', () => {
  it('finds the speaker past ", though,", a relative clause in an appositive, "said to X", a name tagged as a word', () => {
    const doc = run(
      'Murphy, though, said he would back the plan.\n' +
        'Zeke Emanuel, an oncologist who advised the White House on health care, said the law had worked.\n' +
        '"Sometimes we need our fix!" Clinton said to People.\n' +
        'Jolly said he had worked with both parties.\n' +
        "''It will pass,'' said Mr. Burr.",
    );
    expect(doc.claims.map((c) => [slice(doc.text, c.evidence.source), c.text])).toEqual([
      ['Murphy', 'he would back the plan'],
      ['Zeke Emanuel', 'the law had worked'],
      ['Clinton', 'Sometimes we need our fix!'],
      ['Jolly', 'he had worked with both parties'],
      ['Burr', 'It will pass'],
    ]);
  });
});

describe('attribute: according-to phrases and appositive speakers with nothing after the cue', () => {
  it('reads a final "according to" phrase whatever its words were tagged, and "\\"C,\\" X, 69, told Y."', () => {
    const doc = run(
      'Whites without a degree made up 36 percent of voters, according to exit polls.\n' +
        'The meeting turned into a gripe session, according to people in attendance.\n' +
        '"That is a legitimate concern," Sarandon, 69, told MSNBC on Monday.\n' +
        'Cruz, the only candidate to campaign in Wyoming, told delegates that their votes could help him win.',
    );
    expect(doc.claims.map((c) => [slice(doc.text, c.evidence.source), c.text])).toEqual([
      ['exit polls', 'Whites without a degree made up 36 percent of voters'],
      ['people in attendance', 'The meeting turned into a gripe session'],
      ['Sarandon', 'That is a legitimate concern'],
      ['Cruz', 'their votes could help him win'],
    ]);
  });
});

describe('attribute: nested quotes and unnamed members of a body', () => {
  it('keeps a quote inside a quote in one quote, and makes "a top GOP strategist" an anonymous member of the GOP', () => {
    const text =
      'Zornick wrote, “If you care, show it even when “your team” needs to be held accountable.”\n' +
      'Even a top GOP strategist said the pressure would build.';
    const at = text.indexOf('GOP');
    const actors: ActorsDoc = {
      actors: [
        {
          id: 'gop',
          name: 'GOP',
          kind: 'organization',
          aliases: [],
          anonymous: false,
          affiliation: null,
          mentions: [],
        },
      ],
      mentions: [{ start: at, end: at + 3, actorId: 'gop', kind: 'name' }],
      outlet: null,
    };
    const doc = run(text, actors);
    expect(doc.claims[0]!.text).toBe('If you care, show it even when “your team” needs to be held accountable');
    const strategist = doc.actors.find((a) => a.id === doc.claims[1]!.speaker)!;
    expect([strategist.anonymous, strategist.affiliation]).toEqual([true, 'gop']);
  });
});

describe('attribute: survey subjects and shared subjects', () => {
  it('reads "one in five say", "those surveyed say", ", then says", and a name opening the sentence tagged as a verb', () => {
    const doc = run(
      // A bare share counts the respondents of a poll named before (issue #10: no actor "one in five").
      'A poll of 1,000 adults came out on Monday. About one in five say they would not vote.\n' +
        'By big margins, those surveyed say the economy should come first.\n' +
        'Kasich offered the man a job, then says he will welcome advice.\n' +
        'Welch added that he would vote for him.\n' +
        "But, the former chief executive added, it's not the way to win.",
    );
    expect(doc.claims.map((c) => [slice(doc.text, c.evidence.source), c.text])).toEqual([
      ['About one in five', 'they would not vote'],
      ['those surveyed', 'the economy should come first'],
      ['Kasich', 'he will welcome advice'],
      ['Welch', 'he would vote for him'],
      ['the former chief executive', "it's not the way to win"],
    ]);
  });
});

describe('attribute: plural people opening a sentence', () => {
  it('takes "Diplomats said" as anonymous diplomats, not a person named Diplomats', () => {
    const doc = run('Diplomats said privately that a compromise was possible.');
    expect(doc.actors.map((a) => [a.name, a.anonymous])).toEqual([['Diplomats', true]]);
  });
});

describe('attribute: contrasting speakers and sources named inside a phrase', () => {
  it('ends content before ", while X said", reads "According to a statement from X," and keeps "the prime minister\'s office"', () => {
    const text =
      "Israel's military said it had struck targets in Gaza, while Hamas said the strikes hit a school.\n" +
      'According to a statement from the Interior Ministry, five policemen were killed.\n' +
      '"We are ready," the prime minister\'s office said.';
    const doc = run(text);
    expect(doc.claims.map((c) => [slice(doc.text, c.evidence.source), c.text])).toEqual([
      ["Israel's military", 'it had struck targets in Gaza'],
      ['Hamas', 'the strikes hit a school'],
      ['a statement from the Interior Ministry', 'five policemen were killed'],
      ["the prime minister's office", 'We are ready'],
    ]);
  });
});

describe('attribute: relative-pronoun speakers, cited sources and split contents', () => {
  it('reads "X, which said C", "Y reported, citing Z, that C", "a source close to" and "C1, the statement said, C2"', () => {
    const doc = run(
      'The decision was welcomed by the Arab League, which said it would help stabilise the region.\n' +
        'Bloomberg reported, citing people familiar with the matter, that the company was considering a sale.\n' +
        'A source close to the negotiations said the deal could collapse.\n' +
        'The agreement, the statement said, would be implemented within two months.',
    );
    expect(doc.claims.map((c) => [slice(doc.text, c.evidence.source), c.text])).toEqual([
      ['the Arab League, which', 'it would help stabilise the region'],
      ['people familiar', 'the company was considering a sale'],
      ['A source close to the negotiations', 'the deal could collapse'],
      ['the statement', 'The agreement would be implemented within two months'],
    ]);
    expect(nameOf(doc, doc.claims[0]!.speaker)).toBe('Arab League');
    expect(doc.actors.find((a) => a.id === doc.claims[2]!.speaker)?.anonymous).toBe(true);
  });
});

describe('attribute: answers to nested claims and names opening a sentence', () => {
  it('answers the outermost claim, and keeps a name found by the actors stage at the start of a sentence', () => {
    const text =
      'Gavi said manufacturers had promised to increase supply, a claim some aid groups questioned.\n' +
      'Doctors Without Borders said its teams were overwhelmed.';
    const at = text.indexOf('Doctors Without Borders');
    const actors: ActorsDoc = {
      actors: [
        {
          id: 'msf',
          name: 'Doctors Without Borders',
          kind: 'organization',
          aliases: [],
          anonymous: false,
          affiliation: null,
          mentions: [],
        },
      ],
      mentions: [{ start: at, end: at + 23, actorId: 'msf', kind: 'name' }],
      outlet: null,
    };
    const doc = run(text, actors);
    const answer = doc.claims.find((c) => slice(doc.text, c.evidence.source) === 'some aid groups')!;
    expect(answer.text).toBe('manufacturers had promised to increase supply');
    expect(doc.claims[doc.claims.length - 1]!.speaker).toBe('msf');
  });
});

describe('attribute: adjuncts, mis-tagged complementizers and relays before the cue', () => {
  it('starts the content after "in a televised address that" and after a "that" the tagger calls a pronoun', () => {
    const doc = run(
      'The minister said in a televised address that the government respected the judgment.\n' +
        'The group said in a report that at least 20 protesters had suffered head injuries.\n' +
        'He said that was wrong.',
    );
    expect(doc.claims.map((c) => c.text)).toEqual([
      'the government respected the judgment',
      'at least 20 protesters had suffered head injuries',
      'that was wrong',
    ]);
  });

  it('reads "X, citing Y, reported that C" and "Y was quoted by X as saying C" as Y via X', () => {
    const doc = run(
      'The Daily Planet, citing two unnamed officials, reported that the talks had collapsed.\n' +
        'A senior diplomat was quoted by the Courier as saying that "patience has run out."',
    );
    const [a, b] = doc.claims;
    expect(slice(doc.text, a!.evidence.source)).toBe('two unnamed officials');
    expect(a!.via.map((v) => nameOf(doc, v))).toEqual(['Daily Planet']);
    expect(a!.text).toBe('the talks had collapsed');
    expect(slice(doc.text, b!.evidence.source)).toBe('A senior diplomat');
    expect(b!.text).toBe('patience has run out');
    expect(b!.via).toHaveLength(1);
    expect(nameOf(doc, b!.via[0]!)).toMatch(/Courier/);
  });
});

describe('attribute: speakers behind asides, relatives and issuers', () => {
  it('keeps the subject pronoun after "told X", and "It said" goes on with the body that spoke before', () => {
    const doc = run(
      'The opposition leader told the Courier he had been struck by an officer.\n' +
        'In a statement, the army command said rebel troops had shelled two villages. It said its forces had responded.',
    );
    expect(doc.claims.map((c) => c.text)).toEqual([
      'he had been struck by an officer',
      'rebel troops had shelled two villages',
      'its forces had responded',
    ]);
    expect(doc.claims[2]!.speaker).toBe(doc.claims[1]!.speaker);
  });

  it('credits "who told" to the named person of an appositive, and "a statement from X" to X', () => {
    const text =
      '"Prices will rise," said Ana Lima, chief economist at Banco Serrano, who told the Courier that the slide had fed inflation.\n' +
      'According to a statement from the presidency, the president met the minister on Friday.\n' +
      "The bank's policy committee, known as Copom, said the outlook remained difficult.";
    const doc = run(text, people(text, ['Ana Lima']));
    expect(doc.claims[1]!.speaker).toBe('ana-lima');
    expect(nameOf(doc, doc.claims[2]!.speaker)).toMatch(/presidency/);
    expect(doc.claims[3]?.text).toBe('the outlook remained difficult');
  });

  it('makes "Economists at X said" and "Residents of X said" anonymous sources', () => {
    const doc = run(
      'Economists at Banco Serrano said they expected rates to peak in March.\nResidents of Uri said shelling continued until dawn.',
    );
    expect(doc.claims).toHaveLength(2);
    for (const c of doc.claims) expect(doc.actors.find((a) => a.id === c.speaker)?.anonymous).toBe(true);
  });
});

// Error classes found on PolNeAR train (issue #10, second round), each in sentences of other places and years.
describe('attribute: speaker tags the tagger or the sentence splitter broke', () => {
  it('reads a first name the tagger took for a verb as part of the speaker', () => {
    const doc = run(
      '“Rates will have to rise,” said Josh Frydenberg, the treasurer. “Not yet,” said Niamh Burke, a nurse in Cork.',
    );
    expect(doc.claims.map((c) => nameOf(doc, c.speaker))).toEqual(['Josh Frydenberg', 'Niamh Burke']);
  });

  it('keeps a parenthesis with a state abbreviation inside the speaker tag, not as a sentence end', () => {
    const doc = run(
      '“The levy is dead,” said Senator Sarah Hanson (Qld.) in a radio interview. “We will vote it down.”',
    );
    expect(doc.claims).toHaveLength(1);
    expect(nameOf(doc, doc.claims[0]!.speaker)).toBe('Sarah Hanson');
    expect(doc.claims[0]!.text).toBe('The levy is dead We will vote it down');
  });

  it('takes "said X when asked about Y" as the tag of the quote before it', () => {
    const doc = run('“That is treason,” said farmer Ivan Petrenko when asked about the grain deal.');
    expect(doc.claims).toHaveLength(1);
    expect(nameOf(doc, doc.claims[0]!.speaker)).toBe('Ivan Petrenko');
  });

  it('reads "X, a professor at Y, said places such as Z ..." as X speaking, not an inverted "said places"', () => {
    const doc = run(
      'Ana Quispe, a professor of economics at the University of Lima, said towns such as Cusco "depend on tourism."',
    );
    expect(doc.claims).toHaveLength(1);
    expect(nameOf(doc, doc.claims[0]!.speaker)).toBe('Ana Quispe');
    expect(doc.claims[0]!.text).toContain('towns such as Cusco');
  });

  it('extends a quote past a tag whose speaker has a relative clause or a participle', () => {
    const doc = run(
      '“Some mines are adapting,” said Pieter Botha, a geologist based in Pretoria who advises investors. ' +
        '“Others will close within a year.”',
    );
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.text).toBe('Some mines are adapting Others will close within a year');
  });

  it('closes a doubled-apostrophe quote at its second mark', () => {
    const doc = run("''I think we will get there,'' Mr. Okafor said in an interview before the vote closed.");
    expect(doc.claims).toHaveLength(1);
    expect(nameOf(doc, doc.claims[0]!.speaker)).toBe('Okafor');
  });
});

describe('attribute: whose clause a participle belongs to', () => {
  it('gives ", saying C" to the subject of the nearest clause joined by ", and"', () => {
    const doc = run(
      'Farm groups say the quotas are unfair, and the Federation of Kenya Employers has taken the ministry to ' +
        'court, saying the rules break the constitution.',
    );
    const saying = doc.claims.find((c) => c.text.startsWith('the rules'))!;
    expect(nameOf(doc, saying.speaker)).toBe('Federation of Kenya Employers');
  });

  it('skips a fronted participle phrase after a dateline to find the subject', () => {
    const doc = run(
      'CEBU, Philippines - Addressing hundreds of fishermen in the port, Senator Risa Dela Cruz attacked the ' +
        'ban, saying it would ruin families.',
    );
    expect(doc.claims).toHaveLength(1);
    expect(nameOf(doc, doc.claims[0]!.speaker)).toBe('Risa Dela Cruz');
  });
});

describe('attribute: which quote a tag takes', () => {
  it('reads a doubled-apostrophe quote opening with "A" as a quote', () => {
    const doc = run("''A pastor in Leyte is out in the community,'' Mr. Santos said. Others disagreed.");
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.text).toBe('A pastor in Leyte is out in the community');
  });

  it('gives "X said, \\"B\\"" the quote after it, not a quote closing the sentence or paragraph before', () => {
    const doc = run(
      'The minister called it a “two-speed Europe.”\n' +
        'Kovač said, “In many ways, the plan is like a lifeboat. It keeps some afloat.”\n' +
        'Earlier, Kovač warned of a “lost decade.” Kovač said, “Nobody wants that.”',
    );
    const kovac = doc.claims.filter((c) => nameOf(doc, c.speaker) === 'Kovač').map((c) => c.text);
    expect(kovac).toContain('In many ways, the plan is like a lifeboat. It keeps some afloat');
    expect(kovac).toContain('Nobody wants that');
  });

  it('takes the quote after "said," when an adverbial opens the sentence before an appositive subject', () => {
    const doc = run(
      'But in a call with reporters on Dec. 2, Col. Ana Ferreira, an army spokeswoman in Maputo, said, ' +
        '“A raid is a combat operation.”',
    );
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.text).toBe('A raid is a combat operation');
  });

  it('keeps the quote before "told a crowd that ..." and "told the program \\"Title\\"" as the content', () => {
    const doc = run(
      '“Labels are for soup cans,” the former governor told a crowd that organizers put at 3,000.\n' +
        '“He deserved it,” the attacker, Lars Ekdahl, told the program “Kväll” after the hearing.',
    );
    expect(doc.claims.map((c) => c.text)).toEqual(['Labels are for soup cans', 'He deserved it']);
  });
});

describe('attribute: words around a tag that are not its speaker or content', () => {
  it('reads "at one point calling" as the clause subject speaking, not "one point"', () => {
    const doc = run('Mayor Ortiz has feuded with the governor, at one point calling him "a liar."');
    expect(doc.claims).toHaveLength(1);
    expect(nameOf(doc, doc.claims[0]!.speaker)).toBe('Ortiz');
  });

  it('takes no claim from "what voters are saying" or "758 pledged delegates"', () => {
    const doc = run(
      'She will try to prove that her party has heard what voters are saying, and that she is strong. ' +
        'He has 758 pledged delegates.',
    );
    expect(doc.claims).toEqual([]);
  });

  it('does not take a show title quoted after the adjuncts of a tag as more of the quote', () => {
    const doc = run('“She just made it up,” Okonjo said of the claim during a call to NTV’s “Morning Show.”');
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.text).toBe('She just made it up');
  });

  it('extends content that ends in a quote with the quote after the tag', () => {
    const doc = run(
      'At private clubs, members may pay more “because they expect a certain level of service,” Mr. Lindqvist ' +
        'said. “Public courses cannot keep up.”',
    );
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.text).toContain('Public courses cannot keep up');
  });
});

describe('attribute: where indirect speech ends', () => {
  it('ends the content of a cue inside a fronted "While/When ..." clause at the clause comma', () => {
    const doc = run(
      'While only 9 percent of farmers said they were undecided, most backed the coalition. ' +
        'When Minister Haddad suggested that Egypt would sue over the dam, Addis Ababa fired back.',
    );
    expect(doc.claims.map((c) => c.text)).toEqual(['they were undecided', 'Egypt would sue over the dam']);
  });

  it('ends it before a comparison the writer adds', () => {
    const doc = run(
      'Among young voters, 61 percent said they had made up their minds compared with 38 percent in May.',
    );
    expect(doc.claims[0]!.text).toBe('they had made up their minds');
  });
});

describe('attribute: quotes split around a longer tag', () => {
  it('joins the second half after an aside about the tag: "A," he said of X whose ..., "B."', () => {
    const doc = run(
      '"I have no idea how these men voted," Governor Mbeki said of prisoners whose rights were restored, ' +
        '"but they made an investment in the community."',
    );
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.text).toBe('I have no idea how these men voted but they made an investment in the community');
  });

  it('continues a quote past "said after a campaign stop in X" (a noun the tagger took for a verb)', () => {
    const doc = run(
      '"Ana supports an amnesty," Rojas said after a campaign stop in Valparaíso. "She proposed work permits."',
    );
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.text).toBe('Ana supports an amnesty She proposed work permits');
  });
});

describe('attribute: long tags around the speaker', () => {
  it('skips an aside between commas before the that-clause', () => {
    const doc = run('The ministry said on Sunday, in a statement posted online, that talks would resume in Doha.');
    expect(doc.claims[0]!.text).toBe('talks would resume in Doha');
  });

  it('reads "\\"C,\\" said an official who was not authorized to speak" as an inverted speaker', () => {
    const doc = run('“We fear for our image,” said a Chilean official who was not authorized to speak publicly.');
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.text).toBe('We fear for our image');
  });

  it('keeps "Will" and a surname the tagger took for a verb inside the name of a speaker with an aside', () => {
    const doc = run(
      'Chairman Will Tanaka, for example, said the visit would earn wide attention.\n' +
        'Oliver K. Hedge, who appraises farms for a Lagos firm, said prices had doubled.',
    );
    expect(doc.claims.map((c) => nameOf(doc, c.speaker))).toEqual(['Will Tanaka', 'Oliver K. Hedge']);
  });

  it('takes the quote after "X said," when the quote before sits inside a fronted phrase', () => {
    const doc = run('Remarking upon her "genuine empathy," Moreau said, "Leave aside the politics, she cares."');
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.text).toBe('Leave aside the politics, she cares');
  });
});

describe('attribute: cues the tagger took for nouns', () => {
  it('reads "C, as X point out" and ", warning that C" as speech, without "as" in the speaker', () => {
    const doc = run(
      'Ignoring the gains of the last decade carries risks, as Labour supporters point out.\n' +
        'On Tuesday, the utility Eskom said it could not file its accounts in time, warning that it could default.',
    );
    expect(doc.claims.map((c) => [nameOf(doc, c.speaker), c.text])).toEqual([
      ['Labour supporters', 'Ignoring the gains of the last decade carries risks'],
      ['Eskom', 'it could not file its accounts in time'],
      ['Eskom', 'it could default'],
    ]);
  });
});

describe('attribute: present-tense "reports" and outlet names the tagger split', () => {
  it('reads "X reports the ..." and "C, X reports." as speech, and "an Associated Press survey" as a name', () => {
    const doc = run(
      'Nation Media reports the two ministers had a falling out after the vote.\n' +
        'She became the first woman to lead the port authority, Amina Yusuf reports.\n' +
        'The reform is almost certain to pass, according to an Associated Press survey of lawmakers.',
    );
    const names = doc.claims.map((c) => nameOf(doc, c.speaker));
    expect(names.slice(0, 2)).toEqual(['Nation Media', 'Amina Yusuf']);
    // Without the actors stage to know the outlet, the survey keeps its head; the name is read whole.
    expect(names[2]).toMatch(/^Associated Press/);
  });
});
