// Likely duplicates and likely conflations among stored actors, for review (`kg actors --candidates`): what the
// identity rules (graph/identity.ts) deliberately did not merge or could not tell apart, each with its evidence.
// In: every actor with its per-article forms (GraphStore.actorMentions). Out: candidates, strongest first. Pure.
import { isArticleScoped } from './identity.ts';
import { normalizeName, parsePersonName, personKey, spellingSkeleton } from './names.ts';
import type { ActorMentions } from './store.ts';

export interface Candidate {
  /** surname: a one-word name and the full names it may stand for; given name / suffix: two full names that may
   * be one person; spelling: two full names whose given and family names differ only as romanizations do
   * ("Moammar al-Eryani" / "Muammar al-Iryani"); same name: one name kept per article; middle initials: one node
   * that may be two people. */
  kind: 'surname' | 'given name' | 'suffix' | 'same name' | 'middle initials' | 'spelling';
  /** Node ids (for `same name`, every article-scoped node of that name). */
  actors: string[];
  /** What an aliases-file line would do about it. */
  suggestion: string;
  evidence: string[];
  /** Articles involved; candidates are sorted by it. */
  weight: number;
  /** The article-scoped nodes a surname or same-name candidate is about. */
  scoped?: string[];
}

const articlesOf = (a: ActorMentions) => new Set(a.mentions.map((m) => m.article));
const scoped = (a: ActorMentions) => isArticleScoped(a.id);
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** Global actors mentioned in each article: the context two nodes are compared by. */
function context(actors: ActorMentions[]): Map<string, Set<string>> {
  const byArticle = new Map<string, Set<string>>();
  for (const a of actors) {
    if (scoped(a)) continue;
    for (const art of articlesOf(a)) {
      const set = byArticle.get(art) ?? new Set<string>();
      set.add(a.id);
      byArticle.set(art, set);
    }
  }
  return byArticle;
}

/** Actors the articles of `a` also mention (without `a` itself). */
function neighbours(a: ActorMentions, ctx: Map<string, Set<string>>, skip: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const art of articlesOf(a)) for (const id of ctx.get(art) ?? []) if (!skip.has(id)) out.add(id);
  return out;
}

/** One-word and other article-scoped names, grouped by name and kind class across articles. */
function scopedGroups(actors: ActorMentions[]): Map<string, ActorMentions[]> {
  const groups = new Map<string, ActorMentions[]>();
  for (const a of actors) {
    if (!scoped(a) || a.anonymous) continue;
    const key = `${a.kind === 'person' ? 'person' : 'body'}|${normalizeName(a.name)}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return groups;
}

function surnameCandidates(actors: ActorMentions[], ctx: Map<string, Set<string>>): Candidate[] {
  const bySurname = new Map<string, ActorMentions[]>();
  for (const a of actors) {
    if (a.kind !== 'person' || scoped(a)) continue;
    const p = parsePersonName(a.name);
    if (p) bySurname.set(p.surname, [...(bySurname.get(p.surname) ?? []), a]);
  }
  const out: Candidate[] = [];
  for (const [key, group] of scopedGroups(actors)) {
    const [kind, word] = key.split('|') as [string, string];
    if (kind !== 'person' || word.includes(' ')) continue;
    const targets = bySurname.get(word) ?? [];
    if (!targets.length) continue;
    const mine = new Set(group.flatMap((g) => [...neighbours(g, ctx, new Set())]));
    const scored = targets
      .map((t) => ({ t, shared: [...neighbours(t, ctx, new Set([t.id]))].filter((n) => mine.has(n)).length }))
      .sort((x, y) => y.shared - x.shared || articlesOf(y.t).size - articlesOf(x.t).size);
    const roles = [...new Set(group.flatMap((g) => g.roles))];
    out.push({
      kind: 'surname',
      actors: [...scored.map((s) => s.t.id)],
      scoped: group.map((g) => g.id),
      suggestion: `"merge": { "${group[0]!.name}": "${scored[0]!.t.id}" } joins the one-word mentions to ${scored[0]!.t.name}`,
      evidence: [
        `"${group[0]!.name}" alone (no full name in the article) in ${plural(group.length, 'article')}${roles.length ? `, titled ${roles.join(' / ')}` : ''}`,
        ...scored
          .slice(0, 5)
          .map(
            (s) =>
              `surname of ${s.t.name} [${s.t.id}] (${plural(articlesOf(s.t).size, 'article')}; ${s.shared} actors in common)`,
          ),
      ],
      weight: group.length,
    });
  }
  return out;
}

/** Article-scoped names met in several articles that no surname candidate already covers. */
function sameNameCandidates(actors: ActorMentions[], covered: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const group of scopedGroups(actors).values()) {
    if (group.length < 2 || covered.has(group[0]!.id)) continue;
    const roles = group.map((g) => g.roles.join('/') || '-');
    const rules = [...new Set(group.flatMap((g) => g.mentions.map((m) => m.rule ?? '?')))];
    out.push({
      kind: 'same name',
      actors: group.map((g) => g.id),
      suggestion: `one body or person? "merge": { "${group[0]!.name}": "<id>" } joins them (every article's "${group[0]!.name}")`,
      evidence: [
        `"${group[0]!.name}" (${group[0]!.kind}) is kept per article (${rules.join(', ')}) in ${plural(group.length, 'article')}`,
        ...(new Set(roles).size > 1 ? [`titles differ: ${[...new Set(roles)].join(' | ')} (likely different)`] : []),
      ],
      weight: group.length,
    });
  }
  return out;
}

