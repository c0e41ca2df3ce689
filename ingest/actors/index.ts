// Actors: gazetteer matches, proper-noun chunks, titles, demonym phrases and descriptions → typed actors.
// In: NlpDoc (tokens of the content blocks) + CleanDoc. Out: ActorsDoc (actors, every mention sorted by start, outlet).
//
// Each sentence is segmented (segment.ts) into gazetteer items and capitalized runs; each item then goes to the
// first recogniser that reads it: titles before a name (titles.ts), named organizations (organizations.ts),
// gazetteer entries and demonym phrases (gazetteer.ts, demonyms.ts), other proper nouns (proper-nouns.ts); then
// lower-case descriptions (descriptions.ts). resolve.ts settles what they left pending; junk.ts drops non-actors.
import { settleStateOpenedBodies } from './state-opened.ts';
import { outletHomeState } from '../gazetteer/index.ts';
import type { ActorsDoc, CleanDoc, NlpDoc } from '../types.ts';
import { datelineCityState, datelineRanges, datelineState, heldDateline } from './dateline.ts';
import { serviceOfState } from './demonyms.ts';
import { describe, resolveBodyAnaphors, resolveOutletDescriptors } from './descriptions.ts';
import { forceDescriptions, resolveForceDescriptions, settleStatelessForces, storyState } from './forces.ts';
import { settleContextAcronyms } from './context-acronyms.ts';
import { completeNames } from './fullnames.ts';
import { countryNamedBody } from './country-named-bodies.ts';
import { settleOfficePhrases } from './office-phrases.ts';
import { splitOffices } from './offices.ts';
import { gazItem } from './gazetteer.ts';
import { governmentDescriptions, resolveGovernmentDescriptions, settleLeaderGovernments } from './governments.ts';
import { ORG_CUES } from './lexicon.ts';
import { dropJunk, titleCaseSentences } from './junk.ts';
import { settleStatelessMinistries } from './ministries.ts';
import { settleMissions } from './missions.ts';
import { nationalSociety } from './national-societies.ts';
import { settleNationalBranches } from './national-branches.ts';
import { outletSlots } from './outlet-slots.ts';
import { ownOutletState } from './own-outlet.ts';
import { aliasedPerson, nicknamedPerson } from './nicknames.ts';
import { organizationAt } from './organizations.ts';
import { settleBareParliaments } from './parliaments.ts';
import { settlePartyTags } from './party-tags.ts';
import { settlePersonParties } from './parties.ts';
import { settlePolityLedBodies } from './polity-led-bodies.ts';
import { splitPossessedMentions } from './possessed.ts';
import { runItem } from './proper-nouns.ts';
import { factionsIn } from './factions.ts';
import { settleClans } from './clans.ts';
import { settleLocalAssociations } from './local-associations.ts';
import { settleAffiliatePhrases } from './branches.ts';
import { settleSpelledAcronyms } from './acronym-owners.ts';
import { settleInvaders } from './invaders.ts';
import { settleRegionGovernments } from './region-governments.ts';
import { settlePlaceBodies } from './place-bodies.ts';
import { settleRegionalBodies } from './regional-bodies.ts';
import {
  regionalGovernment,
  settleProvincialGovernments,
  settleStateDescriptions,
  settleStatePolice,
} from './regions.ts';
import {
  dropNonActors,
  publisher,
  resolveAppositives,
  resolveSurnames,
  resolveTitles,
  settlePossessiveOwners,
} from './resolve.ts';
import { newScan, pendSurname, type Scan } from './scan.ts';
import { unionLocal } from './union-locals.ts';
import { settleSharedDemonyms, settleSharedNames } from './shared-names.ts';
import { settleStateMissions } from './state-missions.ts';
import { settleBodyBranches } from './body-branches.ts';
import { settleForeignAliases, settleStatelessAliases, settleStoryOwners } from './story-owners.ts';
import { joinRuns, segment } from './segment.ts';
import { titledName } from './titles.ts';
import { cueIn, emptyView, headlineLike, type Item, type View, viewInto } from './view.ts';

