// Lower-case descriptions: "pro-Assad forces" (a group of its own), and "the ministry", "the group",
// "the Lebanese outlet" (a body or outlet named elsewhere in the article, resolved once all are known).
// In: a View per sentence, then the whole Scan. Out: groups and descriptor mentions on the Scan.
import { stateOfKey } from '../gazetteer/index.ts';
import { namedAsChannel } from './channel.ts';
import { storyState } from './forces.ts';
import { COMPANY_APPOSITIVES, englishHead, GROUP_DESCRIPTORS, OUTLET_DESCRIPTORS } from './lexicon.ts';
import { slugify } from './registry.ts';
import type { Scan } from './scan.ts';
import { isCap, surfaceOf, type View } from './view.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const PRO_ANTI = /^(pro|anti)-\w/;
const PRO_ANTI_NAME = /^(pro|anti)-\p{Lu}/u;

/** Heads of definite descriptions that refer back to a body named earlier ("the ministry", "the coalition"). */
const BODY_ANAPHORS = new Set(
  'ministry department agency council committee commission coalition alliance group militia gang cartel clan syndicate cooperative guild movement company firm consortium party organization organisation bureau court junta diocese archdiocese union federation association institute foundation network observatory directorate authority tribunal secretariat administration service command'.split(
    ' ',
  ),
);
/** Heads after "pro-X" that make the phrase an armed group. */
const ARMED_HEADS = new Set(['forces', 'troops']);

/** Finds the descriptions of one sentence. */
export function describe(sc: Scan, v: View): void {
  for (let k = 0; k < v.keys.length; k++) {
    const key = v.keys[k]!;
    if (bodyAnaphor(sc, v, k)) continue;
    // Only "pro"/"anti" words and outlet descriptors start a pattern: a cheap first-letter test first.
    const c0 = key.charCodeAt(0);
    if (c0 !== 112 && c0 !== 97 && !OUTLET_DESCRIPTORS.has(key)) continue;
    const skip = proGroup(sc, v, k);
    if (skip) {
      k += skip;
      continue;
    }
    outletDescriptor(sc, v, k);
  }
}

/** "the ministry", "the group" at token k ("the paramilitary group": one lower-case adjective may stand between). */
function bodyAnaphor(sc: Scan, v: View, k: number): boolean {
  const key = v.keys[k]!;
  const adj = k > 1 && v.keys[k - 2] === 'the' && v.toks[k - 1]!.pos === 'ADJ' && !isCap(v.toks[k - 1]!) ? 1 : 0;
  if (
    !BODY_ANAPHORS.has(key) ||
    v.keys[k - 1 - adj] !== 'the' ||
    isCap(v.toks[k]!) ||
    v.keys[k + 1] === 'of' ||
    (v.toks[k + 1] && isCap(v.toks[k + 1]!))
  )
    return false;
  const a = k - 1 - adj;
  sc.bodyAnaphors.push({ start: v.toks[a]!.start, end: v.toks[k]!.end, surface: surfaceOf(v, a, k + 1), head: key });
  return true;
}

/**
 * "pro-Assad forces" (one token or three), "pro-government militias": a group; a generic one ("pro-government")
 * is the last named pro-group of the article when there is one. Returns the tokens consumed after k, or 0.
 */
function proGroup(sc: Scan, v: View, k: number): number {
  const key = v.keys[k]!;
  const next = v.keys[k + 1] ?? '';
  let len: number;
  let generic: boolean;
  if (PRO_ANTI.test(key) && (GROUP_DESCRIPTORS.has(next) || ARMED_HEADS.has(next))) {
    len = 2;
    generic = !PRO_ANTI_NAME.test(v.toks[k]!.text);
  } else if (
    (key === 'pro' || key === 'anti') &&
    v.glued[k + 1] &&
    ((k + 2 < v.keys.length && GROUP_DESCRIPTORS.has(v.keys[k + 2]!)) || ARMED_HEADS.has(v.keys[k + 2] ?? ''))
  ) {
    len = 3;
    generic = !isCap(v.toks[k + 1]!);
  } else return 0;
  const name = surfaceOf(v, k, k + len);
  const id = generic && sc.proGroups.length ? sc.proGroups[sc.proGroups.length - 1]! : slugify(name);
  const d = sc.reg.ensure(id, name, 'group');
  sc.reg.mention(d.id, v.toks[k]!.start, v.toks[k + len - 1]!.end, 'name', name);
  if (!generic && !sc.proGroups.includes(id)) sc.proGroups.push(id);
  return len - 1;
}

