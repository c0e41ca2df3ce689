// Disasters and accidents: "A fire tore through a garment factory", "the collapse of the Rana Plaza building", "a
// landslide at a jade mine killed 14", "part of an underground working collapsed at a coal mine", "the airliner that
// crashed". An incident of kind other whose act is a disaster (graph/incidents/manner.ts), with no party: its place,
// day and toll tell it apart. In: the view's tokens and a candidate trigger. Out: the trigger's token range, or null.
// The words are general English; each is kept only with what makes it a physical happening (a building, a vehicle, a
// mine, a toll), so "the collapse of the talks", "a landslide victory" and "opened fire" are none.
import { ARMED_NOUNS, EXPLOSIVES } from './lexicon.ts';
import type { View } from './view.ts';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Fires: what burns a place; a fire of the bush or the forest burns land, a place of nature, not a building. */
const WILD_FIRES = words('wildfire wildfires bushfire bushfires brushfire brushfires grassfire grassfires firestorm');
const FIRE_NOUNS = new Set([...words('fire fires blaze blazes inferno flames'), ...WILD_FIRES]);
/** Explosions that no bomb set off (mentions.ts tells a bomb's apart first): "a methane blast", "a gas explosion". */
const BLAST_NOUNS = words('explosion explosions blast blasts');
/** Collapses, crashes and accidents: told of a building, a vehicle or a mine. */
const WRECK_NOUNS = words(`collapse collapses crash crashes accident accidents derailment derailments capsizing cave-in
  shipwreck sinking downing collision collisions`);
/** Words right before a wreck that make it a market's or an economy's: "the stock market crash", "the market collapsed". */
const ECONOMIC = words('stock market markets economic financial currency price prices banking');
/** Disasters of nature and crowds: told with their dead or their place. */
const NATURE_NOUNS = words(`landslide landslides mudslide mudslides earthquake earthquakes quake quakes flood floods
  flooding floodwaters floodwater flash-flood flash-floods cyclone cyclones typhoon typhoons hurricane hurricanes tornado
  tornadoes tsunami eruption stampede avalanche torrent torrents rockfall rockfalls rockslide rockslides mudflow mudflows
  lahar lahars`);
/** Gerunds of nature the tagger may take for verbs: "Sunday's flooding in Clarendon". */
const NATURE_GERUNDS = words('flooding');
/** Verbs of a wreck, told of a building, a vehicle or a mine: "the roof collapsed", "a bus crashed". */
const WRECK_VERBS = words(`collapse collapses collapsed collapsing crash crashes crashed derail derails derailed
  capsize capsizes capsized overturn overturns overturned sink sinks sank sunk cave caved collide collides collided
  colliding`);

/**
 * Vehicles that run into each other: "a regional train slammed into a tractor", "a coach hit a lorry", "the bus
 * collided with a truck". A collision needs one on either side; "a truck ploughed into a crowd" is none of these.
 */
const VEHICLES = words(`train trains locomotive tram trams bus buses minibus minibuses coach coaches lorry lorries truck
  trucks tractor tractors car cars van vans jeep taxi motorcycle motorbike ferry ship vessel boat trawler tanker trailer
  wagon`);
/** Verbs of one vehicle running into another: told only with a vehicle as subject and another as object (collisionAt). */
const COLLIDE_VERBS =
  words(`slam slams slammed slamming smash smashes smashed smashing plough ploughs ploughed ploughing
  plow plows plowed ram rams rammed ramming hit hits struck strike strikes crash crashes crashed crashing collide
  collides collided colliding`);
/** Words between a collision verb and the vehicle it ran into: "crashed into the back of a lorry". */
const INTO = words('into onto with against the a an back rear side of its their another parked stationary');
/** Tokens read after a collision verb for the vehicle it hit, and before it for the one that hit it. */
const VEHICLE_SPAN = 7;
/** Tokens read back from a collision verb for its vehicle subject, over a participle's phrase set off by commas. */
const COLLIDER_SPAN = 24;

