// Prints the incidents extracted from each given text file (kind, date, place, areas, toll, first span).
// Usage: npx tsx scripts/eval/probe-incidents.ts <file.txt>...
import fs from 'node:fs';
import path from 'node:path';

import { extract } from '../../ingest/extract.ts';

for (const f of process.argv.slice(2)) {
  const text = fs.readFileSync(f, 'utf8');
  const x = extract({ source: path.basename(f), text });
  console.log(`## ${path.basename(f)}`);
  for (const i of x.incidents) {
    const span = i.evidence?.span;
    const said = span ? text.slice(span[0], span[1]).replace(/\s+/g, ' ').slice(0, 110) : '';
    console.log(
      `  ${i.kind}${i.manner ? `/${i.manner.join('+')}` : ''} ${i.date ?? '?'} @${i.place ?? '?'} [${(i.areas ?? []).join('; ')}] k=${i.killed ?? '?'} "${said}"`,
    );
  }
}
