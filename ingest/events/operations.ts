// Acts of a state's investigators and of crowds, told in plain wire words: "Officers searched the headquarters of X
// in Y", "Guardia Civil officers on Tuesday raided the offices of X", "the documents seized in the search", "several
// hundred supporters of the mayor rallied in front of the municipal building", "Hundreds of people gathered outside
// the building to protest the raid". Incidents of kind other whose act is a search or a protest
// (graph/incidents/manner.ts): the search and the rally against it the same evening are two happenings. In: the view's
// tokens and a candidate trigger. Out: whether the trigger tells such an act (mentions.ts builds the mention).
// The words are general English; each is kept only with what makes it one act: a search of premises, not "searched
// for survivors"; a raid on offices with no armed men and no dead in its sentence, not "troops raided a militant
// hideout, killing two"; a crowd gathering, not "investigators gathered evidence".
import { COURT_VERBS } from './courts.ts';
import { ARMED_NOUNS } from './lexicon.ts';
import type { View } from './view.ts';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Verbs of searching premises. */
const SEARCH_VERBS = words('search searches searched searching');
/** Verbs of a raid, which on offices with no force told is a search ("raided the offices of the consortium"). */
const RAID_VERBS = words('raid raids raided raiding');
/** Nouns of the same acts: "seized in the search", "the searches of the homes of", "to protest the raid". */
const SEARCH_NOUNS = words('search searches raid raids');
/** Premises a search is made of: offices, homes, a town hall, a ministry. */
const PREMISES = words(`office offices headquarters premises home homes house houses residence residences apartment
  apartments flat flats building buildings hall halls ministry ministries hq`);
/** Words of force or of the dead that make a raid an attack: "raided the house, killing two gunmen". */
const FORCE =
  words(`killed killing kill dead died wounded injured shot shooting gunfire gunfight firefight clash clashes
  clashed exchange fire bomb bombs explosives airstrike airstrikes`);
/** Tokens after a verb or noun its premises are looked for over ("raided the Tetovo town hall"). */
const PREMISES_SPAN = 6;

/** Verbs of a crowd coming together: "supporters rallied in front of", "hundreds gathered outside the building". */
const RALLY_VERBS = words(`rally rallies rallied rallying gather gathers gathered gathering demonstrate demonstrates
  demonstrated demonstrating march marches marched marching assemble assembled`);
/** Who rallies: a crowd, told by its number or its kind. */
const CROWDS = words(`people supporters protesters protestors demonstrators residents hundreds thousands dozens crowd
  crowds activists students workers traders vendors villagers opponents followers members`);
/** Tokens before a rally verb its crowd is looked for over ("several hundred supporters of the mayor rallied"). */
const CROWD_SPAN = 7;

/**
 * Verbs of a crowd stopping traffic: "Hundreds of farmers blocked the D1 motorway", "Last Saturday's protest by local
 * residents closed the motorway", "protesting farmers shut the country's main motorway".
 */
const BLOCK_VERBS = words(`block blocks blocked blocking blockade blockades blockaded blockading shut shuts shutting
  close closes closed closing`);
/** Nouns of the same act: "a seven-hour blockade of the same motorway". */
const BLOCKADE_NOUNS = words('blockade blockades');
/** What a crowd blocks: a road, a crossing, a railway, a port ("blocked a bill" names none). */
const ROUTES = words(`motorway motorways highway highways road roads expressway freeway autobahn autostrada autoroute
  bridge bridges crossing crossings railway railways rail tracks port ports pass tunnel tunnels junction roundabout
  intersection bypass ring-road carriageway lanes stretch`);
/** Who blocks a road, besides a crowd: those who drive onto it, and the protest itself ("the protest closed the road"). */
const BLOCKERS = new Set([
  ...words(`farmers hauliers truckers drivers fishermen miners tractors lorries trucks taxis protest protests
  demonstration demonstrations march`),
]);
/** Tokens after a blocking verb its road is looked for over ("shut the country's main motorway"). */
const ROUTE_SPAN = 6;

/**
 * Words of a company's insolvency: "filed for bankruptcy", "filed for insolvency in June", "went into administration",
 * "went bankrupt", "declared itself insolvent".
 */
const FILE_VERBS = words('file files filed filing');
const GO_VERBS = words('go goes went gone going declare declares declared declaring');
const INSOLVENCY = words('bankruptcy insolvency administration receivership liquidation bankrupt insolvent');

