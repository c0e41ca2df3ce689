// Titles and roles before a name: [entity ('s)?] title+ [qualifier] Name ("Russian Deputy Foreign Minister
// Mikhail Bogdanov", "Rep. Jim Jordan", "Special Envoy for Syria Ann Lee"). The name becomes a person with the
// titles as roles and the entity before them as the base of its affiliation. In: a View and the items from
// a title item on. Out: actors and pending affiliations on the Scan; the items consumed marked used.
import { type Hit, stateEntry } from '../gazetteer/index.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import { appositive } from './appositive.ts';
import {
  ARTICLE_PARTICLES,
  CONNECTORS,
  GIVEN_PARTICLES,
  INNER_ONLY,
  ORG_CUES,
  PORTFOLIO_WORDS,
  romanceBodyKind,
} from './lexicon.ts';
import { nicknamedPerson } from './nicknames.ts';
import { bodyAfterOf, ofSplit, personFrom, runItem } from './proper-nouns.ts';
import { isGivenName } from './role-prefix.ts';
import { slugify } from './registry.ts';
import { type Scan, stateBody } from './scan.ts';
import { adjacent, between, cueIn, isCap, isEntityItem, isStateItem, type Item, surfaceOf, type View } from './view.ts';

/** A US party-state tag right after a name: " (D-Ore.)", ", R-Texas", " (R)". */
const PARTY_TAG = /^,?\s*\(?[RDI](?:-|\))/;
/** Words that open a title's qualifier: "for Syria", "to the United States". */
const QUALIFIER_OPENERS = new Set(['for', 'to', 'of', 'at', 'on']);

/** Words a title's "of the" qualifier names as its domain, never a person: "President of the Republic". */
const OFFICE_DOMAINS = new Set(['republic', 'nation', 'union', 'federation', 'confederation', 'kingdom', 'country']);

const isTitle = (it: Item | undefined): boolean => it?.type === 'gaz' && it.hit.role === 'title';

/**
 * The first token of the last `n` words of [start, end), a hyphened word one word ("Nandi-Ndaitwah", "Kapi-Natto"
 * are one family name, so "Netumbo Nandi-Ndaitwah" is the name's last two words).
 */
function lastWordsStart(v: View, start: number, end: number, n: number): number {
  let a = end;
  for (let w = 0; w < n && a > start; w++) {
    a--;
    while (a > start && v.glued[a] && v.text[v.toks[a]!.start - 1] === '-') a--;
  }
  return a;
}

/** The first token from k on (before end) that is no portfolio word ("Irrigation Shakti ..." → "Shakti"). */
function pastPortfolioWords(v: View, k: number, end: number): number {
  const from = k;
  const joins = (j: number) => j > from && (v.keys[j] === 'and' || v.keys[j] === '&');
  while (k < end && (PORTFOLIO_WORDS.has(v.keys[k]!) || (joins(k) && PORTFOLIO_WORDS.has(v.keys[k + 1] ?? '')))) k++;
  return k;
}

/** The last portfolio word in [k, end) ("Physical Infrastructure and Transport Ramesh" → "Transport"), or k - 1. */
function lastPortfolioWord(v: View, k: number, end: number): number {
  for (let j = end - 1; j >= k; j--) if (PORTFOLIO_WORDS.has(v.keys[j]!)) return j;
  return k - 1;
}

/**
 * "Minister for Energy, Water Resources and Irrigation Shakti Bahadur Basnet": runs of portfolio words only, joined by
 * a comma or "and", are the qualifier's list; returns the index of the run after them (marking them used), else z.
 */
function pastPortfolioList(v: View, joined: Item[], z: number, used: Set<Item>): number {
  let k = z;
  const portfolio = (it: Item | undefined) => it?.type === 'run' && pastPortfolioWords(v, it.start, it.end) === it.end;
  while (portfolio(joined[k]) && joined[k + 1]?.type === 'run') {
    const gap = between(v, joined[k]!, joined[k + 1]!).join(' ');
    if (gap !== ',' && gap !== 'and' && gap !== ', and') break;
    k++;
  }
  if (k === z) return z;
  for (let j = z; j < k; j++) used.add(joined[j]!);
  return k;
}

/**
 * "Minister of Finance and Economy Davit Gogia": a title whose own form ends in a portfolio ("Minister of Finance"),
 * "and", then a run opening with another portfolio word: that word goes on the title's portfolio, so the run is
 * qualified like "Minister for Energy and Water X" (the portfolio words are cut from the name).
 */
