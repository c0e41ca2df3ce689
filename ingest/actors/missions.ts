// Missions a body runs, named by an acronym ("the African Union peacekeeping force AMISOM", "the UN mission
// (MONUSCO)"): an organization of its own that belongs to the body, not another name of it. In: the Scan and the
// acronym's token. Out: the mission's draft; and, once the article is read, "the AU mission" moved to it.
import { type BodyEntry, bodies, entryById, stateEntry } from '../gazetteer/index.ts';
import type { Mention } from '../types.ts';
import { storyState } from './forces.ts';
import { type Draft, slugify } from './registry.ts';
import type { Scan } from './scan.ts';
import type { View } from './view.ts';

/** Nouns for a body's mission, force or operation abroad. */
const MISSION_WORDS = new Set(['mission', 'force', 'forces', 'operation']);

/** The body (organization or group) with a mention ending right before character `at`. */
function bodyBefore(sc: Scan, at: number): Draft | undefined {
  return sc.reg
    .all()
    .find(
      (d) =>
        (d.kind === 'organization' || d.kind === 'group') && d.mentions.some((m) => m.end <= at && at - m.end <= 1),
    );
}

/**
 * The mission the all-capitals word at token a names after "<body> [lower-case words] <mission word> [(]": a new
 * organization affiliated to the body, which the acronym keys for the rest of the article. Undefined otherwise.
 */
export function missionAt(sc: Scan, v: View, a: number): Draft | undefined {
  let k = a - 1;
  if (v.keys[k] === '(') k--;
  if (k < 1 || !MISSION_WORDS.has(v.keys[k]!) || !/^[a-z]/.test(v.toks[k]!.text)) return undefined;
  let j = k;
  while (j > 0 && k - j < 2 && /^[a-z]/.test(v.toks[j - 1]!.text) && !MISSION_WORDS.has(v.keys[j - 1]!)) j--;
  const body = bodyBefore(sc, v.toks[j]!.start);
  if (!body) return undefined;
  const name = v.toks[a]!.text;
  const d = sc.reg.ensure(slugify(name), name, 'organization');
  d.affiliation ??= body.id;
  sc.reg.defined.set(v.keys[a]!, d.id);
  sc.reg.mention(d.id, v.toks[a]!.start, v.toks[a]!.end, 'name', name);
  return d;
}

/**
 * A mission word after a body's name: "AU mission" (the body's words then name the mission), "United Nations
 * peacekeeping mission", "NATO-led peacekeeping force" (up to two lower-case words between: a description).
 */
const MISSION_AFTER = /^(?:-led)?(?:\s+[a-z]+){0,2}?\s+(mission|force|forces|operation)\b/;

/** The gazetteer's missions (AMISOM, UNIFIL, KFOR). */
const KNOWN_MISSIONS = new Set(bodies.filter((b) => b.mission).map((b) => b.id));

/** Whether a draft is a mission: named by missionAt, or one the gazetteer knows. */
const isMission = (sc: Scan, d: Draft) => sc.reg.defined.get(d.id) === d.id || KNOWN_MISSIONS.has(d.id);

/**
 * "The AU mission said": a body's name and a mission word stand for the one mission of that body the article
 * named (AMISOM), not for the body.
 */
export function settleMissions(sc: Scan): void {
  const missions = sc.reg.all().filter((d) => d.affiliation && d.kind === 'organization' && isMission(sc, d));
  const handled = new Set<number>();
  for (const mission of missions) {
    const body = sc.reg.get(mission.affiliation!);
    if (!body || body.kind === 'state' || missions.some((o) => o !== mission && o.affiliation === body.id)) continue;
    // "the UN peacekeeping mission" in a South Sudan story that names UNAMID in passing is not UNAMID.
    const host = KNOWN_HOSTS.get(mission.id);
    const here = body.mentions.filter((m) => {
      const p = host && missionPhrase(sc, m);
      return !p || hostOf(sc, p.end) === host;
    });
    for (const m of here) handled.add(m.start);
    moveToMission(sc, body, mission, here);
  }
  settleHostMissions(sc, handled);
  settleBodyMissions(sc, handled);
}

/** The host state of each mission the gazetteer places (missions.json). */
const KNOWN_HOSTS = new Map(bodies.filter((b) => b.mission && b.host).map((b) => [b.id, b.host!]));

