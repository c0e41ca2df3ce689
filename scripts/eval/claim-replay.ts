// Replays the paraphrase decision (graph/claims/decide.ts) over the items scripts/eval/claim-dump.ts wrote: every
// pair of gold claims of two articles of one set, right / wrong / missed as direct decisions (no chains, no answers,
// no incident links; a quick bound on what a change to the decision does). Usage:
// npx tsx scripts/eval/claim-replay.ts items.jsonl [--list]
import fs from 'node:fs';

import { type Side, paraphrase } from '../../graph/claims/decide.ts';

interface Item {
  set: string;
  doc: string;
  gold: string;
  key: string;
  text: string;
  nodes: string[];
  side: Side | null;
}
const [file, flag] = process.argv.slice(2);
const items: Item[] = fs
  .readFileSync(file!, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('{'))
  .map((l) => JSON.parse(l) as Item);
let [right, wrong, missed] = [0, 0, 0];
const seen = new Set<string>();
for (let i = 0; i < items.length; i++)
  for (let j = i + 1; j < items.length; j++) {
    const [a, b] = [items[i]!, items[j]!];
    if (a.set !== b.set || a.doc === b.doc || !a.side || !b.side || a.nodes[0] === b.nodes[0]) continue;
    const pair = [a.nodes[0], b.nodes[0], a.key, b.key].join(' ');
    if (seen.has(pair)) continue;
    seen.add(pair);
    const same = a.key === b.key;
    const d = paraphrase(a.side, b.side);
    if (d && same) right++;
    if (d && !same) wrong++;
    if (!d && same) missed++;
    if (flag === '--list' && d && !same)
      console.log(`WRONG ${a.set} ${a.text.slice(0, 70)} | ${b.text.slice(0, 70)}\n  ${d.reason}`);
    if (flag === '--right' && d && same)
      console.log(`RIGHT ${a.set} ${a.side.text.slice(0, 70)} | ${b.side.text.slice(0, 70)}\n  ${d.reason}`);
  }
console.log(`direct paraphrase decisions: ${right} right, ${wrong} wrong, ${missed} missed`);