/** Verbs of a vessel going under: told at sea ("sank off Rausu", "capsized in the Nemuro Strait"), a wreck whatever sank. */
const SINK_VERBS = words('sink sinks sank sunk capsize capsizes capsized');
/** Waters a vessel sinks in: "in the Nemuro Strait", "in the Bay of Biscay". */
const SEA_WORDS = words('sea seas strait straits bay gulf channel ocean waters lagoon');
/** "the trawler went down off Galicia": a vessel or an aircraft going down, told with where. */
const GO_FORMS = words('go goes went gone going');

/**
 * "The Daini Kotoshiro Maru sank in the Nemuro Strait", "sank off Cape Finisterre": a sink verb told at sea is a
 * wreck, whatever its subject's name ("shares sank in early trading" names no sea).
 */
function sankAtSea(view: View, t: number): boolean {
  const s = view.tokens[t]!.sentence;
  for (let k = t + 1; k <= t + 6 && inSentence(view, k, s); k++) {
    const tok = view.tokens[k]!;
    if (tok.norm === 'off' && k <= t + 2) return true;
    if (SEA_WORDS.has(tok.norm) && view.tokens[t + 1]!.norm === 'in') return true;
    if (tok.pos === 'PUNCT' || tok.pos === 'VERB') return false;
  }
  return false;
}

/** "their boat went down off Hokkaido", "the plane went down near X": a site as the subject of "went down" + where. */
function wentDown(view: View, t: number): boolean {
  const { tokens } = view;
  if (tokens[t]!.pos !== 'VERB' || tokens[t + 1]?.norm !== 'down') return false;
  if (!/^(?:off|near|in|at|into|over|during)$/.test(tokens[t + 2]?.norm ?? '')) return false;
  return siteSubject(view, t);
}

/** "the heap gave way late Tuesday": a structure giving way collapses ("gave way to protests" is no collapse). */
const GIVE_FORMS = words('give gives gave given giving');

/**
 * Verbs a force of nature does to a place: "the earthquake that jolted Bener Meriah", "floods swamped May Pen". The
 * disaster's own predicate: the place after them is its place (incidents.ts placeFor).
 */
export const NATURE_VERBS = words(`jolt jolts jolted jolting rock rocks rocked rocking shake shakes shook shaking lash
  lashes lashed lashing batter batters battered battering swamp swamps swamped swamping inundate inundated inundating
  flood floods flooded submerge submerged pound pounded ravage ravaged devastate devastated rush rushes rushed rushing`);

/** Weather that floods a place: "heavy overnight rain flooded low-lying areas of X", "a downpour flooded the market". */
const RAIN_NOUNS = words(
  'rain rains rainfall rainfalls downpour downpours deluge rainstorm rainstorms storm storms cloudburst',
);
/** Verbs of a flood told of its rain: their subject must be rain ("the market was flooded with goods" is none). */
const FLOOD_VERBS = words('flood floods flooded flooding inundate inundates inundated swamp swamps swamped submerged');

/** What falls from a slope or a cliff: "tonnes of rock fell onto the coastal road", "boulders came down". */
const ROCK_NOUNS = words('rock rocks boulder boulders stones rubble');
/** Verbs of rock falling, told of a rock noun as their subject. */
const FALL_VERBS = words('fall falls fell fallen falling tumble tumbled tumbling');
/** Workings water floods: "water gushed into a gold pit", "the coal pit flooded", "the shaft filled with water". */
const WORKINGS = words('mine mines pit pits shaft shafts colliery tunnel tunnels quarry');
/** Verbs of water breaking into a working, told with water as their subject ("water gushed into a rat-hole mine"). */
const INRUSH_VERBS = words('gush gushes gushed gushing pour pours poured pouring rush rushes rushed rushing');
/** Water as the subject of an inrush or a flood verb. */
const WATER_SUBJECTS = words('water waters floodwater floodwaters seawater');
/** Tokens around a flood verb read for the working it floods. */
const WORKING_SPAN = 6;

