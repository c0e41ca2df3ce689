// Trigger words for relations and incidents: inflected verb forms and event nouns (general English).
// In: nothing. Out: lookup maps from a lower-cased token to what it can trigger.
import type { IncidentKind, RelationType } from '../../graph/schema.ts';

/** Which object a verb takes: a direct object, or a noun phrase after one of these prepositions. */
export interface VerbSense {
  type: RelationType;
  /** Prepositions introducing the other party ("met with X"); empty = direct object. */
  preps: string[];
  /** Also accept a direct object when preps is non-empty ("fought X" and "fought against X"). */
  direct: boolean;
  /** The incident such a verb describes, if any. */
  incident: IncidentKind | null;
}

const forms = (list: string): string[] => list.split(/\s+/).filter(Boolean);

const ABDUCTION_FORMS = 'abduct abducts abducted abducting kidnap kidnaps kidnapped kidnapping';
/**
 * Acts of armed men that place an incident by its place alone, like a killing (incidents.ts): "Bandits abducted 43
 * villagers in Kadauri", "hooded men set fire to eight trucks near Ercilla".
 */
export const SEIZING_VERBS = new Set([...forms(ABDUCTION_FORMS), ...forms('set sets setting')]);

function verb(
  type: RelationType,
  words: string,
  preps: string[] = [],
  incident: IncidentKind | null = null,
  direct = preps.length === 0,
): [string, VerbSense][] {
  return forms(words).map((w) => [w, { type, preps, direct, incident }]);
}

/** Inflected verb forms → relation sense. Only forms that are verbs in news prose. */
export const VERBS: Map<string, VerbSense> = new Map([
  ...verb('attacked', 'attack attacks attacked attacking', [], 'attack'),
  ...verb('attacked', 'strike strikes struck striking', [], 'attack'),
  ...verb('attacked', 'bomb bombs bombed', [], 'attack'),
  ...verb('attacked', 'bombard bombards bombarded bombarding', [], 'attack'),
  ...verb('attacked', 'shell shells shelled shelling', [], 'attack'),
  ...verb('attacked', 'hit hits hitting', [], 'attack'),
  ...verb('attacked', 'target targets targeted targeting', [], 'attack'),
  ...verb('attacked', 'raid raids raided raiding', [], 'attack'),
  ...verb('attacked', 'ambush ambushes ambushed ambushing', [], 'attack'),
  ...verb('attacked', 'invade invades invaded invading', [], 'attack'),
  ...verb('attacked', 'pound pounds pounded pounding', [], 'attack'),
  ...verb('attacked', 'strafe strafes strafed strafing', [], 'attack'),
  ...verb('attacked', 'storm stormed storming', [], 'attack'),
  ...verb('attacked', 'stab stabs stabbed', [], 'attack'),
  ...verb('attacked', 'assault assaults assaulted assaulting', [], 'attack'),
  // "was beaten in Marneuli": only in the passive (BODILY_HARM); "beat" in the active defeats or outdoes.
  ...verb('attacked', 'beaten', [], 'attack'),
  // "Bandits abducted 43 villagers", "gunmen kidnapped 14 passengers": a mass abduction is an attack on them.
  ...verb('attacked', ABDUCTION_FORMS, [], 'attack'),
  // "launched rockets into X", "launches drones at X": only with a weapon as object (see WEAPONS).
  ...verb(
    'attacked',
    'launch launches launched launching',
    ['into', 'at', 'on', 'against', 'toward', 'towards'],
    'attack',
    false,
  ),
  // "fired rockets at X", "fires shells into X": the target comes after a preposition, never as the object.
  ...verb('attacked', 'fire fires fired', ['at', 'on', 'into', 'toward', 'towards'], 'attack', false),
  ...verb('clashed_with', 'clash clashes clashed clashing', ['with'], 'clash'),
  ...verb('clashed_with', 'fight fights fought', ['against', 'with'], 'clash', true),
  ...verb('clashed_with', 'battle battles battled battling', ['against', 'with'], 'clash', true),
  ...verb('met_with', 'meet meets met', ['with'], 'meeting', true),
  // A visit to a capital is a meeting with its state; "received X" only counts with a person as guest.
  ...verb('met_with', 'visit visits visited visiting', [], 'meeting'),
  ...verb('met_with', 'receive receives received receiving hosted hosts', [], 'meeting'),
  ...verb('warned', 'warn warns warned warning'),
  ...verb('accused', 'accuse accuses accused accusing'),
  ...verb('accused', 'blame blames blamed blaming'),
  ...verb('accused', 'condemn condemns condemned condemning denounce denounces denounced'),
  ...verb('threatened', 'threaten threatens threatened threatening'),
  ...verb('supports', 'support supports supported supporting'),
  ...verb('supports', 'back backs backed backing'),
  ...verb('supports', 'arm arms armed arming'),
  ...verb('supports', 'fund funds funded funding'),
  ...verb('supports', 'finance finances financed financing'),
  ...verb('supports', 'sponsor sponsors sponsored sponsoring'),
  ...verb('supports', 'supply supplies supplied supplying'),
]);

