// Refactor guard: extracts every input and writes one pretty JSON file per article, so two versions of the
// extractor can be compared with `diff -r before/ after/`.
// In: an output folder and inputs as `kg extract` takes them. Out: <folder>/<source path with / as __>.json.
//   npx tsx scripts/eval/snapshot.ts --out /tmp/before samples tests/fixtures/unseen ...
import fs from 'node:fs';
import path from 'node:path';

import { extract } from '../../ingest/extract.ts';
import { isInputError, readInputs } from '../../ingest/sources/index.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = at >= 0 ? args[at + 1] : undefined;
const inputs = args.filter((_, i) => i !== at && i !== at + 1);
if (!out || !inputs.length) {
  console.error('usage: npx tsx scripts/eval/snapshot.ts --out <folder> <inputs...>');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
let n = 0;
let failed = 0;
for await (const item of readInputs(inputs)) {
  if (isInputError(item)) {
    console.error(item.message);
    failed++;
    continue;
  }
  const name = item.source.replace(/^[./]+/, '').replace(/[\\/]/g, '__');
  fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(extract(item), null, 1) + '\n');
  n++;
}
console.error(`snapshot: ${n} articles written to ${out}${failed ? `, ${failed} inputs failed` : ''}`);
process.exitCode = failed ? 1 : 0;
