// Word lists that classify the words of a source phrase: unnamed-source heads, titles, body and outlet words,
// person nouns, documents. In: nothing. Out: sets used by the speaker resolver and the clause readers.

export const ANON_HEADS = new Set(
  (
    'official officials source sources spokesman spokeswoman spokesperson spokespeople spokesmen diplomat diplomats ' +
    'aide aides analyst analysts expert experts observer observers witness witnesses resident residents activist ' +
    'activists people person insider insiders investigator investigators officer officers authorities lawmaker ' +
    'lawmakers staffer staffers adviser advisers advisor advisors representative representatives critic critics ' +
    'supporters opponents leaders commanders commissioners negotiators members member employees worker workers ' +
    'prosecutors ' +
    'police experts scientists researchers doctors medics protesters demonstrators voters democrats republicans ' +
    'officers soldiers fighters militants rebels someone one'
  ).split(' '),
);
/** Words that make a name a title rather than part of the name ("Deputy Foreign Minister"). */
export const TITLES = new Set(
  (
    'mr mr. mrs mrs. ms ms. dr dr. gen gen. maj maj. col col. lt lt. capt capt. sgt sgt. adm adm. sen sen. rep rep. gov gov. ' +
    'president vice prime minister deputy foreign defense defence secretary ambassador spokesman spokeswoman spokesperson ' +
    'senator representative governor mayor chief general colonel major admiral director chairman chairwoman chair ' +
    'commander envoy special assistant acting undersecretary under attorney judge justice speaker leader king queen ' +
    'prince sheikh ayatollah pope bishop rev rev. father sir lord lady former then candidate congressman congresswoman ' +
    'sheriff officer agent professor prof prof. minister-counselor head chancellor premier emir sultan cabinet cs ' +
    'commissioner inspector superintendent prosecutor ombudsman ombudswoman councillor councilor ig igp dig dgp ssp wali vali kaymakam'
  ).split(' '),
);
/**
 * Offices one person holds in a state, a place or a body ("the First Minister", "the transport minister", "the
 * prefect"): a description by one is someone the article gave that office, never whoever spoke last.
 */
export const OFFICE_NOUNS = new Set(
  (
    'minister premier president governor mayor prefect subprefect senator chancellor ambassador commissioner ' +
    'speaker king queen emir sultan chairman chairwoman chairperson councillor councilor sheriff marshal ombudsman ' +
    'taoiseach'
  ).split(' '),
);
/** Nouns that head a body's name or description ("the ministry", "the health ministry"). */
export const ORG_WORDS = new Set(
  (
    'ministry department council party agency committee army force forces office commission court police government ' +
    'administration center centre institute university association union group bureau service company corp corp. inc ' +
    'inc. bank campaign house senate congress parliament assembly command coalition alliance foundation organization ' +
    'organisation network movement front brigade brigades battalion regiment navy guard corps authority board ' +
    'fund federation club church school hospital team cabinet embassy consulate presidency military prefecture ' +
    'subprefecture sub-prefecture governorate municipality mayoralty gendarmerie secretariat directorate tribunal ' +
    // Last words of bodies' names no person's name ends in: "Sea Shepherd Global", "Amnesty International",
    // "Human Rights Watch", "Gilgit Scouts", "Sindh Rangers".
    'global international watch scouts rangers'
  ).split(' '),
);
/** Body words too generic to name one body: "the group said" with nothing to refer to is an unnamed source. */
export const GENERIC_BODIES = new Set(
  'group groups campaign company organization organisation network coalition alliance team'.split(' '),
);
export const OUTLET_WORDS = new Set(
  (
    'times post news journal press tv television radio broadcasting broadcaster network tribune herald telegraph ' +
    'guardian gazette newspaper daily magazine outlet channel wire mail observer independent chronicle'
  ).split(' '),
);
export const ROLE_NOUNS = new Set([
  'politician',
  'lawmaker',
  'diplomat',
  'envoy',
  'minister',
  'president',
  'leader',
  'head',
  'chief',
  'candidate',
  'senator',
  'official',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'general',
  'commander',
  'secretary',
  'governor',
  'mayor',
  'man',
  'woman',
]);
/** Singular nouns for a person (a description, not a body): kind person when no name is given. */
export const PERSON_NOUNS = new Set(
  (
    'businessman businesswoman doctor nurse announcer narrator governor nominee senator judge lawyer attorney ' +
    'investor woman man girl boy architect associate questioner organizer organiser mogul tycoon billionaire ' +
    'president candidate congressman congresswoman lawmaker mayor minister chairman chairwoman professor teacher ' +
    'student farmer driver pilot soldier officer commander general economist analyst expert scientist researcher ' +
    'journalist reporter editor writer author activist voter resident witness survivor mother father son daughter ' +
    'wife husband sister brother friend neighbor neighbour owner founder executive director manager employee worker ' +
    'user veteran priest imam rabbi bishop host anchor commentator strategist pollster adviser advisor aide official'
  ).split(' '),
);
/**
 * Nouns for a person standing in a relation to another ("his lawyer", "Ruiz's wife", "her spokesman"): the description
 * is someone else than its possessor, and never the last person spoken of unless the article gave that person the role.
 */
export const RELATIONAL_NOUNS = new Set(
  (
    'lawyer lawyers attorney attorneys counsel solicitor barrister advocate spokesman spokeswoman spokesperson aide ' +
    'aides adviser advisers advisor advisors assistant secretary bodyguard driver wife husband widow widower son sons ' +
    'daughter daughters brother brothers sister sisters father mother parents family relative relatives cousin uncle ' +
    'aunt nephew niece grandson granddaughter fiancee fiance partner friend friends colleague colleagues deputy ' +
    'successor predecessor rival opponent challenger biographer doctor physician'
  ).split(' '),
);
/** Heads after "<State>'s" that stand for the state itself: "Russia's government", "Iran's military". */
export const STATE_STANDINS = new Set(
  'government administration authorities leadership regime cabinet military army forces troops navy officials ministry president leader premier embassy delegation side envoy mission'.split(
    ' ',
  ),
);
/**
 * Heads after "<body>'s" that name a unit of the body speaking for it, a body of its own: "the army's information
 * service", "the military's media wing", "the ministry's press office".
 */
export const BODY_UNITS = new Set(
  'service wing office department directorate bureau division unit cell branch chapter desk secretariat'.split(' '),
);
/** Documents whose named author ("a study by X") is the speaker. */
export const AUTHORED = new Set(['study', 'survey', 'poll', 'investigation', 'inquiry', 'review', 'analysis', 'audit']);
export const SPEECH_HEADS = new Set([
  'statement',
  'report',
  'release',
  'communique',
  'letter',
  'memo',
  'announcement',
  'tweet',
  'post',
  'document',
  'transcript',
  'notice',
]);