/** A working within `span` tokens of t, in its sentence. */
function workingNear(view: View, t: number, span: number): boolean {
  const s = view.tokens[t]!.sentence;
  for (let k = t - span; k <= t + span; k++)
    if (inSentence(view, k, s) && WORKINGS.has(view.tokens[k]!.norm) && view.tokens[k]!.pos === 'NOUN') return true;
  return false;
}

/**
 * "water gushed into a gold pit", "water flooded a coal pit", "a gold pit flooded in Geita", "as coal pit floods in
 * Meghalaya": water breaking into a mine, or a mine flooding, is its disaster. A flood verb needs water before it or a
 * working right before it; "the market was flooded with goods" is none (no working), nor "flooded with applications".
 */
function workingFlooded(view: View, t: number): boolean {
  const { tokens } = view;
  const w = tokens[t]!.norm;
  if (!INRUSH_VERBS.has(w) && !FLOOD_VERBS.has(w)) return false;
  if (tokens[t + 1]?.norm === 'with') return false;
  const prev = tokens[t - 1];
  const watered = !!prev && prev.sentence === tokens[t]!.sentence && WATER_SUBJECTS.has(prev.norm);
  if (watered) return tokens[t]!.pos === 'VERB' && workingNear(view, t, WORKING_SPAN);
  if (!FLOOD_VERBS.has(w)) return false;
  // "a gold pit flooded", "coal pit floods": the working as the verb's subject, right before it.
  return !!prev && prev.sentence === tokens[t]!.sentence && WORKINGS.has(prev.norm);
}

/** Tokens read back from a fall verb for its rock subject ("tonnes of rock", "several large boulders"). */
const ROCK_SPAN = 4;

/** "tonnes of rock fell from a cliff", "rocks fell onto the road": a rock noun as the fall verb's subject. */
function rockFall(view: View, t: number): boolean {
  if (view.tokens[t]!.pos !== 'VERB') return false;
  const s = view.tokens[t]!.sentence;
  for (let k = t - 1; k >= t - ROCK_SPAN && inSentence(view, k, s); k--) {
    const tok = view.tokens[k]!;
    if (ROCK_NOUNS.has(tok.norm)) return true;
    if (!/^(?:ADJ|NUM|NOUN|DET|ADP|ADV|AUX)$/.test(tok.pos)) return false;
  }
  return false;
}

/** Nouns of a disaster, before which a name says where it was ("the Grenfell Tower fire", "Tuesday's Geeveston fire"). */
export const DISASTER_NOUNS = new Set([...FIRE_NOUNS, ...BLAST_NOUNS, ...WRECK_NOUNS, ...NATURE_NOUNS]);
DISASTER_NOUNS.delete('flames');

/** Every word that may tell a disaster (the mentions stage's one-lookup filter). */
export const DISASTER_WORDS = new Set([
  ...COLLIDE_VERBS,
  ...FLOOD_VERBS,
  ...INRUSH_VERBS,
  ...FIRE_NOUNS,
  ...BLAST_NOUNS,
  ...WRECK_NOUNS,
  ...NATURE_NOUNS,
  ...WRECK_VERBS,
  ...GIVE_FORMS,
  ...FALL_VERBS,
  ...GO_FORMS,
]);

/** Buildings, works, vehicles and vessels: what burns, collapses or crashes. */
const SITES = words(`factory factories plant mill workshop warehouse depot refinery building buildings block tower
  house houses home homes apartment apartments hotel hospital school market mall shop store restaurant bar club
  nightclub karaoke parlour parlor church mosque temple dormitory hostel prison jail mine mines colliery shaft pit
  quarry tunnel bridge footbridge dam roof ceiling wall stadium plane aircraft airliner jet helicopter bus buses minibus coach
  train trains ferry boat boats ship vessel truck trucks lorry lorries tanker vehicle car van tram carriage wagon tractor
  locomotive pipeline reactor
  well storey floor structure scaffolding`);
