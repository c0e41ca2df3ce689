// Crime groups named for a family or a place: "the Škaljari clan", "the Arellano Félix drug cartel", "the Surace
// family" of a mafia story. In: the Scan after surnames are resolved. Out: one group per name ("<Name> clan",
// "<Name> cartel", "<Name> gang"), and "the <Surname> family" no mention of a person of that surname (a victim's
// family speaks for itself, it is not the victim).
import { keysOf } from '../gazetteer/keys.ts';
import { matchAt } from '../gazetteer/index.ts';
import type { Draft } from './registry.ts';
import { slugify } from './registry.ts';
import type { Scan } from './scan.ts';

/** A name of one to three capitalized words ("Surace", "Arellano Félix", "Santapaola-Ercolano"). */
const WORD = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*`;
/** The name, a crime word between it and the head, and the head, written in lower case. */
const NAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(${WORD}(?: ${WORD}){0,2}) (?:(drug|crime|criminal|mafia|mob|smuggling|trafficking) )?(clan|cartel|gang|family)(?![\p{L}\p{N}-])`,
  'gu',
);
/** Words that open a sentence or a title, never a crime group's name. */
const NOT_NAME = new Set(
  'the a an this that these those my your his her their its our every each no any some another one whose which what rival local powerful notorious former'.split(
    ' ',
  ),
);

/** A story about organised crime: only there is a family or a clan a crime group. */
const CRIME =
  /\b(?:mafias?|mafiosi|mafioso|mob(?:ster)?s?|'?[’']?ndrangheta|camorra|cosa nostra|yakuza|cartels?|organi[sz]ed crime|crime (?:family|families|syndicates?|groups?|bosses?)|drug[- ]traffick\w*|cocaine|extortion|racketeering|protection money)\b/i;

/** Words before "of the X family" that make the family a crime group's ("jailed members of the X family"). */
const MEMBERS_OF = /\b(?:members?|boss|bosses|head|leaders?|capo|affiliates?|associates?|lieutenants?)\s+of\s+the\s+$/i;
/** A crime group's word right before ", the X family": the family is that group in apposition. */
const GROUP_BEFORE = /\b(?:clan|cartel|gang|mafia|syndicate|ndrangheta|camorra|cosa nostra)\s*,\s*(?:the\s+)?$/i;
/** A sentence that tells of victims: its "members of the X family" are the victims' family. */
const VICTIMS = /\b(?:killed|shot|murdered|dead|died|victims?|mourn\w*|funeral|kidnapped|abducted|missing|injured)\b/i;

interface Named {
  /** The name as written, its first character and the head's last. */
  name: string;
  start: number;
  end: number;
  nameEnd: number;
  head: string;
  key: string;
}

/** Every "<Name> clan|cartel|gang|family" of the text, its name no known state, body or demonym. */
function namedGroups(text: string): Named[] {
  const out: Named[] = [];
  for (const m of text.matchAll(NAMED)) {
    let name = m[1]!;
    let start = m.index;
    // "The Radović family", "Rival Kavač clan": an opening word is no part of the name.
    const words = name.split(' ');
    while (words.length > 1 && NOT_NAME.has(words[0]!.toLowerCase())) {
      start += words[0]!.length + 1;
      words.shift();
    }
    name = words.join(' ');
    if (NOT_NAME.has(name.toLowerCase())) continue;
    const keys = keysOf(name);
    const known = keys.length ? matchAt(keys, 0) : null;
    if (known && known.end === keys.length && known.hits.some((h) => h.role !== 'place')) continue;
    out.push({
      name,
      start,
      end: m.index + m[0].length,
      nameEnd: start + name.length,
      head: m[3]!,
      key: keys.join(' '),
    });
  }
  return out;
}

/** The person drafts with a mention outside the spans `inside` ([start, end) pairs), by surname key. */
function namedPeople(sc: Scan, inside: Array<[number, number]>): Map<string, Draft[]> {
  const bySurname = new Map<string, Draft[]>();
  const within = (s: number, e: number) => inside.some(([a, b]) => a <= s && e <= b);
  for (const d of sc.reg.all()) {
    if (d.kind !== 'person' || !d.mentions.some((m) => !within(m.start, m.end))) continue;
    const key = keysOf(d.name).slice(-1)[0];
    if (!key) continue;
    bySurname.set(key, [...(bySurname.get(key) ?? []), d]);
  }
  return bySurname;
}

