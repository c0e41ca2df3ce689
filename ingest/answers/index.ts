// Which claim a denial or confirmation answers, inside one article: "X denied the report that ...", "not
// aware of any meeting", "a charge Y rejected", "The report was confirmed in part". In: the article's claims in
// text order. Out: the same claims, answering ones with `answers` set to the claim they answer (graph/model.ts
// then puts their DENIES/CONFIRMS edge on it). Pure; only reads the claims' texts and offsets.
import type { Actor, Claim } from '../../graph/schema.ts';
import { isBareReference, isVerdictOnReference, referenceText } from './reference.ts';
import { sharedCount, stems } from './stems.ts';

const NOUN = '(?:reports?|claims?|allegations?|accusations?|charges?|rumou?rs?|assertions?|stor(?:y|ies))';
/**
 * Words that point at something already said, as nouns, never the verb ("to claim", "she claimed"): "the report",
 * "Exxon's accusation", "a reported meeting", "the alleged talks", "any meeting", "such talks".
 */
const REFERENCE = new RegExp(
  `\\b(?:(?:the|a|an|any|such|these|those|this|that|its|their|his|her|[\\w.-]+['’]s?)\\s+(?:[\\w-]+\\s+){0,2}?${NOUN}\\b|` +
    `(?:reported|alleged|purported|rumou?red|any|such)\\s+[a-z]{3,})`,
  'i',
);
/** Between the reference noun and the one who made the claim: "accusations by Exxon", "a report in Politico". */
const OWNER_AFTER = /^\s+(?:by|from|in|of)\s+(?:the\s+)?$/i;

/** In one article the text juxtaposes claim and answer, so less overlap suffices than across articles. */
const NEED = { shared: 3, containment: 0.35 };
/** A score (containment + shared / 100) that needs no other evidence: 5 stems shared and 60% contained. */
const STRONG = 0.65;

/** Overlap of an answer with a claim; when the answer names the claim's owner, most of the claim inside it suffices. */
function score(answer: Set<string>, claim: Set<string>, named: boolean): number {
  const shared = sharedCount(answer, claim);
  const containment = shared / Math.max(1, Math.min(answer.size, claim.size));
  const enough = named
    ? shared >= 2 && shared / Math.max(1, claim.size) >= 0.6
    : shared >= NEED.shared && containment >= NEED.containment;
  return enough ? containment + shared / 100 : 0;
}

/**
 * Whose claim the denial names, when it does: an actor mentioned as the possessor right before the reference
 * ("Sanders' accusations") or after it ("accusations by Exxon", "a report in Politico"). Null when unnamed.
 */
