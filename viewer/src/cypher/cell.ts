// One Cypher result value as the short text of a console cell: a node by its name, a relationship by its
// type, a path as `A -[:T]-> B`, a list item by item. Pure. In: a value as the API sends it. Out: a string.
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNode = (v: Obj) => Array.isArray(v.labels) && isObj(v.props);
const isRel = (v: Obj) => typeof v.type === 'string' && isObj(v.props) && !('labels' in v);
const isPath = (v: Obj) => Array.isArray(v.nodes) && Array.isArray(v.relationships);

function nodeText(n: Obj): string {
  const p = n.props as Obj;
  const name = [p.name, p.title, n.id].find((x) => typeof x === 'string' && x);
  return (name as string | undefined) ?? `(:${(n.labels as string[]).join(':')})`;
}

/** A path's nodes and relationships in order, each arrow pointing the way its relationship does. */
function pathText(p: Obj): string {
  const nodes = (p.nodes as unknown[]).filter(isObj);
  const rels = (p.relationships as unknown[]).filter(isObj);
  let out = nodes[0] ? nodeText(nodes[0]) : '';
  rels.forEach((r, i) => {
    const forward = r.startElementId === undefined || r.startElementId === nodes[i]?.elementId;
    out += forward ? ` -[:${String(r.type)}]-> ` : ` <-[:${String(r.type)}]- `;
    out += nodes[i + 1] ? nodeText(nodes[i + 1]!) : '?';
  });
  return out;
}

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return `[${v.map(cellText).join(', ')}]`;
  if (isObj(v)) {
    if (isPath(v)) return pathText(v);
    if (isNode(v)) return nodeText(v);
    if (isRel(v)) return `[:${String(v.type)}]`;
    return JSON.stringify(v);
  }
  return String(v);
}
