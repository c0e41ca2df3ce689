// Cross-article actor identity: a key computed from one article's own extraction, never from what a store holds,
// so any ingest order or split of a corpus gives the same nodes. In: an extracted actor. Out: its node id and rule.
import { placeBodyName, translatedBodyName } from './body-translations.ts';
import generic from './data/generic-words.json' with { type: 'json' };
import peoples from './data/peoples.json' with { type: 'json' };
import publicFigures from './data/public-figures.json' with { type: 'json' };
import {
  bodyNameKey,
  familyNameAlone,
  familyNameFirst,
  NAME_ARTICLES,
  normalizeName,
  parsePersonName,
  lastNameWord,
  personKey,
  titledWord,
  slugify,
  spanishSurnames,
  unfoldedPersonKey,
} from './names.ts';
import type { Actor } from './schema.ts';

/** What the layer above knows about ids: the gazetteer's (ingest/gazetteer), which are the same in every article. */
export interface IdentityContext {
  isKnownId(id: string): boolean;
  /** The state whose name or demonym a normalized key is ("kenyan", "sri lanka"), if the layer above knows one. */
  stateOf?(key: string): string | undefined;
  /** Whether a lower-case word is a word of English the layer above's lexicon knows ("brigade", "rights"). */
  isCommonWord?(word: string): boolean;
  /**
   * The id suffix the layer above gives a state's body of this generic name, lower case ("defence ministry" →
   * "defense-ministry"), so "the Defence Ministry of Armenia" meets "Armenia's Defence Ministry".
   */
  stateBodySuffix?(name: string): string | undefined;
  /** The known body of a state a generic name means there ("kyrgyzstan", "Border Service"), if the layer above has one. */
  stateBody?(state: string, name: string): string | undefined;
  /** The known body of a state an acronym names there ("south-africa", "NPA"), if the layer above has exactly one. */
  stateAcronymBody?(state: string, acronym: string): string | undefined;
}

/** The id suffix of a generic body name under its owner: the layer above's for a state's body, else its key. */
const genericSuffix = (name: string, ctx: IdentityContext): string =>
  ctx.stateBodySuffix?.(name.toLowerCase()) ?? slugify(bodyNameKey(name));

export const NO_CONTEXT: IdentityContext = { isKnownId: () => false };

/**
 * Why an actor got its node: a cross-article rule (`gazetteer`, `state body`, `full name`, `body name`,
 * `state + name`, `group name`) or an article-scoped one (`anonymous`, `one word`, `description`, `generic name`).
 */
export type IdentityRule =
  | 'gazetteer'
  | 'state body'
  | 'full name'
  | 'body name'
  | 'state + name'
  | 'group name'
  | 'outlet name'
  | 'anonymous'
  | 'one word'
  | 'description'
  | 'generic name'
  | 'alias file';

export interface Identity {
  id: string;
  /** False: the node belongs to this article alone (its id carries the article's). */
  global: boolean;
  rule: IdentityRule;
  /**
   * A person's id without the letters names.ts cyrillicLetters folds ("Sergei Gromov" → "sergei-gromov", where `id`
   * is "sergei-hromov"), when it differs: the id graph/resolve.ts gives two people of one article that only the
   * folding makes one name.
   */
  unfolded?: string;
}

const GENERIC = new Set(generic.words);
const PEOPLES = new Set(peoples.words);
const CONNECTORS = new Set(generic.connectors);
/** Words of party names many states' parties share ("Social Democratic Party"): the generic words and these. */
const PARTY_WORDS = new Set([...generic.words, ...generic.partyWords]);
/**
 * The singular Spanish articles of NAME_ARTICLES: "La Familia" is a short form of a longer name; "Los Tlacos" (a plural
 * article before a proper name) and "Al Nusra" stay names of two words, as they always were.
 */
const SINGULAR_ARTICLES = new Set<string>([...NAME_ARTICLES].filter((w) => w === 'la' || w === 'el'));