function portfolioGoesOn(v: View, title: Item, run: Item, gap: string[]): boolean {
  if (title.type !== 'gaz' || title.hit.role !== 'title' || run.type !== 'run') return false;
  if (gap.length !== 1 || gap[0] !== 'and' || run.end - run.start < 3) return false;
  return PORTFOLIO_WORDS.has(v.keys[title.end - 1]!) && PORTFOLIO_WORDS.has(v.keys[run.start]!);
}

/** Whether a verb stands among tokens [a, b): a clause, not a title's qualifier. */
function verbBetween(v: View, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.toks[k]!.pos === 'VERB') return true;
  return false;
}

/** Reads the titles starting at item x and the name they introduce; marks what it consumed in `used`. */
export function titledName(sc: Scan, v: View, joined: Item[], x: number, used: Set<Item>): void {
  let y = x;
  const titles: string[] = [];
  // "Al Shabaab's spokesman, Sheikh Ali Dhere,", "the army's spokesman, Colonel Zipporah Kioko,": a comma, then
  // another title and the name, is the same person's.
  const next = (k: number) =>
    adjacent(v, joined[k - 1]!, joined[k]!) ||
    (k === x + 1 && between(v, joined[x]!, joined[k]!).join(' ') === ',' && joined[k + 1]?.type === 'run');
  while (y < joined.length && isTitle(joined[y]) && (y === x || next(y))) {
    titles.push((joined[y] as { hit: Hit }).hit.id);
    y++;
  }
  // "Gov. Lourdes \"Lou\" Leon Guerrero": a quoted nickname inside the name right after the title.
  const nicknamed =
    !v.headline && joined[y] && adjacent(v, joined[y - 1]!, joined[y]!)
      ? nicknamedPerson(sc, v, joined, y, used)
      : null;
  if (nicknamed) {
    for (let k = x; k < y; k++) nicknamed.roles.add(surfaceOf(v, joined[k]!.start, joined[k]!.end));
    const base = baseBefore(sc, v, joined, x);
    sc.personTitles.push({ personId: nicknamed.id, titles, base, mentionStart: v.toks[joined[y]!.start]!.start });
    return markUsed(joined, x, y, used);
  }
  // Qualifier: "for Syria", "to the United States", "for Near Eastern Affairs".
  let z = y;
  let qualified = false;
  // "a spokesman for the army, General Ahmed Ali Khalil": a comma closes the qualifier, so the run after it is a
  // whole name (or another title opens), never the qualifier's words run into a name.
  let closed = false;
  while (z < joined.length && z < y + 3) {
    const gap = between(v, joined[z - 1]!, joined[z]!);
    // "A lawmaker on Monday accused the Nepal Electricity Authority": a verb between ends the title's reach.
    if (verbBetween(v, joined[z - 1]!.end, joined[z]!.start)) return markUsed(joined, x, y, used);
    if (gap.length && QUALIFIER_OPENERS.has(gap[0]!) && gap.length <= 4) qualified = true;
    else if (z === y && portfolioGoesOn(v, joined[z - 1]!, joined[z]!, gap)) qualified = true;
    else if (gap.length && !(qualified && gap.length === 1 && gap[0] === ',')) {
      // "the spokesman for the Helmand police, said the strike hit a house in Nad Ali": a clause between the
      // qualifier and the next name ends the title's reach; only the qualifier's own words may come between.
      if (gap.length > 4 || gap.some((w) => CLAUSE_MARKS.has(w))) return markUsed(joined, x, y, used);
      break;
    }
    if (qualified && gap.at(-1) === ',') {
      closed = true;
      break;
    }
    if (joined[z]!.type === 'run') break;
    z++;
  }
  if (qualified && !closed) z = pastPortfolioList(v, joined, z, used);
  // "of Kaunia police station Abdul Matin": the place run and its unit are the qualifier's, the run after them the name.
  const skipPlace = qualified && !closed && unitBetween(v, joined[z], joined[z + 1]);
  if (skipPlace) used.add(joined[z++]!);
  const unit = skipPlace || (qualified && !closed && z > y && unitBetween(v, joined[z - 1], joined[z]));
  const nameItem = stateSurname(v, joined, z, y, used);
  if (
    !v.headline &&
    nameItem?.type === 'run' &&
    (adjacent(v, joined[z - 1]!, nameItem) || qualified) &&
    (z === y || qualified || placeOfOffice(v, joined, y, z))
  )
    titledPerson(sc, v, { joined, x, y, z, titles, qualified: qualified && !closed && !unit, nameItem }, used);
  markUsed(joined, x, y, used);
}

