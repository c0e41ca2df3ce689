import { describe, expect, it } from 'vitest';

import type { Actor, Claim } from '../../graph/schema.ts';
import { findCasualties } from '../../ingest/events/casualties.ts';
import { findDates } from '../../ingest/events/dates.ts';
import { findEvents } from '../../ingest/events/index.ts';
import { findPlaces } from '../../ingest/events/places.ts';
import { buildView } from '../../ingest/events/view.ts';
import { extract } from '../../ingest/extract.ts';
import { analyze } from '../../ingest/nlp/index.ts';
import type { ActorsDoc, CleanDoc, Mention } from '../../ingest/types.ts';

type Spec = { id: string; kind: Actor['kind']; names: string[]; affiliation?: string };

/** Marks every occurrence of the given names as a mention of that actor (longest match wins). */
function actorsFor(text: string, specs: Spec[]): ActorsDoc {
  const found: Mention[] = [];
  for (const s of specs) {
    for (const name of s.names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const before = text[at - 1] ?? ' ';
        const after = text[at + name.length] ?? ' ';
        if (/\w/.test(before) || /\w/.test(after)) continue;
        found.push({ start: at, end: at + name.length, actorId: s.id, kind: 'name' });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions = found.filter((m, i) => !found.slice(0, i).some((o) => o.start <= m.start && o.end >= m.end));
  const actors: Actor[] = specs.map((s) => ({
    id: s.id,
    name: s.names[0]!,
    kind: s.kind,
    aliases: [],
    anonymous: false,
    affiliation: s.affiliation ?? null,
    mentions: [],
  }));
  return { actors, mentions, outlet: null };
}

function run(text: string, specs: Spec[], publishedAt: string | null = null, claims: Claim[] = []) {
  const clean: CleanDoc = {
    text,
    blocks: [{ start: 0, end: text.length }],
    title: null,
    publishedAt,
    outletName: null,
  };
  return findEvents(analyze(clean), actorsFor(text, specs), claims, clean);
}

const rel = (r: { type: string; source: string; target: string }) => `${r.source} ${r.type} ${r.target}`;

const ISRAEL: Spec = { id: 'israel', kind: 'state', names: ['Israel', 'Israeli'] };
const HEZBOLLAH: Spec = { id: 'hezbollah', kind: 'group', names: ['Hezbollah'] };
const IRAN: Spec = { id: 'iran', kind: 'state', names: ['Iran'] };

/** The killed / wounded figures a one-paragraph text tells. */
function toll(s: string) {
  const clean: CleanDoc = {
    text: s,
    blocks: [{ start: 0, end: s.length }],
    title: null,
    publishedAt: null,
    outletName: null,
  };
  const { tokens } = analyze(clean);
  return findCasualties(tokens, 0, tokens.length);
}

describe('relations', () => {
  it('reads passive voice with an agent, and an active verb, the same way', () => {
    const passive = run('Hezbollah positions were struck by Israeli jets on Tuesday.', [ISRAEL, HEZBOLLAH]);
    const active = run('Israeli jets struck Hezbollah positions on Tuesday.', [ISRAEL, HEZBOLLAH]);
    expect(passive.relations.map(rel)).toEqual(['israel attacked hezbollah']);
    expect(active.relations.map(rel)).toEqual(['israel attacked hezbollah']);
  });

  it('finds symmetric acts between coordinated parties and members from titles', () => {
    const text =
      'French Foreign Minister Jean Dupont and German Chancellor Anna Weber met with Iran on Monday. ' +
      'Later, Dupont and Weber held talks in Brussels.';
    const out = run(text, [
      { id: 'france', kind: 'state', names: ['French', 'France'] },
      { id: 'germany', kind: 'state', names: ['German', 'Germany'] },
      { id: 'jean-dupont', kind: 'person', names: ['Jean Dupont', 'Dupont'] },
      { id: 'anna-weber', kind: 'person', names: ['Anna Weber', 'Weber'] },
      IRAN,
    ]);
    expect(out.relations.map(rel).sort()).toEqual(
      [
        'anna-weber member_of germany',
        'jean-dupont member_of france',
        'jean-dupont met_with iran',
        'anna-weber met_with iran',
        'jean-dupont met_with anna-weber',
      ].sort(),
    );
  });

  it('asserts nothing for negated, hypothetical or figurative acts', () => {
    const text =
      'Israeli jets did not strike Hezbollah. Iran said its army would attack Israel. Israel never met with Iran. ' +
      'Senator Graham attacked Republican voters over trade. Graham struck a measured tone with Israel.';
    const specs: Spec[] = [
      ISRAEL,
      HEZBOLLAH,
      IRAN,
      { id: 'graham', kind: 'person', names: ['Graham'] },
      { id: 'gop', kind: 'organization', names: ['Republican'] },
    ];
    const out = run(text, specs);
    expect(out.relations).toEqual([]);
    expect(out.incidents).toEqual([]);
  });

  it('reads "fired rockets at", a speaker\'s "it", and light verbs across "a wave of X and Y attacks"', () => {
    const fired = run('Hezbollah militants fired rockets at Israel on Sunday.', [ISRAEL, HEZBOLLAH]);
    expect(fired.relations.map(rel)).toEqual(['hezbollah attacked israel']);
    const said = run('The Israeli military said it had struck Hezbollah fighters in the south.', [ISRAEL, HEZBOLLAH]);
    expect(said.relations.map(rel)).toEqual(['israel attacked hezbollah']);
    const wave = run('Iran launched a wave of missile and drone attacks on Israel, killing two soldiers.', [
      ISRAEL,
      IRAN,
    ]);
    expect(wave.relations.map(rel)).toEqual(['iran attacked israel']);
    expect(wave.incidents[0]?.participants).toEqual(['iran', 'israel']);
  });

  it('splits two phrases run together without a comma ("the army troops Hezbollah fighters")', () => {
    const out = run('After the Israeli strikes on the border posts Hezbollah fighters fired rockets at Israel.', [
      ISRAEL,
      HEZBOLLAH,
    ]);
    expect(out.relations.map(rel)).toEqual(['hezbollah attacked israel']);
  });

  it('counts a state and its military as one party', () => {
    const out = run(
      'Iran and Israel exchanged fire on Monday. Iranian troops later clashed with Israel near the border.',
      [IRAN, ISRAEL, { id: 'iran-military', kind: 'organization', names: ['Iranian troops'], affiliation: 'iran' }],
    );
    expect(out.relations.filter((r) => r.type !== 'member_of').map(rel)).toEqual(['iran clashed_with israel']);
  });

  it('reads support from "backed by" and from "X-backed" compounds', () => {
    const text = 'The Syrian army, backed by Iran, advanced. Iran-backed Hezbollah fighters later shelled the town.';
    const out = run(text, [IRAN, HEZBOLLAH, { id: 'syrian-army', kind: 'organization', names: ['Syrian army'] }]);
    expect(out.relations.map(rel).sort()).toEqual(['iran supports hezbollah', 'iran supports syrian-army']);
  });

  it('points a relation asserted only inside a claim to that claim, with the sentence as evidence', () => {
    const text = 'Officials said Israeli troops attacked Hezbollah. Iran warned Israel.';
    const content: [number, number] = [text.indexOf('Israeli troops'), text.indexOf('. Iran')];
    const claim: Claim = {
      id: 'c1',
      speaker: 'officials',
      stance: 'claims',
      text: text.slice(...content),
      quote: false,
      via: [],
      about: [],
      evidence: { cue: null, source: null, content },
    };
    const out = run(text, [ISRAEL, HEZBOLLAH, IRAN], null, [claim]);
    const attacked = out.relations.find((r) => r.type === 'attacked')!;
    const warned = out.relations.find((r) => r.type === 'warned')!;
    expect(attacked.claim).toBe('c1');
    expect(warned.claim).toBeNull();
    expect(text.slice(...warned.evidence.span)).toBe('Iran warned Israel.');
  });
});

describe('incidents', () => {
  it('merges mentions of one airstrike and fills date, place, participants and tolls', () => {
    const text =
      'Israeli warplanes hit Hezbollah positions near the eastern city of Baalbek on Tuesday, killing 12 fighters. ' +
      'Hezbollah said the airstrike also left at least thirty wounded.';
    const out = run(text, [ISRAEL, HEZBOLLAH], '2019-06-13');
    expect(out.incidents).toHaveLength(1);
    const [strike] = out.incidents;
    expect(strike).toMatchObject({ kind: 'airstrike', place: 'Baalbek', date: '2019-06-11', killed: 12, wounded: 30 });
    expect(strike!.participants.sort()).toEqual(['hezbollah', 'israel']);
    expect(out.relations.find((r) => r.type === 'attacked')!.incident).toBe(strike!.id);
  });

  it("keeps an attack and the other side's reply apart, and trusts no place from a Title Case headline", () => {
    const text =
      'Israel Strikes Gaza as Talks Stall in Cairo\n\nIsraeli jets struck Hamas positions in Rafah, killing 12 people. ' +
      'Hamas fighters fired rockets at Israel later that day.';
    const out = run(text, [ISRAEL, { id: 'hamas', kind: 'group', names: ['Hamas'] }]);
    expect(out.incidents.map((i) => [i.place, i.participants[0]])).toEqual([
      ['Rafah', 'israel'],
      ['Israel', 'hamas'],
    ]);
  });

  it('makes the deed of an accusation an incident by the accused, with the town named "the town of X"', () => {
    const ev = run(
      'Israel on Friday accused Hezbollah fighters of shelling the village of Dovev, killing two farmers and wounding five.',
      [ISRAEL, HEZBOLLAH],
      '2024-06-09',
    );
    expect(ev.relations.map(rel)).toEqual(['israel accused hezbollah']);
    expect(ev.incidents).toHaveLength(1);
    expect(ev.incidents[0]).toMatchObject({
      kind: 'attack',
      place: 'Dovev',
      participants: ['hezbollah'],
      killed: 2,
      wounded: 5,
      date: '2024-06-07',
    });
    // "blamed X for the attack on Y": the accused attacked the stated target.
    const blamed = run('Iran blamed Israel for the attack on Hezbollah positions that killed three fighters.', [
      ISRAEL,
      HEZBOLLAH,
      IRAN,
    ]);
    expect(blamed.relations.map(rel).sort()).toEqual(['iran accused israel', 'israel attacked hezbollah']);
    expect(blamed.incidents[0]?.participants.sort()).toEqual(['hezbollah', 'israel']);
  });

  it('keeps separate happenings apart and drops meetings nobody attended', () => {
    const text =
      'Israeli troops and Hezbollah fighters clashed in Idlib province last February. Israel met with Iran in Geneva in May. ' +
      'The talks will resume soon.';
    const out = run(text, [ISRAEL, HEZBOLLAH, IRAN], null);
    expect(out.incidents.map((i) => [i.kind, i.place, i.date])).toEqual([
      ['clash', 'Idlib', null],
      ['meeting', 'Geneva', null],
    ]);
  });
});

describe('dates, places, casualties', () => {
  it('resolves relative and partial dates against the publication date', () => {
    const text = 'It happened on Tuesday, on September 17, last February and earlier this week.';
    expect(findDates(text, '2018-09-06').map((d) => d.value)).toEqual([
      '2018-09-04',
      '2017-09-17',
      '2018-02',
      '2018-09',
    ]);
    expect(findDates(text, null).map((d) => d.value)).toEqual([null, '--09-17', null, null]);
    expect(findDates('Talks were held in March 2017.', null).map((d) => d.value)).toEqual(['2017-03']);
  });

  it('finds place names after locative prepositions, not dates or people', () => {
    const text =
      'Fighting near the city of Deir ez-Zor spread on Monday to Idlib province and to positions at Smith Hall.';
    const clean: CleanDoc = {
      text,
      blocks: [{ start: 0, end: text.length }],
      title: null,
      publishedAt: null,
      outletName: null,
    };
    const nlp = analyze(clean);
    const view = buildView(nlp, actorsFor(text, [{ id: 'smith', kind: 'person', names: ['Smith'] }]));
    expect(findPlaces(view, 0, nlp.tokens.length).map((p) => p.name)).toEqual(['Deir ez-Zor']);
  });

  it('reads tolls written with digits or words, before or after the verb', () => {
    expect(toll('The blast killed 62 and injured more than 1,200.')).toEqual({ killed: 62, wounded: 1200 });
    expect(toll('Sixty-two soldiers were killed and a hundred wounded.')).toEqual({ killed: 62, wounded: 100 });
    expect(toll('Up to two hundred attackers reportedly lost their lives.')).toEqual({ killed: 200, wounded: null });
    expect(toll('No one was hurt in the three-hour meeting.')).toEqual({ killed: null, wounded: null });
  });

  it('reads "martyred" and "embraced martyrdom" as killed, as South Asian and Iranian outlets write it', () => {
    expect(
      toll('Three FC soldiers were martyred and two others injured when militants opened fire on a checkpost.'),
    ).toEqual({ killed: 3, wounded: 2 });
    expect(toll('Two police constables embraced martyrdom in an exchange of fire with dacoits near Ghotki.')).toEqual({
      killed: 2,
      wounded: null,
    });
    expect(toll('The martyred policemen were laid to rest in their native villages on Friday.')).toEqual({
      killed: null,
      wounded: null,
    });
  });
});

describe('relations: roles before names and relations inside reported speech', () => {
  it('reads "met his counterpart X" and "met with Y\'s foreign minister, X," as meeting the person', () => {
    const specs: Spec[] = [
      { id: 'javier-castillo', kind: 'person', names: ['Javier Castillo', 'Castillo'] },
      { id: 'gabriela-sommerfeld', kind: 'person', names: ['Gabriela Sommerfeld'] },
      { id: 'ecuador', kind: 'state', names: ['Ecuador', 'Ecuadorean'] },
    ];
    for (const text of [
      'Javier Castillo met his Ecuadorean counterpart Gabriela Sommerfeld in Tumbes on Sunday.',
      "Castillo met with Ecuador's foreign minister, Gabriela Sommerfeld, on Tuesday.",
    ])
      expect(run(text, specs).relations.map(rel)).toEqual(['javier-castillo met_with gabriela-sommerfeld']);
  });

  it('points a relation stated inside "According to X, ..." at X\'s claim, whose content is the clause', () => {
    const text =
      'Border talks\n\nAccording to Ukraine, Russia warned Poland that it would respond to any deployment.\n';
    const x = extract({ source: 't', text });
    const claim = x.claims.find((c) => c.speaker === 'ukraine')!;
    expect(claim.text).toBe('Russia warned Poland that it would respond to any deployment');
    const warned = x.relations.find((r) => r.type === 'warned')!;
    expect([warned.source, warned.target, warned.claim]).toEqual(['russia', 'poland', claim.id]);
  });
});

describe('incidents: attacks on places and words inside names', () => {
  it('takes "shelled a market in X, killing N" as an attack with place, date and casualties; a name word is no trigger', () => {
    const RSF: Spec = { id: 'rapid-support-forces', kind: 'group', names: ['Rapid Support Forces', 'RSF'] };
    const text =
      'Rapid Support Forces fighters shelled a crowded market in Kadugli on Saturday, killing at least 15 civilians and wounding 40 others.';
    const out = run(text, [RSF], '2024-05-12');
    expect(out.relations).toEqual([]);
    expect(out.incidents.map((i) => [i.kind, i.date, i.place, i.participants, i.killed, i.wounded])).toEqual([
      ['attack', '2024-05-11', 'Kadugli', ['rapid-support-forces'], 15, 40],
    ]);
  });

  it('reads "the Ukrainian port of Odesa" as the place Odesa', () => {
    const RUSSIA: Spec = { id: 'russia', kind: 'state', names: ['Russia', 'Russian'] };
    const out = run(
      'Russian drones struck grain terminals in the Ukrainian port of Odesa overnight, killing two guards.',
      [RUSSIA],
    );
    expect(out.incidents.map((i) => [i.place, i.killed])).toEqual([['Odesa', 2]]);
  });

  it('reads "threatened to retaliate against X" without taking the next clause\'s subject as a target', () => {
    const specs: Spec[] = [IRAN, ISRAEL, HEZBOLLAH, { id: 'houthis', kind: 'group', names: ['Houthis'] }];
    const out = run('Iran threatened to retaliate against Israel, and Hezbollah said it backed the Houthis.', specs);
    expect(out.relations.map(rel)).toEqual(['iran threatened israel', 'hezbollah supports houthis']);
  });

  it('places an event in "X\'s Khost province" and in a name-dense sentence that ends with a full stop', () => {
    const PAK: Spec = { id: 'pakistan', kind: 'state', names: ['Pakistani'] };
    const TAL: Spec = { id: 'taliban', kind: 'group', names: ['Taliban'] };
    const AFG: Spec = { id: 'afghanistan', kind: 'state', names: ['Afghanistan'] };
    const strike = run(
      "Pakistani jets carried out airstrikes on Taliban positions in Afghanistan's Khost province on Monday.",
      [PAK, TAL, AFG],
      '2024-03-03',
    );
    expect(strike.incidents.map((i) => [i.kind, i.place, i.date])).toEqual([['airstrike', 'Khost', '2024-02-26']]);
    const XI: Spec = { id: 'xi-jinping', kind: 'person', names: ['Xi Jinping'] };
    const BIDEN: Spec = { id: 'joe-biden', kind: 'person', names: ['Joe Biden'] };
    const meeting = run(
      'President Xi Jinping met President Joe Biden in Woodside, California, on Nov. 15.',
      [XI, BIDEN],
      '2023-11-20',
    );
    expect(meeting.incidents.map((i) => [i.kind, i.place, i.date])).toEqual([['meeting', 'Woodside', '2023-11-15']]);
  });
});

describe('findEvents: shots with no target', () => {
  it('does not read "fired a missile into the sea" or "fired into the air" as an attack, but "fired rockets into X" is one', () => {
    const text =
      'Missile test condemned\n\n' +
      'North Korea fired a ballistic missile into the sea on Sunday, South Korea said.\n' +
      'Police fired into the air to disperse the crowd.\n' +
      'Hamas fired rockets into Israel on Monday.\n';
    const x = extract({ source: 't.txt', text });
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]!.participants).toContain('hamas');
  });
});