/** "the Lebanese outlet", "the newspaper", "a Lebanese media outlet": an outlet named elsewhere. */
function outletDescriptor(sc: Scan, v: View, k: number): void {
  const key = v.keys[k]!;
  if (!OUTLET_DESCRIPTORS.has(key) || key === 'agency' || key === 'radio' || key === 'paper') return;
  let a = k;
  while (
    a > 0 &&
    a > k - 3 &&
    (v.keys[a - 1] === 'media' ||
      v.keys[a - 1] === 'news' ||
      (stateOfKey(v.keys[a - 1]!) && !isCap(v.toks[a]!)) ||
      (stateOfKey(v.keys[a - 1]!) && a === k))
  )
    a--;
  const det = v.keys[a - 1];
  const article = det === 'the' || det === 'a' || det === 'an';
  if (!article && a === k) return;
  if (a > 0 && isCap(v.toks[a - 1]!) && !article) return; // "Al Akhbar newspaper"
  sc.outletDescriptors.push({
    start: v.toks[a]!.start,
    end: v.toks[k]!.end,
    surface: surfaceOf(v, a, k + 1),
    head: key,
  });
}

/** Name words that make an organization a company ("the company" refers to it). */
const COMPANY_WORDS = new Set(
  'company corp corporation inc ltd llc plc group holdings resources mining minerals metals sdn bhd pty'.split(' '),
);
/** Words naming a union of states ("European Union", "United Nations", "Arab League"): no "group" in the NGO sense. */
const UNION_OF_STATES_WORDS = new Set(['union', 'nations', 'league', 'treaty', 'cooperation', 'community']);
/** Words naming an arm of a state, which "the group" never refers back to. */
const STATE_BODY_WORDS = new Set(
  'ministry department government army police court parliament office cabinet administration command forces agency bank commission council presidency'.split(
    ' ',
  ),
);

type Draft = ReturnType<Scan['reg']['all']>[number];

/** The latest mention before `at` among the given actors: {id, at} of its start, or the best so far. */
function latestBefore(ds: Draft[], at: number, best: { id: string; at: number } | null) {
  for (const d of ds)
    for (const m of d.mentions) if (m.end <= at && (!best || m.start > best.at)) best = { id: d.id, at: m.start };
  return best;
}

/** Whether body d fits the anaphor's head: its name has the word, an appositive said so, or its kind does. */
function fitsHead(sc: Scan, d: Draft, head: string): boolean {
  const words = [d.name, ...d.aliases]
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  const foreign = englishHead(d.name);
  if (foreign) words.push(foreign);
  const said = sc.describedAs.get(d.id);
  return (
    (words.includes(head) && head !== 'junta') ||
    !!said?.has(head) ||
    (head === 'group' && d.kind === 'group') ||
    // "the junta": a state's military named before ("Myanmar's military", "the Myanmar junta").
    (head === 'junta' && d.id.endsWith('-military') && !!d.affiliation) ||
    ((head === 'company' || head === 'firm') &&
      (words.some((w) => COMPANY_WORDS.has(w)) || [...(said ?? [])].some((w) => COMPANY_APPOSITIVES.has(w))))
  );
}

/**
 * Body anaphora: "the ministry" is the latest body named before it whose name has that word ("Russian Foreign
 * Ministry"); "the group" the latest armed or political group, else a non-governmental body; "the company" a company.
 */
/**
 * Whether the text between a body's mention and a description after it is a short clause of a verb with no
 * speech or comma ("Islamic State has described | the group as its branch", "the army attacked | the group"):
 * the description is then that verb's object, and a body is never its own object (it would read "itself").
 */
