// One article into the embedded store's rows: validated first, then its nodes merged and its edges added, inside
// the caller's transaction. In: Rows and an ArticleInput. Out: 'loaded' or 'unchanged'; a bad article writes nothing.
import { KgError } from '../errors.ts';
import { widenedIncident } from '../incidents/range.ts';
import { KIND_ORDER, nameRank } from '../identity.ts';
import { ACTOR_LABEL, type ArticleInput, type NodeRecord, stringsOf, toGraphRecords } from '../model.ts';
import { nodeAttrs } from './db.ts';
import type { Rows } from './rows.ts';
import type { NodeAttrs } from './types.ts';

const labelsOf = (n: NodeRecord): string[] => (n.subLabel ? [n.label, n.subLabel] : [n.label]);
const sortedUnion = (...lists: unknown[]): string[] => [...new Set(lists.flatMap(stringsOf))].sort();

/**
 * One actor node seen again in another article. Every choice is commutative, so the node is the same whatever
 * order its articles arrive in: the best-ranked name, every other name an alias (sorted), roles unioned,
 * anonymous only if always, the lowest affiliation id, the kind first in KIND_ORDER. The Neo4j writer does the same.
 */
function mergeActor(attrs: NodeAttrs, n: NodeRecord): NodeAttrs {
  const p = attrs.props;
  const oldRank = attrs.rank ?? nameRank(String(p.name));
  const newRank = n.rank ?? nameRank(String(n.props.name));
  const name = newRank < oldRank ? n.props.name : p.name;
  const kinds = [p.kind, n.props.kind].filter((k): k is string => typeof k === 'string');
  const kind = [...KIND_ORDER].find((k) => kinds.includes(k)) ?? p.kind;
  const affiliations = [p.affiliation, n.props.affiliation].filter((a): a is string => typeof a === 'string').sort();
  return {
    ...attrs,
    labels: kind === p.kind ? attrs.labels : ['Actor', ACTOR_LABEL[kind as keyof typeof ACTOR_LABEL]],
    rank: newRank < oldRank ? newRank : oldRank,
    props: {
      ...p,
      name,
      kind,
      aliases: sortedUnion(p.aliases, n.props.aliases, [p.name, n.props.name]).filter((a) => a !== name),
      roles: sortedUnion(p.roles, n.props.roles),
      anonymous: p.anonymous === true && n.props.anonymous === true,
      affiliation: affiliations[0] ?? null,
    },
  };
}

/** Writes one article's records; the caller wraps it in a transaction, so a throw leaves no trace of it. */
export function writeArticle(rows: Rows, input: ArticleInput): 'loaded' | 'unchanged' {
  const x = input.extraction;
  if (rows.label(x.article.id) === 'Article') return 'unchanged';
  const records = toGraphRecords(input);
  const nodes = [records.article, ...records.nodes];
  // Validate everything before writing, so a bad article fails whole (the transaction would undo it anyway).
  const incoming = new Map<string, NodeRecord>();
  for (const n of nodes) {
    const existing = rows.label(n.id) ?? incoming.get(n.id)?.label;
    if (existing && existing !== n.label)
      throw new KgError(
        'EXTRACTION_INVALID',
        `${x.article.source}: id ${n.id} is a ${n.label} here but already a ${existing}`,
      );
    incoming.set(n.id, n);
  }
  for (const r of records.rels) {
    for (const end of [r.source, r.target]) {
      if (!incoming.has(end) && rows.label(end) === undefined)
        throw new KgError(
          'EXTRACTION_INVALID',
          `${x.article.source}: ${r.type} relationship points to unknown node ${end}`,
        );
    }
  }
  for (const n of nodes) mergeNode(rows, n, n === records.article ? records.extracted : null);
  for (const r of records.rels) rows.insertEdge(r.key, r.source, r.target, { type: r.type, props: r.props });
  return 'loaded';
}

function mergeNode(rows: Rows, n: NodeRecord, extraction: string | null): void {
  const row = rows.node(n.id);
  if (!row) {
    rows.insertNode(n.id, {
      labels: labelsOf(n),
      props: n.props,
      ...(n.rank ? { rank: n.rank } : {}),
      ...(extraction ? { extraction } : {}),
    });
    return;
  }
  const attrs = nodeAttrs(row);
  if (n.label === 'Incident') {
    // Another report of a stored incident: the first report's words stay, the casualty range widens.
    rows.updateNode(n.id, { ...attrs, props: { ...attrs.props, ...widenedIncident(attrs.props, n.props) } });
  } else if (n.label === 'Actor') {
    const merged = mergeActor(attrs, n);
    rows.updateNode(n.id, merged, merged.props.name !== attrs.props.name);
  }
  // Claims keep their first version; articles are never rewritten.
}