describe('findEvents: coordinated tolls and "X of Y" place names', () => {
  const nlpOf = (text: string) =>
    analyze({ text, blocks: [{ start: 0, end: text.length }], title: null, publishedAt: null, outletName: null });

  it('adds a coordinated count after the casualty verb, but not a second verb', () => {
    const toll = (s: string) => {
      const { tokens } = nlpOf(s);
      return findCasualties(tokens, 0, tokens.length);
    };
    expect(toll('Troops opened fire, killing two soldiers and a civilian porter.')).toEqual({
      killed: 3,
      wounded: null,
    });
    expect(toll('The raid left the town, killing five soldiers and three police officers.').killed).toBe(8);
    expect(toll('Shelling killed two civilians and wounded six others.')).toEqual({ killed: 2, wounded: 6 });
  });

  it('keeps one "of" between capitals inside a place name', () => {
    const text = 'Troops exchanged fire across the Line of Control and in the Gulf of Aden.';
    const nlp = nlpOf(text);
    const view = buildView(nlp, actorsFor(text, []));
    expect(findPlaces(view, 0, nlp.tokens.length).map((p) => p.name)).toEqual(['Line of Control', 'Gulf of Aden']);
  });
});

describe('findEvents: "earlier in the day"', () => {
  it('dates an event told with "earlier in the day" by the incident told before it', () => {
    const text =
      'Leaders meet in Tokyo\nPublished 9 January 2025\n\n' +
      'President Ana Lima met with Prime Minister Shigeru Ishiba in Tokyo on Thursday, officials said.\n' +
      'Earlier in the day, Lima met Emperor Akihito at the palace in Chiyoda.\n';
    const x = extract({ source: 't.txt', text });
    const meetings = x.incidents.filter((i) => i.kind === 'meeting');
    expect(meetings.length).toBe(2);
    expect(meetings.map((m) => m.date)).toEqual(['2025-01-09', '2025-01-09']);
  });
});