/**
 * "Chief Minister Punjab Maryam Nawaz", "Caretaker Chief Minister Khyber Pakhtunkhwa Muhammad Azam Khan", "Governor
 * Sindh Kamran Tessori": South Asian copy's province glued between the title and the name, with no "of"; the place
 * is the office's, the name after it the office holder's.
 */
function placeOfOffice(v: View, joined: Item[], y: number, z: number): boolean {
  const place = joined[y];
  return (
    z === y + 1 &&
    place?.type === 'gaz' &&
    place.hit.role === 'place' &&
    adjacent(v, joined[y - 1]!, place) &&
    adjacent(v, place, joined[z]!)
  );
}

/**
 * "Officer-in-Charge of Kaunia police station Abdul Matin", "Governor of Kano state Abba Kabir Yusuf", "Chairman of
 * Bakori local government Abdulkadir Ibrahim": a title's place, then one to three lower-case words of its unit (a
 * noun last), then a run of two words or more: the run is the holder's whole name, the place no person.
 */
function unitBetween(v: View, place: Item | undefined, name: Item | undefined): boolean {
  if (!place || name?.type !== 'run' || name.end - name.start < 2 || !isCap(v.toks[name.start]!)) return false;
  if (place.type !== 'run' && !(place.type === 'gaz' && place.hit.role === 'place')) return false;
  const gap = name.start - place.end;
  if (gap < 1 || gap > 3 || lexicalTag(v.keys[name.start - 1]!) !== 'NOUN') return false;
  for (let k = place.end; k < name.start; k++)
    if (!/^\p{Ll}/u.test(v.toks[k]!.text) || !/^(NOUN|ADJ)$/.test(lexicalTag(v.keys[k]!) ?? '')) return false;
  return true;
}

/**
 * Where "of" ends a titled name of two words or more before a place of one to three capitalized words ("Ibrahim Sani
 * of Bakura division", "Governor Dauda Lawal of Zamfara"): a person's name holds no "of". Else -1.
 */
function placeAfterOf(v: View, a: number, b: number): number {
  let k = a + 2;
  while (k < b && v.keys[k] !== 'of') k++;
  if (k >= b - 1 || b - k > 4) return -1;
  for (let j = k + 1; j < b; j++) if (!isCap(v.toks[j]!)) return -1;
  return k;
}

/** Words after a region's name that show the article names it as a region ("Khyber Pakhtunkhwa Police", "... province"). */
const REGION_AFTER = String.raw`\s+(?:[Pp]rovince|[Pp]rovincial|[Pp]olice|[Aa]ssembly|[Gg]overnment|[Rr]egion|[Ss]tate|[Dd]istrict)\b`;

/**
 * Where the name starts in a titled run of four words or more that opens with a region's name no gazetteer knows
 * ("Khyber Pakhtunkhwa Muhammad Azam Khan" after "Chief Minister"): at the first known given name after one to three
 * capitalized words that are neither given names nor common words, two to four words before the run's end, when the
 * article names those words as a region elsewhere ("Khyber Pakhtunkhwa Police"); else a ("Luiz Inácio Lula da Silva").
 */
function regionBeforeName(v: View, a: number, b: number): number {
  if (b - a < 4) return a;
  for (let k = a + 1; k <= Math.min(a + 3, b - 2); k++) {
    const w = v.toks[k - 1]!;
    if (!isCap(w) || isGivenName(w.text) || lexicalTag(v.keys[k - 1]!) !== null) return a;
    if (!isGivenName(v.toks[k]!.text) || b - k > 4) continue;
    const region = surfaceOf(v, a, k).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`\\b${region}${REGION_AFTER}`).test(v.text) ? k : a;
  }
  return a;
}

/** Punctuation that closes a clause between a title's qualifier and a later name. */
const CLAUSE_MARKS = new Set([',', ';', ':', '.', '(', ')', '"', '“', '”']);

/** Marks the title items [x, y) consumed. */
function markUsed(joined: Item[], x: number, y: number, used: Set<Item>): void {
  for (let k = x; k < y; k++) used.add(joined[k]!);
}

/**
 * The item after the titles, with "Rep. Jim Jordan", "Sen. Chad Georgia" read as one name: a state's one-word
 * name right after a titled given name is his surname.
 */