export const OPERATION_WORDS = new Set([
  ...SEARCH_VERBS,
  ...RAID_VERBS,
  ...RALLY_VERBS,
  ...COURT_VERBS,
  ...BLOCK_VERBS,
  ...FILE_VERBS,
  ...GO_VERBS,
]);

const inSentence = (view: View, k: number, s: number) =>
  k >= 0 && k < view.tokens.length && view.tokens[k]!.sentence === s;

/** Premises named right after t, before any punctuation, verb or "for" ("searched for survivors" names none). */
function premisesAfter(view: View, t: number): boolean {
  const s = view.tokens[t]!.sentence;
  for (let k = t + 1; k <= t + PREMISES_SPAN && inSentence(view, k, s); k++) {
    const tok = view.tokens[k]!;
    if (PREMISES.has(tok.norm)) return true;
    if (tok.pos === 'PUNCT' || tok.pos === 'VERB' || tok.norm === 'for') return false;
  }
  return false;
}

/** A word of force or of armed men in t's sentence. */
function forceIn(view: View, t: number): boolean {
  const { firstToken, endToken } = view.nlp.sentences[view.tokens[t]!.sentence]!;
  for (let k = firstToken; k < endToken; k++) {
    const w = view.tokens[k]!.norm;
    if (FORCE.has(w) || ARMED_NOUNS.has(w)) return true;
  }
  return false;
}

/**
 * Whether the verb at v tells a search of premises: "searched the headquarters of X", "raided the offices of X",
 * "raid town hall" (a headline). A raid needs no force told in its sentence.
 */
export function searchAt(view: View, v: number): boolean {
  const w = view.tokens[v]!.norm;
  if (!SEARCH_VERBS.has(w) && !RAID_VERBS.has(w)) return false;
  if (!premisesAfter(view, v)) return false;
  return SEARCH_VERBS.has(w) || !forceIn(view, v);
}

/**
 * Whether the noun at n tells a search: of premises ("the search of the offices", "a raid on the town hall"), or,
 * definite, after a search told before (`told`): "Documents were seized in the search", "to protest the raid".
 */
export function searchNounAt(view: View, n: number, told: boolean): { anaphoric: boolean } | null {
  const { tokens } = view;
  if (!SEARCH_NOUNS.has(tokens[n]!.norm) || tokens[n]!.pos !== 'NOUN' || forceIn(view, n)) return null;
  if (/^(?:of|on|at)$/.test(tokens[n + 1]?.norm ?? '') && premisesAfter(view, n + 1)) return { anaphoric: false };
  return told && /^(?:the|this|that)$/.test(tokens[n - 1]?.norm ?? '') ? { anaphoric: true } : null;
}

/** Whether the noun phrase holding the crowd word at k is the object of a verb before it ("attacked traders"). */
function objectOfVerb(view: View, k: number): boolean {
  const s = view.tokens[k]!.sentence;
  let j = k - 1;
  while (inSentence(view, j, s) && /^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(view.tokens[j]!.pos)) j--;
  return inSentence(view, j, s) && view.tokens[j]!.pos === 'VERB';
}

/**
 * Whether the verb at v tells a crowd coming together: its subject, a few words before it, is a crowd ("Hundreds of
 * people gathered", "several hundred supporters of the mayor rallied"), and no object follows ("gathered evidence").
 * A crowd another verb acts on is the setting of that act ("attacked traders gathered at the market"), and a
 * gathering in a sentence of force is no rally of its own.
 */
export function rallyAt(view: View, v: number): boolean {
  const { tokens } = view;
  if (!RALLY_VERBS.has(tokens[v]!.norm) || tokens[v]!.pos !== 'VERB' || forceIn(view, v)) return false;
  const next = tokens[v + 1];
  if (next && next.sentence === tokens[v]!.sentence && /^(?:DET|NOUN|PRON|NUM)$/.test(next.pos)) return false;
  const s = tokens[v]!.sentence;
  for (let k = v - 1; k >= v - CROWD_SPAN && inSentence(view, k, s); k--) {
    const tok = tokens[k]!;
    if (CROWDS.has(tok.norm)) return !objectOfVerb(view, k);
    if (tok.pos === 'PUNCT' || tok.pos === 'VERB' || tok.pos === 'SCONJ') return false;
  }
  return false;
}