describe('events: wider triggers, agents across clauses, pronouns and descriptions (issue #10)', () => {
  const RUSSIA: Spec = { id: 'russia', kind: 'state', names: ['Russia'] };
  const UKRAINE: Spec = { id: 'ukraine', kind: 'state', names: ['Ukraine', 'Kyiv'] };
  const MYANMAR: Spec = { id: 'myanmar', kind: 'state', names: ['Myanmar', 'Myanmar troops'] };
  const ARAKAN: Spec = { id: 'arakan-army', kind: 'group', names: ['Arakan Army'] };

  it('reads battled, strafed, "launched mortars at", ally/patron nouns, visits to capitals and received guests', () => {
    const r = run(
      'The Arakan Army battled Myanmar troops near Paletwa. Belarus, a close ally of Russia, hosted the drills. ' +
        'Kenyan President William Ruto visited Addis Ababa for talks with Abiy Ahmed, where Ethiopia welcomed him. ' +
        'President Lula received Volodymyr Zelensky in Brasilia. Lula received a letter from Russia. ' +
        'Al Shabaab launched mortars at a Kenyan base in Lamu, police said.',
      [
        ARAKAN,
        MYANMAR,
        RUSSIA,
        { id: 'belarus', kind: 'state', names: ['Belarus'] },
        { id: 'william-ruto', kind: 'person', names: ['William Ruto'] },
        { id: 'ethiopia', kind: 'state', names: ['Ethiopia'] },
        { id: 'abiy-ahmed', kind: 'person', names: ['Abiy Ahmed'] },
        { id: 'kenya', kind: 'state', names: ['Kenya', 'Kenyan President'] },
        { id: 'lula', kind: 'person', names: ['Lula'] },
        { id: 'volodymyr-zelensky', kind: 'person', names: ['Volodymyr Zelensky'] },
        { id: 'al-shabaab', kind: 'group', names: ['Al Shabaab'] },
      ],
    );
    const rels = r.relations.map(rel);
    expect(rels).toEqual(
      expect.arrayContaining([
        'arakan-army clashed_with myanmar',
        'belarus supports russia',
        'william-ruto met_with ethiopia',
        'william-ruto met_with abiy-ahmed',
        'lula met_with volodymyr-zelensky',
        'al-shabaab attacked kenya',
      ]),
    );
    // A letter is no guest.
    expect(rels).not.toContain('lula met_with russia');
  });

  it('finds the agent of a clause opened by "hours after", and gives a date to its own clause only', () => {
    const r = run(
      'Ukraine struck a fuel depot in Sevastopol on Tuesday, a day after Russia shelled Ukrainian positions near Kharkiv.',
      [UKRAINE, RUSSIA],
      '2023-05-10',
    );
    expect(r.relations.map(rel)).toContain('russia attacked ukraine');
    const sev = r.incidents.find((i) => i.place === 'Sevastopol');
    const kh = r.incidents.find((i) => i.place === 'Kharkiv');
    expect(sev?.date).toBe('2023-05-09');
    expect(kh).toBeDefined();
    expect(kh?.date).not.toBe('2023-05-09');
  });

  it('takes "He" for the person named before, unless an upstream stage resolved the pronoun otherwise', () => {
    const text = 'Colombian President Gustavo Petro met Otty Patino in Havana. He warned the ELN that talks would end.';
    const specs: Spec[] = [
      { id: 'gustavo-petro', kind: 'person', names: ['Gustavo Petro'] },
      { id: 'otty-patino', kind: 'person', names: ['Otty Patino'] },
      { id: 'eln', kind: 'group', names: ['ELN'] },
    ];
    const clean: CleanDoc = {
      text,
      blocks: [{ start: 0, end: text.length }],
      title: null,
      publishedAt: null,
      outletName: null,
    };
    expect(findEvents(analyze(clean), actorsFor(text, specs), [], clean).relations.map(rel)).toContain(
      'gustavo-petro warned eln',
    );
    const doc = actorsFor(text, specs);
    const he = text.indexOf('He ');
    doc.mentions.push({ start: he, end: he + 2, actorId: 'otty-patino', kind: 'pronoun' });
    doc.mentions.sort((a, b) => a.start - b.start);
    const rels = findEvents(analyze(clean), doc, [], clean).relations.map(rel);
    expect(rels).toContain('otty-patino warned eln');
    expect(rels).not.toContain('gustavo-petro warned eln');
  });

  it('reads "the militant group" as the group named before and "its fighters" as the speaker\'s', () => {
    const r = run(
      'The Islamic State claimed the bombing. Officials said the militant group also attacked Nigerian troops near Maiduguri. ' +
        'The Arakan Army said its fighters were attacked by Myanmar troops near Paletwa.',
      [
        { id: 'islamic-state', kind: 'group', names: ['Islamic State'] },
        { id: 'nigeria', kind: 'state', names: ['Nigeria', 'Nigerian troops'] },
        ARAKAN,
        MYANMAR,
      ],
    );
    expect(r.relations.map(rel)).toEqual(
      expect.arrayContaining(['islamic-state attacked nigeria', 'myanmar attacked arakan-army']),
    );
  });

  it('dates a passive toll to a nominal airstrike and its demonym side; the dateline is not the date', () => {
    const r = run(
      'KHARTOUM, June 5, 2023 (Reuters) - Five aid workers were killed in a Sudanese airstrike on El Fasher on Sunday, ' +
        'a day after Sudan and the RSF agreed a truce.',
      [
        { id: 'sudan', kind: 'state', names: ['Sudan', 'KHARTOUM'] },
        { id: 'rsf', kind: 'group', names: ['RSF'] },
      ],
      '2023-06-05',
    );
    const strike = r.incidents.find((i) => i.kind === 'airstrike');
    expect(strike).toMatchObject({ place: 'El Fasher', killed: 5, date: '2023-06-04' });
    expect(strike?.participants).toContain('sudan');
  });

  it('asserts no act inside "if"/"unless" clauses, while the same act stated as fact is one', () => {
    const specs: Spec[] = [
      { id: 'venezuela', kind: 'state', names: ['Venezuela'] },
      { id: 'guyana', kind: 'state', names: ['Guyana'] },
      { id: 'india', kind: 'state', names: ['India'] },
      { id: 'pakistan', kind: 'state', names: ['Pakistan'] },
    ];
    const hypo = run(
      'Guyana said it would respond if Venezuela invaded Guyana. Pakistan will retaliate unless India stops. ' +
        'Officials said that if India carries out a missile attack on Pakistan, talks would end.',
      specs,
    );
    expect(hypo.relations.map(rel)).toEqual([]);
    expect(hypo.incidents).toEqual([]);
    const fact = run('Venezuela invaded Guyana, and India carried out a missile attack on Pakistan.', specs);
    expect(fact.relations.map(rel)).toEqual(
      expect.arrayContaining(['venezuela attacked guyana', 'india attacked pakistan']),
    );
  });
});