/** Past participles that read as passive/adjectival before "by" ("was struck by", "backed by"). */
export const PARTICIPLES = new Set(
  forms(`attacked struck bombed bombarded shelled hit targeted raided ambushed invaded warned accused blamed
  threatened supported backed armed funded financed sponsored supplied met fought pounded strafed stormed battled
  visited received hosted condemned denounced stabbed assaulted abducted kidnapped beaten`),
);

/** Multi-word verbal triggers: "exchange(d) fire with", "hold/held talks with". First word → rest. */
export const PHRASES: { words: string[]; type: RelationType; preps: string[]; incident: IncidentKind }[] = [
  ...forms('exchange exchanges exchanged exchanging').map((w) => ({
    words: [w, 'fire'],
    type: 'clashed_with' as const,
    preps: ['with'],
    incident: 'clash' as const,
  })),
  // "set fire to eight trucks": arson is an attack on what burned.
  ...forms('set sets setting').map((w) => ({
    words: [w, 'fire'],
    type: 'attacked' as const,
    preps: ['to'],
    incident: 'attack' as const,
  })),
  ...forms('open opens opened opening').map((w) => ({
    words: [w, 'fire'],
    type: 'attacked' as const,
    preps: ['on', 'at'],
    incident: 'attack' as const,
  })),
  ...forms('traded trade trades').map((w) => ({
    words: [w, 'fire'],
    type: 'clashed_with' as const,
    preps: ['with'],
    incident: 'clash' as const,
  })),
];

/** Event nouns → incident kind and the relation a noun phrase "N on/with/between X" asserts. */
export interface NounSense {
  /** null: the noun asserts a relation but no incident ("a warning to X", "support for X"). */
  kind: IncidentKind | null;
  type: RelationType;
  /** Prepositions introducing the patient / other party. */
  preps: string[];
}

/**
 * Nouns of a crime done to a body: "Saturday night's shooting on X Road", "the murder of X last Sunday". Violence by
 * themselves, in any story; only where they name one happening (crimes.ts), with the victim after "of".
 */
const CRIME_FORMS = 'shooting shootings murder murders killing killings stabbing stabbings';
export const CRIME_NOUNS = new Set(forms(CRIME_FORMS));

const noun = (words: string, kind: IncidentKind | null, type: RelationType, preps: string[]): [string, NounSense][] =>
  forms(words).map((w) => [w, { kind, type, preps }]);

