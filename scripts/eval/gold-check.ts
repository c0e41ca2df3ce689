// Checks a gold folder against its articles: spans, references, and (--words) article length.
// Usage: npx tsx scripts/eval/gold-check.ts --gold <dir> --articles <dir> [--words 120-400] [--review]
// --review lists capitalised words no gold mention covers, to catch actors left out. Exit 1 on any problem.
import path from 'node:path';
import { parseArgs } from 'node:util';

import { checkGold } from './cross/gold-check.ts';
import { readGoldDir } from './cross/gold.ts';

const { values } = parseArgs({
  options: {
    gold: { type: 'string' },
    articles: { type: 'string' },
    words: { type: 'string' },
    review: { type: 'boolean' },
  },
});
if (!values.gold || !values.articles) {
  console.error('usage: npx tsx scripts/eval/gold-check.ts --gold <dir> --articles <dir> [--words 120-400] [--review]');
  process.exit(2);
}
const docs = readGoldDir(values.gold, values.articles);
const keys = new Set(docs.flatMap((d) => d.gold.claims.map((c) => c.same ?? c.id)));
let bad = 0;
for (const { file, gold, text } of docs) {
  const problems = checkGold(gold, text, keys);
  if (values.words) {
    const [lo, hi] = values.words.split('-').map(Number);
    const n = text.split(/\s+/).filter(Boolean).length;
    if (n < lo! || n > hi!) problems.push(`${n} words, outside ${values.words}`);
  }
  for (const p of problems) console.error(`${path.basename(file)}: ${p}`);
  bad += problems.length;
  if (values.review) {
    const covered = gold.actors.flatMap((a) => a.mentions ?? []);
    const loose = [...text.matchAll(/\b\p{Lu}[\p{L}.'-]*/gu)].filter(
      (m) => !covered.some(([s, e]) => m.index >= s && m.index < e),
    );
    console.log(`${path.basename(file)}: ${[...new Set(loose.map((m) => m[0]))].join(' ')}`);
  }
}
console.log(`${docs.length} gold files, ${bad} problems`);
process.exit(bad ? 1 : 0);
