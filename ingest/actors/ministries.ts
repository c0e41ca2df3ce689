// A ministry written without its state after the article named one ("the Ministry of Defense of Armenia said ...
// the Ministry added", "The Ministry of Defense has informed", "Defense Ministry spokesperson"): the state's
// ministry named before, not a body of its own. In: the scan after anaphora. Out: such drafts folded into it.
import { storyState } from './forces.ts';
import { MINISTRIES, portfolioMinistry } from './lexicon.ts';
import type { Draft } from './registry.ts';
import { type Scan, stateBody } from './scan.ts';

/**
 * The [id suffix, label] a stateless ministry name stands for (["defense-ministry", "Defense Ministry"],
 * lexicon.ts portfolioMinistry), ['', ''] for a bare "Ministry", else null.
 */
function ministryOf(name: string): [string, string] | null {
  const words = name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/,/g, ' ,')
    .split(/\s+/);
  if (words.length === 1 && words[0] === 'ministry') return ['', ''];
  return portfolioMinistry(words);
}

const firstAt = (d: Draft) => Math.min(...d.mentions.map((m) => m.start));

/**
 * The state ministry a stateless one stands for: of those named before it with that portfolio (any ministry for a
 * bare "the Ministry"), the one the article named first, its own source ("citing the Ministry of Defense of
 * Azerbaijan ... According to the Ministry" after the other side's ministry was cited).
 */
function namedBefore(sc: Scan, d: Draft | null, suffix: string, at = d ? firstAt(d) : 0): Draft | null {
  const states = sc.reg
    .all()
    .filter((s) => s !== d && s.mentions.length && !!s.affiliation && s.id.startsWith(`${s.affiliation}-`))
    .filter((s) => (suffix ? s.id.endsWith(`-${suffix}`) : s.id.endsWith('-ministry')) && firstAt(s) < at);
  return states.sort((a, b) => firstAt(a) - firstAt(b))[0] ?? null;
}

/**
 * Britain's ministries are in the gazetteer under forms every state's can take ("MoD", "Ministry of Defence", the
 * "Foreign Office" Pakistan's press writes for its own): written only so, in an article that names another state's
 * ministry of that portfolio and not Britain, it is that ministry (the one named first: "MoD:" over an Azerbaijani
 * agency's story citing Baku's ministry), else the story state's.
 */
interface GenericMinistry {
  id: string;
  forms: Set<string>;
  suffix: string;
  label: string;
}
const UK = 'united-kingdom';
const GENERIC_UK: GenericMinistry[] = [
  {
    id: 'uk-ministry-of-defence',
    forms: new Set(['mod', 'ministry of defence']),
    suffix: 'defense-ministry',
    label: 'Defense Ministry',
  },
  {
    id: 'uk-foreign-office',
    forms: new Set(['foreign office']),
    suffix: 'foreign-ministry',
    label: 'Foreign Ministry',
  },
];

function genericUkMinistry(sc: Scan, g: GenericMinistry): void {
  ofState(sc, g);
  const d = sc.reg.get(g.id);
  // A story naming Britain, or filed from it ("LONDON (AP) - The Foreign Office said"), keeps Britain's.
  if (!d || sc.reg.has(UK) || sc.homeState === UK || sc.cityState === UK) return;
  const written = d.mentions.map((m) => sc.text.slice(m.start, m.end).replace(/^the\s+/i, ''));
  // "Ministry of Defense" is the same form in American spelling; the article's own acronym for it ("MIDE") goes along.
  const generic = (f: string) => g.forms.has(f.toLowerCase().replace(/\bdefense\b/, 'defence'));
  if (!written.some(generic) || !written.every((f) => generic(f) || /^[A-Z]{2,6}$/.test(f))) return;
  const into = namedBefore(sc, d, g.suffix, sc.text.length) ?? storyMinistry(sc, g);
  if (into) sc.reg.transfer(d.id, into.id, [...d.mentions], sc.text);
}

/**
 * "the Ministry of Defence" in a story about another state that names no defence ministry and not Britain (a Sahrawi
 * agency's communiqué from the camps, a Kenyan paper's story): the story state's.
 */
function storyMinistry(sc: Scan, g: GenericMinistry): Draft | null {
  const state = storyState(sc);
  return state && state !== UK ? stateBody(sc, state, g.suffix, g.label) : null;
}

/**
 * A portfolio's ministry with no state in an article filed from a state that names no state's ministry of that
 * portfolio before it ("CULIACAN, Mexico (AFP) - ... the Defense Ministry said"; "TASHKENT (Xinhua) - ... the
 * country's Emergency Situations Ministry said ... Kazakhstan's Ministry of Emergency Situations sent rescuers"):
 * the dateline state's.
 */