export const NOUNS: Map<string, NounSense> = new Map([
  // Standing support: "Burundi, an ally of Congo", "Russia, Armenia's patron" (agent: the phrase it describes).
  ...noun('ally patron backer sponsor protector', null, 'supports', ['of']),
  ...noun('airstrike airstrikes', 'airstrike', 'attacked', ['on', 'against']),
  ...noun('attack attacks assault assaults', 'attack', 'attacked', ['on', 'against']),
  ...noun('strike strikes raid raids bombing bombings shelling ambush', 'attack', 'attacked', ['on', 'against']),
  // "killed in a tribal massacre in Enga province": a massacre is an attack.
  ...noun('massacre massacres', 'attack', 'attacked', ['on', 'against']),
  // "the shooting on Faber's Road": "on" after a crime noun says where, not whom.
  ...noun(CRIME_FORMS, 'attack', 'attacked', ['of', 'against']),
  ...noun('abduction abductions kidnapping kidnappings arson', 'attack', 'attacked', ['of', 'on', 'against']),
  // An explosion is an attack only in a story of bombs or armed men (mentions.ts): a gas blast is none.
  ...noun('blast blasts explosion explosions', 'attack', 'attacked', ['on', 'against']),
  // "four inmates were killed in a riot at the prison": violence between sides no one is told to have started.
  // "riot police" and "riot gear" modify another noun and name no event (mentions.ts nounMention).
  ...noun('riot riots', 'clash', 'clashed_with', ['with', 'between']),
  ...noun(
    'clash clashes firefight firefights gunfight skirmish skirmishes fighting shootout shootouts',
    'clash',
    'clashed_with',
    ['with', 'between'],
  ),
  // "killed in an encounter with security forces": South Asian police usage for a gunfight; only with a death told in
  // its sentence (mentions.ts), so "an encounter with the press" is none.
  ...noun('encounter encounters', 'clash', 'clashed_with', ['with', 'between']),
  ...noun('meeting meetings talks negotiations summit', 'meeting', 'met_with', ['with', 'between']),
  ...noun('warning warnings', null, 'warned', ['to']),
  ...noun('threat threats', null, 'threatened', ['to', 'against']),
  ...noun('accusation accusations', null, 'accused', ['against']),
  ...noun('support backing', null, 'supports', ['for']),
]);

/** Two-word event nouns: "air strike(s)", "air raid(s)", "gun battle", "exchange of fire". */
export const NOUN_PAIRS: Map<string, NounSense> = new Map([
  ['air strike', { kind: 'airstrike', type: 'attacked', preps: ['on', 'against'] }],
  ['air strikes', { kind: 'airstrike', type: 'attacked', preps: ['on', 'against'] }],
  ['air raid', { kind: 'airstrike', type: 'attacked', preps: ['on', 'against'] }],
  ['air raids', { kind: 'airstrike', type: 'attacked', preps: ['on', 'against'] }],
  ['bomb blast', { kind: 'attack', type: 'attacked', preps: ['on', 'against'] }],
  ['mine blast', { kind: 'attack', type: 'attacked', preps: ['on', 'against'] }],
  ['car bomb', { kind: 'attack', type: 'attacked', preps: ['on', 'against'] }],
  ['roadside bomb', { kind: 'attack', type: 'attacked', preps: ['on', 'against'] }],
  ['gun battle', { kind: 'clash', type: 'clashed_with', preps: ['with', 'between'] }],
  ['gun battles', { kind: 'clash', type: 'clashed_with', preps: ['with', 'between'] }],
]);

/** Relational nouns of support: their possessor or "of" phrase is who is supported, not who supports. */
export const PATRON_NOUNS = new Set(forms('ally patron backer sponsor protector'));

/** Objects that make "launched"/"fired" an attack: "launched rockets into X". */
export const WEAPONS = new Set(
  forms(`rocket rockets missile missiles mortar mortars shell shells drone drones grenade grenades projectile
  projectiles bomb bombs round rounds artillery`),
);

/** Verbs of a blast: "a car bomb exploded", "the device was detonated", "a bomber rammed a car packed with explosives". */
export const BLAST_VERBS = new Set(
  forms(`explode explodes exploded exploding detonate detonates detonated detonating ram rams rammed ramming drove
  drives driven drop drops dropped dropping throw throws threw thrown throwing hurl hurls hurled hurling lob lobs
  lobbed lobbing`),
);

/**
 * Two-word blasts and impacts, told of what exploded or was fired: "the bomb went off", "a truck bomb blew up",
 * "rockets slammed into", "shells landed near", "a drone crashed into".
 */
