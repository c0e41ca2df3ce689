// Cross-article actor resolution: gives each extracted actor its node id from its own article (graph/identity.ts),
// applies the user's aliases file, and rewrites every reference. Pure: the store is never consulted, so the graph
// does not depend on ingest order or on how a corpus is split into runs.
//
// The aliases file (data/aliases.json by default; KG_ALIASES or --aliases select another) is JSON:
//   { "merge":    { "<name, alias or actor id>": "<canonical actor id>" },
//     "rename":   { "<actor id>": "<display name>" },
//     "distinct": [ ["<name or id>", "<name or id>", ...] ] }
// `merge` sends every actor whose id, name or alias matches a key (case- and accent-insensitive) to the
// canonical id; `rename` sets the display name of an actor id; `distinct` keeps the listed people or bodies on
// separate nodes even when their names give one key ("George H. W. Bush" and "George W. Bush").
import { z } from 'zod';

import builtInDistinct from './data/distinct.json' with { type: 'json' };
import {
  type Identity,
  type IdentityContext,
  type IdentityRule,
  NO_CONTEXT,
  actorIdentity,
  articleScopedId,
  nameRank,
} from './identity.ts';
import { bodyNameKey, keyedNameWords, normalizeName, personKey, slugify } from './names.ts';
import type { Actor, Extraction } from './schema.ts';

export const AliasesFile = z
  .object({
    merge: z.record(z.string().min(1), z.string().min(1)).default({}),
    rename: z.record(z.string().min(1), z.string().min(1)).default({}),
    distinct: z.array(z.array(z.string().min(1)).min(2)).default([]),
  })
  .strict();
export type AliasesFile = z.infer<typeof AliasesFile>;

export const NO_ALIASES: AliasesFile = { merge: {}, rename: {}, distinct: [] };

export { normalizeName } from './names.ts';

/** An actor as resolution leaves it: the forms this article wrote it in, the rule that keyed it, its name's rank. */
export interface ResolvedActor extends Actor {
  /** The article's own names for it (extracted name and aliases, before any rename). */
  forms: string[];
  rule: IdentityRule;
  /** graph/identity.ts nameRank of `name`: stores keep the lowest across articles. */
  rank: string;
}

export interface ResolvedExtraction extends Extraction {
  actors: ResolvedActor[];
}

/** The node id a written name gives as a person or a body, for matching `distinct` entries. */
const baseIdOf = (written: string) => slugify(personKey(written) ?? bodyNameKey(written));

/** Compiled aliases file: lookups by id and by normalised name. */
class Rules {
  readonly mergeById = new Map<string, string>();
  readonly mergeByName = new Map<string, string>();
  readonly distinct: string[][];

  constructor(readonly file: AliasesFile) {
    for (const [key, target] of Object.entries(file.merge)) {
      this.mergeById.set(key, target);
      this.mergeByName.set(normalizeName(key), target);
    }
    this.distinct = [...file.distinct, ...(builtInDistinct.distinct as string[][])];
  }

  /**
   * The canonical id the merge rules send an actor to (following chains, bounded against cycles), or null. A key
   * matches the actor's ids or name; its aliases only when it has no cross-article key of its own, so a rule for a
   * bare "Obama" moves one-word "Obama" actors but never "Michelle Obama", whose article also wrote "Obama".
   */
  merged(a: Actor, id: string, global = true): string | null {
    let target = this.mergeById.get(a.id) ?? this.mergeById.get(id) ?? null;
    for (const n of target ? [] : [a.name, ...(global ? [] : a.aliases)]) {
      target = this.mergeByName.get(normalizeName(n)) ?? null;
      if (target) break;
    }
    for (let i = 0; target && i < 10 && this.mergeById.has(target) && this.mergeById.get(target) !== target; i++)
      target = this.mergeById.get(target)!;
    return target;
  }

  /** A `distinct` entry keeps an actor off the node its name gives when another entry of the group gives it too. */
  separated(a: Actor, id: string): string {
    const forms = new Set([a.name, ...a.aliases].map(normalizeName));
    for (const group of this.distinct) {
      const own = group.find((m) => m === a.id || forms.has(normalizeName(m)));
      if (!own) continue;
      const target = (m: string) => this.mergeById.get(m) ?? this.mergeByName.get(normalizeName(m));
      const collides = group.some((m) => m !== own && (m === id || baseIdOf(m) === id || target(m) === id));
      if (collides) return `${id}--${slugify(own)}`;
    }
    return id;
  }
}

type NodeId = { id: string; rule: IdentityRule; global: boolean; unfolded?: string };

/**
 * Two people of one article whose names are one only with the letters names.ts cyrillicLetters folds ("Serhiy Hromov",
 * the Ukrainian police chief, and "Sergei Gromov", the Russian district head): the article tells them apart, so each
 * keeps the id of its name as written. Every other node as it is.
 */
function unfoldApart(ids: Map<string, NodeId>): void {
  const byNode = new Map<string, NodeId[]>();
  for (const n of ids.values()) if (n.rule === 'full name') byNode.set(n.id, [...(byNode.get(n.id) ?? []), n]);
  for (const group of byNode.values())
    if (new Set(group.map((n) => n.unfolded ?? n.id)).size > 1) for (const n of group) n.id = n.unfolded ?? n.id;
}

/**
 * The last two words of every longer person's name of the article ("leon guerrero" of "Vincent Leon Guerrero"), with
 * the ids of the actors so named.
 */