export function objectOfSubject(text: string, subjectEnd: number, at: number): boolean {
  const between = text.slice(subjectEnd, at);
  if (/[.,;:!?"“”()\n]/.test(between)) return false;
  const words = between.trim().split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 3 && !words.some((w) => SPEECH_OR_LINK.has(w.toLowerCase()));
}
const SPEECH_OR_LINK = new Set(
  'said says say told tells stated added claimed warned announced reported believes believed thinks and or but that whose which who of in at for by with from'.split(
    ' ',
  ),
);

/** Heads a portfolio tells apart: "the interior ministry" is never the defence ministry named before it. */
const PORTFOLIO_HEADS = new Set(['ministry', 'department']);
/** Heads whose level or jurisdiction words tell courts apart: "the criminal court" is no Court of Appeal. */
const COURT_HEADS = new Set(['court', 'tribunal', 'courts']);
/** Words naming a court's level or jurisdiction, as they stand in a name ("appeals court" = "Court of Appeal"). */
const COURT_KINDS: Record<string, string> = {
  appeal: 'appeal',
  appeals: 'appeal',
  appellate: 'appeal',
  criminal: 'criminal',
  civil: 'civil',
  lower: 'lower',
  trial: 'trial',
  high: 'high',
  supreme: 'supreme',
  constitutional: 'constitutional',
  military: 'military',
  district: 'district',
  magistrate: 'magistrate',
  magistrates: 'magistrate',
  "magistrate's": 'magistrate',
  family: 'family',
  administrative: 'administrative',
  federal: 'federal',
  provincial: 'provincial',
  regional: 'regional',
  cassation: 'cassation',
  commercial: 'commercial',
  juvenile: 'juvenile',
  electoral: 'electoral',
  anti: 'anti',
  sharia: 'sharia',
  islamic: 'islamic',
  religious: 'religious',
  labour: 'labour',
  labor: 'labour',
  industrial: 'industrial',
};
const SPELLINGS: Record<string, string> = { defence: 'defense' };

/** A body's field in a description's modifier, and the words of a name in that field: "the anti-graft body". */
const CORRUPTION = ['corruption', 'anticorruption', 'graft', 'ethics', 'integrity', 'accountability', 'bribery'];
const TOPICS: Record<string, string[]> = {
  'anti-graft': CORRUPTION,
  'anti-corruption': CORRUPTION,
  anticorruption: CORRUPTION,
  graft: CORRUPTION,
  corruption: CORRUPTION,
  electoral: ['electoral', 'election', 'elections', 'polls'],
  election: ['electoral', 'election', 'elections', 'polls'],
  'anti-terrorism': ['terrorism', 'counterterrorism', 'antiterrorism'],
  'counter-terrorism': ['terrorism', 'counterterrorism', 'antiterrorism'],
  'anti-narcotics': ['narcotics', 'drug', 'drugs', 'antinarcotics'],
  'anti-drug': ['narcotics', 'drug', 'drugs', 'antinarcotics'],
};

/** Whether every modifier naming a field ("anti-graft", "electoral") has a word of that field in the name. */
function topicFits(nameWords: string[], modifiers: string[]): boolean {
  // Names split at hyphens: "Anti-Corruption Commission" has "anti" and "corruption".
  const have = new Set(nameWords);
  return modifiers.every((m) => !TOPICS[m] || TOPICS[m]!.some((w) => have.has(w)));
}

/**
 * Whether a body whose name has `nameWords` (lower case) can be "the <modifiers> <head>": for a ministry or
 * department, every lower-case modifier ("interior", "health") must be in its name; for a court, every word of
 * its level or jurisdiction ("criminal", "lower", "appeals"); other heads are not checked.
 */
export function portfolioFits(nameWords: string[], head: string, modifiers: string[]): boolean {
  if (!modifiers.length) return true;
  if (!topicFits(nameWords, modifiers)) return false;
  if (COURT_HEADS.has(head)) {
    const have = new Set(nameWords.map((w) => COURT_KINDS[w] ?? w));
    return modifiers.every((m) => !COURT_KINDS[m] || have.has(COURT_KINDS[m]!));
  }
  if (!PORTFOLIO_HEADS.has(head)) return true;
  const norm = (w: string) => SPELLINGS[w] ?? w;
  const have = new Set(nameWords.map(norm));
  return modifiers.every((m) => have.has(norm(m)));
}

function fitsPortfolio(d: Draft, an: { head: string; surface: string }): boolean {
  const words = an.surface.toLowerCase().split(/\s+/);
  const nameWords = [d.name, ...d.aliases]
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  return portfolioFits(nameWords, an.head, words.slice(1, -1));
}

/**
 * "the junta" among militaries: the story state's when it was named ("Niger soldiers ... It expelled French troops
 * ... which the junta denies": Niger's), else any of them.
 */
function juntaOfStory(sc: Scan, head: string, fits: Draft[]): Draft[] {
  if (head !== 'junta' || fits.length < 2) return fits;
  const state = storyState(sc);
  const own = fits.filter((d) => !!state && d.affiliation === state);
  return own.length ? own : fits;
}

/**
 * Heads whose referent is the one the story is about ("the group", "the coalition", "the company"), taken by recency
 * among several;
 * any other head ("the ministry", "the administration", "the service") names one kind of body, and with two of that
 * kind named before it ("the Interior Ministry ... the Foreign Ministry ... the ministry") it stays unresolved.
 */
const SALIENCE_HEADS = new Set(
  'group militia gang cartel movement coalition alliance party junta network company firm'.split(' '),
);

/**
 * How many bodies are named before `at`, counting once two drafts of one body: one's name holds the other's
 * ("State Committee for National Security" and its acronym's "State Committee for National Security of Kyrgyzstan").
 */
function namedBeforeCount(ds: Draft[], at: number): number {
  const names = ds.filter((d) => d.mentions.some((m) => m.end <= at)).map(namesOf);
  return names.filter((n, i) => !names.slice(0, i).some((o) => sameBody(n, o))).length;
}
const namesOf = (d: Draft) => [d.name, ...d.aliases].map((n) => n.toLowerCase()).filter((n) => n.includes(' '));
const sameBody = (a: string[], b: string[]) => a.some((x) => b.some((y) => x.includes(y) || y.includes(x)));

/**
 * Whether every mention of a body before `at` names it as the channel of a text ("In a text received by Corse-Matin,
 * the group said"): who received the words is not the group that said them.
 */
function onlyChannel(text: string, d: Draft, at: number): boolean {
  const before = d.mentions.filter((m) => m.end <= at);
  return before.length > 0 && before.every((m) => namedAsChannel(text, m.start));
}

export function resolveBodyAnaphors(sc: Scan): void {
  for (const an of sc.bodyAnaphors) {
    const bodies = sc.reg
      .all()
      .filter((d) => d.kind !== 'person' && d.kind !== 'state' && d.kind !== 'outlet')
      .filter((d) => fitsPortfolio(d, an))
      .filter((d) => !d.mentions.some((m) => m.end <= an.start && objectOfSubject(sc.text, m.end, an.start)))
      .filter((d) => !onlyChannel(sc.text, d, an.start));
    const fitting = juntaOfStory(
      sc,
      an.head,
      bodies.filter((d) => fitsHead(sc, d, an.head)),
    );
    if (!SALIENCE_HEADS.has(an.head) && namedBeforeCount(fitting, an.start) > 1) continue;
    let best = latestBefore(fitting, an.start, null);
    // "Human Rights Watch said ... The group urged": with no armed or political group named, a
    // non-governmental organization named before.
    if (!best && an.head === 'group') {
      const ngos = sc.reg.all().filter(
        (d) =>
          d.kind === 'organization' &&
          !d.affiliation &&
          !onlyChannel(sc.text, d, an.start) &&
          !d.name
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .some((w) => STATE_BODY_WORDS.has(w) || UNION_OF_STATES_WORDS.has(w)),
      );
      best = latestBefore(ngos, an.start, null);
    }
    if (best) sc.reg.mention(best.id, an.start, an.end, 'descriptor', an.surface);
  }
}

/** Outlet descriptors: the outlet named before ("the newspaper"), else the one named next. */
export function resolveOutletDescriptors(sc: Scan): void {
  const outlets = sc.reg.all().filter((d) => d.kind === 'outlet');
  for (const ds of sc.outletDescriptors) {
    let best: { id: string; at: number } | null = null;
    // "quoting the channel" after "Channel 12 ... The Times of Israel": an outlet whose name has the word.
    const word = ds.surface.toLowerCase().split(/\s+/).pop()!;
    const named = outlets.filter((o) =>
      o.name
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .includes(word),
    );
    for (const o of named.length ? named : outlets) {
      for (const m of o.mentions) {
        const before = m.start < ds.start;
        const score = before ? ds.start - m.start : 1e9 + m.start - ds.start;
        if (!best || score < best.at) best = { id: o.id, at: score };
      }
    }
    if (best) sc.reg.mention(best.id, ds.start, ds.end, 'descriptor', ds.surface);
  }
}