export const BLAST_PHRASES = new Set([
  ...forms('go goes went gone going').map((w) => `${w} off`),
  ...forms('blow blows blew blown blowing').map((w) => `${w} up`),
  ...forms('slam slams slammed slamming crash crashes crashed crashing smash smashed').map((w) => `${w} into`),
  ...forms('land lands landed landing').flatMap((w) => ['in', 'on', 'near', 'inside'].map((p) => `${w} ${p}`)),
  // "Four projectiles fell on Tuesday evening in an area east of X", "shells fell near the market".
  ...forms('fall falls fell fallen').flatMap((w) => ['in', 'on', 'near', 'inside'].map((p) => `${w} ${p}`)),
  ...forms('rain rains rained raining').map((w) => `${w} down`),
  // The tagger's norm of "through" is "thru".
  ...forms('rip rips ripped ripping tear tears tore torn tearing').map((w) => `${w} thru`),
]);

/** Verbs of impact that tell an attack of an explosive or a bomber as subject ("suicide bombers struck a market"). */
export const IMPACT_VERBS = new Set(forms('hit hits struck strikes strike'));

/** What explodes or is fired: a blast verb tells an attack only of these ("a vehicle loaded with explosives"). */
export const EXPLOSIVES = new Set([
  ...WEAPONS,
  ...forms(`explosive explosives device devices ied ieds mine mines landmine landmines bomber bombers vest vests
  munition munitions warhead warheads`),
]);

/** Verbs of killing and overrunning that tell an attack when armed men do them: "rebels killed 16 villagers". */
export const KILLING_VERBS = new Set(
  forms(`kill kills killed massacre massacres massacred slaughter slaughters slaughtered butchered execute executed
  sweep sweeps swept rampage rampaged shoot shoots shot gunned torch torches torched torching raze razes razed
  overran overrun sack sacks sacked burn burns burned burnt`),
);

/** Who does violence: a killing verb tells an attack with one of these in its subject ("suspected Islamist rebels"). */
export const ARMED_NOUNS = new Set(
  forms(`gunman gunmen militant militants rebel rebels insurgent insurgents jihadist jihadists fighter fighters attacker
  attackers assailant assailants militiaman militiamen militia militias bandit bandits gang gangs gangster gangsters
  terrorist terrorists soldier soldiers troops commandos raiders extremists separatist separatists guerrilla guerrillas
  dissidents hitmen jihadis armed bomber bombers`),
);

/**
 * Armed men of a state who are killed in fighting rather than killing in it: "militants killed 12 soldiers" is an
 * attack on them, where "troops killed two other attackers" is the toll of a fight told already (mentions.ts).
 */
export const STATE_FORCE_NOUNS = new Set(forms('soldier soldiers troops commandos'));

/**
 * Who a killing is done to, after its verb: "Al Shabaab killed 12 soldiers", "the group executed eight farmers". A
 * named armed group tells an attack by a killing verb only with people as its object ("killed the deal" is none).
 */
export const VICTIM_NOUNS = new Set(
  forms(`people persons civilians villagers residents farmers herders worshippers passengers students children women
  men soldiers troops policemen police officers guards workers miners fishermen traders pilgrims inmates prisoners
  hostages members civilian soldier policeman officer guard worker farmer herder villager student child woman man
  person family families`),
);

/** Words for the blast itself ("the blast went off in ..."): a blast verb tells an attack of these in a story of force. */
export const BLAST_NOUNS = new Set(forms('blast blasts explosion explosions'));

/**
 * Participles of harm done to a body, which in the passive tell violence in any story, not a figure of speech: "an
 * observer was assaulted at a polling station", "the reporter was beaten in Osh", "he was stabbed in the neck".
 */
export const BODILY_HARM = new Set(forms('assaulted stabbed beaten'));
/** "Beaten" in a contest is defeated: "the party's candidates were beaten in the council vote". */
export const CONTEST_WORDS = new Set(
  forms(`vote votes voting election elections poll polls race races runoff run-off ballot ballots final finals match
  matches game games contest contests primary primaries round rounds tournament league cup bid`),
);