/**
 * Verbs that tell a fire's course right after it: "a fire broke out", "the blaze tore through", "fire gutted". They
 * are the disaster's own predicate: the place after them is its place (incidents.ts placeFor).
 */
export const FIRE_VERBS =
  words(`broke break breaks erupted erupts tore tears ripped rips swept sweeps gutted guts engulfed
  engulfs raged rages spread spreads started starts destroyed destroys razed burned burnt burns`);
/** Relative pronouns opening the clause that may tell a fire's course ("a fire that broke out"). */
const RELATIVES = words('that which');
/** Words before "fire" that make it gunfire or a weapon's: "opened fire", "artillery fire", "came under fire". */
const WEAPON_FIRE = words(`open opens opened opening exchange exchanged exchanging trade traded return returned
  returning under cross heavy artillery gun rocket mortar sniper tank enemy friendly live hostile automatic cease set
  sets setting hold holds held`);
/** Words of a toll: a disaster of nature is one when it kills or buries. */
const TOLL_WORDS = words(`killed kill kills killing dead died dies death deaths toll injured injuring wounded hurt
  drowned drown missing buried trapped victims bodies displaced homeless evacuated`);
/** Words after a disaster noun that make it a figure: "a flood of refugees", "a landslide victory". */
const FIGURES = words('of victory win vote mandate majority');
/** What a flood or a torrent is of when it is water, not a figure: "a sudden flood of meltwater", "a torrent of mud". */
const WATERS = words('water waters meltwater floodwater floodwaters mud mudflow debris sludge seawater');
/** Tokens around a trigger read for a site. */
const SITE_SPAN = 8;

const inSentence = (view: View, k: number, s: number) =>
  k >= 0 && k < view.tokens.length && view.tokens[k]!.sentence === s;

/** "a flood of meltwater from beneath a glacier", "a torrent of muddy water": a flood of water is one, no figure. */
function ofWater(view: View, t: number): boolean {
  const s = view.tokens[t]!.sentence;
  if (view.tokens[t + 1]?.norm !== 'of') return false;
  for (let k = t + 2; k <= t + 4 && inSentence(view, k, s); k++) {
    if (WATERS.has(view.tokens[k]!.norm)) return true;
    if (view.tokens[k]!.pos !== 'ADJ') return false;
  }
  return false;
}

/** A site word within `span` tokens of t, in its sentence. */
function siteNear(view: View, t: number, span: number): boolean {
  const s = view.tokens[t]!.sentence;
  for (let k = t - span; k <= t + span; k++) if (inSentence(view, k, s) && SITES.has(view.tokens[k]!.norm)) return true;
  return false;
}

/** A word of t's sentence passing `test`. */
function inSentenceOf(view: View, t: number, test: (norm: string) => boolean): boolean {
  const s = view.tokens[t]!.sentence;
  for (let k = t; inSentence(view, k, s); k--) if (test(view.tokens[k]!.norm)) return true;
  for (let k = t + 1; inSentence(view, k, s); k++) if (test(view.tokens[k]!.norm)) return true;
  return false;
}

/** A toll word in t's sentence. */
const tollIn = (view: View, t: number) => inSentenceOf(view, t, (w) => TOLL_WORDS.has(w));

/** The noun modifies the next one ("fire officials", "crash course", "flood warning") or is a figure. */
function modifierOrFigure(view: View, t: number): boolean {
  const next = view.tokens[t + 1];
  if (!next || next.sentence !== view.tokens[t]!.sentence) return false;
  // "The floods of May 2015": "of" with a date names when, no figure ("a flood of refugees").
  if (FIGURES.has(next.norm)) return !datedByOf(view, t) && !ofWater(view, t);
  return next.pos === 'NOUN' && view.chunkAt[t + 1] === view.chunkAt[t] && view.chunkAt[t]! >= 0;
}

const isNoun = (pos: string) => pos === 'NOUN' || pos === 'PROPN';