function personPairCandidates(actors: ActorMentions[]): Candidate[] {
  const people = actors
    .filter((a) => a.kind === 'person' && !scoped(a))
    .map((a) => ({ a, p: parsePersonName(a.name) }))
    .filter((x): x is { a: ActorMentions; p: NonNullable<ReturnType<typeof parsePersonName>> } => x.p !== null);
  const bySurname = new Map<string, typeof people>();
  for (const x of people) bySurname.set(x.p.surname, [...(bySurname.get(x.p.surname) ?? []), x]);
  const out: Candidate[] = [];
  for (const group of bySurname.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [x, y] = [group[i]!, group[j]!];
        const sameGiven = x.p.given === y.p.given;
        const kind =
          sameGiven && x.p.suffix !== y.p.suffix
            ? 'suffix'
            : !sameGiven &&
                x.p.given[0] === y.p.given[0] &&
                (x.p.given.startsWith(y.p.given) || y.p.given.startsWith(x.p.given))
              ? 'given name'
              : null;
        if (!kind) continue;
        out.push({
          kind,
          actors: [x.a.id, y.a.id],
          suggestion: `"merge": { "${y.a.id}": "${x.a.id}" } if they are one person`,
          evidence: [
            `${x.a.name} (${plural(articlesOf(x.a).size, 'article')}) and ${y.a.name} (${plural(articlesOf(y.a).size, 'article')})`,
            kind === 'suffix'
              ? 'the names differ only by a generational suffix'
              : 'one given name is a short form of the other',
          ],
          weight: articlesOf(x.a).size + articlesOf(y.a).size,
        });
      }
    }
  }
  return out;
}

/** Two people whose given and family names both agree once vowels and doubled letters are left out. */
function spellingCandidates(actors: ActorMentions[]): Candidate[] {
  const groups = new Map<string, ActorMentions[]>();
  for (const a of actors) {
    if (a.kind !== 'person' || scoped(a)) continue;
    const p = parsePersonName(a.name);
    const [given, family] = p ? [spellingSkeleton(p.given), spellingSkeleton(p.surname)] : ['', ''];
    if (!p || given.length < 2 || family.length < 2) continue;
    const key = `${given}|${family}|${p.suffix ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const out: Candidate[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [x, y] = [group[i]!, group[j]!];
        out.push({
          kind: 'spelling',
          actors: [x.id, y.id],
          suggestion: `"merge": { "${y.id}": "${x.id}" } if they are one person`,
          evidence: [
            `${x.name} (${plural(articlesOf(x).size, 'article')}) and ${y.name} (${plural(articlesOf(y).size, 'article')})`,
            'given and family names differ only in vowels or doubled letters, as romanizations do',
          ],
          weight: articlesOf(x).size + articlesOf(y).size,
        });
      }
    }
  }
  return out;
}

function middleCandidates(actors: ActorMentions[]): Candidate[] {
  const out: Candidate[] = [];
  for (const a of actors) {
    if (a.kind !== 'person' || scoped(a)) continue;
    const forms = new Set([a.name, ...a.aliases, ...a.mentions.flatMap((m) => m.forms)]);
    const middles = new Map<string, string>();
    for (const f of forms) {
      const p = parsePersonName(f);
      if (p?.middle.length && personKey(f)) middles.set(p.middle.map((m) => m[0]).join(''), f);
    }
    const initials = [...middles.keys()];
    if (initials.some((m, i) => initials.some((n, k) => k > i && !m.startsWith(n) && !n.startsWith(m))))
      out.push({
        kind: 'middle initials',
        actors: [a.id],
        suggestion: `"distinct": [[${[...middles.values()].map((f) => `"${f}"`).join(', ')}]] if they are different people`,
        evidence: [`forms with different middle names: ${[...middles.values()].join(' | ')}`],
        weight: articlesOf(a).size,
      });
  }
  return out;
}

/** Every candidate, most articles first. */
export function findCandidates(actors: ActorMentions[]): Candidate[] {
  const surnames = surnameCandidates(actors, context(actors));
  const covered = new Set(surnames.flatMap((c) => c.scoped ?? []));
  return [
    ...middleCandidates(actors),
    ...personPairCandidates(actors),
    ...spellingCandidates(actors),
    ...surnames,
    ...sameNameCandidates(actors, covered),
  ].sort((x, y) => y.weight - x.weight || x.actors[0]!.localeCompare(y.actors[0]!));
}