/** Verbs that accuse by reporting a deed: "prosecutors alleged that X ordered ..." → accused X. */
export const ALLEGE_VERBS = new Set(forms('allege alleges alleged alleging'));

// A verdict is told by its sentence or by the verdict itself: "sentenced him to five years", "convicted X of",
// "acquitted", "jailed for life". A trial's one day gives one verdict, however it is told.
const SENTENCE_FORMS = `sentence sentences sentenced sentencing convict convicts convicted acquit acquits acquitted
  jail jails jailed`;
const ARREST_FORMS = 'arrest arrests arrested arresting detain detains detained detaining';
/** Triggers of incidents of kind other (no relation): a sentence passed, an arrest, a weapons test. */
export const OTHER_VERBS = new Set(forms(`${SENTENCE_FORMS} ${ARREST_FORMS}`));
/** What an incident of kind other is, by its trigger (graph/incidents/manner.ts ACTS): a test is told by "test-". */
export const OTHER_ACTS: Map<string, 'sentence' | 'arrest'> = new Map([
  ...forms(SENTENCE_FORMS).map((w) => [w, 'sentence'] as const),
  ...forms(ARREST_FORMS).map((w) => [w, 'arrest'] as const),
]);
/** "found X guilty", "finds him not guilty": a verdict told by "found", with one of these later in its clause. */
export const FINDING_VERBS = new Set(forms('find finds found'));
export const FINDINGS = new Set(forms('guilty innocent'));
/** Verbs that pass a sentence told as a noun: "handed a suspended two-year sentence to X", "gave him a life sentence". */
export const PASSING_VERBS = new Set(
  forms('hand hands handed handing give gives gave given giving impose imposes imposed imposing pass passes passed'),
);
/** Nouns of an arrest made: "the arrest of union organiser X", "Malaya's arrest on Tuesday" (an incident of kind other). */
export const ARREST_NOUNS = new Set(forms('arrest arrests'));
/**
 * Words just before an arrest noun, or inside its phrase, that make it an arrest sought, feared or a standing state,
 * not one made: "a warrant for his arrest", "called for the arrest of", "faces arrest", "under house arrest", "mass
 * arrests", "a citizen's arrest".
 */
export const UNMADE_ARREST = new Set(
  forms(`warrant warrants order orders ordered ordering call calls called calling demand demands demanded demanding
  seek seeks sought seeking face faces faced facing risk risks risked risking fear fears feared fearing avoid avoids
  avoided avoiding evade evades evaded evading escape escaped escaping resist resisted resisting threat threats
  threaten threatened threatening authorise authorised authorize authorized approve approved request requested urge
  urged under house citizen mass possible imminent`),
);
/** "test-fired", "test-launched": the verb after "test-". */
export const TEST_VERBS = new Set(forms('fire fires fired firing launch launches launched launching'));

/** Words that set an event before the one reported ("previous attacks", "an earlier strike"): another happening. */
export const PAST_EVENT_WORDS = new Set(forms('previous earlier past prior former'));

/** Verbs that open a clause whose subject follows them: "hours after Turkey shelled ...". */
export const CLAUSE_OPENERS = new Set(forms('after before since until once while when as'));
/** Words that make the rest of their clause a condition, not a fact: "if Greece carries out an attack". */
export const CONDITIONALS = new Set(forms('if unless whether lest'));

/** Nouns a definite description of an armed group ends in: "the rebel group", "the militia". */
export const GROUP_NOUNS = new Set(forms('group groups militia militias rebels insurgents militants movement faction'));

/** Nouns that count events: "a wave of attacks", "a series of strikes" (the light verb is further left). */
export const QUANTITY_NOUNS = new Set(
  forms('wave waves series barrage string spate volley round rounds number dozens hundreds scores campaign'),
);

