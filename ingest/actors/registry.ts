// The actors of one article while they are being found: ids, names, aliases, roles, affiliations and
// mentions; person names merge by surname. In: calls from the actor scan. Out: Actor[] and Mention[].
import { formalGivenName, isBurmeseName, slugify, spanishSurnames, writtenFamilyFirst } from '../../graph/names.ts';
import type { Actor, ActorKind } from '../../graph/schema.ts';
import type { Mention, MentionKind } from '../types.ts';
import { CONNECTORS } from './lexicon.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const WORD_BREAK = /[\s-]+/;
const THE_PREFIX = /^the\s+/i;
const POSSESSIVE_S = /[’']s$/;
const UPPER_FIRST = /^[A-Z]/;

export { slugify };

/** Words left out of acronyms ("United Nations Relief and Works Agency" → UNRWA). */
const ACRONYM_SKIP = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', '&']);
/**
 * Joining words of Spanish, Portuguese, French and Italian names, left out of their acronyms when written in lower
 * case ("Yacimientos de Litio Bolivianos" → YLB, "Partido de la Liberación Dominicana" → PLD); "De Beers" keeps its D.
 */
export const ROMANCE_SKIP = new Set('de del des du la las los le y e et da do dos das di della el'.split(' '));
/** Generational suffixes after a surname. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Particles that make the next name a father's ("Mohammed bin Salman": son of Salman), not a family name. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);

/** The initials of a name's words (skipping "of", "the", ...), stopping once longer than `max`. */
function initialsOf(name: string, max: number, hyphenOnce = false): string {
  let initials = '';
  // "Kuki-Chin National Front (KNF)": a hyphened word may give one letter.
  for (const w of name.split(hyphenOnce ? /\s+/ : WORD_BREAK)) {
    if (!w || ACRONYM_SKIP.has(w.toLowerCase()) || ROMANCE_SKIP.has(w)) continue;
    initials += w[0]!.toLowerCase();
    if (initials.length > max) break;
  }
  return initials;
}

/** Whether a body's name spells an acronym key ("International Security Assistance Force" → "isaf"). */
export function spellsAcronym(name: string, key: string): boolean {
  return initialsOf(name, key.length) === key || initialsOf(name, key.length, true) === key;
}

export interface Draft {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  affiliation: string | null;
  roles: Set<string>;
  mentions: Mention[];
  /** Mention spans (start * 1e7 + end) and raw surfaces already recorded. */
  spans: Set<number>;
  surfaces: Set<string>;
  /** Person names: first-name key and surname key. */
  first?: string;
  last?: string;
  /** Generational suffix key ("jr"), so "Donald Trump Jr." stays apart from "Donald Trump". */
  suffix?: string;
  /** The first middle word of a full name ("aminah" of "Siti Aminah Ismail"), so a sister stays apart. */
  middle?: string;
}

/**
 * Whether two given-name keys can name one person: equal once a short form is folded ("jim" = "james",
 * graph/names.ts), or one is the other's initial ("j" and "james"). "Mark" and "Michael" cannot.
 */
function sameGiven(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return formalGivenName(a) === formalGivenName(b);
}

/**
 * Whether two full names' middle words can name one person: one name has none ("Marzouq Ali Al-Ghanim", "Marzouq
 * Al-Ghanim"), or they agree as given names do ("George W. Bush", "George Walker Bush"). "Siti Aminah Ismail" and "Siti
 * Norhayati Ismail", "José Eduardo dos Santos" and "José Filomeno dos Santos" are two people.
 */
const sameMiddle = (a: string | undefined, b: string | undefined): boolean => !a || !b || sameGiven(a, b);

/** The first middle word of a full name's keys (particles skipped), when it has one and is no Spanish name. */
function middleWord(keys: string[], end: number, spanish: boolean): string | undefined {
  if (spanish) return undefined;
  return keys.slice(1, end).find((k) => !CONNECTORS.has(k) && /^[a-z]/.test(k));
}

/** Whether the article wrote a draft's name itself (not only the gazetteer gave it). */
const wroteName = (d: Draft) =>
  [...d.surfaces].some((f) => f.replace(THE_PREFIX, '').replace(POSSESSIVE_S, '').trim() === d.name);

export class Registry {
  private readonly drafts = new Map<string, Draft>();
  private readonly bySurname = new Map<string, Draft[]>();

  has(id: string): boolean {
    return this.drafts.has(id);
  }

  get(id: string): Draft | undefined {
    return this.drafts.get(id);
  }

  ensure(id: string, name: string, kind: ActorKind): Draft {
    let d = this.drafts.get(id);
    if (!d) {
      d = {
        id,
        name,
        kind,
        aliases: new Set(),
        affiliation: null,
        roles: new Set(),
        mentions: [],
        spans: new Set(),
        surfaces: new Set(),
      };
      this.drafts.set(id, d);
    }
    return d;
  }

  mention(id: string, start: number, end: number, kind: MentionKind, surface: string): void {
    const d = this.drafts.get(id);
    if (!d) return;
    // Spans and surfaces already seen are looked up in sets: an actor may be mentioned hundreds of times.
    const span = start * 1e7 + end;
    if (!d.spans.has(span)) {
      d.spans.add(span);
      d.mentions.push({ start, end, actorId: id, kind });
    }
    if (d.surfaces.has(surface)) return;
    d.surfaces.add(surface);
    const clean = surface.replace(THE_PREFIX, '').replace(POSSESSIVE_S, '').trim();
    if (clean && clean !== d.name) d.aliases.add(clean);
  }

  /**
   * A description of the actor at [start, end) ("president of the Senate" before a senator's name): a descriptor
   * mention, and no surface form of its name (a description is no alias another article's name may meet).
   */
  describe(id: string, start: number, end: number): void {
    const d = this.drafts.get(id);
    const span = start * 1e7 + end;
    if (!d || d.spans.has(span)) return;
    d.spans.add(span);
    d.mentions.push({ start, end, actorId: id, kind: 'descriptor' });
  }

  /** Drops the mention of `id` at [start, end) (a lone name read as another person than first thought). */
  unmention(id: string, start: number, end: number): void {
    const d = this.drafts.get(id);
    if (!d) return;
    d.spans.delete(start * 1e7 + end);
    d.mentions = d.mentions.filter((m) => m.start !== start || m.end !== end);
  }

  /**
   * The organization or group whose initials spell an acronym key ("rsf" → Rapid Support Forces), by its name or
   * a name the article wrote for it ("Armed Forces of the Philippines" for the Filipino military), if any; never
   * the draft `except` (the gazetteer's own reading of the acronym, looking for another).
   */
  byInitials(key: string, except?: string): Draft | undefined {
    if (key.length < 2) return undefined;
    for (const d of this.drafts.values()) {
      if (d.kind === 'person' || d.kind === 'state' || d.id === except) continue;
      // A state body's name is the gazetteer's ("Armed Forces of the Philippines"): it counts once the article
      // wrote it, so an agency's "AFP" is not read as the army of a story that only wrote "Philippine soldiers".
      const given = !!d.affiliation && d.id.startsWith(`${d.affiliation}-`) && !wroteName(d);
      const spells = (name: string) => spellsAcronym(name, key);
      if (!given && spells(d.name)) return d;
      for (const a of d.aliases) if (spells(a)) return d;
    }
    // An acronym the article defined for a body whatever its letters: "(SNSD)" after its name.
    const defined = this.defined.get(key);
    return defined === undefined ? undefined : this.drafts.get(defined);
  }

  /** Acronyms the article defined in parentheses after a body's name ("(SNSD)"): key → draft id. */
  readonly defined = new Map<string, string>();

  /** A person by full name; merges with a known person of the same surname and compatible first name. */
  person(tokens: string[], keys: string[]): Draft {
    // "Ferdinand Marcos Jr." is referred to as "Marcos".
    const suffixed = keys.length > 2 && NAME_SUFFIXES.has(keys[keys.length - 1]!);
    // "Lee Jae-myung" is referred to as "Lee", "Xi Jinping" as "Xi", "Tamaki Keiko" as "Tamaki": the family name comes first.
    const familyFirst = writtenFamilyFirst(keys);
    const last = familyFirst ? keys[0]! : keys[keys.length - (suffixed ? 2 : 1)]!;
    const first = familyFirst ? keys[1] : keys.length > 1 ? keys[0]! : undefined;
    const suffix = suffixed ? keys[keys.length - 1] : undefined;
    // "Mohammed bin Salman": Salman is his father's name, and a lone "Salman" ("King Salman") is the father.
    // Such a person is found by his full name only, never by the lone name after the particle.
    const particle = (tokens[tokens.length - (suffixed ? 3 : 2)] ?? '').toLowerCase();
    if (PATRONYMIC.has(particle) || PATRONYMIC.has(keys[keys.length - (suffixed ? 3 : 2)] ?? '')) {
      const name = tokens.join(' ').replace(/ - /g, '-');
      const d = this.ensure(this.freeId(slugify(name)), name, 'person');
      d.first ??= first;
      d.last ??= last;
      return d;
    }
    // "Zaw Min Htike" is not "Zaw Htike": every word of a Burmese name is the name (graph/data/burmese-names.json).
    if (keys.length >= 2 && !suffixed && isBurmeseName(keys)) return this.wholeName(tokens, first, last);
    // "Alfredo Quiroga Benavente" is "Quiroga" after: a father's surname before the mother's is the one used alone.
    const paternal = !suffix && !familyFirst && spanishSurnames(keys) ? keys[keys.length - 2]! : null;
    // Only a lone "Quiroga" told before: "Joaquín Guzmán López" is not his father "Joaquín Guzmán Loera".
    const alone = paternal ? (this.bySurname.get(paternal) ?? []).filter((p) => !p.first) : [];
    const same = [...(this.bySurname.get(last) ?? []), ...alone];
    const middle = middleWord(keys, keys.length - (suffixed ? 2 : 1), !!paternal || familyFirst);
    const hit =
      same.find(
        (p) =>
          p.suffix === suffix && (!first || !p.first || (sameGiven(p.first, first) && sameMiddle(p.middle, middle))),
      ) ??
      // A lone name nobody has as a surname: the titled person who has it as a given name, if only one.
      (keys.length === 1 ? (this.byGivenName(last) ?? this.byMiddleName(last)) : undefined) ??
      (keys.length === 2 && !suffix && !familyFirst ? this.byLeadingNames(tokens) : undefined);
    if (hit) {
      if (!hit.first && first) {
        // A surname seen first ("Nauert") now has its full name.
        hit.aliases.add(hit.name);
        hit.name = tokens.join(' ').replace(/ - /g, '-');
        hit.first = first;
      }
      hit.middle ??= middle;
      return hit;
    }
    const name = tokens.join(' ').replace(/ - /g, '-');
    const d = this.ensure(this.freeId(slugify(name)), name, 'person');
    d.first = first;
    d.last = last;
    d.suffix = suffix;
    d.middle = middle;
    this.bySurname.set(last, [...(this.bySurname.get(last) ?? []), d]);
    if (paternal && paternal !== last) this.bySurname.set(paternal, [...(this.bySurname.get(paternal) ?? []), d]);
    return d;
  }

  /** A person found by the whole name only; a lone last word still finds them. */
  private wholeName(tokens: string[], first: string | undefined, last: string): Draft {
    const name = tokens.join(' ').replace(/ - /g, '-');
    const d = this.ensure(this.freeId(slugify(name)), name, 'person');
    if (d.last) return d;
    d.first = first;
    d.last = last;
    this.bySurname.set(last, [...(this.bySurname.get(last) ?? []), d]);
    return d;
  }

  /**
   * The one titled person whose given name is `key` ("Prabowo" after "President Prabowo Subianto"; "King Salman"
   * after "Crown Prince Salman bin Abdulaziz"), else undefined. Only people the text gave a title (a titled name
   * is surely a person's) or who share their surname with another person of the article.
   */
  private byGivenName(key: string): Draft | undefined {
    const byFirst = this.all().filter(
      (d) =>
        d.kind === 'person' &&
        d.first === key &&
        d.last !== key &&
        // Or a person whose surname another person of the article shares ("Hailu Adugna" and "Gemechu Adugna"):
        // the story can only call them by their given names.
        ([...d.roles].some((r) => UPPER_FIRST.test(r) && r.length > 4) ||
          (this.bySurname.get(d.last ?? '')?.length ?? 0) > 1),
    );
    return byFirst.length === 1 ? byFirst[0] : undefined;
  }

  /**
   * "Tamalu" after "Peter Tamalu Kaupa", "Salwai" after "Charlot Salwai Tabimasmas": a lone name that is a middle word
   * of the one person of the article whose name holds it there, when nobody has it as a given name, is that person
   * (the family name the story uses; a second family name or a clan's follows it). Not in a Spanish name of two
   * surnames, whose father's surname the registry already files as one.
   */
  private byMiddleName(key: string): Draft | undefined {
    const word = slugify(key);
    if (this.all().some((d) => d.kind === 'person' && d.first === key)) return undefined;
    const holders = this.all().filter((d) => {
      const words = d.kind === 'person' && !d.suffix ? slugify(d.name).split('-') : [];
      return words.length >= 3 && words.slice(1, -1).includes(word) && !spanishSurnames(words);
    });
    return holders.length === 1 ? holders[0] : undefined;
  }

  /**
   * "Ahmad Fadhil" after "Ahmad Fadhil Zakaria": two names that open the one person of the article with a longer
   * name (a father's name after one's own, as Malay, Arabic and Somali names are written) are that person.
   */
  private byLeadingNames(tokens: string[]): Draft | undefined {
    const lead = `${slugify(tokens.join(' '))}-`;
    // Not "Jesse Jackson Jr.": a generational suffix makes the longer name another person's.
    const longer = this.all().filter((d) => d.kind === 'person' && !d.suffix && slugify(d.name).startsWith(lead));
    return longer.length === 1 ? longer[0] : undefined;
  }

  /** Whether a person with this surname was mentioned before `at`. */
  hasSurname(key: string, at: number): boolean {
    return (this.bySurname.get(key) ?? []).some((d) => d.mentions.some((m) => m.start < at));
  }

  /** A person's id: the slug, unless a body of the article already has it. */
  private freeId(id: string): string {
    return this.drafts.has(id) && this.drafts.get(id)!.kind !== 'person' ? `${id}-person` : id;
  }

  /**
   * The person a lone surname refers to: of the people with that family name, the one mentioned most often
   * before `at` (the article's subject, not a relative named once in passing: "Mutharika" after "his late
   * brother Bingu wa Mutharika" is still the president), then the most recently mentioned; else the first.
   */
  surname(key: string, at: number, text?: string): Draft | undefined {
    const list = this.bySurname.get(key);
    const fresh = text && list && list.length > 1 ? newlyNamed(list, at, text) : undefined;
    if (fresh) return fresh;
    if (!list?.length) {
      // "Prabowo" after "Prabowo Subianto": a lone given name, when exactly one person has it and nobody
      // has it as a surname (many people go by one of their names).
      // Only people the text gave a title ("President Prabowo Subianto"): a titled name is surely a person's.
      return this.byGivenName(key) ?? this.byMiddleName(key);
    }
    let best: Draft | undefined;
    let bestCount = 0;
    let bestAt = -1;
    for (const p of list) {
      const before = p.mentions.filter((m) => m.start < at);
      const last = Math.max(-1, ...before.map((m) => m.start));
      if (before.length > bestCount || (before.length === bestCount && last > bestAt)) {
        [best, bestCount, bestAt] = [p, before.length, last];
      }
    }
    return best ?? list[0];
  }

  /** Moves the mentions, roles and aliases of `fromId` to `intoId` (one actor named two ways) and drops `fromId`. */
  absorb(intoId: string, fromId: string): void {
    const into = this.drafts.get(intoId);
    const from = this.drafts.get(fromId);
    if (!into || !from || into === from) return;
    for (const m of from.mentions) this.mention(intoId, m.start, m.end, 'alias', from.name);
    for (const r of from.roles) into.roles.add(r);
    into.affiliation ??= from.affiliation;
    for (const d of this.drafts.values()) if (d.affiliation === fromId) d.affiliation = intoId;
    this.drafts.delete(fromId);
  }

  /** Gives a draft a longer name and the id of that name; into the actor of that id when there is one already. */
  rename(id: string, name: string): void {
    const d = this.drafts.get(id);
    if (!d) return;
    const next = slugify(name);
    if (next === id) return;
    if (this.drafts.has(next)) return this.absorb(next, id);
    d.aliases.add(d.name);
    d.name = name;
    d.id = next;
    for (const m of d.mentions) m.actorId = next;
    for (const x of this.drafts.values()) if (x.affiliation === id) x.affiliation = next;
    this.drafts.delete(id);
    this.drafts.set(next, d);
  }

  /**
   * Moves some mentions of `fromId` to `toId` with the surfaces written there; an actor left with no mention is
   * dropped and what was affiliated to it goes to `toId`, unless `keep` (it stays as an affiliation).
   */
  transfer(fromId: string, toId: string, moved: Mention[], text: string, keep = false): void {
    const from = this.drafts.get(fromId);
    if (!from || !this.drafts.has(toId) || fromId === toId) return;
    const gone = new Set(moved);
    from.mentions = from.mentions.filter((m) => !gone.has(m));
    from.spans = new Set(from.mentions.map((m) => m.start * 1e7 + m.end));
    for (const m of moved) {
      const surface = text.slice(m.start, m.end);
      this.mention(toId, m.start, m.end, m.kind, surface);
      from.aliases.delete(surface.replace(THE_PREFIX, '').replace(POSSESSIVE_S, '').trim());
    }
    if (from.mentions.length || keep) return;
    for (const d of this.drafts.values()) if (d.affiliation === fromId) d.affiliation = toId;
    this.drafts.delete(fromId);
  }

  drop(id: string): void {
    this.drafts.delete(id);
  }

  all(): Draft[] {
    return [...this.drafts.values()];
  }

  actors(): { actors: Actor[]; mentions: Mention[] } {
    const mentions: Mention[] = [];
    const actors: Actor[] = [];
    for (const d of this.drafts.values()) {
      d.mentions.sort((a, b) => a.start - b.start);
      mentions.push(...d.mentions);
      d.aliases.delete(d.name);
      const affiliation =
        d.affiliation && d.affiliation !== d.id && this.drafts.has(d.affiliation) ? d.affiliation : null;
      actors.push({
        id: d.id,
        name: d.name,
        kind: d.kind,
        aliases: [...d.aliases],
        anonymous: false,
        affiliation,
        mentions: d.mentions.map((m) => [m.start, m.end] as [number, number]),
        ...(d.roles.size ? { roles: [...d.roles] } : {}),
      });
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return { actors, mentions };
  }
}

/** How far (characters) after a full name a lone surname may still point back at it. */
const NEWLY_NAMED_REACH = 300;

const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mme|Dr)\.?\s+$/;

/** A kinship word right before a name: "his late brother Bingu wa Mutharika" names a relative in passing. */
const KIN_BEFORE =
  /\b(?:brother|sister|son|daughter|wife|husband|father|mother|uncle|aunt|cousin|nephew|niece|widow|late)(?:\s+of)?,?\s+$/i;

/**
 * Of several people sharing a surname, the one the text named in full last, when that full name comes after every
 * mention of the others, close before the lone surname, and not as a relative in passing, over others named a few
 * times: "Brig. Gen. Romeo Dizon said C ... Lt. Col. Ernesto Dizon said D. Dizon, who is not related to the brigade
 * commander, said E" is Ernesto.
 */
function newlyNamed(list: Draft[], at: number, text: string): Draft | undefined {
  let latest: Draft | undefined;
  let latestAt = -1;
  for (const p of list)
    for (const m of p.mentions)
      if (m.kind === 'name' && m.start < at && m.start > latestAt) [latest, latestAt] = [p, m.start];
  if (!latest || at - latestAt > NEWLY_NAMED_REACH || KIN_BEFORE.test(text.slice(Math.max(0, latestAt - 30), latestAt)))
    return undefined;
  // "Mr. Clinton" after "Hillary Clinton": an honorific says whom; left to the rules that read it.
  if (HONORIFIC_BEFORE.test(text.slice(Math.max(0, at - 6), at))) return undefined;
  // Not over the article's subject, named again and again ("Trump" after "Ivanka Trump, his daughter, noted").
  for (const p of list) {
    // The same given name twice ("Brent Bozell", "L. Brent Bozell III") is one person named two ways.
    if (p === latest || (p.first && latest.first && sameGiven(p.first, latest.first))) continue;
    const before = p.mentions.filter((m) => m.start < at);
    if (before.length > 3 || before.some((m) => m.start > latestAt)) return undefined;
  }
  return latest;
}
