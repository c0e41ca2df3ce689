// Same-speaker cross-article claim pairs of dumped gold sets (scripts/eval/claim-dump.ts): for every two stored
// claims of two articles of one set told by one named speaker, whether gold holds them one claim, what they share and
// what the paraphrase decision says. For judging a same-speaker rule on data. Usage:
// npx tsx scripts/eval/claim-speakers.ts items.jsonl [--list]
import fs from 'node:fs';

import { type Side, paraphrase, relation, termOverlap } from '../../graph/claims/decide.ts';
import { speakerPaired } from '../../graph/claims/speaker-paired.ts';

interface Item {
  set: string;
  doc: string;
  key: string;
  nodes: string[];
  side: Side | null;
}
const [file, flag] = process.argv.slice(2);
const items = fs
  .readFileSync(file!, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('{'))
  .map((l) => JSON.parse(l) as Item)
  .filter((it) => it.side && it.nodes[0]);
// One entry per stored node: its gold keys.
const nodes = new Map<string, { it: Item; keys: Set<string> }>();
for (const it of items) {
  const id = `${it.set} ${it.nodes[0]}`;
  const n = nodes.get(id) ?? { it, keys: new Set<string>() };
  n.keys.add(it.key);
  nodes.set(id, n);
}
const list = [...nodes.values()];
const rows: string[] = [];
const tally = new Map<string, number>();
const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
for (let i = 0; i < list.length; i++)
  for (let j = i + 1; j < list.length; j++) {
    const [x, y] = [list[i]!, list[j]!];
    if (x.it.set !== y.it.set || x.it.doc === y.it.doc) continue;
    const [a, b] = [x.it.side!, y.it.side!];
    if (relation(a.origins, b.origins) !== 'same speaker') continue;
    const same = [...x.keys].some((k) => y.keys.has(k));
    const selves = new Set([...a.origins, ...b.origins].map((o) => `@${o.speaker}`));
    const o = termOverlap(a.terms, b.terms, selves);
    const linked = !!paraphrase(a, b);
    const paired = !linked && !!speakerPaired(a, b);
    const story = x.it.doc[0] === y.it.doc[0] ? 'story' : 'other';
    const tag = `${same ? 'SAME' : 'DIFF'} ${linked ? 'linked' : paired ? 'paired' : 'unlinked'} ${o.shared.length ? 'shares' : 'none'} ${story}`;
    bump(tag);
    rows.push(
      `${tag}\t${x.it.set.split('/')[2]}\t${x.it.doc}/${y.it.doc}\n  A ${a.text.slice(0, 110)} {${a.terms.join(' ')}}\n  B ${b.text.slice(0, 110)} {${b.terms.join(' ')}}\n  shared ${o.shared.join(' ')} w${o.weight} c${o.containment.toFixed(2)} d${o.dice.toFixed(2)} lone${o.lone}`,
    );
  }
if (flag === '--list') console.log(rows.join('\n'));
for (const [k, v] of [...tally].sort()) console.log(`${v}\t${k}`);
