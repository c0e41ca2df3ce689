// Settles what the recognisers left pending once every actor of the article is known: lone surnames,
// affiliations (appositives, then titles), the publisher, and actors that turned out to be no actors (states
// only named as places, acronyms of a body named in full, names also used as places).
// In: the filled Scan and the article. Out: the registry's actors, ready for dropJunk.
import { isGenericBodyName } from '../../graph/identity.ts';
import type { ActorKind } from '../../graph/schema.ts';
import { entryById, outletByName, stateEntry, titleEntry } from '../gazetteer/index.ts';
import type { CleanDoc } from '../types.ts';
import { COMPANY_HEADS, GROUP_CUES, NOT_NAMES, ORG_CUES, OUTLET_CUES, THING_HEADS } from './lexicon.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import { slugify } from './registry.ts';
import type { Scan } from './scan.ts';
import { datelineCredit } from './dateline.ts';
import { tokenKey } from '../gazetteer/keys.ts';

/** Lone surnames and honorific names: known persons first; otherwise a person when the text says so. */
export function resolveSurnames(sc: Scan): void {
  const { reg } = sc;
  for (const p of sc.pendingSurnames) {
    const person = reg.surname(p.key, p.start, sc.text) ?? givenNameOfAppositioned(sc, p.key);
    const firm = person ? undefined : firmOfFirstWord(sc, p.key);
    if (person) reg.mention(person.id, p.start, p.end, 'alias', p.surface);
    else if (firm) reg.mention(firm.id, p.start, p.end, 'alias', p.surface);
    else if (
      p.strong &&
      !NOT_NAMES.has(p.key) &&
      !ORG_CUES.has(p.key) &&
      !GROUP_CUES.has(p.key) &&
      !THING_HEADS.has(p.key) &&
      !OUTLET_CUES.has(p.key) &&
      /^\p{Lu}\p{Ll}/u.test(p.surface)
    ) {
      const d = reg.person([p.surface], [p.key]);
      reg.mention(d.id, p.start, p.end, 'name', p.surface);
    }
  }
}

/**
 * "Havbris said" after "Havbris Foods": a lone capitalized word nobody of the article has as a name, and no word of
 * English, is the one firm of the article whose name opens with it and closes with a firm's word ("Havbris Foods",
 * "Hanxin Energy": lexicon.ts COMPANY_HEADS, no "Foundation" or "Center", which are often named after a person);
 * none when two firms open with it.
 */
function firmOfFirstWord(sc: Scan, key: string) {
  // "Federal" of "Federal Prosecutor's Office", "National": a word of English is no firm's short name.
  if (lexicalTag(key) !== null) return undefined;
  const firms = sc.reg.all().filter((d) => {
    if (d.kind !== 'organization') return false;
    const words = d.name.split(/\s+/);
    if (words.length < 2 || words.length > 4) return false;
    const keys = words.map((w) => tokenKey(w));
    const last = keys[keys.length - 1]!;
    return keys[0] === key && COMPANY_HEADS.has(last);
  });
  return firms.length === 1 ? firms[0] : undefined;
}

/**
 * "Kiros told Reuters" after "said Kiros Berhe, administrator of Tigray's Eastern Zone": a lone given name is the one
 * person of the article so named whose appositive gives a role (an appositive is said of a person only). Asked only
 * when nobody of the article has it as a surname.
 */
function givenNameOfAppositioned(sc: Scan, key: string) {
  const roled = new Set(sc.pendingAffiliations.filter((pa) => pa.role).map((pa) => pa.personId));
  const named = sc.reg.all().filter((d) => d.kind === 'person' && d.first === key && d.last !== key);
  return named.length === 1 && roled.has(named[0]!.id) ? named[0] : undefined;
}

/** Affiliations from appositives ("X, head of Y"): the body mentioned where the appositive points. */
export function resolveAppositives(sc: Scan): void {
  const { reg } = sc;
  for (const pa of sc.pendingAffiliations) {
    const person = reg.get(pa.personId);
    if (!person || person.affiliation) continue;
    // A gazetteer body used as a modifier ("the Kremlin spokesman") has no mention of its own.
    if (pa.id && !reg.has(pa.id)) {
      const e = stateEntry(pa.id) ?? entryById(pa.id);
      if (e) reg.ensure(pa.id, e.name, stateEntry(pa.id) ? 'state' : (e as { kind: ActorKind }).kind);
    }
    if (pa.id && reg.has(pa.id)) {
      person.affiliation = pa.id;
      person.roles.add(pa.role);
      continue;
    }
    // The longest mention starting there: "the Russian Center for ..." rather than "Russian".
    let target: ReturnType<typeof reg.get>;
    let best = -1;
    for (const d of reg.all()) {
      if (d.id === pa.personId) continue;
      for (const m of d.mentions) {
        if (m.start === pa.at && m.end > best) {
          best = m.end;
          target = d;
        }
      }
    }
    if (target && target.kind !== 'person') {
      person.affiliation = target.id;
      if (pa.role) person.roles.add(pa.role);
      // No body there ("the spokesman for the Helmand governor"): the role alone, when it opens the appositive.
    } else if (pa.opens && pa.role) person.roles.add(pa.role);
  }
}

