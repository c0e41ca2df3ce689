// Cross-article actor resolution: maps each extracted actor onto an actor already in the store (same name
// or alias, compatible kind) or onto the user's aliases file, and rewrites every reference. Pure.
//
// The aliases file (data/aliases.json by default; KG_ALIASES or --aliases select another) is JSON:
//   { "merge":  { "<name, alias or actor id>": "<canonical actor id>" },
//     "rename": { "<actor id>": "<display name>" } }
// `merge` sends every actor whose id, name or alias matches a key (case- and accent-insensitive) to the
// canonical id; `rename` sets the display name of an actor id (the old name is kept as an alias).
import { z } from 'zod';

import { normalizeName } from './names.ts';
import type { Actor, Extraction } from './schema.ts';
import type { ActorRef } from './store.ts';

export const AliasesFile = z
  .object({
    merge: z.record(z.string().min(1), z.string().min(1)).default({}),
    rename: z.record(z.string().min(1), z.string().min(1)).default({}),
  })
  .strict();
export type AliasesFile = z.infer<typeof AliasesFile>;

export const NO_ALIASES: AliasesFile = { merge: {}, rename: {} };

export { normalizeName } from './names.ts';

/** Person with person, state with state; organizations, groups and outlets are often labelled either way. */
function compatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return true;
  const bodies = new Set(['organization', 'group', 'outlet']);
  return bodies.has(a) && bodies.has(b);
}

/** The names the loader should look up in the store before resolving `x` (anonymous actors are never merged by name). */
export function namesToLookUp(x: Extraction): string[] {
  const names = new Set<string>();
  for (const a of x.actors) if (!a.anonymous) for (const n of [a.name, ...a.aliases]) if (n.trim()) names.add(n);
  return [...names];
}

function canonicalFromAliases(actor: Actor, merge: Map<string, string>, ids: Map<string, string>): string | null {
  let target = ids.get(actor.id) ?? null;
  if (!target) {
    for (const n of [actor.name, ...actor.aliases]) {
      target = merge.get(normalizeName(n)) ?? null;
      if (target) break;
    }
  }
  // Follow chains (a -> b -> c), bounded so a cycle in the file cannot hang the loader.
  for (let i = 0; target && i < 10 && ids.has(target) && ids.get(target) !== target; i++) target = ids.get(target)!;
  return target;
}

/**
 * Rewrites actor ids through the whole extraction. `existing` is the result of store.findActors over
 * namesToLookUp(x); actors that end up with the same id are merged (aliases, mentions and roles unioned).
 */
export function resolveExtraction(
  x: Extraction,
  existing: Map<string, ActorRef>,
  aliases: AliasesFile = NO_ALIASES,
): Extraction {
  const mergeByName = new Map<string, string>();
  const mergeById = new Map<string, string>();
  for (const [key, target] of Object.entries(aliases.merge)) {
    mergeById.set(key, target);
    mergeByName.set(normalizeName(key), target);
  }
  const existingByNorm = new Map<string, ActorRef>();
  for (const [name, ref] of existing) existingByNorm.set(normalizeName(name), ref);

  const idMap = new Map<string, string>();
  /** Display names of the store's actors this article resolved onto: the first name seen stays canonical. */
  const storedName = new Map<string, string>();
  for (const actor of x.actors) {
    let target = canonicalFromAliases(actor, mergeByName, mergeById);
    if (!target && !actor.anonymous) {
      // The canonical name decides before aliases: "Smith" as an alias is weaker evidence than a full name.
      for (const n of [actor.name, ...actor.aliases]) {
        const ref = existingByNorm.get(normalizeName(n));
        if (ref && !ref.anonymous && compatible(ref.kind, actor.kind)) {
          target = ref.id;
          storedName.set(ref.id, ref.name);
          break;
        }
      }
    }
    idMap.set(actor.id, target ?? actor.id);
  }
  const id = (s: string) => idMap.get(s) ?? s;
  const ids = (xs: string[]) => [...new Set(xs.map(id))];

  const actors = new Map<string, Actor>();
  for (const a of x.actors) {
    const newId = id(a.id);
    const prev = actors.get(newId);
    if (!prev) {
      actors.set(newId, {
        ...a,
        id: newId,
        aliases: [...a.aliases],
        mentions: [...a.mentions],
        roles: a.roles ? [...a.roles] : undefined,
      });
      continue;
    }
    prev.aliases = [...new Set([...prev.aliases, ...(a.name !== prev.name ? [a.name] : []), ...a.aliases])];
    prev.mentions = [...prev.mentions, ...a.mentions].sort((p, q) => p[0] - q[0]);
    if (a.roles) prev.roles = [...new Set([...(prev.roles ?? []), ...a.roles])];
    prev.affiliation ??= a.affiliation;
    prev.anonymous = prev.anonymous && a.anonymous;
  }
  for (const a of actors.values()) {
    const canonical = storedName.get(a.id);
    if (canonical && canonical !== a.name) {
      a.aliases = [...new Set([a.name, ...a.aliases])];
      a.name = canonical;
    }
    if (a.affiliation) a.affiliation = id(a.affiliation);
    if (a.affiliation === a.id) a.affiliation = null;
    const display = aliases.rename[a.id];
    if (display && display !== a.name) {
      a.aliases = [...new Set([a.name, ...a.aliases])];
      a.name = display;
    }
    a.aliases = a.aliases.filter((n) => n !== a.name);
  }

  return {
    article: { ...x.article, outlet: x.article.outlet ? id(x.article.outlet) : null },
    actors: [...actors.values()],
    incidents: x.incidents.map((i) => ({ ...i, participants: ids(i.participants) })),
    claims: x.claims.map((c) => ({
      ...c,
      speaker: id(c.speaker),
      via: ids(c.via).filter((v) => v !== id(c.speaker)),
      about: ids(c.about),
    })),
    relations: x.relations.map((r) => ({ ...r, source: id(r.source), target: id(r.target) })),
  };
}
