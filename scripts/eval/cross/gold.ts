// Reads a gold folder and pairs each gold file with its article text.
// In: a folder of gold JSON files and a folder of article .txt files. Out: parsed, validated gold documents.
import fs from 'node:fs';
import path from 'node:path';

import { GoldFile } from './gold-check.ts';

export interface GoldDoc {
  /** The gold file's path. */
  file: string;
  /** The article's path. */
  articlePath: string;
  gold: GoldFile;
  text: string;
}

/** Thrown for a missing folder, an unreadable gold file or an article that is not there; `input` names it. */
export class GoldInputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
  }
}

/** The article beside a gold file: the gold's `article.source` basename, else the gold file's name as .txt. */
function articleFor(file: string, gold: GoldFile, articles: string): string {
  const candidates = [path.basename(gold.article.source), path.basename(file).replace(/\.json$/, '.txt')];
  for (const name of candidates) if (fs.existsSync(path.join(articles, name))) return path.join(articles, name);
  throw new GoldInputError(file, `no article ${candidates.join(' or ')} in ${articles}`);
}

export function readGoldDir(goldDir: string, articlesDir: string): GoldDoc[] {
  for (const dir of [goldDir, articlesDir])
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new GoldInputError(dir, 'no such folder');
  const files = fs
    .readdirSync(goldDir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => path.join(goldDir, n));
  if (!files.length) throw new GoldInputError(goldDir, 'holds no gold .json files');
  return files.map((file) => {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new GoldInputError(file, `not JSON (${(err as Error).message})`);
    }
    const parsed = GoldFile.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new GoldInputError(file, `invalid gold at \`${issue.path.join('.')}\` (${issue.message})`);
    }
    const articlePath = articleFor(file, parsed.data, articlesDir);
    return { file, articlePath, gold: parsed.data, text: fs.readFileSync(articlePath, 'utf8') };
  });
}