/** Words that make an attack an airstrike when they name the attacker ("US warplanes hit ..."). */
export const AIR_WORDS = new Set(
  forms('warplane warplanes jet jets aircraft bombers drone drones helicopter helicopters airforce air-force'),
);
/** A bomber who is no aircraft: "a suicide bomber", "car bombers". */
const GROUND_BOMBER = new Set(forms('suicide car truck'));
/** Bombs only aircraft drop, named by the word before them: "glide bombs", "guided aerial bombs". */
const AIR_BOMB = new Set(forms('aerial glide'));
const BOMB_HEADS = new Set(forms('bomb bombs bombing bombings bombardment bombardments'));

/** Whether the token at `k` names an aircraft or a bomb dropped from one ("drones", "glide bombs"; not "car bombers"). */
export function airWordAt(tokens: ReadonlyArray<{ norm: string }>, k: number): boolean {
  const [prev, w, next] = [tokens[k - 1]?.norm ?? '', tokens[k]!.norm, tokens[k + 1]?.norm ?? ''];
  return (AIR_WORDS.has(w) && !GROUND_BOMBER.has(prev)) || (AIR_BOMB.has(w) && BOMB_HEADS.has(next));
}

/** Verbs that take an event noun as object and pass their subject to it ("held talks", "launched strikes"). */
export const LIGHT_VERBS = new Set(
  forms(`hold holds held holding have has had launch launches launched launching conduct conducts conducted
  conducting carry carries carried carrying stage stages staged mount mounts mounted begin began begun start started
  engage engaged engaging join joined give gives gave given giving issue issues issued issuing send sends sent
  deliver delivers delivered make makes made step steps stepped stepping intensify intensifies intensified
  intensifying escalate escalates escalated escalating resume resumes resumed resuming`),
);

/** Auxiliaries, adverbs and particles that may sit between a subject and its verb. */
export const BE_FORMS = new Set(forms("be is are was were been being 's 're"));
export const NEGATIONS = new Set(forms("not n't never no neither nor"));
/** Modals that make an act hypothetical; "will" is kept (announced future acts are still news). */
export const HYPOTHETICAL = new Set(forms('would could might may should if unless whether'));

/** Verbs of saying: a date right after them dates the statement, not the event ("said Monday"). */
export const SPEECH_VERBS = new Set(
  forms(`said says told tells stated announced added noted reported reports claimed confirmed denied wrote
  declared explained insisted argued`),
);

/**
 * Words that make a sentence about armed force; attacks and clashes elsewhere are figures of speech. "martyred",
 * "embraced martyrdom", "dacoits" and "checkpost" are how South Asian and Iranian outlets tell force.
 */
export const MILITARY = new Set(
  forms(`troops troop forces soldiers soldier army armies military militants militant fighters fighter rebels rebel
  insurgents insurgent terrorists terrorist jihadists jihadist militia militias gunmen airstrike airstrikes air-strike
  bomb bombs bombed bombing bombings missile missiles rocket rockets shell shells shelled shelling artillery mortar
  mortars knife knives stabbed stabbing gunfire fire firefight firefights jets warplanes warplane aircraft drone drones tank tanks killed killing
  wounded wounding dead casualties convoy base bases targets weapons navy marines offensive war combat battle
  ceasefire truce raid raids ambush clashes clash invasion occupation explosion blast police officers security
  checkpoint hostages cannon cannons warship warships gunboat gunboats invade invades invaded invading
  tanker tankers ablaze explosions blasts gunfight gunfights attackers grenade grenades shootout gunbattle
  bandits bandit kidnappers abductors gunman armed arson arsonists martyred martyrdom dacoits dacoit checkpost`),
);

/** Particles that turn "strike"/"hit" into another verb ("struck down", "hit back", "hit out at"). */
export const PARTICLES_OUT = new Set(forms('down back out up upon'));

/** Objects of "strike"/"hit" in idioms ("strike a deal", "hit the campaign trail", "hit a record"). */
export const IDIOM_OBJECTS = new Set(
  forms(`deal deals tone balance chord note agreement compromise pose bargain nerve record records high low mark
  trail road ground jackpot wall snag snags headlines shelves stores market markets home`),
);