/** A word of bombs or armed men in t's sentence: a fire or blast there is violence (mentions.ts), not a disaster. */
const forceIn = (view: View, t: number) => inSentenceOf(view, t, (w) => EXPLOSIVES.has(w) || ARMED_NOUNS.has(w));

/** Verbs of fighting a fire: "teams worked to put out the fires", "firefighters battled the blaze". */
const EXTINGUISH = words(`put puts putting extinguish extinguished extinguishing douse doused dousing battle battled
  battling fight fought fighting contain contained`);

/** A fire being put out, within a few tokens before it: the fire of something told before, not news of its own. */
function extinguished(view: View, t: number): boolean {
  const s = view.tokens[t]!.sentence;
  for (let k = t - 1; k >= t - 4 && inSentence(view, k, s); k--) if (EXTINGUISH.has(view.tokens[k]!.norm)) return true;
  return false;
}

/** What a gun or a launcher fires: "police fire tear gas at vendors" is the verb, however a headline is tagged. */
const FIRED = words(`tear teargas gas bullets bullet rubber live shots shot warning rounds volleys pellets buckshot
  cannon canisters rockets missiles shells mortars grenades`);

/** "fire tear gas", "fire live rounds": the word after "fire" is what was fired, so "fire" is the verb. */
const firedAt = (view: View, t: number) => FIRED.has(view.tokens[t + 1]?.norm ?? '');

/**
 * A fire that burns a place: a site in its phrase or just before it, or a verb of its course right after it. One
 * being put out is the disaster told before, if any (after an air strike it is the strike's fire).
 */
function fireAt(view: View, t: number, told: boolean): boolean {
  const prev = view.tokens[t - 1];
  if ((prev && WEAPON_FIRE.has(prev.norm)) || forceIn(view, t) || firedAt(view, t)) return false;
  if (extinguished(view, t)) return told;
  // "caught fire" is a disaster whatever caught it.
  if (prev && /^(?:catch|catches|caught|catching)$/.test(prev.norm)) return true;
  if (courseAfter(view, t)) return true;
  // "fanned the flames of", "the flames of war": flames are a fire only told with its course.
  if (view.tokens[t]!.norm === 'flames') return false;
  // "a bushfire in southern Tasmania", "the 2017 Pedrogao Grande fire, which killed 66 people", "six people have been
  // hurt in a fire": a fire of the land told at its place, or any fire told with its dead or hurt.
  if (WILD_FIRES.has(view.tokens[t]!.norm) && natureAt(view, t)) return true;
  return tollIn(view, t) || siteNear(view, t, 6);
}

/** Auxiliaries and adverbs between a fire and its course: "a fire has destroyed", "the blaze had quickly spread". */
const BETWEEN_COURSE = /^(?:AUX|ADV|PART)$/;

/**
 * "a fire broke out", "a fire that broke out overnight at the central market", "a fire has destroyed several tents":
 * its course, right after it (past auxiliaries and adverbs) or in the relative clause that opens there.
 */
function courseAfter(view: View, t: number): boolean {
  const s = view.tokens[t]!.sentence;
  // "the 2021 Montiferru wildfire, which burned some 13,000 hectares": a relative clause past a comma too.
  const comma = view.tokens[t + 1]?.text === ',' && view.tokens[t + 2]?.norm === 'which' ? 1 : 0;
  let k = RELATIVES.has(view.tokens[t + 1 + comma]?.norm ?? '') ? t + 2 + comma : t + 1;
  while (k <= t + 4 && inSentence(view, k, s) && BETWEEN_COURSE.test(view.tokens[k]!.pos)) k++;
  return inSentence(view, k, s) && FIRE_VERBS.has(view.tokens[k]!.norm);
}

/**
 * Whether the token at t tells a disaster, and if so its token range. `told`: a disaster was found earlier in the
 * article, which a definite noun with nothing else of its own ("The accident took place late on March 14") retells.
 */