/**
 * Moves a body's mentions that a mission word follows to the mission: "AU mission" (one lower-case word: the
 * mention now covers it) leaves the body; "the United Nations peacekeeping mission", "the NATO-led peacekeeping
 * force" is a description of the mission naming the body inside it, which keeps its own mention there.
 */
function moveToMission(sc: Scan, body: Draft, mission: Draft, mentions: Mention[]): void {
  const moved: [Mention, number][] = [];
  for (const m of mentions) {
    const after = MISSION_AFTER.exec(sc.text.slice(m.end, m.end + 40));
    if (!after) continue;
    if (/^\s+[a-z]+$/.test(after[0])) moved.push([m, m.end + after[0].length]);
    else
      sc.reg.mention(
        mission.id,
        m.start,
        m.end + after[0].length,
        'descriptor',
        sc.text.slice(m.start, m.end + after[0].length),
      );
  }
  if (!moved.length) return;
  for (const [m, end] of moved) m.end = end;
  sc.reg.transfer(
    body.id,
    mission.id,
    moved.map(([m]) => m),
    sc.text,
    true,
  );
}

/**
 * Words between a body and its mission word that keep the phrase the body's standing mission in a state ("the UN
 * peacekeeping mission", "the U.N. political mission"), not a visit ("a UN assessment mission", "a UN human rights
 * mission").
 */
const STANDING_WORDS = new Set([
  'peacekeeping',
  'stabilization',
  'stabilisation',
  'political',
  'assistance',
  'support',
]);

/** What a body's mission phrase says: the words between, whether peacekeepers are meant, where it ends. */
interface MissionPhrase {
  mention: Mention;
  end: number;
  peacekeeping: boolean;
}

/** The standing-mission phrase a definite mention of a body opens ("the UN peacekeeping mission"), if any. */
function missionPhrase(sc: Scan, m: Mention): MissionPhrase | null {
  if (!/\bthe\s+$/i.test(sc.text.slice(Math.max(0, m.start - 5), m.start))) return null;
  const after = MISSION_AFTER.exec(sc.text.slice(m.end, m.end + 40));
  if (!after) return null;
  const words = after[0].replace(/^-led/, '').trim().split(/\s+/).slice(0, -1);
  if (!words.every((w) => STANDING_WORDS.has(w))) return null;
  const peacekeeping = words.includes('peacekeeping') || after[1] !== 'mission';
  return { mention: m, end: m.end + after[0].length, peacekeeping };
}

/** Missions by the body that runs them (missions.json). */
const MISSIONS_OF = new Map<string, BodyEntry[]>();
for (const b of bodies)
  if (b.mission && b.affiliation) MISSIONS_OF.set(b.affiliation, [...(MISSIONS_OF.get(b.affiliation) ?? []), b]);

/**
 * The state a mission phrase places the mission in: "in <State>" right after it, "in the country" or nothing the
 * story's; another place ("in Darfur", "in Goma") none the gazetteer can tell.
 */
function hostOf(sc: Scan, end: number): string | null {
  const rest = sc.text.slice(end, end + 40);
  const into = /^\s+in\s+(?:the\s+)?(?:(?:south|north|east|west|southern|northern|eastern|western|central)\s+)?/.exec(
    rest,
  );
  if (!into || /^\s+in\s+the\s+country\b/.test(rest)) return storyState(sc);
  const at = end + into[0].length;
  const state = sc.reg.all().find((d) => d.kind === 'state' && d.mentions.some((m) => m.start === at));
  return state?.id ?? null;
}

/** Whether a mission phrase ending at `end` writes its place ("in Mali", "in south Lebanon"), not "in the country". */
const written = (sc: Scan, end: number): boolean => /^\s+in\s+(?!the\s+country\b)\S/.test(sc.text.slice(end, end + 40));

/**
 * The one mission a body runs in a state in the article's year (all the years the gazetteer knows when the year is
 * unknown), a peacekeeping one where peacekeepers are meant. Undefined when none or two fit.
 */
function knownMission(bodyId: string, host: string, year: number | null, peacekeeping: boolean): BodyEntry | undefined {
  const fit = (MISSIONS_OF.get(bodyId) ?? []).filter(
    (b) =>
      b.host === host &&
      (!peacekeeping || b.peacekeeping) &&
      (year === null || ((b.from ?? 0) <= year && (b.to ?? Infinity) >= year)),
  );
  return fit.length === 1 ? fit[0] : undefined;
}