function stateSurname(v: View, joined: Item[], z: number, y: number, used: Set<Item>): Item | undefined {
  const nameItem = joined[z];
  const tail = joined[z + 1];
  if (
    nameItem?.type === 'run' &&
    z === y &&
    nameItem.end - nameItem.start === 1 &&
    isStateItem(tail) &&
    tail.hit.role === 'name' &&
    tail.start === nameItem.end &&
    tail.end - tail.start === 1 &&
    v.keys[tail.end] !== "'s"
  ) {
    used.add(nameItem);
    used.add(tail);
    return { type: 'run', start: nameItem.start, end: tail.end };
  }
  return nameItem;
}

interface Titled {
  joined: Item[];
  /** Items [x, y) are the titles, z the name. */
  x: number;
  y: number;
  z: number;
  titles: string[];
  qualified: boolean;
  nameItem: Item;
}

/**
 * "Governor of North Sinai Major General Abdel Fattah Harhour": a second title right before the name, after the
 * first title's qualifier, says where the name starts (the whole run); it is the person's role too. Out: that title
 * item, else undefined.
 */
function titleBeforeName(v: View, t: Titled): Item | undefined {
  const before = t.joined[t.z - 1];
  return t.qualified && t.z - 1 >= t.y && isTitle(before) && adjacent(v, before!, t.nameItem) ? before : undefined;
}

/**
 * "Secretary-General of the Presidency Abdel Fattah Harhour": the start of a name whose given name opens with a
 * particle ("Abdel", "Abu", "Abd al-"), moved back from a to that particle when it stands at floor or after.
 */
function givenParticleStart(v: View, a: number, floor: number): number {
  if (a - 1 >= floor && GIVEN_PARTICLES.has(v.keys[a - 1]!)) return a - 1;
  const joined = a - 2 >= floor && GIVEN_PARTICLES.has(v.keys[a - 2]!) && ARTICLE_PARTICLES.has(v.keys[a - 1]!);
  return joined ? a - 2 : a;
}

/**
 * "Chairman of the Ikarama Community Development Committee, Preye Ogbara, said": the person set off by commas after
 * an office's body holds the office (the title is a mention of theirs) and belongs to the body.
 */
function officeHolderAfter(sc: Scan, v: View, t: Titled, bodyId: string, used: Set<Item>) {
  const { joined, x, z, nameItem } = t;
  const next = joined[z + 1];
  if (next?.type !== 'run' || v.keys[nameItem.end] !== ',' || next.start !== nameItem.end + 1) return null;
  if (v.keys[next.end] !== ',') return null;
  const p = personFrom(sc, v, next.start, next.end);
  if (!p) return null;
  p.affiliation ??= bodyId;
  const it = joined[x]!;
  sc.reg.mention(p.id, v.toks[it.start]!.start, v.toks[it.end - 1]!.end, 'descriptor', surfaceOf(v, it.start, it.end));
  used.add(next);
  return p;
}

/**
 * "The Member of Parliament for Asante Akim Central, Kwame Boadu, has accused": after a title's qualifier (its words
 * and at most two capitalized words more), a name set off by commas is the office holder; the qualifier's words are
 * a constituency, a portfolio or a place, no person. Out: that name's run, else undefined.
 */
function nameSetOffAfter(v: View, joined: Item[], z: number): Item | undefined {
  const qualifier = joined[z]!;
  let e = qualifier.end;
  while (e < qualifier.end + 2 && v.toks[e] && v.keys[e] !== ',' && isCap(v.toks[e]!)) e++;
  if (v.keys[e] !== ',') return undefined;
  const next = joined.find((j) => j.start === e + 1);
  return next?.type === 'run' && v.keys[next.end] === ',' ? next : undefined;
}