function owner(d: Claim, actors: Actor[], text: string): string | null {
  const [s, e] = d.evidence.content;
  const m = REFERENCE.exec(text.slice(s, e));
  // Only a report noun has an owner: in "any incursion by Ethiopian troops" the troops did the deed.
  if (!m || !new RegExp(`${NOUN}$`, 'i').test(m[0])) return null;
  const [ms, me] = [s + m.index, s + m.index + m[0].length];
  for (const a of actors)
    for (const [as, ae] of a.mentions) {
      if (ae > ms && ae <= me && /^['’]s?\s/.test(text.slice(ae, ae + 3))) return a.id;
      if (as >= me && as - me <= 12 && OWNER_AFTER.test(text.slice(me, as))) return a.id;
    }
  return null;
}

/**
 * 'Petkovic called the claim "a shameless lie"', 'calling the accusation "a lie serving the Americans"': a denial
 * whose content is the verdict alone, the report it judges the object right before it, points back as a bare
 * reference does.
 */
const OBJECT_BEFORE = new RegExp(
  `\\b(?:the|this|that|these|those|such|its|their|his|her|[\\w.-]+['’]s?)\\s+(?:[\\w-]+\\s+)?${NOUN}\\s*["“‘']?\\s*$`,
  'i',
);
function verdictOnObject(d: Claim, source: string): boolean {
  const s = d.evidence.content[0];
  return OBJECT_BEFORE.test(source.slice(Math.max(0, s - 40), s)) && !REFERENCE.test(d.text);
}

/** A reference to a figure ("that figure", "the number they give is propaganda", "the toll was inflated"). */
const FIGURE_REFERENCE =
  /^(?:(?:the|this|that|these|those|such|its|their)\s+)?(?:[\w-]+\s+)?(?:figures?|numbers?|toll|tally)\b/i;
const NUMBER =
  /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|thousands)\b/i;
/** A toll: a figure beside a death or wound ("had killed 23 soldiers", "left 40 people wounded"). */
const TOLL = /\b(?:kill|dead|die|death|wound|injur|casualt|toll)/i;
/**
 * The claims a reference to a figure may answer: those that give a toll, else those that give a figure, else all
 * ("dismissed that figure" after "its fighters had killed 23 soldiers" and "had withdrawn with the spoils").
 */
function figured(text: string, claims: Claim[]): Claim[] {
  if (!FIGURE_REFERENCE.test(text)) return claims;
  const counted = claims.filter((c) => NUMBER.test(c.text));
  const tolls = counted.filter((c) => TOLL.test(c.text));
  return tolls.length ? tolls : counted.length ? counted : claims;
}

/** The claim told last among `claims`, or null. */
const nearest = (claims: Claim[]): Claim | null =>
  claims.reduce<Claim | null>((b, c) => (!b || c.evidence.content[0] > b.evidence.content[0] ? c : b), null);

/** Who a denial speaks for: its speaker and the body or state the speaker belongs to. */
function accused(d: Claim, actors: Actor[]): Set<string> {
  const affiliation = actors.find((a) => a.id === d.speaker)?.affiliation;
  return new Set(affiliation ? [d.speaker, affiliation] : [d.speaker]);
}

/** Whether one of `ids` is mentioned inside the content of `c`. */
function namesActor(c: Claim, ids: Set<string>, actors: Actor[]): boolean {
  const [s, e] = c.evidence.content;
  return actors.some((a) => ids.has(a.id) && a.mentions.some(([ms, me]) => ms >= s && me <= e));
}

/**
 * The claim `d` answers among `claims`, or null: the best-matching claim of another speaker, earlier ones first. A bare
 * denial ("Kigali rejected the accusations as baseless") answers the accusation against the denier ("Rwanda had
 * trained the assailants"), not whatever claim came last ("the attackers belonged to RED-Tabara").
 */
function answered(d: Claim, claims: Claim[], actors: Actor[], source: string): Claim | null {
  const text = referenceText(d.text);
  const bare =
    isBareReference(text) || (d.stance === 'denies' && (isVerdictOnReference(text) || verdictOnObject(d, source)));
  if (!bare && !REFERENCE.test(text)) return null;
  const at = d.evidence.content[0];
  const named = owner(d, actors, source);
  // A denial that names whose claim it answers answers only that actor's (or what that actor relayed).
  const others = claims.filter(
    (c) =>
      c !== d &&
      c.stance === 'claims' &&
      c.speaker !== d.speaker &&
      (!named || c.speaker === named || c.via.includes(named)),
  );
  if (bare) {
    // "The report was confirmed": the nearest claim told before it; a denial, the nearest that accuses the denier;
    // "that figure", the nearest that gives a toll or a figure.
    const before = figured(
      text,
      others.filter((c) => c.evidence.content[0] < at),
    );
    const accusing = d.stance === 'denies' ? before.filter((c) => namesActor(c, accused(d, actors), actors)) : [];
    return nearest(accusing.length ? accusing : before);
  }
  const mine = stems(text);
  // "any meeting", "such talks", "the alleged negotiations": what is referred to must be in the claim answered.
  const head = /^(?:reported|alleged|purported|rumou?red|any|such)\s+([a-z]{3,})$/i.exec(
    REFERENCE.exec(text)?.[0] ?? '',
  );
  const headStems = head ? [...stems(head[1]!)] : [];
  let best: { c: Claim; s: number } | null = null;
  for (const c of others) {
    // A claim told after the answer counts a little less than one told before it.
    const theirs = stems(c.text);
    let s = score(mine, theirs, !!named) * (c.evidence.content[0] < at ? 1 : 0.9);
    // "any wrongdoing" about a claim that names no wrongdoing needs a strong overlap to answer it.
    if (headStems.length && !headStems.every((h) => theirs.has(h)) && s < STRONG) s = 0;
    if (s > 0 && (!best || s > best.s)) best = { c, s };
  }
  return best?.c ?? null;
}

/**
 * Sets `answers` on the denials and confirmations that answer another speaker's claim of the same article.
 * `text` is the original input text the claims' and actors' offsets index.
 */
export function linkAnswers(claims: Claim[], actors: Actor[], text: string): Claim[] {
  return claims.map((c) => {
    if (c.stance === 'claims' || c.answers) return c;
    const target = answered(c, claims, actors, text);
    return target ? { ...c, answers: target.id } : c;
  });
}
