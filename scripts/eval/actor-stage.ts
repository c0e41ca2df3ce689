// Which actors of each article the actors stage alone finds (issue #10: junk actors, split by stage).
//   npx tsx scripts/eval/actor-stage.ts <dir or .txt files...> > stage.json
// Out: { "<file name>": ["actor id", ...] }. An actor of the full extraction that is not listed here was added
// by the attribution stage (a speaker it had to create).
import fs from 'node:fs';
import path from 'node:path';
import { findActors } from '../../ingest/actors/index.ts';
import { clean } from '../../ingest/clean/index.ts';
import { analyze } from '../../ingest/nlp/index.ts';

const files = process.argv
  .slice(2)
  .flatMap((p) => (fs.statSync(p).isDirectory() ? fs.readdirSync(p).map((f) => path.join(p, f)) : [p]))
  .filter((f) => f.endsWith('.txt'));
const out: Record<string, string[]> = {};
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  const cleaned = clean({ source: f, text });
  out[path.basename(f)] = findActors(analyze(cleaned), cleaned).actors.map((a) => a.id);
}
process.stdout.write(JSON.stringify(out));