/** The person a title introduces (or the body: "the General Staff"), with roles and the base of the affiliation. */
function titledPerson(sc: Scan, v: View, t: Titled, used: Set<Item>): void {
  const { joined, x, y, z, nameItem } = t;
  const it = joined[x]!;
  let a = nameItem.start;
  const portfolioEnd = lastPortfolioWord(v, a, nameItem.end - 2) + 1;
  const portfolioCut = t.qualified && portfolioEnd > a;
  const second = titleBeforeName(v, t);
  if (portfolioCut) a = portfolioEnd;
  else if (t.qualified && nameItem.end - a > 2 && !second) {
    a = lastWordsStart(v, nameItem.start, nameItem.end, 2);
    // "Secretary-General of the Presidency Maher al-Sharaa": a particle opens no name, the given name before it does.
    if (CONNECTORS.has(v.keys[a]!) && !INNER_ONLY.has(v.keys[a]!) && a - 1 > nameItem.start) a--;
    a = givenParticleStart(v, a, nameItem.start);
  }
  // "the President of the Republic, General X": the office's domain is no person's name.
  if (t.qualified && nameItem.end - nameItem.start === 1 && OFFICE_DOMAINS.has(v.keys[nameItem.start]!)) return;
  // "Chief Minister Khyber Pakhtunkhwa Muhammad Azam Khan": a region's name between the title and the name.
  const region = z === y && !t.qualified ? regionBeforeName(v, a, nameItem.end) : a;
  if (region > a) sc.placeNames.add(surfaceOf(v, a, region));
  a = region;
  let base = baseBefore(sc, v, joined, x);
  // "Professor Jane Roe of the University of X": the name stops at "of"; the body is her affiliation.
  const bodyCut = z === y ? ofSplit(v, a, nameItem.end, 1) : -1;
  // "DPO Ibrahim Sani of Bakura division": a person's name holds no "of"; the place after it is his post's.
  const ofCut = bodyCut < 0 && z === y ? placeAfterOf(v, a, nameItem.end) : bodyCut;
  const placeCut = ofCut !== bodyCut;
  const setOff = t.qualified && !cueIn(v, nameItem, ORG_CUES) ? nameSetOffAfter(v, joined, z) : undefined;
  // "spokesman for Amigos de Urbasa": a body named head first after the title's "for" or "of" names no person.
  const headFirst =
    !setOff && t.qualified && z === y && nameItem.end - nameItem.start > 1 && !!romanceBodyKind(v.keys, nameItem.start);
  let person = setOff
    ? personFrom(sc, v, setOff.start, setOff.end)
    : headFirst
      ? undefined
      : (otherHolder(sc, v, t, a, ofCut > 0 ? ofCut : nameItem.end) ??
        personFrom(sc, v, a, ofCut > 0 ? ofCut : nameItem.end));
  if (setOff) used.add(setOff);
  else if (person && placeCut) sc.placeNames.add(surfaceOf(v, ofCut + 1, nameItem.end));
  else if (person && ofCut > 0) bodyAfterOf(sc, v, person.id, ofCut, nameItem.end, joined, z);
  // "Emperor Naruhito at the Imperial Palace": the name ends at the first lower-case joining word.
  if (!person && z === y && ofCut < 0) {
    let k = a + 1;
    while (k < nameItem.end && !(INNER_ONLY.has(v.keys[k]!) || v.keys[k] === 'at')) k++;
    if (k < nameItem.end && /^[a-z]/.test(v.toks[k]!.text)) {
      person = personFrom(sc, v, a, k);
      if (person) runItem(sc, v, { type: 'run', start: k, end: nameItem.end }, joined, z);
    }
  }
  // "the General Staff", "the Joint Chiefs' Staff": a title word before an institution word is a body.
  if (!person && z === y && (headFirst || cueIn(v, nameItem, ORG_CUES))) {
    // "Chairman of the Ikarama Community Development Committee", "a spokesman for the Internal Security Operations
    // Command": the office's body alone, after "of the" or "for the".
    const from = v.keys[it.end] === 'of' || v.keys[it.end] === 'for' ? nameItem.start : it.start;
    const name = surfaceOf(v, from, nameItem.end);
    const d =
      base && stateEntry(base)
        ? stateBody(sc, base, slugify(name), name)
        : sc.reg.ensure(slugify(name), name, (headFirst && romanceBodyKind(v.keys, nameItem.start)) || 'organization');
    sc.reg.mention(d.id, v.toks[from]!.start, v.toks[nameItem.end - 1]!.end, 'name', name);
    used.add(nameItem);
    if (from !== it.start) person = officeHolderAfter(sc, v, t, d.id, used);
  }
  if (!person) return;
  for (let k = x; k < y; k++) person.roles.add(surfaceOf(v, joined[k]!.start, joined[k]!.end));
  if (second) {
    person.roles.add(surfaceOf(v, second.start, second.end));
    used.add(second);
  }
  // US party-state tags after a name ("Sen. Ann Lee (D-Ore.)", "Rep. Bo Park, R-Texas") place
  // senators and representatives in the US Congress.
  const nameEnd = v.toks[nameItem.end - 1]!.end;
  if (!base && PARTY_TAG.test(sc.text.slice(nameEnd, nameEnd + 6))) {
    const chamber = t.titles.includes('Senator')
      ? 'us-senate'
      : t.titles.includes('Representative')
        ? 'us-house'
        : null;
    if (chamber) base = chamber;
  }
  sc.personTitles.push({ personId: person.id, titles: t.titles, base, mentionStart: v.toks[a]!.start });
  appositive(sc, v, nameItem.end, person.id, joined, z);
  used.add(nameItem);
  // The qualifier's own words before the name ("for Near Eastern Affairs") stay a run of their own; a portfolio's
  // words name no one.
  if (t.qualified && a > nameItem.start && !portfolioCut)
    joined.splice(z, 1, { type: 'run', start: nameItem.start, end: a });
}

