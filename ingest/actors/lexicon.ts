// Closed word classes used to type proper-noun chunks and demonym phrases (general English, not data).
// In: lower-case token keys. Out: set membership and the ministry table.
import { isLocalBodyHead } from '../../graph/body-translations.ts';
import { bodyWordKey } from '../../graph/names.ts';
import companyWords from '../../graph/data/company-words.json' with { type: 'json' };

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const NOUN_BEFORE_NAME =
  /(?:^|\s)(?:the|a|an|its|[\p{L}-]+['’]s?)\s+(?:[\p{L}-]+\s+)?([a-z]+),?\s+(?:[\p{L}.-]+-based\s+)?$/u;
const NOUN_OPENING_SENTENCE = /(?:[.!?]["”]?\s+|\n\s*|[—–-]\s*)\p{Lu}[\p{Ll}-]+\s+([a-z]+)\s+$/u;
const set = (s: string) => new Set(s.split(' '));

/** Words that make a capitalized chunk an organization ("... Ministry", "... Council", "Sea Shepherd Global"). */
export const ORG_CUES = set(
  'global international ministry department council center centre agency mechanism panel pictures studios entertainment records media capital ventures consulting communications systems solutions labs brands foods insurance bureau committee commission office service services institute institution university college foundation corporation company inc corp ltd limited llc party union association court tribunal bank fund parliament assembly administration authority organization organisation command police guard guards directorate secretariat senate congress cabinet embassy consulate board federation coalition alliance mission network campaign collective coordination school hospital club chamber pac group firm society academy staff corps research watch plc ag gmbh holdings airlines airways motors petroleum pharmaceuticals technologies industries industry securities investments logistics telecom telecoms mining minerals metals resources exploration steel construction contractors engineering enterprises cement railway railways railroad partners bros broadcasting publishing marketing advertising networks insights analytics associates forum messaging diocese archdiocese eparchy patriarchate synod parishad panchayat jirga shura jsc pjsc ojsc cjsc spa nv bv bhd sdn pte pvt tbk pty sarl srl',
);
// "Garden Isle Helicopters", "Hanxin Energy", "Avel Volailles", "Vestjyllands Politi": a trade's or a public
// body's last word in English or another language (graph/data/company-words.json).
const fold = (w: string) => w.normalize('NFKD').replace(/\p{M}+/gu, '');
/**
 * The trade words a name must close with to be a body's: "Hanxin Energy" is a firm, "the Energy Transition" no name
 * at all (ingest/actors/view.ts cueIn).
 */
export const LAST_WORD_CUES: ReadonlySet<string> = new Set(
  companyWords.tradeHeads.map(fold).filter((w) => !ORG_CUES.has(w)),
);
for (const w of LAST_WORD_CUES) ORG_CUES.add(w);
/**
 * First words of bodies named head first in German, Italian, Spanish, French, Dutch or a Nordic language ("Amigos de
 * Urbasa", "Corpo Forestale dello Stato", "Bürgerinitiative Wipptal"): graph/data/company-words.json.
 */
const HEADS_FIRST: ReadonlySet<string> = new Set(companyWords.headsFirst.map(fold));
/**
 * Last words of firms' names ("Havbris Foods", "Hanxin Energy", "Sachsen Solar Group"), whose first word alone is
 * the firm's short name ("Havbris said"); no public body's word ("Office", "Police") is one.
 */
export const COMPANY_HEADS: ReadonlySet<string> = new Set([
  ...companyWords.tradeHeads.map(fold),
  ...'group corp inc co ltd limited llc plc company partners holdings foods airlines airways motors petroleum pharmaceuticals technologies industries mining minerals metals resources steel cement logistics telecom telecoms media entertainment enterprises solutions systems brands ventures capital solar construction engineering insurance securities investments'.split(
    ' ',
  ),
]);
const COMPOUND_SUFFIXES = companyWords.compoundSuffixes.map(fold);
/**
 * "Vejdirektoratet", "Fellesforbundet", "Banedanmark", "Landratsamt": a one-word name (its key) closing with a body's
 * compound ending, three letters or more before it (graph/data/company-words.json); "Politi" or "Verein" alone no.
 */
export const compoundBodyWord = (key: string): boolean =>
  COMPOUND_SUFFIXES.some((x) => key.length >= x.length + 3 && key.endsWith(x));
/** Words that make a chunk an armed or political group. */
export const GROUP_CUES = set(
  'brigade brigades front movement battalion battalions militia militias mujahideen army jihad liberation legion regiment regiments forces force fleet squadron flotilla cartel units scouts rangers rifles fusiliers grenadiers',
);
/**
 * First words of bodies named in Spanish, Portuguese or French, whose head comes first ("Frente Amplio", "Clan
 * del Golfo", "Partido Liberal", "Conseil national de transition"): an armed or political group.
 */
const ROMANCE_GROUP_HEADS = set(
  'frente ejército ejercito exército exercito fuerzas forças forcas autodefensas bloque columna comando clan cártel cartel brigada guerrilla movimiento movimento armée armee mouvement rassemblement resistencia resistência resistencia résistance',
);
/** The same for other bodies: a party, council, ministry, court, prosecutor's office, union. */
const ROMANCE_ORG_HEADS = set(
  'partido consejo conselho ministerio ministério ministère ministere comité comite comisión comision comissão comissao asociación asociacion associação associacao federación federacion confederación confederacion instituto tribunal corte fiscalía fiscalia defensoría defensoria procuraduría procuraduria contraloría contraloria congreso asamblea assembleia assemblée assemblee sindicato gobierno governo gouvernement alcaldía alcaldia gobernación gobernacion secretaría policía policia polícia guardia gendarmerie parti conseil syndicat coordinadora superintendencia junta empresa compañía compania companhia construcciones constructora construtora corporación corporacion sociedad banco grupo forestal minera',
);
/** More Romance heads of other bodies: a consortium, an office, a city hall, a foundation, an observatory, an agency. */
const ROMANCE_MORE_ORG_HEADS = set(
  'consórcio consorcio consórcios consorcios oficina prefeitura fundación fundacion fundação fundacao observatorio observatório observatoire agencia agência agence dirección direccion direção direcao servicio serviço servico procuradoria controladoria ouvidoria cámara camara câmara chambre registraduría registraduria municipalidad ayuntamiento mairie intendencia groupement cooperativa coopérative universidad universidade université colectivo coletivo collectif',
);
/**
 * First words of armed or political groups named in Arabic, Malay or Indonesian, whose head also comes first ("Jaish
 * al-Adl", "Jabhat al-Nusra", "Harakat Hezbollah al-Nujaba", "Kataib Hezbollah", "Gerakan Aceh Merdeka", "Laskar
 * Jihad"): transliterated words for army, front, movement, party, brigades, battalions, companies, corps, organization,
 * group and force, none of them a given name.
 */
const OTHER_GROUP_HEADS = set(
  'jaish jabhat jabha harakat harakah hizb liwa liwaa kataib katibat katibah saraya faylaq tanzim jamaat jamaatu jamaah jemaah gerakan barisan laskar tentara angkatan pasukan',
);
/** The same for other bodies in Malay or Indonesian: a party, council, ministry, agency, association, foundation. */
const OTHER_ORG_HEADS = set(
  'partai majelis majlis dewan kementerian badan lembaga persatuan pertubuhan yayasan organisasi pt syarikat',
);
/**
 * The kind a body's name takes from its first word where the head comes first, in a Romance language ("Frente
 * Amplio", "Estado Mayor Central", "Consórcio Construtor ...") or in Arabic, Malay or Indonesian ("Jaish al-Adl",
 * "Partai Buruh"), or null.
 */
export function romanceBodyKind(keys: readonly string[], a: number): 'group' | 'organization' | null {
  const key = keys[a]!;
  if (ROMANCE_GROUP_HEADS.has(key) || OTHER_GROUP_HEADS.has(key) || (key === 'estado' && keys[a + 1] === 'mayor'))
    return 'group';
  return ROMANCE_ORG_HEADS.has(key) ||
    ROMANCE_MORE_ORG_HEADS.has(key) ||
    OTHER_ORG_HEADS.has(key) ||
    HEADS_FIRST.has(key) ||
    isLocalBodyHead(key)
    ? 'organization'
    : null;
}
/**
 * The body a capitalized name of two words or more is by its own words: its head first ("Consórcio Construtor Alto
 * Tapajós", "Jaish al-Adl": romanceBodyKind), else a body's word last ("Deep South Watch", "Kalu Brigade"). Null for
 * any other name. Callers rule out a person's name first ("Sheila Court": a given name opens it).
 */
export function bodyKindOfName(keys: readonly string[]): 'group' | 'organization' | null {
  if (keys.length < 2) return null;
  const last = keys[keys.length - 1]!;
  return romanceBodyKind(keys, 0) ?? (GROUP_CUES.has(last) ? 'group' : ORG_CUES.has(last) ? 'organization' : null);
}
/**
 * The English head word of a body named head first in another language ("Partido Liberal" is a party, "Consórcio
 * Construtor ..." a consortium, "Jaish al-Adl" an army): what "the party", "the consortium" refers back to.
 */
const HEAD_IN_ENGLISH: Record<string, string> = {
  partido: 'party',
  parti: 'party',
  partai: 'party',
  hizb: 'party',
  frente: 'front',
  front: 'front',
  jabhat: 'front',
  jabha: 'front',
  movimiento: 'movement',
  movimento: 'movement',
  mouvement: 'movement',
  harakat: 'movement',
  harakah: 'movement',
  gerakan: 'movement',
  consórcio: 'consortium',
  consorcio: 'consortium',
  ministerio: 'ministry',
  ministério: 'ministry',
  ministère: 'ministry',
  ministere: 'ministry',
  kementerian: 'ministry',
  comité: 'committee',
  comite: 'committee',
  comisión: 'commission',
  comision: 'commission',
  comissão: 'commission',
  comissao: 'commission',
  consejo: 'council',
  conselho: 'council',
  conseil: 'council',
  dewan: 'council',
  fundación: 'foundation',
  fundacion: 'foundation',
  fundação: 'foundation',
  fundacao: 'foundation',
  yayasan: 'foundation',
  asociación: 'association',
  asociacion: 'association',
  associação: 'association',
  associacao: 'association',
  observatorio: 'observatory',
  observatório: 'observatory',
  observatoire: 'observatory',
  oficina: 'office',
  agencia: 'agency',
  agência: 'agency',
  agence: 'agency',
  badan: 'agency',
  sindicato: 'union',
  syndicat: 'union',
  empresa: 'company',
  compañía: 'company',
  compania: 'company',
  companhia: 'company',
  jaish: 'army',
  ejército: 'army',
  ejercito: 'army',
  exército: 'army',
  exercito: 'army',
  armée: 'army',
  armee: 'army',
  tentara: 'army',
  cártel: 'cartel',
  cartel: 'cartel',
  clan: 'clan',
  liwa: 'brigade',
  brigada: 'brigade',
  kataib: 'brigades',
};
/** The English head of a body's name whose head comes first in another language ("Partido Liberal" → "party"). */
export const englishHead = (name: string): string | undefined =>
  HEAD_IN_ENGLISH[name.trim().split(/\s+/)[0]!.toLowerCase()];
/** Words that make a chunk a news outlet. */
export const OUTLET_CUES = set(
  'times post news journal herald tribune gazette daily telegraph radio tv television channel press magazine review chronicle observer guardian express monitor newswire wire media medias online',
);
/** Lower-case descriptors after a name: "X group", "X newspaper". */
export const GROUP_DESCRIPTORS = set(
  'group groups militants militant militia militias rebels fighters brigade brigades movement faction terrorists jihadists insurgents organization cartel',
);
export const OUTLET_DESCRIPTORS = set(
  'newspaper daily broadcaster outlet channel website paper tabloid magazine agency radio',
);
/**
 * Field words that name a state's agency when written right before its country's one-word name ("Identity Malta",
 * "Transport Malta", "Statistics Canada", "Business Finland", "Tourism Ireland").
 */
export const COUNTRY_BRAND_FIELDS = set(
  'identity transport heritage infrastructure enterprise business tourism sport statistics parks elections innovation',
);
export const ORG_DESCRIPTORS = set('ministry department agency council committee company firm bureau office');

/** Chunks naming events, documents or periods, not actors ("Syrian Civil War", "Geneva Conference"). */
export const EVENT_WORDS = set(
  'war wars revolution crisis spring agreement accord accords deal treaty summit conference talks ceasefire truce election elections primary primaries caucus caucuses debate day games cup olympics act law bill plan program programme initiative project operation doctrine convention resolution protocol declaration memorandum process era age period festival award prize index report amendment poll polls survey census order orders eve pride days bowl bowls series awards tournament championship championships marathon',
);

/**
 * Last words of names of gatherings, programmes and speeches ("Christian Science Monitor Breakfast", "Miss World
 * Pageant", "The Daily Show", "State of the Nation Address"): an event even when a body's cue word comes before ("Monitor", "Foundation", "Daily").
 */
export const GATHERING_WORDS = set(
  'breakfast luncheon dinner gala pageant parade banquet fundraiser telethon show address speech',
);

/**
 * Last words of capitalized chunks that name places, things or periods, not people ("Granite State",
 * "Second Thomas Shoal", "Trump Tower", "Social Security"): such a chunk is no person.
 */
export const THING_HEADS = set(
  'state states city county province region district island islands isle shoal shoals reef reefs sea ocean gulf bay strait straits river lake canal peninsula coast mountain mountains hills valley desert heights plain plains basin delta border street avenue road square plaza bridge airport station port harbor harbour dam tower towers building palace house castle church mosque cathedral temple stadium arena market mall hotel square security recession depression matter care bowl series league text morning evening night time east west north south america africa asia europe england',
);

/**
 * Last words of names of buildings, rooms and grounds ("Situation Room", "Bundy Ranch", "Raffles Golf Course"):
 * a multi-word chunk ending in one is a place, not a person or a body. Words that are also common surnames
 * ("Park", "Hall", "Lodge") are left out.
 */
export const FACILITY_HEADS = set(
  'ranch farm room wall stadium arena coliseum ballpark spa resort gardens garden course pavilion auditorium ballroom lounge motel estate mansion villa courthouse capitol rotunda cemetery campus prison penitentiary jail racetrack speedway grill tavern saloon diner bistro brasserie pub',
);
/**
 * Words that make the cue word after them ("center", "club", "school") a venue rather than a body: "Convention
 * Center", "Country Club", "High School". "Pew Research Center" and "Sierra Club" stay bodies.
 */
export const FACILITY_MODIFIERS = set(
  'trade convention shopping conference community detention events event civic exhibition visitor visitors aquatic fitness golf country yacht tennis beach polo racquet swim night high elementary middle primary secondary grammar',
);
/** Cue words that a facility modifier before them turns into a venue. */
export const FACILITY_CUES = set('center centre club school complex');

/**
 * Plural nouns for people, capitalized only when they open a sentence ("Residents said", "Diplomats said") or
 * inside a body's name ("Service Employees International Union").
 */
const PEOPLE_PLURAL_WORDS =
  'residents diplomats officials analysts witnesses critics experts sources protesters activists observers supporters opponents voters doctors soldiers lawmakers officers investigators prosecutors scientists researchers workers employees students parents teachers farmers villagers survivors refugees medics rescuers negotiators economists authorities militants rebels fighters insurgents';
export const PEOPLE_PLURALS = set(PEOPLE_PLURAL_WORDS);

/** Capitalized words that never start or make a name on their own. */
export const NOT_NAMES = set(
  'govt january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr cde comrade i you he she we they it this that these those there here however but and or the a an in on at of for to with by from as after before during when while if then so yet also meanwhile earlier later today yesterday tomorrow last next according said says one two three four five six seven eight nine ten first second third god sunni shia shiite shiites sunnis muslim muslims christian christians jewish jews islamic islamist islamists jihadist western eastern northern southern arab arabs kurdish kurds alawite druze salafi wahhabi catholic orthodox protestant democrat democratic republican libertarian liberal conservative former presumptive acting north south east west central internet web covid longtime veteran embattled outgoing incoming beleaguered disgraced ousted exclusive breaking ' +
    PEOPLE_PLURAL_WORDS,
);

/**
 * Words in NOT_NAMES that also open names before another capitalized word: "Christian Lindner", "Christian
 * Democrats", "Eastern Theater Command", "Southern Transitional Council", "Central Election Commission" (alone,
 * "Christian" is the faith's adjective and "Eastern" a direction).
 */
export const OPENS_NAMES = set(
  // Month abbreviations open names when a capitalized word follows ("Jan Egeland", "Mar Roxas"); dates have numbers.
  'christian eastern western northern southern central north south east west jan feb mar apr jun jul aug sep sept oct nov dec',
);
/** Month names and abbreviations, which carry on a name in running text ("Theresa May", "Lee Jun-seok"). */
export const MONTH_WORDS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);

/**
 * Given names that the tagger's lexicon reads as adjectives ("Frank Luntz", "Rich Lowry", "Lee Epstein", "Marine
 * Le Pen", "Young Kim").
 */
export const GIVEN_ADJECTIVES = set(
  'frank rich major young rusty sunny royal noble happy dusty sandy randy lee julian marine curt bonnie tony norman woody caroline marian august hardy chase roman german earnest sterling',
);
/** Role nouns that open a sentence before a name ("Actress Rosario Dawson took the stage"): no part of the name. */
export const ROLE_NOUNS = set(
  'actress actor billionaire singer rapper comedian author novelist businessman businesswoman entrepreneur investor filmmaker developer host anchor pastor evangelist activist journalist columnist commentator economist historian scholar fellow reporter correspondent editor advocate wizard broadcaster presenter counsel moderator ' +
    // People named by what befell them or what they do there: "Survivor Ngiraibai Tellei told ...".
    'survivor eyewitness victim resident villager passenger fisherman shopkeeper vendor',
);

/**
 * Honorifics that are also words of Somali, Arabic and South Asian names: after a given name they are part of the name
 * ("Hassan Sheikh Mohamud", "Abdiweli Sheikh Ahmed", "Omar Mir Seddique Mateen"); opening a name they stay a title
 * ("Sheikh Ali Mohamud Rage", "Mir Ziaullah Langove").
 */
export const NAME_HONORIFICS = set('sheikh shaikh sheik sultan amir mir sardar nawab haji');

/** Honorifics that mark the following name as a person ("Cde" is "Comrade" in Zimbabwean and other party usage). */
export const HONORIFICS = set('mr mrs ms miss dr sir lord lady madam dame cde comrade');

/** Connectors allowed inside a name: "Ahrar al-Sham", "Center for Syrian Reconciliation", "bin Salman", "binti Osman". */
export const CONNECTORS = set(
  'al el ez es ed ad as ash at an bin ibn bint binti binte anak abu abd ould ag wa de da di del della der van von den du la le of for and & the on',
);

/**
 * Particles that open an Arabic or Persian given name and go with the word after it: "Abdel Fattah", "Abdul Karim",
 * "Abu Bakr", "Umm Kulthum"; with an article between ("Abd al-Rahman", "Abd ul-Aziz").
 */
export const GIVEN_PARTICLES = set('abdel abdul abdal abdol abdil abdur abdus abd abu abou umm');
/** Articles joining a given name's particle to its word: "Abd al-Rahman", "Abd ur-Rashid". */
export const ARTICLE_PARTICLES = set('al el ul ur us ud ad as ash an');
/** Connectors that may not end a chunk or start one. */
export const INNER_ONLY = set('of for and & the on');

/** Heads that make "<Demonym> X" the state itself ("the Syrian government", "Iranian leaders"). */
export const STATE_HEADS = set(
  'government administration authorities leadership leaders side delegation regime cabinet',
);
/** Heads that make "<Demonym> X" the state's military. */
export const MILITARY_HEADS = set(
  'military army forces troops soldiers servicemen warplanes jets aircraft airforce navy commanders drones warships marines artillery junta',
);
/** Capitalized service names that make "<Demonym> X" the state's military ("the Ukrainian Air Force"). */
export const SERVICE_NAMES: string[][] = [
  ['air', 'force'],
  ['armed', 'forces'],
  ['army'],
  ['navy'],
  ['marines'],
  ['marine', 'corps'],
  ['special', 'forces'],
  ['ground', 'forces'],
  ['defence', 'forces'],
  ['defence', 'force'],
  ['defense', 'forces'],
  ['defense', 'force'],
  ['military'],
];
/**
 * Heads after a bare demonym that make it the state fighting ("Iranian fighters", "Russian volunteers"). Hired
 * fighters ("Russian mercenaries", "private contractors", "paramilitaries") are not: they serve a company or a
 * militia the article names apart (Wagner Group), not the state of their nationality.
 */
export const FIGHTER_HEADS = set('fighters fighter militiamen gunmen volunteers');
/** Heads that make "<Demonym> X" the state's intelligence services. */
export const INTEL_HEADS = set('intelligence');
export const SECURITY_HEADS = set('services agencies service agency');
export const PARLIAMENT_HEADS = set('parliament legislature');
export const EMBASSY_HEADS = set('embassy consulate');
/** Modifiers allowed between a demonym and its head ("US local commanders", "Syrian government troops"). */
export const HEAD_MODIFIERS = set(
  'government local special armed air ground naval military security senior top high-ranking elite regular',
);

/** Heads of person noun phrases: a demonym before them is only an adjective ("a U.S. official"). */
export const PERSON_HEADS = set(
  'official officials source sources diplomat diplomats journalist journalists reporter reporters analyst analysts expert experts lawmaker lawmakers spokesman spokeswoman spokesperson citizen citizens national nationals people man men woman women officer officers negotiator negotiators envoy counterpart counterparts attorney attorneys prosecutor prosecutors lawyer lawyers',
);

/** Ministry phrases → [id suffix, display label]. Keys are token-key sequences. */
export const MINISTRIES: [string[], string, string][] = [
  [['foreign', 'ministry'], 'foreign-ministry', 'Foreign Ministry'],
  [['ministry', 'of', 'foreign', 'affairs'], 'foreign-ministry', 'Foreign Ministry'],
  [['foreign', 'affairs', 'ministry'], 'foreign-ministry', 'Foreign Ministry'],
  [['ministry', 'of', 'external', 'affairs'], 'foreign-ministry', 'Foreign Ministry'],
  [['external', 'affairs', 'ministry'], 'foreign-ministry', 'Foreign Ministry'],
  [['ministry', 'of', 'home', 'affairs'], 'interior-ministry', 'Interior Ministry'],
  [['home', 'ministry'], 'interior-ministry', 'Interior Ministry'],
  [['mfa'], 'foreign-ministry', 'Foreign Ministry'],
  [['defense', 'ministry'], 'defense-ministry', 'Defense Ministry'],
  [['defence', 'ministry'], 'defense-ministry', 'Defense Ministry'],
  [['ministry', 'of', 'defense'], 'defense-ministry', 'Defense Ministry'],
  [['ministry', 'of', 'defence'], 'defense-ministry', 'Defense Ministry'],
  [['ministry', 'of', 'national', 'defense'], 'defense-ministry', 'Defense Ministry'],
  [['ministry', 'of', 'national', 'defence'], 'defense-ministry', 'Defense Ministry'],
  [['national', 'defense', 'ministry'], 'defense-ministry', 'Defense Ministry'],
  [['national', 'defence', 'ministry'], 'defense-ministry', 'Defense Ministry'],
  [['interior', 'ministry'], 'interior-ministry', 'Interior Ministry'],
  [['ministry', 'of', 'interior'], 'interior-ministry', 'Interior Ministry'],
  [['ministry', 'of', 'the', 'interior'], 'interior-ministry', 'Interior Ministry'],
  [['finance', 'ministry'], 'finance-ministry', 'Finance Ministry'],
  [['ministry', 'of', 'finance'], 'finance-ministry', 'Finance Ministry'],
  [['justice', 'ministry'], 'justice-ministry', 'Justice Ministry'],
  [['ministry', 'of', 'justice'], 'justice-ministry', 'Justice Ministry'],
  [['health', 'ministry'], 'health-ministry', 'Health Ministry'],
  [['ministry', 'of', 'health'], 'health-ministry', 'Health Ministry'],
  [['energy', 'ministry'], 'energy-ministry', 'Energy Ministry'],
  [['oil', 'ministry'], 'energy-ministry', 'Energy Ministry'],
  [['ministry', 'of', 'energy'], 'energy-ministry', 'Energy Ministry'],
  [['information', 'ministry'], 'information-ministry', 'Information Ministry'],
  [['ministry', 'of', 'information'], 'information-ministry', 'Information Ministry'],
  [['trade', 'ministry'], 'trade-ministry', 'Trade Ministry'],
  [['economy', 'ministry'], 'economy-ministry', 'Economy Ministry'],
  [['emergencies', 'ministry'], 'emergencies-ministry', 'Emergencies Ministry'],
  [['ministry', 'of', 'emergencies'], 'emergencies-ministry', 'Emergencies Ministry'],
  [['emergency', 'situations', 'ministry'], 'emergencies-ministry', 'Emergencies Ministry'],
  [['ministry', 'of', 'emergency', 'situations'], 'emergencies-ministry', 'Emergencies Ministry'],
  [['education', 'ministry'], 'education-ministry', 'Education Ministry'],
  [['commerce', 'ministry'], 'commerce-ministry', 'Commerce Ministry'],
  [['agriculture', 'ministry'], 'agriculture-ministry', 'Agriculture Ministry'],
  [['environment', 'ministry'], 'environment-ministry', 'Environment Ministry'],
  [['labor', 'ministry'], 'labor-ministry', 'Labor Ministry'],
  [['labour', 'ministry'], 'labor-ministry', 'Labor Ministry'],
  [['transport', 'ministry'], 'transport-ministry', 'Transport Ministry'],
  [['foreign', 'office'], 'foreign-ministry', 'Foreign Ministry'],
  // "Ministry of X" for the other portfolios every government has.
  [['ministry', 'of', 'trade'], 'trade-ministry', 'Trade Ministry'],
  [['ministry', 'of', 'economy'], 'economy-ministry', 'Economy Ministry'],
  [['ministry', 'of', 'education'], 'education-ministry', 'Education Ministry'],
  [['ministry', 'of', 'commerce'], 'commerce-ministry', 'Commerce Ministry'],
  [['ministry', 'of', 'agriculture'], 'agriculture-ministry', 'Agriculture Ministry'],
  [['ministry', 'of', 'environment'], 'environment-ministry', 'Environment Ministry'],
  [['ministry', 'of', 'the', 'environment'], 'environment-ministry', 'Environment Ministry'],
  [['ministry', 'of', 'labor'], 'labor-ministry', 'Labor Ministry'],
  [['ministry', 'of', 'labour'], 'labor-ministry', 'Labor Ministry'],
  [['ministry', 'of', 'transport'], 'transport-ministry', 'Transport Ministry'],
  [['ministry', 'of', 'transportation'], 'transport-ministry', 'Transport Ministry'],
  [['ministry', 'of', 'mines'], 'mines-ministry', 'Mines Ministry'],
  [['mines', 'ministry'], 'mines-ministry', 'Mines Ministry'],
  [['ministry', 'of', 'communications'], 'communications-ministry', 'Communications Ministry'],
  [['communications', 'ministry'], 'communications-ministry', 'Communications Ministry'],
  [['ministry', 'of', 'public', 'works'], 'public-works-ministry', 'Public Works Ministry'],
  [['ministry', 'of', 'water'], 'water-ministry', 'Water Ministry'],
  [['ministry', 'of', 'tourism'], 'tourism-ministry', 'Tourism Ministry'],
  [['ministry', 'of', 'culture'], 'culture-ministry', 'Culture Ministry'],
  [['culture', 'ministry'], 'culture-ministry', 'Culture Ministry'],
  [['ministry', 'of', 'industry'], 'industry-ministry', 'Industry Ministry'],
  [['industry', 'ministry'], 'industry-ministry', 'Industry Ministry'],
  [['defense', 'department'], 'defense-ministry', 'Defense Ministry'],
];

/** Words that open no portfolio: "the Ministry", "its ministry", "the former ministry". */
const NO_PORTFOLIO = set('the a an its their his her this that these those former new same whose which our your');
const PORTFOLIO_WORD = /^\p{Ll}[\p{Ll}'-]*$/u;

/** MINISTRIES' entry for exactly these keys, as [id suffix, label]. */
const listedMinistry = (keys: readonly string[]): [string, string] | null => {
  const hit = MINISTRIES.find(([w]) => w.length === keys.length && w.every((x, i) => x === keys[i]));
  return hit ? [hit[1], hit[2]] : null;
};

/**
 * The ministry a whole name of lower-case keys is, of any portfolio: MINISTRIES' entry, else "ministry of X" and
 * "X ministry" read as one ("ministry of emergency situations", "emergency situations ministry" →
 * "emergency-situations-ministry"), the first portfolio of several ("ministry of trade and industry" → trade), British
 * and American spellings as one. [id suffix, label], or null for no ministry or no portfolio ("the ministry").
 */
export function portfolioMinistry(keys: readonly string[]): [string, string] | null {
  const listed = listedMinistry(keys);
  if (listed) return listed;
  let portfolio: string[] = [];
  if (keys[0] === 'ministry' && keys[1] === 'of') portfolio = keys.slice(keys[2] === 'the' ? 3 : 2);
  else if (keys.length > 1 && keys[keys.length - 1] === 'ministry') portfolio = keys.slice(0, -1);
  const cut = portfolio.findIndex((w) => w === 'and' || w === ',' || w === '&');
  if (cut > 0) portfolio = portfolio.slice(0, cut);
  if (!portfolio.length || portfolio.length > 3) return null;
  if (portfolio.some((w) => NO_PORTFOLIO.has(w) || w === 'ministry' || !PORTFOLIO_WORD.test(w))) return null;
  const first = listedMinistry(['ministry', 'of', ...portfolio]) ?? listedMinistry([...portfolio, 'ministry']);
  if (first) return first;
  const key = portfolio.map((w) => bodyWordKey(w).replace(/'/g, ''));
  const label = portfolio.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  return [`${key.join('-')}-ministry`, `${label} Ministry`];
}

/** The id suffix of a ministry's lower-case name ("defence ministry", "ministry of defense" → "defense-ministry"). */
export const ministrySuffix = (name: string): string | undefined => portfolioMinistry(name.trim().split(/\s+/))?.[0];

/** Verbs after which a capital city is a place, not a government ("visited Damascus"). */
export const PLACE_VERBS = set(
  'visit visits visited visiting arrive arrives arrived arriving travel traveled travelled traveling flew fly flying land landed based held hold hosted host hosts returned return moved move stationed',
);
/**
 * Lower-case nouns of places that follow a place's name ("Ba Cho district", "the Budo forest", "Bahema Nord
 * chiefdom") and local administrative units written before one ("tambon Lubo Saray", "kebele 05", "barangay San
 * Roque", "tehsil Bannu"): a name with one of them is a place, never a person. General administrative vocabulary.
 * Narrower than the events stage's ingest/gazetteer/data/local-units.json on purpose: no unit word that also names a
 * body before its name ("the farmers' union Solidarnosc RI", "the sector ...").
 */
export const PLACE_NOUNS_AFTER = set(
  'district districts province provinces region county territory township subdistrict sub-district municipality commune chiefdom constituency ward village villages town suburb neighbourhood neighborhood forest mountains mountain range hills valley river lake border governorate prefecture oblast raion rayon',
);
/** The administrative units of PLACE_NOUNS_AFTER that a place's name may end in capitalized ("Kyauktaw Township",
 * "Gwoza District"): never a person's name; none that is also a surname ("Ward", "Lake", "Hills"). */
export const UNIT_NAMES = set(
  'district province region county territory township subdistrict municipality commune chiefdom constituency governorate prefecture oblast raion rayon woreda upazila tehsil zone',
);
export const ADMIN_UNITS_BEFORE = set(
  'tambon amphoe changwat kebele woreda zone barangay mukim kampung desa kelurahan kecamatan tehsil taluk taluka mandal upazila commune comuna vereda corregimiento municipio raion rayon hromada gmina oblast wilaya governorate village district town',
);

/** Capitalized words before a city that name a region or quarter after it: "Middle Juba", "Greater Khartoum", "East Jerusalem". */
export const AREA_BEFORE_CITY = set(
  'middle lower upper greater north south east west northern southern eastern western central',
);

/** Prepositions after which a capital city is a place. */
export const LOCATIVE = set(
  'in at near to into from outside inside around across toward towards via through over within throughout between',
);

/**
 * The common noun right before a name that describes it: "the farmers' union Solidarnosc RI" → union,
 * "the broadcaster TVN24" → broadcaster, "The tanker's operator, Athens-based Delta Tankers" → operator.
 */
export function nounBefore(text: string, start: number): string[] {
  const before = text.slice(Math.max(0, start - 60), start);
  // The pattern ends in spaces after a lower-case word, a comma or "-based": most names follow none (a sentence's
  // first word, a quote mark), and the pattern, tried from every position, is costly. trimEnd drops what \s matches.
  const trimmed = before.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (trimmed.length === before.length || !((last >= 97 && last <= 122) || last === 44)) return [];
  const m =
    NOUN_BEFORE_NAME.exec(before) ??
    // "Local broadcaster N1", "Independent newspaper Danas": a sentence opened by an adjective and the noun.
    NOUN_OPENING_SENTENCE.exec(before);
  return m ? [m[1]!] : [];
}

/** Speech verbs: a one-word name right before one is a speaker ("Nauert said"). */
export const SPEECH_AFTER = set(
  'said says told added noted stated claimed denied confirmed reported wrote tweeted argued insisted explained warned asked replied responded',
);
/** Nouns heading an appositive that describes a body, not a person: "X, the state power utility,". */
export const BODY_NOUNS = set(
  'company firm utility operator group alliance agency organisation organization body regulator watchdog ' +
    'bank lender insurer carrier airline retailer manufacturer maker producer exporter importer giant ' +
    'conglomerate provider developer startup charity network broadcaster newspaper party union ministry ' +
    'authority council committee commission fund exchange institute university consortium cooperative ' +
    'co-operative directorate inspectorate',
);
/** Role words whose "at X" names a workplace: "chief economist at X", "a professor at X". */
export const ROLE_BEFORE_AT = set(
  'economist analyst strategist professor researcher fellow director manager executive partner lecturer scientist engineer',
);
/**
 * Last words of a post that name the person holding it, whatever body words stand before them ("District Police
 * Officer", "Upazila Nirbahi Officer", "Police Spokesman", "District Collector"): a capitalized run ending in one, then a
 * person's name, names the person, never a body.
 */
export const POST_HEADS = set(
  'officer official prefect subprefect sub-prefect collector magistrate constable sheriff warden administrator ' +
    'commissioner inspector sub-inspector superintendent commander spokesman spokeswoman spokesperson governor mayor ' +
    'minister chairman chairwoman chairperson director secretary councillor councilor coordinator chief',
);
/** Role nouns heading an appositive after a name: "X, head of Y", "X, a spokesman for Y". */
export const APPOSITIVE_HEADS = set(
  'head chief director spokesman spokeswoman spokesperson commander leader member minister secretary chairman ' +
    'chairwoman president founder ambassador envoy speaker deputy adviser advisor representative official general officer ' +
    'administrator governor mayor commissioner',
);

/** AP and postal abbreviations of US states: "Point Pleasant, N.J.," and "San Pedro, Calif." name places. */
export const US_STATE_ABBREVIATIONS = set(
  'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex vt va wash wis wisc wyo wva dc al ak az ar ca co ct de fl hi ia id il in ks me mn ms mt ne nv oh ok or tn tx ut wi wv wy',
);

/** Appositive heads that make a body a company: "the company" can then refer back to it ("Eskom, the state utility,"). */
export const COMPANY_APPOSITIVES = set(
  'company firm utility operator carrier airline retailer manufacturer maker producer lender bank insurer giant conglomerate provider developer startup',
);
/**
 * Lower-case nouns right before a name that make it a company ("paper maker CMPC", "forestry firm Arauco"); narrower
 * than COMPANY_APPOSITIVES: "bank", "developer" before a name are as often a person's role.
 */
export const COMPANY_NOUNS_BEFORE = set(
  'company firm maker carmaker automaker miner producer carrier airline retailer lender insurer operator conglomerate utility ' +
    'cooperative co-operative processor supplier subsidiary shipowner shipbuilder exporter importer wholesaler',
);

/**
 * Words of a government portfolio after "Minister for" ("Minister for Energy, Water Resources and Irrigation Shakti
 * Bahadur Basnet", "Minister for Home Affairs X"): never part of the office holder's name.
 */
export const PORTFOLIO_WORDS = set(
  'energy water resources irrigation finance health education defence defense interior justice agriculture ' +
    'livestock fisheries affairs home foreign labour labor employment transport trade commerce industry industries ' +
    'tourism culture communications information technology environment forests forestry housing works mines ' +
    'mining petroleum oil gas power youth sports women children planning land lands law infrastructure urban ' +
    'rural development security supplies civil aviation territorial administration decentralisation decentralization ' +
    'communication international relations cooperation co-operation public service enterprises economy finances ' +
    'social welfare science research innovation sport arts heritage veterans gender family immigration ' +
    'telecommunications digital investment budget treasury customs maritime fisheries ports climate disaster ' +
    'management emergency reconstruction reconciliation religious worship',
);