/** Drops every person mention inside [start, end), and a person left with no mention. */
function clearPeople(sc: Scan, start: number, end: number): void {
  for (const d of sc.reg.all()) {
    if (d.kind !== 'person') continue;
    for (const m of d.mentions.filter((x) => x.start >= start && x.end <= end && x.kind !== 'pronoun'))
      sc.reg.unmention(d.id, m.start, m.end);
    if (!d.mentions.length) sc.reg.drop(d.id);
  }
}

/** Whether a body already holds a mention over the head of [start, end) (the gazetteer's "Sinaloa cartel"). */
const bodyOver = (sc: Scan, n: Named) =>
  sc.reg
    .all()
    .some(
      (d) =>
        d.kind !== 'person' &&
        d.mentions.some((m) => m.start < n.end && n.start < m.end && (m.start < n.start || m.end > n.nameEnd)),
    );

/** The group (no other body) read from the name alone ("Arellano Felix" before "cartel"), whose mentions go over. */
function nameOnlyGroups(sc: Scan, n: Named): Draft[] {
  return sc.reg
    .all()
    .filter((d) => d.kind === 'group' && d.mentions.some((m) => m.start >= n.start && m.end <= n.nameEnd));
}

/** Records the crime groups of the article and takes "the <Surname> family" from the person of that surname. */
export function settleClans(sc: Scan): void {
  const text = sc.text;
  const found = namedGroups(text).filter((n) => !bodyOver(sc, n));
  if (!found.length) return;
  const crime = CRIME.test(text);
  const people = namedPeople(
    sc,
    found.map((n) => [n.start, n.end]),
  );
  // "the Surace clan" ... "the Surace family": a family the article also calls a clan or a cartel is that group.
  const groups = new Map<string, string>();
  for (const n of found) {
    if (n.head === 'family' || (!crime && n.head === 'clan')) continue;
    if (!groups.has(n.key)) groups.set(n.key, `${n.name} ${n.head}`);
  }
  for (const n of found) {
    clearPeople(sc, n.start, n.nameEnd);
    const read = nameOnlyGroups(sc, n);
    const group =
      groups.get(n.key) ?? (n.head === 'family' && familyIsGroup(text, n, crime, people) ? `${n.name} clan` : null);
    if (!group) continue;
    const d = sc.reg.ensure(slugify(group), group, 'group');
    sc.reg.mention(d.id, n.start, n.end, 'name', text.slice(n.start, n.end));
    // "Arellano Felix" read as a group of its own: the name is the cartel's, each of its mentions the cartel's.
    for (const r of read) {
      if (r.id === d.id) continue;
      for (const m of r.mentions.filter((x) => x.start >= n.start && x.end <= n.nameEnd))
        sc.reg.unmention(r.id, m.start, m.end);
      if (r.mentions.length) sc.reg.absorb(d.id, r.id);
      else sc.reg.drop(r.id);
    }
  }
}

/**
 * "the X family" of a crime story names a crime group when it is a crime family ("the X crime family"), stands in
 * apposition to a group ("a local 'Ndrangheta clan, the Surace family") or has members, bosses or associates, and no
 * person of the story bears the name (then it is that person's family) nor does its sentence tell of victims.
 */
function familyIsGroup(text: string, n: Named, crime: boolean, people: Map<string, Draft[]>): boolean {
  if (!crime || people.has(n.key.split(' ').slice(-1)[0]!)) return false;
  const written = text.slice(n.nameEnd, n.end);
  if (/^ (?:crime|criminal|mafia|mob) family$/.test(written)) return true;
  const before = text.slice(Math.max(0, n.start - 60), n.start);
  if (GROUP_BEFORE.test(before)) return true;
  if (!MEMBERS_OF.test(before)) return false;
  const from = Math.max(text.lastIndexOf('.', n.start), text.lastIndexOf('\n', n.start)) + 1;
  const to = text.indexOf('.', n.end);
  return !VICTIMS.test(text.slice(from, to < 0 ? text.length : to));
}