/**
 * The known mission a phrase means: the one of its host state that year; placed by the story's state alone (no place
 * written), not when the story also names another state where the body runs a fitting mission ("UNAMID in Sudan's
 * Darfur" in a South Sudan story).
 */
function missionFor(sc: Scan, bodyId: string, p: MissionPhrase): BodyEntry | undefined {
  const host = hostOf(sc, p.end);
  const year = sc.year ?? null;
  const entry = host ? knownMission(bodyId, host, year, p.peacekeeping) : undefined;
  if (!entry || written(sc, p.end)) return entry;
  const states = sc.reg.all().filter((d) => d.kind === 'state' && d.id !== host);
  return states.some((d) => knownMission(bodyId, d.id, year, p.peacekeeping)) ? undefined : entry;
}

/**
 * "The UN peacekeeping mission in the country said", with no mission named: the mission the body runs in the host
 * state that year (MONUSCO in DR Congo in 2023), else a mission of its own in this article; never the body itself.
 */
function settleHostMissions(sc: Scan, handled: Set<number>): void {
  for (const body of sc.reg.all().filter((d) => MISSIONS_OF.has(d.id))) {
    const phrases = body.mentions
      .filter((m) => !handled.has(m.start))
      .map((m) => missionPhrase(sc, m))
      .filter((p): p is MissionPhrase => !!p);
    for (const p of phrases) {
      const entry = missionFor(sc, body.id, p);
      const name = entry ? '' : sentName(sc, body, 'mission', p.end);
      const mission = entry
        ? sc.reg.ensure(entry.id, entry.name, 'organization')
        : sc.reg.ensure(slugify(name), name, 'organization');
      mission.affiliation ??= body.id;
      moveToMission(sc, body, mission, [p.mention]);
    }
  }
}

/** "African Union mission in Gambia": the name of what a body sends, by the state it is in (after `end`, or the story's). */
function sentName(sc: Scan, body: Draft, word: string, end: number): string {
  const host = hostOf(sc, end) ?? sc.homeState ?? sc.cityState ?? null;
  const hostName = host ? stateEntry(host)?.name : undefined;
  return `${body.name} ${word}${hostName ? ` in ${hostName}` : ''}`;
}

/**
 * A body's name, up to two lower-case words, then "mission" or "delegation": "The African Union observer mission",
 * "An EU mission", "a European Union delegation".
 */
const SENT_AFTER = /^(?:\s+[a-z]+){0,2}?\s+(mission|delegation)\b/;

/**
 * "The African Union observer mission said", "An EU mission said" with no mission the article or the gazetteer names:
 * a mission or delegation a body sends is an actor of its own, never the body. Keyed by the body, the kind and the
 * state it is in (the story's, or "in <State>" after it), so the tellings of two outlets meet. Each such phrase is a
 * mention of that actor; the body's name inside it stays the body's.
 */
function settleBodyMissions(sc: Scan, handled: Set<number>): void {
  for (const body of sc.reg.all().filter((d) => d.kind === 'organization' || d.kind === 'group')) {
    // "the Regional Protection Force mission": a force or mission's own name before the word is that body itself.
    // A name the article alone gives ("the Multinational Security Support mission") is the mission's own name.
    if (isMission(sc, body) || !entryById(body.id) || /\b(?:force|forces|mission|operation)$/i.test(body.name))
      continue;
    // A phrase another actor's mention already opens (a known mission, "the UN peacekeeping mission") is read.
    const taken = (start: number) => sc.reg.all().some((d) => d !== body && d.mentions.some((x) => x.start === start));
    for (const m of body.mentions.filter((x) => !handled.has(x.start) && !taken(x.start))) {
      const after = SENT_AFTER.exec(sc.text.slice(m.end, m.end + 40));
      if (!after || sc.text[m.end] === "'") continue;
      const name = sentName(sc, body, after[1]!, m.end + after[0].length);
      const sent = sc.reg.ensure(slugify(name), name, 'organization');
      sent.affiliation ??= body.id;
      handled.add(m.start);
      // The body's name stays its own mention inside the mission's ("[African Union] observer mission").
      const end = m.end + after[0].length;
      sc.reg.mention(sent.id, m.start, end, 'name', sc.text.slice(m.start, end));
    }
  }
}