describe('incidents: kind other, no named party, several strikes (issue #10)', () => {
  it('makes a sentence passed and a missile test incidents of kind other that relate no one', () => {
    const r = run(
      'A military court in Bamako sentenced 12 soldiers to death on Tuesday. Iran test-fired a ballistic missile on Monday.',
      [{ id: 'iran', kind: 'state', names: ['Iran'] }],
      '2022-03-10',
    );
    const other = r.incidents.filter((i) => i.kind === 'other');
    expect(other.map((i) => i.date).sort()).toEqual(['2022-03-07', '2022-03-08']);
    expect(other.find((i) => i.date === '2022-03-07')?.participants).toEqual(['iran']);
    expect(r.incidents.some((i) => i.kind === 'attack')).toBe(false);
    expect(r.relations).toEqual([]);
  });

  it('takes a person "attacking" officers with no place or toll for words, not an incident', () => {
    const specs: Spec[] = [{ id: 'maria-lopez', kind: 'person', names: ['Maria Lopez'] }];
    expect(run('Senator Maria Lopez said she attacked police officers over their pay.', specs).incidents).toEqual([]);
    expect(run('Police said Maria Lopez attacked officers in Cali, wounding two.', specs).incidents).toHaveLength(1);
  });

  it('keeps clashes with a toll and no named side, and strikes on different places and days apart', () => {
    const r = run(
      'Clashes in the Galwan valley killed 20 soldiers on Monday. Russian drones hit Odesa on Tuesday, officials said. ' +
        'Another air strike hit Kharkiv on Wednesday, killing three people.',
      [],
      '2020-06-18',
    );
    expect(r.incidents.find((i) => i.kind === 'clash')).toMatchObject({ killed: 20, date: '2020-06-15' });
    const strikes = r.incidents.filter((i) => i.kind !== 'clash').map((i) => i.place);
    expect(strikes).toEqual(['Odesa', 'Kharkiv']);
  });
});