/** The node id of an actor that belongs to one article only. */
export function articleScopedId(articleId: string, actorId: string): string {
  return `${articleId.slice(0, 12)}:${actorId}`;
}

/** Whether a node id is article-scoped (articleScopedId). */
export const isArticleScoped = (id: string): boolean => /^[0-9a-f]{12}:/.test(id);

/** The actor id inside a node id, without its article scope (articleScopedId's inverse). */
export const unscopedId = (id: string): string => (isArticleScoped(id) ? id.slice(13) : id);

/** A branch or command of a state's armed forces, after the state's id: "-army", "-navy", "-central-command". */
const FORCE_BRANCH = /^-(?:army|navy|air-force|marines|[a-z]+(?:-[a-z]+)*-command)$/;

/**
 * A state's armed forces ("<state>-military"), or one of their branches or commands, keyed after the state it is
 * affiliated to ("united-states-navy", "united-states-central-command"): its acts are the state's acts of force.
 */
export const isArmedForce = (a: { id: string; affiliation?: string | null }): boolean =>
  a.id.endsWith('-military') ||
  (!!a.affiliation && a.id.startsWith(a.affiliation) && FORCE_BRANCH.test(a.id.slice(a.affiliation.length)));

/** Words of a body name as written, without a leading "the" and a possessive. */
function bodyWords(name: string): string[] {
  return name
    .replace(/[’']s$/, '')
    .split(/[\s\u00a0]+/)
    .filter(Boolean)
    .filter((w, i) => !(i === 0 && /^the$/i.test(w)));
}

const isCapitalized = (w: string) => {
  const c = /\p{L}|\p{N}/u.exec(w)?.[0];
  return !!c && (c !== c.toLowerCase() || /\p{N}/u.test(c));
};

/**
 * A word of a description rather than a name: one in lower case, not a connector; a hyphened word is one when any
 * part is ("US-led", "pro-government"), not when its lower-case part is a name's particle ("al-Ghab" in "Jaish Ahrar
 * al-Ghab", "ad-Din").
 */
const lowerCaseWord = (w: string): boolean =>
  w.split('-').some((p) => !!p && !isCapitalized(p) && !CONNECTORS.has(normalizeName(p)));

/**
 * The identity of a non-person body by its name: a proper name of two or more words is a key ("Russian Center
 * for Syrian Reconciliation"); one word (an acronym or a name the article never spelled out), a lower-case
 * description ("pro-government forces", "US-led coalition") or a name made of generic words only ("the
 * Commission", "Supreme Court") is not, and the latter joins across articles only through its state.
 */
function bodyRule(name: string): 'body name' | 'one word' | 'description' | 'generic name' {
  const words = bodyWords(name);
  if (words.some(lowerCaseWord)) return 'description';
  const keys = normalizeName(words.join(' '))
    .split(' ')
    .filter((k) => k && !CONNECTORS.has(k));
  // "La Familia": a singular article and one word are a one-word name, a short form of a longer one.
  if (keys.length === 2 && SINGULAR_ARTICLES.has(keys[0]!)) return 'one word';
  if (keys.length < 2) return 'one word';
  return keys.every((k) => GENERIC.has(k)) || isMinistryName(keys) ? 'generic name' : 'body name';
}

/**
 * "Ministry of Emergency Situations", "Emergency Situations Ministry": every state has a ministry of its portfolio,
 * so a ministry's name, whatever the portfolio, is a generic name that keys only under its state.
 */
const isMinistryName = (keys: string[]): boolean =>
  (keys[0] === 'ministry' && keys.length > 1) || keys[keys.length - 1] === 'ministry';

/** Whether a body's name is made of generic words only ("High Court", "Central Election Commission"). */
export const isGenericBodyName = (name: string): boolean => bodyRule(name) === 'generic name';

/** A generic name of a state's body keyed under the state: the state's known body so named, else state + name. */
const stateNamed = (state: string, name: string, ctx: IdentityContext) =>
  ctx.stateBody?.(state, name) ?? `${state}-${genericSuffix(name, ctx)}`;

/**
 * A generic body name of two words or more owned by a state written into it: its demonym or name before ("Kenyan
 * High Court", "Sri Lankan Electoral Commission") or "of <State>" after ("Central Election Commission of Georgia"):
 * `<state>-<name>`, the id "Kenya High Court" and a "High Court" affiliated to Kenya get. Null otherwise ("Kenyan
 * Parliament": one word, which the demonym phrases key by their own suffix; "Syrian Observatory for Human Rights").
 */
function stateGenericBody(name: string, ctx: IdentityContext): string | null {
  if (!ctx.stateOf) return null;
  const words = bodyWords(name);
  const generic = (rest: string[]) => rest.length >= 2 && bodyRule(rest.join(' ')) === 'generic name';
  const keyed = (state: string, rest: string[]) => stateNamed(state, rest.join(' '), ctx);
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    const state = ctx.stateOf(normalizeName(words.slice(0, n).join(' ')));
    if (state && generic(words.slice(n))) return keyed(state, words.slice(n));
  }
  const of = words.lastIndexOf('of');
  if (of < 2) return null;
  const after = words.slice(of + 1).filter((w, i) => !(i === 0 && /^the$/i.test(w)));
  const state = after.length <= 3 ? ctx.stateOf(normalizeName(after.join(' '))) : undefined;
  return state && generic(words.slice(0, of)) ? keyed(state, words.slice(0, of)) : null;
}

/**
 * "Juwa party", "Pheu Thai party", "Tibetan parliament-in-exile": capitalized words and a lower-case "party" or
 * "<head>-in-exile" (ingest/actors/edges.ts inExileEnd) are a body's name, read as "Juwa Party"; not a state's name
 * or demonym before it ("Kenyan party", "Afghan government-in-exile": descriptions).
 */
function capitalPartyWord(name: string, ctx: IdentityContext): string {
  const m = /^(.*\S)\s+(party|(?:government|parliament|cabinet|administration|leadership)-in-exile)$/.exec(name.trim());
  const words = m ? bodyWords(m[1]!) : [];
  if (!m || !words.length || !words.every(isCapitalized) || ctx.stateOf?.(normalizeName(m[1]!))) return name;
  return `${m[1]} ${m[2]!.replace(/^\w/, (c) => c.toUpperCase()).replace(/-exile$/, '-Exile')}`;
}

/** Parties named by their members' plural: "Social Democrats" is the "Social Democratic Party" (its last word's adjective). */
const PARTY_PLURALS: Record<string, string> = {
  democrats: 'Democratic',
  socialists: 'Socialist',
  republicans: 'Republican',
  liberals: 'Liberal',
  conservatives: 'Conservative',
  greens: 'Green',
  communists: 'Communist',
  progressives: 'Progressive',
};

/**
 * A party's name of two words or more closed by its members' plural, as its "Party" name ("Social Democrats");
 * else the words as they are ("Democratic Party of Socialists").
 */
function partyWords(words: string[]): string[] {
  const party = words.some((w) => normalizeName(w) === 'party');
  const adjective = words.length >= 2 && !party ? PARTY_PLURALS[normalizeName(words[words.length - 1]!)] : undefined;
  return adjective ? [...words.slice(0, -1), adjective, 'Party'] : words;
}

/**
 * A party's name made of party words only, after its state's name or demonym or not ("Social Democratic Party",
 * "Democratic Party of Socialists", "Maldivian Democratic Party"), a party of its own in many states: its words
 * without the state, else null.
 */
export function sharedPartyName(name: string, ctx: IdentityContext): { state?: string; rest: string[] } | null {
  const words = partyWords(bodyWords(name));
  const keys = normalizeName(words.join(' ')).split(' ');
  if (!keys.includes('party') || !ctx.stateOf) return null;
  let n = Math.min(3, words.length - 2);
  while (n >= 1 && !ctx.stateOf(normalizeName(words.slice(0, n).join(' ')))) n--;
  const state = n >= 1 ? ctx.stateOf(normalizeName(words.slice(0, n).join(' '))) : undefined;
  const rest = words.slice(Math.max(n, 0));
  const restKeys = normalizeName(rest.join(' ')).split(' ');
  return restKeys.every((k) => PARTY_WORDS.has(k) || CONNECTORS.has(k)) ? { state, rest } : null;
}

/**
 * A party of a name many states' parties share, keyed under its state: the one its name holds, else its
 * affiliation's, else the state its article placed it in (ingest/actors/acronym-homes.ts), so the Social Democratic
 * Parties of two states never share a node. `<state>-<name>`, the id a state's known body so named has; null when
 * no state is known (the name keys as before).
 */
function partyOfState(
  actor: Actor,
  ctx: IdentityContext,
  affiliation?: { id: string; global: boolean } | null,
): string | null {
  const shared = sharedPartyName(actor.name, ctx);
  if (!shared) return null;
  const owner = affiliation?.global && ctx.stateOf?.(affiliation.id.replace(/-/g, ' ')) ? affiliation.id : undefined;
  const home = actor.homeState && ctx.isKnownId(actor.homeState) ? actor.homeState : undefined;
  const state = shared.state ?? owner ?? home;
  return state ? stateNamed(state, shared.rest.join(' '), ctx) : null;
}

/** Each form of a public figure (graph/data/public-figures.json), normalised → the figure's name and its words. */
const FIGURES = new Map(
  publicFigures.figures.flatMap((f) => {
    const words = new Set([f.name, ...f.forms].flatMap((n) => normalizeName(n).split(' ')));
    return [f.name, ...f.forms].map((form) => [normalizeName(form), { name: f.name, words }] as const);
  }),
);

/**
 * The name of the public figure an actor is, when it was written with one of the figure's forms and its own name
 * agrees: the form itself ("El Chapo", "Joaquín Guzmán Loera"), or a name whose words are all the figure's
 * ("Joaquin Guzman" with the alias "El Chapo"; not his son "Joaquin Guzman Lopez").
 */
function publicFigure(actor: Actor): string | null {
  const own = normalizeName(actor.name);
  for (const form of [actor.name, ...actor.aliases]) {
    const fig = FIGURES.get(normalizeName(form));
    if (fig && (own === normalizeName(form) || own.split(' ').every((w) => fig.words.has(w)))) return fig.name;
  }
  return null;
}

/** Whether a form is a person's full name with its given name spelled out ("Barack Obama", not "B. Obama"). */
const spelled = (f: string) => {
  const p = parsePersonName(f);
  return !!p && !/^\w( |$)/.test(p.given);
};

const byRank = (forms: string[]) => forms.sort((a, b) => (nameRank(a) < nameRank(b) ? -1 : 1));

/**
 * The form of a person's name that keys it: the extractor's name, unless it starts with an initial ("B. Hussein
 * Obama") and the article also spells the given name out ("Barack Obama"), or is a title and a family name with the
 * full name of that family name among its forms ("Lawyer Kamara", "Ibrahim Sorie Kamara").
 */
function fullestForm(actor: Actor): string {
  const figure = publicFigure(actor);
  if (figure) return figure;
  if (spelled(actor.name)) return actor.name;
  // "Lawyer Kamara" beside "Ibrahim Sorie Kamara": a title and a family name, the full name of that family name.
  const titled = titledWord(actor.name);
  if (!titled && !parsePersonName(actor.name)) return actor.name;
  const full = actor.aliases.filter((a) => spelled(a) && (!titled || lastNameWord(a) === titled));
  return byRank(full)[0] ?? actor.name;
}

/**
 * A person's name cut after the middle word its article uses alone ("Peter Tamalu Kaupa", then "Tamalu said": "Peter
 * Tamalu"), the family name it goes by, when the article never uses the last word alone; the form as it is otherwise,
 * and for a public figure, a Spanish name of two surnames, a name with a generational suffix and a name written family
 * name first.
 */
export function familyNameUsed(form: string, aliases: string[]): string {
  const words = form.trim().split(/\s+/);
  const keys = words.map(normalizeName);
  if (words.length < 3 || spanishSurnames(keys) || familyNameFirst(keys.flatMap((k) => k.split(' ')))) return form;
  // "Robert F. Kennedy Jr.", then "Kennedy": the family name is the last word before a generational suffix.
  if (parsePersonName(form)?.suffix) return form;
  const alone = new Set(aliases.map(normalizeName).filter((a) => a && !a.includes(' ')));
  if (keys[keys.length - 1]!.split(' ').some((k) => alone.has(k))) return form;
  const used = keys.map((k, i) => (i > 0 && i < keys.length - 1 && alone.has(k) ? i : -1)).filter((i) => i > 0);
  return used.length === 1 ? words.slice(0, used[0]! + 1).join(' ') : form;
}

/**
 * The identity of one extracted actor. `affiliation` is the node id its affiliation resolved to, when that is a
 * cross-article node: a generic-name body ("Supreme Court") is keyed under it ("united-states" + "supreme court").
 */
export function actorIdentity(
  actor: Actor,
  articleId: string,
  ctx: IdentityContext,
  affiliation?: { id: string; global: boolean } | null,
): Identity {
  const scoped = (rule: IdentityRule): Identity => ({ id: articleScopedId(articleId, actor.id), global: false, rule });
  if (actor.anonymous) return scoped('anonymous');
  if (ctx.isKnownId(actor.id)) return { id: actor.id, global: true, rule: 'gazetteer' };
  // A public figure's form read as a body ("The SSC-Khatumo leader, Abdikadir Ahmed Aw-Ali Firdhiye, told ..."): the
  // figure, whatever kind the article's reading gave the name.
  const figure = actor.kind !== 'person' && actor.kind !== 'state' ? publicFigure(actor) : null;
  if (figure) return { id: slugify(personKey(figure) ?? figure), global: true, rule: 'full name' };
  if (actor.kind === 'person') {
    const fullest = fullestForm(actor);
    const form = publicFigure(actor) ? fullest : familyNameUsed(fullest, actor.aliases);
    const key = personKey(form);
    if (!key) return scoped(/\s/.test(actor.name.trim()) ? 'description' : 'one word');
    // "Leon Guerrero", "Núñez Feijóo": a family name of two words alone, which two people may carry.
    if (familyNameAlone(form)) return scoped('one word');
    const unfolded = slugify(unfoldedPersonKey(form) ?? key);
    return { id: slugify(key), global: true, rule: 'full name', ...(unfolded !== slugify(key) ? { unfolded } : {}) };
  }
  // A body the extractor derived from a known state ("syria-military", "russia-foreign-ministry").
  if (actor.affiliation && ctx.isKnownId(actor.affiliation) && actor.id.startsWith(`${actor.affiliation}-`))
    return { id: actor.id, global: true, rule: 'state body' };
  const led = leaderFaction(actor);
  if (led) return { id: led, global: true, rule: 'full name' };
  const crime = namedCrimeGroup(actor);
  if (crime) return { id: crime, global: true, rule: 'group name' };
  const hyphened = hyphenedAcronym(actor);
  if (hyphened) return { id: slugify(hyphened), global: true, rule: 'body name' };
  const acronymed = stateAcronym(actor, ctx);
  if (acronymed) return { id: acronymed, global: true, rule: 'state body' };
  const local = localBodyName(actor, ctx);
  if (local) return { id: slugify(bodyNameKey(local)), global: true, rule: 'body name' };
  const spelled = spelledOut(actor);
  if (spelled) return { id: slugify(bodyNameKey(spelled)), global: true, rule: 'body name' };
  const rule = bodyRule(capitalPartyWord(actor.name, ctx));
  const party = rule === 'body name' || rule === 'generic name' ? partyOfState(actor, ctx, affiliation) : null;
  if (party) return { id: party, global: true, rule: 'state body' };
  const ofState = rule === 'body name' || rule === 'generic name' ? stateGenericBody(actor.name, ctx) : null;
  if (ofState) return { id: ofState, global: true, rule: 'state body' };
  if (rule === 'body name') return { id: slugify(bodyNameKey(actor.name)), global: true, rule };
  if (rule === 'generic name' && affiliation?.global)
    return { id: stateNamed(affiliation.id, actor.name, ctx), global: true, rule: 'state + name' };
  if (rule === 'one word' && properOneWordName(actor, ctx))
    return {
      id: slugify(bodyNameKey(actor.name)),
      global: true,
      rule: actor.kind === 'group' ? 'group name' : actor.kind === 'outlet' ? 'outlet name' : 'body name',
    };
  return scoped(rule);
}

/**
 * A body serving a place, or named in its own state's language, by its English name (graph/body-translations.ts):
 * "Staatsanwaltschaft Landshut", "Landshut public prosecutor's office" and "the prosecutor's office in Landshut" are
 * all "Landshut Public Prosecutor's Office"; "Finanzmarktaufsicht" (or "FMA" with it) is "Financial Market Authority".
 * Its name decides, else its one alias that gives one (an acronym's spelled-out local name); null when none does or two
 * aliases give two.
 */
function localBodyName(actor: Actor, ctx: IdentityContext): string | null {
  const isState = (key: string) => !!ctx.stateOf?.(key);
  const isCommon = (word: string) => !!ctx.isCommonWord?.(word);
  const of = (form: string) => placeBodyName(form, isState, isCommon) ?? translatedBodyName(form);
  const own = of(actor.name);
  if (own) return own;
  const named = new Set(actor.aliases.map(of).filter((n): n is string => !!n));
  return named.size === 1 ? [...named][0]! : null;
}

/**
 * The full name an acronym-named body is spelled out by in its article ("YBS" with "Sinjar Resistance Units", an
 * acronym that does not spell its English name): its one alias that is a proper name of two words or more, not of
 * generic words only and holding no state's name. Null when there is none or more than one.
 */
function spelledOut(actor: Actor): string | null {
  if (!/^[A-Z]{2,8}$/.test(actor.name.trim())) return null;
  const full = actor.aliases.filter((a) => bodyRule(a) === 'body name');
  return full.length === 1 ? full[0]! : null;
}

/** An acronym written alone, of two to seven capitals ("MCP", "SODELPA"). */
const PLAIN_ACRONYM = /^[A-Z]{2,7}$/;

/**
 * A body its article writes by an acronym alone ("the NWA", "MCP said") and places in a known state
 * (ingest/actors/acronym-homes.ts): the state's known body of those letters when the layer above has one, else
 * `<state>-<acronym>`, so it meets the same acronym written alone in another story of that state and never another
 * state's body of those letters. A body its article also names in full keys by that name, as before: across
 * articles that name decides more often than the acronym (translations differ, and a story's state is a guess).
 */
function stateAcronym(actor: Actor, ctx: IdentityContext): string | null {
  if (!actor.homeState || !ctx.isKnownId(actor.homeState)) return null;
  const acronym = actor.name.trim();
  if (!PLAIN_ACRONYM.test(acronym) || actor.aliases.some((f) => f.trim() !== acronym)) return null;
  return ctx.stateAcronymBody?.(actor.homeState, acronym) ?? `${actor.homeState}-${slugify(acronym)}`;
}

/** Acronyms joined by hyphens: "VMRO-DPMNE", "CPN-UML", "EAJ-PNV". */
const HYPHENED_ACRONYM = /^[A-Z]{2,6}(?:-[A-Z]{2,6}){1,3}$/;

/**
 * The hyphened acronym a body goes by ("CPN-UML"), its name or its one such alias: acronyms joined so are as proper
 * as a name of several words, and parties so named are mostly written by them alone, so it keys the body, also in
 * the article that spells its name out ("Communist Party of Nepal-Unified Marxist Leninist (CPN-UML)").
 */
function hyphenedAcronym(actor: Actor): string | null {
  if (HYPHENED_ACRONYM.test(actor.name.trim())) return actor.name.trim();
  const forms = new Set(actor.aliases.map((a) => a.trim()).filter((a) => HYPHENED_ACRONYM.test(a)));
  return forms.size === 1 ? [...forms][0]! : null;
}

/** A capitalized word of four letters or more, or two hyphened ("Twirwaneho", "Mai-Mai"): no acronym, no initials. */
const PROPER_WORD = /^\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * An armed group's, a news outlet's or a firm's or public body's own one-word name, which the article reads as such
 * ("the Twirwaneho militia", "Twirwaneho fighters", "told Kloop", "according to Setopati", "Arriva, a British-owned
 * company", "Banedanmark": ingest/actors/proper-nouns.ts, outlet-names.ts) and
 * which is no word of English ("Brigade", "Rights"), no state's name or demonym and no people's or creed's
 * (data/peoples.json: "Fulani militia" is no one group): as proper as a name of two words, so it keys across
 * articles. An acronym ("KKB", "ATPE") stays in its article: another state's body or outlet may share its letters.
 */
function properOneWordName(actor: Actor, ctx: IdentityContext): boolean {
  const name = actor.name.trim();
  const kinds = actor.kind === 'group' || actor.kind === 'outlet' || actor.kind === 'organization';
  if (!kinds || !ctx.isCommonWord || !PROPER_WORD.test(name)) return false;
  const key = normalizeName(name);
  if (ctx.stateOf?.(key)) return false;
  const words = [key, ...key.split(/[\s-]+/)];
  return !words.some((w) => PEOPLES.has(w)) && !words.some((w) => ctx.isCommonWord!(w));
}

/**
 * "Salif Sadio faction", "Saifal Bhayo gang" (ingest/actors/factions.ts): a faction or gang named for its leader is
 * keyed by the leader's full name.
 */
function leaderFaction(actor: Actor): string | null {
  const m = actor.kind === 'group' ? /^(.*\S)\s+(faction|gang)$/.exec(actor.name) : null;
  const key = m ? personKey(m[1]!) : null;
  return key ? `${slugify(key)}-${m![2]}` : null;
}

/**
 * "Škaljari clan", "Arellano Félix cartel" (ingest/actors/clans.ts): a crime group named by capitalized words and a
 * lower-case head is keyed by those words, as the group's name written alone is ("the Familia Michoacana cartel" is
 * "La Familia Michoacana" of another story).
 */
function namedCrimeGroup(actor: Actor): string | null {
  const m =
    actor.kind === 'group'
      ? /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) (clan|cartel|gang)$/u.exec(actor.name)
      : null;
  return m ? slugify(bodyNameKey(m[1]!)) : null;
}

/**
 * Orders display names so every store picks the same one whatever the order articles arrive in: a name the
 * aliases file set first, then the most complete form (most words, then longest), mixed case before all
 * capitals, then code-point order. Lower sorts first.
 */
export function nameRank(name: string, pinned = false): string {
  const words = name.trim().split(/\s+/).length;
  const letters = name.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 3 && letters === letters.toUpperCase() ? 1 : 0;
  const pad = (n: number, w: number) => String(Math.max(0, n)).padStart(w, '0');
  return `${pinned ? 0 : 1}${pad(99 - words, 2)}${shouting}${pad(9999 - name.length, 4)}|${name}`;
}

/** Display name of a node from the ranks of its candidate names. */
export const betterName = (a: { name: string; rank: string }, b: { name: string; rank: string }) =>
  a.rank <= b.rank ? a : b;

/**
 * Kind of a node whose articles disagree: a fixed order, not arrival, so every order gives the same node. A person
 * stays a person when another article reads the name as a body; among bodies, outlet, then group.
 */
export const KIND_ORDER = ['state', 'person', 'outlet', 'group', 'organization'] as const;