/** Affiliations from titles: the body a title implies when the article names it, else the state or body before it. */
export function resolveTitles(sc: Scan): void {
  const { reg } = sc;
  for (const pt of sc.personTitles) {
    const person = reg.get(pt.personId)!;
    if (person.affiliation || !pt.base) continue;
    const base = pt.base;
    if (stateEntry(base)) {
      const bodySuffix = pt.titles.map((t) => titleEntry(t)?.body).find((b) => b && b.endsWith('-ministry'));
      const ministry = bodySuffix ? `${base}-${bodySuffix}` : null;
      person.affiliation = ministry && reg.get(ministry)?.mentions.length ? ministry : base;
      if (!reg.has(base)) reg.ensure(base, stateEntry(base)!.name, 'state');
    } else {
      person.affiliation = base;
      // A body known only from the gazetteer (a chamber implied by a party tag) joins the article's actors.
      const e = !reg.has(base) ? entryById(base) : undefined;
      if (e) reg.ensure(base, e.name, e.kind).affiliation ??= e.affiliation ?? null;
    }
  }
}

/**
 * "Kenya's High Court", "Georgia's Central Election Commission": a body with a generic name written after a state's
 * possessive is that state's (its affiliation), so it keys as the state's body in every article.
 */
export function settlePossessiveOwners(sc: Scan): void {
  const states = sc.reg.all().filter((d) => d.kind === 'state');
  for (const d of sc.reg.all()) {
    if (d.kind !== 'organization' || d.affiliation || !isGenericBodyName(d.name)) continue;
    for (const m of d.mentions) {
      const gap = /['’]s\s+(?:the\s+)?$/.exec(sc.text.slice(Math.max(0, m.start - 12), m.start));
      const at = gap ? m.start - gap[0].length : -1;
      const owner = gap && states.find((s) => s.mentions.some((x) => x.end === at));
      if (owner) {
        d.affiliation = owner.id;
        break;
      }
    }
  }
}

/** The article's publisher, an actor of its own even when the gazetteer does not know it; its id or null. */
export function publisher(sc: Scan, clean: CleanDoc): string | null {
  if (!clean.outletName) return null;
  // An outlet the gazetteer does not know (a page's og:site_name) is still the article's publisher.
  const o = outletByName(clean.outletName) ?? { id: slugify(clean.outletName), name: clean.outletName };
  const d = sc.reg.ensure(o.id, o.name, 'outlet');
  if (d.kind === 'organization' || d.kind === 'group') d.kind = 'outlet';
  return d.kind === 'outlet' ? d.id : null;
}

/** Drops states only named as places, acronyms standing for a body named in full, and names used as places. */
export function dropNonActors(sc: Scan, outlet: string | null): void {
  const { reg, text } = sc;
  // A state only ever named as a location ("fought in Ukraine") is a place, not an actor.
  const referenced = new Set(reg.all().map((d) => d.affiliation));
  for (const d of reg.all()) {
    if (d.kind !== 'state' || sc.actingStates.has(d.id) || d.id === outlet) continue;
    // A state that never acts but owns a body ("the U.S. Congress") stays as that body's state; its mentions are
    // places ("deported to the United States", "the race for the White House"), none of them its. A state its
    // government stands for ("the government said", actors/governments.ts) keeps those mentions.
    const acting = d.mentions.filter((m) =>
      sc.governmentDescriptions.some((g) => g.start === m.start && g.end === m.end),
    );
    if (referenced.has(d.id) || acting.length) d.mentions = acting;
    else reg.drop(d.id);
  }
  // An acronym used before its full name (a headline "RSF shells market" above "Rapid Support Forces") is
  // the same actor as the full name.
  // Likewise an acronym the gazetteer gives to another body ("RSF" is also Reporters Without Borders) when
  // that body's own name never appears and an actor of the article has those initials. Not the article's own
  // outlet: "MANILA (AFP) -" is the agency, whatever the Armed Forces of the Philippines are called.
  // A headline's "UNAMA says ..." may have typed the acronym a person: a person named by it alone is read alike.
  for (const d of reg.all()) {
    if (d.kind === 'state' || d.id === outlet || referenced.has(d.id) || !d.mentions.length) continue;
    if (d.kind === 'person' && (d.roles.size || d.affiliation)) continue;
    // "NEW DELHI, March 4 (PTI) India ...": a dateline's agency credit is the publisher, whatever party of those
    // letters the story names (Pakistan Tehreek-e-Insaf).
    if (d.kind === 'outlet' && d.mentions.some((m) => text[m.start - 1] === '(' && datelineCredit(text, m.start - 1)))
      continue;
    // A description the acronym's misreading drew to it ("the militant group" after the army's "SNA") is not a name.
    const named = d.mentions.filter((m) => !/^(?:the|a|an)\s/i.test(text.slice(m.start, m.end)));
    // "the opposition APC party" before "All People's Congress (APC)": the acronym and the lower-case word "party".
    const surface = named.length ? text.slice(named[0]!.start, named[0]!.end).replace(/ party$/, '') : '';
    if (!/^[A-Z]{2,6}$/.test(surface)) continue;
    if (named.some((m) => text.slice(m.start, m.end).replace(/ party$/, '') !== surface)) continue;
    const full = reg.byInitials(surface.toLowerCase(), d.id);
    if (!full) continue;
    for (const m of named) reg.mention(full.id, m.start, m.end, 'alias', surface);
    reg.drop(d.id);
  }
  // A name the text also uses as a place ("in El Fasher", "El Fasher, Sudan") is a place, not a person.
  for (const d of reg.all()) {
    if (d.kind === 'person' && !d.roles.size && !referenced.has(d.id) && sc.placeNames.has(d.name)) reg.drop(d.id);
  }
}