function datelineMinistry(sc: Scan, [suffix, label]: [string, string], at: number): Draft | null {
  // With no dateline, the state the story is about ("Twelve soldiers of the Defence and Security Forces ... the
  // Ministry of National Defence" in a Niamey paper's story about Niger).
  const state = sc.homeState ?? storyState(sc);
  if (!suffix || !state) return null;
  const other = (s: Draft) => !!s.affiliation && s.id === `${s.affiliation}-${suffix}` && s.affiliation !== state;
  if (sc.reg.all().some((s) => other(s) && s.mentions.length && firstAt(s) < at)) return null;
  return stateBody(sc, state, suffix, label);
}

/**
 * "In neighbouring Tajikistan, the Ministry of Emergency Situations said": a stateless ministry after a sentence's
 * opening "In <State>," is that state's. The state, or null.
 */
function framedState(sc: Scan, d: Draft): string | null {
  const at = firstAt(d);
  const before = sc.text.slice(Math.max(0, at - 60), at);
  const m = /(?:^|[.!?]["”]?\s+|\n)In\s+(?:\p{Ll}+\s+)?[^,.;\n]+(,\s+(?:the\s+)?)$/u.exec(before);
  if (!m) return null;
  const end = at - m[1]!.length;
  const state = sc.reg.all().find((s) => s.kind === 'state' && s.mentions.some((x) => x.end === end));
  return state?.id ?? null;
}

/** A word of a ministry's name written in lower case or capitalized ("defence" → "[Dd]efence"). */
const eitherCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;

/**
 * "the defence ministry", "The Defence Ministry said" (a sentence no recogniser read), "the ministry of national
 * defence": a portfolio's ministry with no state, not "the Defence Ministry of Azerbaijan".
 */
const LOWER_MINISTRY = new RegExp(
  `\\b[Tt]he (${MINISTRIES.filter(([w]) => w.includes('ministry'))
    .map(([w]) => w.map(eitherCase).join(' '))
    .join('|')})\\b(?![ \\u00a0]+(?:of\\b|\\p{Lu}))`,
  'gu',
);

/**
 * A portfolio's ministry no recogniser read ("The defence ministry said"): the state's
 * ministry of that portfolio named before it, else the story state's (a Niger story filed from Istanbul is Niger's).
 */
function lowerCaseMinistries(sc: Scan, taken: Set<number>): void {
  let state: string | null | undefined;
  for (const m of sc.text.matchAll(LOWER_MINISTRY)) {
    if (taken.has(m.index) || taken.has(m.index + 4)) continue;
    const [suffix, label] = ministryOf(m[1]!.toLowerCase()) ?? ['', ''];
    if (!suffix) continue;
    state = state === undefined ? storyState(sc) : state;
    const into = namedBefore(sc, null, suffix, m.index) ?? (state ? stateBody(sc, state, suffix, label) : null);
    if (into) sc.reg.mention(into.id, m.index, m.index + m[0].length, 'descriptor', m[0]);
  }
}

/** "Ministry of Defence of Ukraine": the gazetteer read Britain's ministry and left "of Ukraine"; it is Ukraine's. */
function ofState(sc: Scan, g: GenericMinistry): void {
  const d = sc.reg.get(g.id);
  if (!d) return;
  const states = sc.reg.all().filter((s) => s.kind === 'state');
  for (const m of [...d.mentions]) {
    const of = /^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?/.exec(sc.text.slice(m.end, m.end + 12));
    const st = of && states.find((s) => s.mentions.some((x) => x.start === m.end + of[0].length));
    if (!st || st.id === UK) continue;
    sc.reg.transfer(d.id, stateBody(sc, st.id, g.suffix, g.label).id, [m], sc.text);
  }
}

/** "the Ministry" capitalized, standing alone (not "the Ministry of Health", not "the Ministry Ahmed"). */
const BARE_MINISTRY = /\b[Tt]he Ministry\b(?![ \u00a0]+(?:of\b|\p{Lu}))(?!['’]s)/gu;

/**
 * Folds each stateless ministry into the state ministry the article named before it (namedBefore), and gives a
 * bare "the Ministry" no recogniser read to that ministry.
 */
export function settleStatelessMinistries(sc: Scan): void {
  for (const g of GENERIC_UK) genericUkMinistry(sc, g);
  const taken = new Set(sc.reg.all().flatMap((d) => d.mentions.map((m) => m.start)));
  for (const m of sc.text.matchAll(BARE_MINISTRY)) {
    const start = m.index + 4;
    if (taken.has(m.index) || taken.has(start)) continue;
    const into = namedBefore(sc, null, '', m.index);
    if (into) sc.reg.mention(into.id, m.index, m.index + m[0].length, 'descriptor', m[0]);
  }
  lowerCaseMinistries(sc, taken);
  for (const d of sc.reg.all()) {
    if (d.kind !== 'organization' || d.affiliation || !d.mentions.length) continue;
    const ministry = ministryOf(d.name);
    if (!ministry) continue;
    const framed = ministry[0] ? framedState(sc, d) : null;
    const into = framed
      ? stateBody(sc, framed, ministry[0], ministry[1])
      : (namedBefore(sc, d, ministry[0]) ?? datelineMinistry(sc, ministry, firstAt(d)));
    if (into) sc.reg.transfer(d.id, into.id, [...d.mentions], sc.text);
  }
}
