// Profiling driver (not a benchmark): extracts the PolNeAR train texts N times so `node --cpu-prof` sees the
// steady state. Usage: node --cpu-prof --cpu-prof-dir /tmp/p --import tsx bench/profile-extract.ts [dir] [passes]
import fs from 'node:fs';
import path from 'node:path';

import { extract } from '../ingest/extract.ts';

const dir = process.argv[2] || path.join(import.meta.dirname, '..', '..', 'shared', 'eval', 'polnear', 'train', 'text');
const passes = Number(process.argv[3] ?? 2);
const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ source: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
for (let p = 0; p < passes; p++)
  for (const t of texts) {
    try {
      extract(t);
    } catch {
      // counted by the eval scripts, not here
    }
  }
