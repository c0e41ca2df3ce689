// Moves a graph.json of the earlier embedded store into its SQLite database, once, on open.
// In: the JSON file and the database. Out: the rows, the JSON renamed to <file>.bak, one notice line.
import { existsSync, renameSync } from 'node:fs';

import type { Props } from '../model.ts';
import type { Db } from './db.ts';
import { readGraphFile } from './persist.ts';
import { Rows } from './rows.ts';

/** Copies the JSON graph into an empty database in one transaction; returns the number of articles moved. */
export function migrateJson(jsonFile: string, db: Db): number {
  const data = readGraphFile(jsonFile);
  if (!data) return 0;
  const rows = new Rows(db);
  let articles = 0;
  db.transaction(() => {
    for (const n of data.nodes) {
      const { labels, props, rank, extraction } = n.attributes;
      rows.insertNode(n.key, { labels, props: props as Props, rank, extraction });
      if (labels[0] === 'Article') articles++;
    }
    for (const e of data.edges) {
      const { type, props } = e.attributes;
      rows.insertEdge(e.key, e.source, e.target, { type: type as never, props: props as Props });
    }
  })();
  return articles;
}

/** The file the JSON is kept as once migrated (never overwriting an earlier backup). */
export function backupName(jsonFile: string): string {
  let name = `${jsonFile}.bak`;
  for (let i = 2; existsSync(name); i++) name = `${jsonFile}.bak${i}`;
  return name;
}

export function keepAsBackup(jsonFile: string): string {
  const to = backupName(jsonFile);
  renameSync(jsonFile, to);
  return to;
}
