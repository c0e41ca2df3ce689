// Local bodies named by a description and their place: "the Fisterra fishermen's guild", "the fishermen's association
// in the port of Fisterra", "the port authority of Gioia Tauro", "the Essaouira port authority". In: the Scan after
// the sentences were read. Out: one organization per place and kind, named "<Place> Fishermen's Association",
// "<Place> Port Authority", that every such description of the article mentions; the place's words are no person's.
import type { Draft } from './registry.ts';
import { slugify } from './registry.ts';
import type { Scan } from './scan.ts';
import { TOWN as PLACE, townOf } from './town-names.ts';
/** The members a local association is named for. */
const MEMBERS =
  'fishermen|fishers|farmers|growers|winegrowers|shepherds|herders|traders|merchants|shopkeepers|vendors|dockers|dockworkers|miners|boatmen|ferrymen';
/** Words for one kind of members' association, across outlets' translations (a Spanish "cofradía" is a guild). */
const ASSOCIATION = 'association|guild|cooperative|co-operative|cofradía|cofradia|brotherhood|confraternity';
const MEMBERS_ASSOCIATION = String.raw`(${MEMBERS})(?:'s|’s|'|’) (?:${ASSOCIATION})`;

/** Each pattern, the kind of body it names, and which of its groups holds the place and the members. */
const PATTERNS: Array<{ re: RegExp; kind: 'association' | 'port'; place: number; members?: number }> = [
  // "the Fisterra fishermen's guild"
  {
    re: new RegExp(String.raw`(?<![\p{L}-])(${PLACE}) ${MEMBERS_ASSOCIATION}(?![\p{L}-])`, 'gu'),
    kind: 'association',
    place: 1,
    members: 2,
  },
  // "the fishermen's association in the port of Fisterra", "the fishermen's cooperative of Essaouira"
  {
    re: new RegExp(
      String.raw`(?<![\p{L}-])${MEMBERS_ASSOCIATION} (?:in|of|at) (?:the (?:port|town|village|harbour|harbor|city) of )?(${PLACE})(?![\p{L}-])`,
      'gu',
    ),
    kind: 'association',
    place: 2,
    members: 1,
  },
  // "the port authority of Gioia Tauro"
  {
    re: new RegExp(String.raw`(?<![\p{L}-])port authority (?:of|in) (?:the port of )?(${PLACE})(?![\p{L}-])`, 'gu'),
    kind: 'port',
    place: 1,
  },
  // "the Essaouira port authority"
  { re: new RegExp(String.raw`(?<![\p{L}-])(${PLACE}) port authority(?![\p{L}-])`, 'gu'), kind: 'port', place: 1 },
];

interface Found {
  start: number;
  end: number;
  place: string;
  members: string | null;
  kind: 'association' | 'port';
}

function found(text: string): Found[] {
  const out: Found[] = [];
  for (const p of PATTERNS)
    for (const m of text.matchAll(p.re)) {
      const rawPlace = m[p.place]!;
      const members = p.members ? m[p.members]! : null;
      // A state or a known body is no town ("the Spanish port authority" is a state's).
      const town = townOf(rawPlace);
      if (!town) continue;
      const start = m[0].startsWith(rawPlace) ? m.index + town.cut : m.index;
      out.push({ start, end: m.index + m[0].length, place: town.town, members, kind: p.kind });
    }
  return out;
}

const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Records each local association and port authority the article names with its place, and every mention of it. */
export function settleLocalAssociations(sc: Scan): void {
  for (const f of found(sc.text)) {
    const name = f.kind === 'port' ? `${f.place} Port Authority` : `${f.place} ${titleCase(f.members!)}'s Association`;
    const d = sc.reg.ensure(slugify(name), name, 'organization');
    for (const other of inside(sc, f, d)) {
      // "port authority" read alone as a body of its own: the same body, with its other mentions ("the port authority said").
      if (other.kind !== 'person' && other.kind !== 'state') sc.reg.absorb(d.id, other.id);
      else {
        for (const m of other.mentions.filter((x) => x.start >= f.start && x.end <= f.end))
          sc.reg.unmention(other.id, m.start, m.end);
        if (!other.mentions.length) sc.reg.drop(other.id);
      }
    }
    sc.reg.mention(d.id, f.start, f.end, 'name', sc.text.slice(f.start, f.end));
  }
}

/** The drafts other than `d` with a mention inside the phrase. */
function inside(sc: Scan, f: Found, d: Draft): Draft[] {
  return sc.reg.all().filter((o) => o !== d && o.mentions.some((m) => m.start >= f.start && m.end <= f.end));
}