function nameTails(x: Extraction): Map<string, Set<string>> {
  const tails = new Map<string, Set<string>>();
  for (const a of x.actors) {
    if (a.kind !== 'person' || a.anonymous) continue;
    for (const form of [a.name, ...a.aliases]) {
      const words = keyedNameWords(form);
      if (!words || words.length < 3) continue;
      const tail = words.slice(-2).join(' ');
      tails.set(tail, (tails.get(tail) ?? new Set()).add(a.id));
    }
  }
  return tails;
}

/**
 * "Leon Guerrero" in an article that names "Vincent Leon Guerrero" (or "Mark Sablan Torres" and "Sablan Torres"): two
 * words another person of the article is named with after a given name are that family name alone, which keys no one
 * across articles (two people carry "Leon Guerrero"), whatever the extractor made of them.
 */
function familyTail(
  a: Actor,
  id: string,
  tails: Map<string, Set<string>>,
  nodeOf: (other: Actor) => string,
  byId?: Map<string, Actor>,
): boolean {
  if (a.kind !== 'person') return false;
  const words = keyedNameWords(a.name);
  if (!words || words.length !== 2) return false;
  const owners = [...(tails.get(words.join(' ')) ?? [])].filter((o) => o !== a.id);
  // "Holmes Trujillo" beside "Carlos Holmes Trujillo", both one public figure: the same node, nothing to keep apart.
  return owners.some((o) => {
    const other = byId?.get(o);
    return !other || nodeOf(other) !== id;
  });
}

/** Node ids for every actor of the article: identity first, then merge rules, then distinct rules. */
function nodeIds(x: Extraction, rules: Rules, ctx: IdentityContext): Map<string, { id: string; rule: IdentityRule }> {
  const byId = new Map(x.actors.map((a) => [a.id, a]));
  const out = new Map<string, NodeId>();
  const tails = nameTails(x);
  const resolve = (a: Actor, depth = 0): NodeId => {
    const done = out.get(a.id);
    if (done) return done;
    const aff = a.affiliation && depth < 5 ? byId.get(a.affiliation) : undefined;
    const keyed = actorIdentity(a, x.article.id, ctx, aff ? resolve(aff, depth + 1) : null);
    const identity: Identity =
      keyed.global &&
      keyed.rule === 'full name' &&
      familyTail(a, keyed.id, tails, (o) => actorIdentity(o, x.article.id, ctx, null).id, byId)
        ? { id: articleScopedId(x.article.id, a.id), global: false, rule: 'one word' }
        : keyed;
    const merged = rules.merged(a, identity.id, identity.global);
    const result = merged
      ? { id: merged, rule: 'alias file' as const, global: true }
      : { ...identity, id: identity.global ? rules.separated(a, identity.id) : identity.id };
    out.set(a.id, result);
    return result;
  };
  for (const a of x.actors) resolve(a);
  unfoldApart(out);
  return out;
}

/**
 * The article's name for a node: a person's most complete form of the same name ("Joseph R. Biden" over "Joe
 * Biden"); otherwise the extractor's (a gazetteer entry's name). Across articles the stores keep the best rank.
 */
function displayName(a: ResolvedActor): string {
  if (a.rule !== 'full name') return a.name;
  const keyed = (f: string) => {
    const k = personKey(f);
    return !!k && (a.id === slugify(k) || a.id.startsWith(`${slugify(k)}--`));
  };
  const same = a.forms.filter(keyed);
  return same.sort((p, q) => (nameRank(p) < nameRank(q) ? -1 : 1))[0] ?? a.name;
}

/** Rewrites actor ids through the whole extraction; actors that end up with one id are merged. */
export function resolveExtraction(
  x: Extraction,
  aliases: AliasesFile = NO_ALIASES,
  ctx: IdentityContext = NO_CONTEXT,
): ResolvedExtraction {
  const rules = new Rules(aliases);
  const ids = nodeIds(x, rules, ctx);
  const id = (s: string) => ids.get(s)?.id ?? s;
  const idList = (xs: string[]) => [...new Set(xs.map(id))];

  const actors = new Map<string, ResolvedActor>();
  for (const a of x.actors) {
    const { id: newId, rule } = ids.get(a.id)!;
    const prev = actors.get(newId);
    const forms = [a.name, ...a.aliases].filter((n) => n.trim());
    if (!prev) {
      actors.set(newId, {
        ...a,
        id: newId,
        aliases: [...a.aliases],
        mentions: [...a.mentions],
        roles: a.roles ? [...a.roles] : undefined,
        forms,
        rule,
        rank: '',
      });
      continue;
    }
    prev.forms = [...new Set([...prev.forms, ...forms])];
    prev.mentions = [...prev.mentions, ...a.mentions].sort((p, q) => p[0] - q[0]);
    if (a.roles) prev.roles = [...new Set([...(prev.roles ?? []), ...a.roles])];
    prev.affiliation ??= a.affiliation;
    prev.anonymous = prev.anonymous && a.anonymous;
  }
  for (const a of actors.values()) {
    if (a.affiliation) a.affiliation = id(a.affiliation);
    if (a.affiliation === a.id) a.affiliation = null;
    const display = rules.file.rename[a.id];
    a.name = display ?? displayName(a);
    a.rank = nameRank(a.name, !!display);
    a.aliases = a.forms.filter((n) => n !== a.name).sort();
  }

  return {
    article: { ...x.article, outlet: x.article.outlet ? id(x.article.outlet) : null },
    actors: [...actors.values()],
    incidents: x.incidents.map((i) => ({ ...i, participants: idList(i.participants) })),
    claims: x.claims.map((c) => ({
      ...c,
      speaker: id(c.speaker),
      via: idList(c.via).filter((v) => v !== id(c.speaker)),
      about: idList(c.about),
    })),
    relations: x.relations.map((r) => ({ ...r, source: id(r.source), target: id(r.target) })),
  };
}
