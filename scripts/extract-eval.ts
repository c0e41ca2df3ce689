// Measurement helper: extracts text files (or every .txt in the given folders) and prints a JSON array.
// In: paths on the command line. Out: Extraction objects on stdout, one per file; problems on stderr.
import fs from 'node:fs';
import path from 'node:path';

import { extract } from '../ingest/extract.ts';

function listFiles(args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    const stat = fs.statSync(arg);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(arg).sort()) if (name.endsWith('.txt')) files.push(path.join(arg, name));
    } else files.push(arg);
  }
  return files;
}

const args = process.argv.slice(2);
if (!args.length) {
  console.error('usage: npx tsx scripts/extract-eval.ts <files or dirs...> > out.json');
  process.exit(2);
}
const out: unknown[] = [];
for (const file of listFiles(args)) {
  try {
    out.push(extract({ source: file, text: fs.readFileSync(file, 'utf8') }));
  } catch (err) {
    console.error(`${file}: ${(err as Error).message}`);
  }
}
process.stdout.write(JSON.stringify(out) + '\n');