export function findActors(nlp: NlpDoc, clean: CleanDoc): ActorsDoc {
  const text = nlp.text;
  const datelines = datelineRanges(text, clean);
  // No state in the dateline: a national outlet's own ("Idlib, April 24 (SANA) -" is a Syrian story), else the
  // state of the dateline's city, which only counts where the story names no state twice. No dateline and no
  // publisher known: the outlet the story cites as its own ("a local resident told 24.kg").
  // A city a de-facto authority holds ("SANAA (Saba) -") gives no state: its own media's forces are not the state's.
  const held = heldDateline(text, datelines);
  const home = held
    ? null
    : (datelineState(text, datelines) ??
      outletHomeState(clean.outletName) ??
      (datelines.length || clean.outletName ? null : ownOutletState(text)));
  const sc = newScan(text, home, home || held ? null : datelineCityState(text, datelines, clean));
  sc.heldDateline = held;
  sc.outletSlots = outletSlots(text);
  sc.ownOutlet = clean.outletName;
  sc.year = clean.publishedAt ? Number(clean.publishedAt.slice(0, 4)) || null : null;
  // The place of a wire dateline ("ADDIS ABABA (AP) —", "KYIV, Ukraine —") is where it was filed, not an actor.
  const inDateline = (at: number) => datelines.some(([a, b]) => at >= a && at < b);
  const titleCase = titleCaseSentences(nlp);
  const view = emptyView(text);
  for (let s = 0; s < nlp.sentences.length; s++) {
    const v = viewInto(view, nlp, s, headlineLike(nlp, s));
    v.titleCase = titleCase.has(s);
    let items = segment(v);
    if (datelines.length) items = items.filter((it) => !inDateline(v.toks[it.start]!.start));
    readItems(
      sc,
      v,
      joinRuns(v, items, (key, at) => sc.reg.hasSurname(key, at)),
    );
    if (!v.headline) {
      describe(sc, v);
      forceDescriptions(sc, v);
      governmentDescriptions(sc, v);
      factionsIn(sc, v);
    }
  }
  settleAffiliatePhrases(sc);
  settleStateOpenedBodies(sc);
  settleSpelledAcronyms(sc);
  splitOffices(sc);
  resolveSurnames(sc);
  settleClans(sc);
  settleNationalBranches(sc);
  settleLocalAssociations(sc);
  settlePersonParties(sc);
  settlePartyTags(sc);
  resolveAppositives(sc);
  resolveTitles(sc);
  settleOfficePhrases(sc);
  settleSharedNames(sc);
  settleSharedDemonyms(sc);
  settleMissions(sc);
  settleStateMissions(sc);
  settleStateDescriptions(sc);
  settleStatePolice(sc);
  resolveBodyAnaphors(sc);
  resolveForceDescriptions(sc);
  settleStatelessForces(sc);
  settleInvaders(sc);
  settleStatelessMinistries(sc);
  settleProvincialGovernments(sc);
  settleRegionalBodies(sc);
  settleRegionGovernments(sc);
  resolveOutletDescriptors(sc);
  splitPossessedMentions(sc);
  settlePossessiveOwners(sc);
  settleStoryOwners(sc);
  settleBodyBranches(sc);
  settleForeignAliases(sc);
  settleStatelessAliases(sc);
  resolveGovernmentDescriptions(sc);
  settleLeaderGovernments(sc);
  settleBareParliaments(sc);
  settleContextAcronyms(sc);
  settlePolityLedBodies(sc);
  settlePlaceBodies(sc);
  const outlet = publisher(sc, clean);
  dropNonActors(sc, outlet);
  completeNames(sc);
  const { actors, mentions } = sc.reg.actors();
  return {
    ...dropJunk(nlp, { actors, mentions, outlet }, titleCase),
    homeState: sc.homeState,
    storyState: storyState(sc),
  };
}

/**
 * Titles a capitalized portfolio can open: "Disaster Management Minister X", "Home Affairs Secretary Y", Kenya's
 * "Interior Cabinet Secretary X" and "Health CS Y".
 */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner', 'cabinet', 'cs']);

/**
 * Whether run x is the portfolio of the title right after it ("Disaster Management" in "Disaster Management
 * Minister Mohibur Rahman"): part of the title, no actor (a body's name with an institution word still is one).
 */
function portfolioBefore(v: View, joined: Item[], x: number): boolean {
  const it = joined[x]!;
  const next = joined[x + 1];
  return (
    next?.type === 'gaz' &&
    next.hit.role === 'title' &&
    next.start === it.end &&
    PORTFOLIO_TITLES.has(v.keys[next.start]!) &&
    !cueIn(v, it, ORG_CUES)
  );
}

/** Gives each item of a sentence to the first recogniser that reads it; a recogniser may consume the next items. */
function readItems(sc: Scan, v: View, joined: Item[]): void {
  const used = new Set<Item>();
  for (let x = 0; x < joined.length; x++) {
    const it = joined[x]!;
    if (used.has(it)) continue;
    if (!v.headline && (nicknamedPerson(sc, v, joined, x, used) || aliasedPerson(sc, v, joined, x, used))) continue;
    if (it.type === 'gaz' && it.hit.role === 'title') {
      titledName(sc, v, joined, x, used);
      continue;
    }
    // A title-case sentence (a headline ending in a period, a teaser) names no new body or person: its capitals
    // are no sign of a name ("Top Climate Group Will Run Ads."); the gazetteer and known surnames still count.
    const headline = v.headline || v.titleCase;
    if (!headline && (unionLocal(sc, v, joined, x, used) || nationalSociety(sc, v, joined, x, used))) continue;
    if (!headline && countryNamedBody(sc, v, joined, x, used)) continue;
    if (!headline && (serviceOfState(sc, v, joined, x, used) || organizationAt(sc, v, joined, x, used))) continue;
    if (!headline && regionalGovernment(sc, v, joined, x, used)) continue;
    used.add(it);
    if (it.type === 'gaz') {
      const consumed = gazItem(sc, v, it, joined, x);
      for (let y = x + 1; y < joined.length && joined[y]!.start < consumed; y++) used.add(joined[y]!);
    } else if (!headline && !portfolioBefore(v, joined, x)) runItem(sc, v, it, joined, x);
    // In a title-case headline a capitalized word is no sign of a name: only a known person's surname counts.
    else if (it.end - it.start === 1) pendSurname(sc, v, it.start, false);
  }
}