export function disasterAt(view: View, t: number, told: boolean): [number, number] | null {
  const tok = view.tokens[t]!;
  const w = tok.norm;
  if (COLLIDE_VERBS.has(w) && collisionAt(view, t)) return [t, t + 1];
  if (FLOOD_VERBS.has(w) && rainBefore(view, t)) return [t, t + 1];
  if (workingFlooded(view, t)) return [t, t + 1];
  // "A mountain of mining waste collapsed onto workers": after a disaster, a wreck verb tells it or another one.
  const wreck = WRECK_VERBS.has(w) || WRECK_NOUNS.has(w);
  if (wreck && ECONOMIC.has(view.tokens[t - 1]?.norm ?? '')) return null;
  if (WRECK_VERBS.has(w) && (tok.pos === 'VERB' || siteBefore(view, t)))
    return siteNear(view, t, SITE_SPAN) || siteSubject(view, t) || told || (SINK_VERBS.has(w) && sankAtSea(view, t))
      ? [t, t + 1]
      : null;
  if (GO_FORMS.has(w)) return wentDown(view, t) ? [t, t + 2] : null;
  if (FALL_VERBS.has(w)) return rockFall(view, t) ? [t, t + 1] : null;
  if (GIVE_FORMS.has(w)) return gaveWay(view, t) && (siteNear(view, t, SITE_SPAN) || told) ? [t, t + 2] : null;
  const noun = isNoun(tok.pos) || (NATURE_GERUNDS.has(w) && nominal(view, t));
  if (!noun || modifierOrFigure(view, t)) return null;
  // "flames destroyed dozens of stalls", "fires broke out in three districts": a fire told with its course is one.
  if (generic(view, t) && !(FIRE_NOUNS.has(w) && courseAfter(view, t))) return null;
  if (FIRE_NOUNS.has(w)) return fireAt(view, t, told) ? [t, t + 1] : null;
  if (BLAST_NOUNS.has(w)) return !forceIn(view, t) && (tollIn(view, t) || siteNear(view, t, 6)) ? [t, t + 1] : null;
  if (WRECK_NOUNS.has(w)) return siteNear(view, t, SITE_SPAN) || (told && definite(view, t)) ? [t, t + 1] : null;
  if (NATURE_NOUNS.has(w) || NATURE_GERUNDS.has(w))
    return tollIn(view, t) || siteNear(view, t, SITE_SPAN) || measured(view, t) || natureAt(view, t) || ofWater(view, t)
      ? [t, t + 1]
      : null;
  return null;
}

/** A vehicle noun at k (the tagger's noun, not "coach" the verb nor "car" in "car bomb": forceIn rules that out). */
const vehicleAt = (view: View, k: number): boolean =>
  VEHICLES.has(view.tokens[k]!.norm) && view.tokens[k]!.pos === 'NOUN';

/**
 * "A regional train slammed into a tractor", "a coach carrying pensioners crashed into the back of a lorry", "a lorry
 * that was hit by a coach": one vehicle running into another is a collision, an accident with no party. The verb
 * needs a vehicle as its subject (read back over the subject's phrase, or right before a relative "that was hit") and
 * another right after it (past "into the back of") or after the passive's "by"; nothing of bombs or armed men in the
 * sentence ("rockets slammed into a bus", "a car bomb hit the convoy" are attacks, told elsewhere).
 */
