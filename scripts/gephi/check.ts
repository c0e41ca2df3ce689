// Does an exported file open in Gephi? Runs Gephi's own importer (the Gephi Toolkit 0.10.1, resolved from Maven
// Central with the pom beside this file) on a GEXF or GraphML file and returns what Gephi loaded and reported.
// No GEXF 1.3 XSD can be fetched offline, so this, not a schema, is the check that an export opens in Gephi.
// In: a file path (and a node id to describe). Out: GephiReport. CLI: npx tsx scripts/gephi/check.ts <file> [node]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface GephiReport {
  nodes: number;
  edges: number;
  nodeColumns: number;
  node: {
    label: string;
    rgb: [number, number, number];
    size: number;
    x: number;
    y: number;
    kind: string | null;
  } | null;
  /** Gephi's import report, "LEVEL: message" (INFO, WARNING, SEVERE, CRITICAL). */
  issues: string[];
}

/** The Gephi Toolkit jar's path, resolved (and downloaded the first time) by Maven. */
export function toolkitJar(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-gephi-'));
  const out = path.join(dir, 'classpath.txt');
  try {
    const mvn = spawnSync(
      'mvn',
      ['-q', '-B', '-f', path.join(here, 'pom.xml'), 'dependency:build-classpath', `-Dmdep.outputFile=${out}`],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (mvn.error) throw new Error(`cannot run mvn (${mvn.error.message}); install Maven and Java 17`);
    if (mvn.status !== 0) throw new Error(`mvn could not resolve the Gephi Toolkit:\n${mvn.stdout}${mvn.stderr}`);
    return readFileSync(out, 'utf8').trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function openInGephi(file: string, node?: string, jar = toolkitJar()): GephiReport {
  const args = ['-Djava.awt.headless=true', '-cp', jar, path.join(here, 'GephiImport.java'), file];
  const run = spawnSync('java', node ? [...args, node] : args, { encoding: 'utf8', maxBuffer: 16 << 20 });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{'))
    throw new Error(`Gephi could not open ${file}: ${line || run.stderr.slice(-2000)}`);
  return JSON.parse(line) as GephiReport;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [file, node] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npx tsx scripts/gephi/check.ts <file.gexf|file.graphml> [node id]');
    process.exit(2);
  }
  console.log(JSON.stringify(openInGephi(file, node), null, 2));
}