/** Titles of courtesy, which say nothing of an office: "Mr Meade" may be anyone of that name. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'dr', 'sir', 'dame', 'lady', 'lord', 'hon']);

/**
 * "Premier Meade extended condolences to the family of Mr Meade" after "named the dead man as Joseph Meade, 54, a
 * taxi operator": an office's title before a lone surname is the office holder, not the person of that surname the
 * article named with no word of that title anywhere near (a title, an appositive, the sentence of the name). When no
 * person of the article with that surname and a given name is so described, the titled surname is a person of its
 * own ("Premier Meade"), kept in its article; null otherwise (personFrom then reads it as before).
 */
function otherHolder(sc: Scan, v: View, t: Titled, a: number, b: number) {
  // Only a surname right after the title: "a spokesman for Minawi's faction" names no spokesman "Minawi".
  if (t.qualified || t.z !== t.y || b !== a + 1 || !/^\p{Lu}\p{Ll}/u.test(v.toks[a]!.text)) return null;
  const words = new Set<string>();
  for (let k = t.x; k < t.y; k++)
    for (let w = t.joined[k]!.start; w < t.joined[k]!.end; w++) {
      const key = v.keys[w]!.replace(/\.$/, '');
      if (/^\p{L}{3,}$/u.test(key) && !COURTESY.has(key)) words.add(key);
    }
  if (!words.size) return null;
  const same = sc.reg.all().filter((d) => d.kind === 'person' && d.last === v.keys[a] && d.first);
  if (!same.length) return null;
  const holds = (said: string) =>
    said
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => words.has(w));
  for (const d of same) {
    const roles = [...d.roles, ...sc.pendingAffiliations.filter((pa) => pa.personId === d.id).map((pa) => pa.role)];
    if (roles.some(holds) || d.mentions.some((m) => holds(sentenceAround(sc.text, m.start, m.end)))) return null;
  }
  const name = surfaceOf(v, t.joined[t.x]!.start, b);
  const d = sc.reg.ensure(slugify(name), name, 'person');
  sc.reg.mention(d.id, v.toks[t.joined[t.x]!.start]!.start, v.toks[a]!.end, 'name', name);
  return d;
}

/** The sentence of a mention, roughly: from the last sentence end or line break before it to the next after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 300), start);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s[^.!?]*$/));
  const after = text.slice(end, end + 300);
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  return before.slice(cut + 1) + text.slice(start, end) + (stop < 0 ? after : after.slice(0, stop));
}

/** The state or body named right before the titles ("Russian", "China's Foreign Ministry"), or null. */
/**
 * "Al Shabaab's spokesman", "Al Shabaab's military operations spokesman": a possessive, then up to three lower-case
 * words that qualify the title, between a body's name and its title.
 */
function ownedTitle(v: View, before: Item, it: Item): boolean {
  const words = between(v, before, it);
  if (words[0] !== "'s" || words.length > 4) return false;
  for (let k = before.end + 1; k < it.start; k++)
    if (!/^\p{Ll}/u.test(v.toks[k]!.text) || !/^(NOUN|ADJ)$/.test(v.toks[k]!.pos)) return false;
  return true;
}

function baseBefore(sc: Scan, v: View, joined: Item[], x: number): string | null {
  const it = joined[x]!;
  const before = joined[x - 1];
  // A known body's name the article read as another body ("Foreign Office" in a Pakistani story): that body.
  if (isEntityItem(before) && (adjacent(v, before, it, true) || ownedTitle(v, before, it)))
    return sc.bodyOf.get(before) ?? before.hit.id;
  // "China's Foreign Ministry spokesman X": the body found just before the title.
  if (before && sc.bodyOf.has(before) && before.end === it.start) return sc.bodyOf.get(before)!;
  return null;
}