export function collisionAt(view: View, t: number): boolean {
  const { tokens } = view;
  if (tokens[t]!.pos !== 'VERB' || forceIn(view, t)) return false;
  const s = tokens[t]!.sentence;
  const passive = tokens[t + 1]?.norm === 'by' && /^(?:was|were|been|being|is|are)$/.test(tokens[t - 1]?.norm ?? '');
  let hit = false;
  for (let k = t + (passive ? 2 : 1); k <= t + VEHICLE_SPAN && inSentence(view, k, s); k++) {
    if (vehicleAt(view, k)) {
      hit = true;
      break;
    }
    if (!INTO.has(tokens[k]!.norm) && !/^(?:ADJ|NUM|NOUN|PROPN|DET)$/.test(tokens[k]!.pos)) return false;
  }
  if (!hit) return false;
  for (let k = t - 1; k >= t - COLLIDER_SPAN && inSentence(view, k, s); k--) {
    const tok = tokens[k]!;
    if (vehicleAt(view, k)) return true;
    // "a lorry that was hit by a coach": the relative's noun is the passive's subject.
    if (tok.norm === 'that' || tok.norm === 'which') return passive && k > 0 && vehicleAt(view, k - 1);
    // "The coach, carrying 41 members of a club, hit the lorry": a participle's phrase inside the subject's, set off
    // by commas or not; any other verb, a semicolon or a clause opener ends the subject.
    if (tok.pos === 'VERB' && /ing$/.test(tok.norm)) continue;
    if (tok.text === ';' || CLAUSE_OPENERS.has(tok.norm) || tok.pos === 'VERB') return false;
  }
  return false;
}

/**
 * "heavy overnight rain flooded low-lying areas", "Heavy rain floods Mombasa estates" (a headline's verb the tagger may
 * read as a plural noun): rain right before a flood verb is its subject, so the verb tells the flood.
 */
function rainBefore(view: View, t: number): boolean {
  const prev = view.tokens[t - 1];
  return !!prev && prev.sentence === view.tokens[t]!.sentence && RAIN_NOUNS.has(prev.norm);
}

/** Words that open a clause: a wreck verb's subject is read back to one. */
const CLAUSE_OPENERS = words('when as after while because since before until that which who');
/** Tokens read back from a wreck verb for its subject. */
const SUBJECT_SPAN = 16;

/**
 * "a small boat carrying migrants towards the French island of Mayotte capsized": a site word as the verb's subject,
 * however long its phrase, back to the clause's opener (a conjunction, a comma or the sentence's start).
 */
function siteSubject(view: View, t: number): boolean {
  const s = view.tokens[t]!.sentence;
  for (let k = t - 1; k >= t - SUBJECT_SPAN && inSentence(view, k, s); k--) {
    const tok = view.tokens[k]!;
    if (tok.text === ',' || tok.text === ';' || CLAUSE_OPENERS.has(tok.norm)) return false;
    if (SITES.has(tok.norm) && tok.pos === 'NOUN') return true;
  }
  return false;
}

/** "migrant boat capsizes off Anjouan": a wreck verb the tagger read as a plural noun, right after its site. */
function siteBefore(view: View, t: number): boolean {
  const [prev, next] = [view.tokens[t - 1], view.tokens[t + 1]];
  if (!prev || !SITES.has(prev.norm) || prev.sentence !== view.tokens[t]!.sentence) return false;
  return !next || next.sentence !== prev.sentence || next.pos === 'ADP' || next.pos === 'PUNCT';
}

/** Prepositions of where a force of nature struck: "the flooding in Shkoder", "floods around Obot". */
const NATURE_PREPS = words('in around across near');
/** A word opening a date, not a place: "floods in March", "the earthquake in 2010". */
const DATE_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)/;

/**
 * "the floods that have swamped villages", "the flooding in Shkoder": a force of nature told with what it did to a
 * place, or at a named place right after it.
 */
function natureAt(view: View, t: number): boolean {
  const { tokens } = view;
  const s = tokens[t]!.sentence;
  const [next, name] = [tokens[t + 1], tokens[t + 2]];
  if (next && name && name.sentence === s && NATURE_PREPS.has(next.norm) && /^[A-Z]/.test(name.text))
    return !DATE_WORD.test(name.text);
  for (let k = t + 1; k <= t + 4 && inSentence(view, k, s); k++) if (NATURE_VERBS.has(tokens[k]!.norm)) return true;
  return false;
}

