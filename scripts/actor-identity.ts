// Cross-article actor identity figures of an embedded graph file: person nodes whose names disagree on the given
// name (two people on one node), and actor nodes that span two or more articles. Reads graphs of any version.
// Run: npx tsx scripts/actor-identity.ts data/graph.json [--examples N]
import { EmbeddedStore } from '../graph/embedded/store.ts';
import { parsePersonName } from '../graph/names.ts';

const file = process.argv[2] ?? 'data/graph.json';
const examples = Number(process.argv[process.argv.indexOf('--examples') + 1] || 10);
const store = new EmbeddedStore(file);
await store.init();
const g = store.graph();

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** Two given names are one when equal (after nickname folding) or when one is the other's initial. */
const initial = (s: string) => /^\w( |$)/.test(s);
const sameGiven = (a: string, b: string) => a === b || ((initial(a) || initial(b)) && a[0] === b[0]);

let actors = 0;
let persons = 0;
const conflicts: string[] = [];
const spanning: Record<string, number> = {};
let spanningAll = 0;
g.forEachNode((id, attrs) => {
  if (!attrs.labels.includes('Actor')) return;
  actors++;
  const articles = new Set<string>();
  const forms = new Set([String(attrs.props.name), ...strings(attrs.props.aliases)]);
  g.forEachOutEdge(id, (_, e, __, target) => {
    if (e.type !== 'MENTIONED_IN') return;
    articles.add(target);
    for (const f of strings(e.props.forms)) forms.add(f);
  });
  if (articles.size >= 2) {
    spanningAll++;
    const kind = String(attrs.props.kind);
    spanning[kind] = (spanning[kind] ?? 0) + 1;
  }
  if (attrs.props.kind !== 'person' || attrs.props.anonymous === true) return;
  persons++;
  const givens: string[] = [];
  for (const f of forms) {
    const p = parsePersonName(f);
    if (p && !givens.some((x) => sameGiven(x, p.given))) givens.push(p.given);
  }
  if (givens.length > 1) conflicts.push(`${id}: ${[...forms].sort().join(' | ')}`);
});
await store.close();

console.log(`${file}: ${actors} actor nodes, ${persons} named person nodes`);
console.log(`person nodes whose forms disagree on the given name: ${conflicts.length}`);
for (const c of conflicts.slice(0, examples)) console.log(`  ${c.length > 160 ? `${c.slice(0, 157)}...` : c}`);
console.log(`actor nodes in >= 2 articles: ${spanningAll} (${JSON.stringify(spanning)})`);