describe('findEvents: one event told several times (issue #10, second round)', () => {
  const ETHIOPIA: Spec = { id: 'ethiopia', kind: 'state', names: ['Ethiopia'] };
  const ENDF: Spec = {
    id: 'ethiopia-military',
    kind: 'organization',
    names: ['Ethiopian military'],
    affiliation: 'ethiopia',
  };
  const FANO: Spec = { id: 'fano', kind: 'group', names: ['Fano'] };
  const AU: Spec = { id: 'african-union', kind: 'organization', names: ['African Union'] };
  const text =
    'ADDIS ABABA, Aug 15, 2023 (Reuters) - An Ethiopian military drone strike on a village in the Amhara region ' +
    'killed at least 26 people, residents said on Tuesday.\n\n' +
    'The attack on Bura village happened on Sunday. Officials said those killed were mostly members of Fano. ' +
    'A resident said the army had struck a market.\n\n' +
    'Another strike hit the town of Debre Tabor on Monday. The African Union condemned the strike on Bura.';

  it('makes the lede, a later "the attack on <village>" and "the army had struck" one incident with the best place', () => {
    const { incidents } = run(text, [ETHIOPIA, ENDF, FANO, AU], '2023-08-15');
    const bura = incidents.filter((i) => i.place === 'Bura');
    expect(bura).toHaveLength(1);
    expect(bura[0]).toMatchObject({ kind: 'airstrike', killed: 26, date: '2023-08-13' });
    // The state's military, and the state it stands for (so another outlet's "Ethiopia struck" meets it).
    expect(bura[0]!.participants).toEqual(['ethiopia-military', 'ethiopia']);
    // "Another strike" elsewhere on another day stays its own incident.
    expect(incidents.map((i) => i.place).sort()).toEqual(['Bura', 'Debre Tabor']);
  });

  it('reads a condemnation of the strike as an accusation of who struck', () => {
    const { relations, incidents } = run(text, [ETHIOPIA, ENDF, FANO, AU]);
    const accused = relations.find((r) => r.type === 'accused');
    expect(accused).toMatchObject({ source: 'african-union', target: 'ethiopia-military' });
    expect(accused!.incident).toBe(incidents.find((i) => i.place === 'Bura')!.id);
  });

  it('finds no one to accuse when each side struck the other', () => {
    const t =
      'Armenia said Azerbaijani troops shelled its positions near Jermuk, and Azerbaijan said Armenia attacked ' +
      'its soldiers near Jermuk on the same night. The European Union condemned the attacks.';
    const specs: Spec[] = [
      { id: 'armenia', kind: 'state', names: ['Armenia'] },
      { id: 'azerbaijan', kind: 'state', names: ['Azerbaijan', 'Azerbaijani'] },
      { id: 'eu', kind: 'organization', names: ['European Union'] },
    ];
    expect(run(t, specs).relations.filter((r) => r.type === 'accused')).toEqual([]);
  });
});