/** "the magnitude 6.8 earthquake", "a 7.1-magnitude quake", "a Category 4 hurricane": a force of nature measured is one. */
function measured(view: View, t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 4) && inSentence(view, k, view.tokens[t]!.sentence); k--)
    if (/magnitude|^category$|^richter$/.test(view.tokens[k]!.norm)) return true;
  return false;
}

/** "gave way" told of what held ("the dam gave way"), not "gave way to" something else. */
function gaveWay(view: View, t: number): boolean {
  const { tokens } = view;
  return tokens[t + 1]?.norm === 'way' && tokens[t + 2]?.norm !== 'to' && tokens[t]!.pos === 'VERB';
}

/** A gerund read as a noun: after a possessive, a determiner or a preposition ("Sunday's flooding", "the flooding"). */
function nominal(view: View, t: number): boolean {
  const prev = view.tokens[t - 1];
  return !!prev && prev.sentence === view.tokens[t]!.sentence && (prev.norm === "'s" || /^(?:DET|ADP)$/.test(prev.pos));
}

/**
 * Whether the verb at v has a force of nature for its subject: "an earthquake struck Aceh", "a landslide hit the
 * mine", "the cyclone battered". Such a verb tells the disaster, never an attack by a party it names.
 */
export function natureSubject(view: View, v: number): boolean {
  const { tokens } = view;
  const s = tokens[v]!.sentence;
  let k = v - 1;
  while (inSentence(view, k, s) && /^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos)) k--;
  if (inSentence(view, k, s) && NATURE_NOUNS.has(tokens[k]!.norm)) return true;
  // "the region hardest hit by the 2004 Indian Ocean tsunami": the agent of the passive.
  if (tokens[v + 1]?.norm !== 'by') return false;
  for (let j = v + 2; j < v + 2 + AGENT_SPAN && inSentence(view, j, s) && tokens[j]!.pos !== 'PUNCT'; j++)
    if (NATURE_NOUNS.has(tokens[j]!.norm)) return true;
  return false;
}

/** Tokens after "by" read for a passive's agent ("by the 2004 Indian Ocean tsunami"). */
const AGENT_SPAN = 6;

/**
 * "Fires in crowded workshops are common": a plural with no determiner or number, and no toll in its sentence, tells
 * a kind of happening, not one ("Floods killed 20 people" is one).
 */
function generic(view: View, t: number): boolean {
  const { tokens } = view;
  if (!tokens[t]!.norm.endsWith('s') || tollIn(view, t)) return false;
  const c = view.chunkAt[t]!;
  const from = c >= 0 ? view.chunks[c]!.start : t;
  return !tokens.slice(from, t).some((k) => k.pos === 'DET' || k.pos === 'NUM');
}

/** "battling another blaze near X", "fought the fire": a fire as the object of a verb of fighting it, no clash. */
export function fightsFire(view: View, v: number): boolean {
  if (!EXTINGUISH.has(view.tokens[v]!.norm)) return false;
  const s = view.tokens[v]!.sentence;
  for (let k = v + 1; k <= v + 4 && inSentence(view, k, s); k++) {
    if (FIRE_NOUNS.has(view.tokens[k]!.norm)) return true;
    if (!/^(?:DET|ADJ|ADV|NUM)$/.test(view.tokens[k]!.pos)) return false;
  }
  return false;
}

/** A fire word in t's sentence: "Bushfire kills one ..., police suspect arson" tells one fire, its cause suspected. */
export const fireIn = (view: View, t: number): boolean => inSentenceOf(view, t, (w) => FIRE_NOUNS.has(w));

/** "the floods of May 2015", "the fire of 2019": a disaster noun dated by "of", a happening of its own. */
export const datedByOf = (view: View, t: number): boolean =>
  view.tokens[t + 1]?.norm === 'of' && DATE_WORD.test(view.tokens[t + 2]?.text ?? '');

/** "the accident", "this collapse": a noun pointing back at a happening told before. */
export function definite(view: View, t: number): boolean {
  const prev = view.tokens[t - 1];
  return !!prev && /^(?:the|this|that)$/.test(prev.norm);
}