/** A road named right after t, past determiners, adjectives, names and possessives ("the D1 motorway"). */
function routeAfter(view: View, t: number): boolean {
  const s = view.tokens[t]!.sentence;
  for (let k = t + 1; k <= t + ROUTE_SPAN && inSentence(view, k, s); k++) {
    const tok = view.tokens[k]!;
    if (ROUTES.has(tok.norm) && tok.pos !== 'VERB') return true;
    if (!/^(?:DET|ADJ|NUM|NOUN|PROPN|PART|ADP)$/.test(tok.pos) || tok.norm === 'for') return false;
  }
  return false;
}

/**
 * Whether the verb at v tells a crowd blocking a road: a crowd or a protest as its subject a few words before it
 * ("Hundreds of farmers blocked", "the protest by local residents closed", "some 300 tractors closed") and a road as
 * its object ("the D1 motorway"). "Deputies blocked a bill" names no road, "police closed the road" no crowd, "a
 * landslide blocked the road" neither; a sentence of force tells a clash, not a blockade.
 */
export function blockadeAt(view: View, v: number): boolean {
  const { tokens } = view;
  if (!BLOCK_VERBS.has(tokens[v]!.norm) || tokens[v]!.pos !== 'VERB' || forceIn(view, v)) return false;
  let o = v;
  // "shut down the road", "closed off the bridge".
  if (/^(?:down|off)$/.test(tokens[v + 1]?.norm ?? '')) o = v + 1;
  if (!routeAfter(view, o)) return false;
  const s = tokens[v]!.sentence;
  for (let k = v - 1; k >= v - CROWD_SPAN && inSentence(view, k, s); k--) {
    const tok = tokens[k]!;
    // "protesting farmers", "striking miners": a participle right before the crowd describes it.
    const described = tokens[k - 1]?.pos === 'VERB' && /ing$/.test(tokens[k - 1]!.norm);
    if (CROWDS.has(tok.norm) || BLOCKERS.has(tok.norm)) return described || !objectOfVerb(view, k);
    if (tok.pos === 'PUNCT' || (tok.pos === 'VERB' && !/ing$/.test(tok.norm)) || tok.pos === 'SCONJ') return false;
  }
  return false;
}

/**
 * Whether the noun at n tells a blockade: of a road ("a seven-hour blockade of the same motorway") or, definite, after
 * one told before (`told`): "the blockade lasted five hours". "The naval blockade of Gaza" names no road.
 */
export function blockadeNounAt(view: View, n: number, told: boolean): { anaphoric: boolean } | null {
  const { tokens } = view;
  if (!BLOCKADE_NOUNS.has(tokens[n]!.norm) || tokens[n]!.pos !== 'NOUN' || forceIn(view, n)) return null;
  if (/^(?:of|on|at)$/.test(tokens[n + 1]?.norm ?? '') && routeAfter(view, n + 1)) return { anaphoric: false };
  return told && /^(?:the|this|that)$/.test(tokens[n - 1]?.norm ?? '') ? { anaphoric: true } : null;
}

/**
 * Whether the verb at v tells a company's insolvency: "filed for bankruptcy", "filed for insolvency in June", "went
 * into administration", "went bankrupt", "declared bankruptcy", "declared itself insolvent". A filing feared or
 * threatened ("could file for insolvency", "may have to file") is read off by the mention's hedges (mentions.ts).
 */
export function insolvencyAt(view: View, v: number): boolean {
  const { tokens } = view;
  const w = tokens[v]!.norm;
  if (tokens[v]!.pos !== 'VERB' && tokens[v]!.pos !== 'AUX') return false;
  const s = tokens[v]!.sentence;
  const at = (k: number) => (inSentence(view, k, s) ? tokens[k]!.norm : '');
  if (FILE_VERBS.has(w)) {
    if (at(v + 1) !== 'for') return false;
    // "filed for Chapter 11 bankruptcy protection", "filed for insolvency".
    for (let k = v + 2; k <= v + 5; k++) if (INSOLVENCY.has(at(k))) return true;
    return false;
  }
  if (!GO_VERBS.has(w)) return false;
  // "went bankrupt", "went into administration", "declared bankruptcy", "declared itself insolvent".
  const next = at(v + 1) === 'into' || at(v + 1) === 'itself' ? at(v + 2) : at(v + 1);
  return INSOLVENCY.has(next) && (next !== 'administration' || at(v + 1) === 'into');
}