describe("extract: a headline tells the lede's incident again", () => {
  it('merges the headline with the first body mention that fits, and no later one', () => {
    const text =
      'Officials say air strike on fuel depot killed 6\n\n' +
      'GOMA, Congo (Reuters) - An air strike hit a fuel depot in the town of Sake on Monday, killing six people, ' +
      'officials said.\n\nAnother air strike hit the village of Kibumba on Tuesday, killing two.';
    const x = extract({ source: 't.txt', text });
    expect(x.incidents.map((i) => [i.place, i.killed])).toEqual([
      ['Sake', 6],
      ['Kibumba', 2],
    ]);
  });
});

describe('findEvents: accusations and titles (issue #10, second round)', () => {
  it('reads "accused the former head of the navy, Admiral X, of ..." as an accusation of X', () => {
    const t =
      'QUITO, March 3, 2021 (AP) - President Lenin Moreno accused the former head of the navy, Admiral Jorge Cabrera, ' +
      'of plotting against the government.';
    const specs: Spec[] = [
      { id: 'lenin-moreno', kind: 'person', names: ['Lenin Moreno'] },
      { id: 'jorge-cabrera', kind: 'person', names: ['Jorge Cabrera'] },
    ];
    expect(run(t, specs).relations.map(rel)).toContain('lenin-moreno accused jorge-cabrera');
  });

  it('gives "Army spokesman Brig. Gen. X" to the state forces named before, even in apposition', () => {
    const t =
      'KHARTOUM, May 2, 2023 (Reuters) - The Sudanese army said its jets struck a convoy near Omdurman. ' +
      'Army spokesman Brig. Gen. Nabil Abdallah said the convoy belonged to the Rapid Support Forces. ' +
      'A military spokesman, Col. Hassan Ali, declined to comment.';
    const specs: Spec[] = [
      { id: 'sudan', kind: 'state', names: ['Sudan'] },
      { id: 'sudan-military', kind: 'organization', names: ['Sudanese army'], affiliation: 'sudan' },
      { id: 'rsf', kind: 'group', names: ['Rapid Support Forces'] },
      { id: 'nabil-abdallah', kind: 'person', names: ['Nabil Abdallah'] },
      { id: 'hassan-ali', kind: 'person', names: ['Hassan Ali'] },
    ];
    const rels = run(t, specs).relations.map(rel);
    expect(rels).toContain('nabil-abdallah member_of sudan-military');
    expect(rels).toContain('hassan-ali member_of sudan-military');
    expect(rels).not.toContain('nabil-abdallah member_of rsf');
  });

  it('takes place names that begin like a month for places ("Marawi", "Mariupol")', () => {
    const t = 'Shelling in Mariupol killed four people, a day after a strike in the city of Marawi.';
    const clean: CleanDoc = {
      text: t,
      blocks: [{ start: 0, end: t.length }],
      title: null,
      publishedAt: null,
      outletName: null,
    };
    const nlp = analyze(clean);
    const view = buildView(nlp, actorsFor(t, []));
    expect(findPlaces(view, 0, nlp.tokens.length).map((p) => p.name)).toEqual(['Mariupol', 'Marawi']);
  });
});
