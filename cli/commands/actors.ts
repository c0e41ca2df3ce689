// `kg actors`: the actor nodes with the forms each was written in and how many articles mention it, for review;
// `--candidates`: likely duplicates and likely conflations with their evidence (graph/candidates.ts).
import type { Command } from 'commander';

import type { Candidate } from '../../graph/candidates.ts';
import type { ActorMentions } from '../../graph/store.ts';
import { DATA_OPTION_HELP } from './options.ts';

interface ActorsCliOptions {
  neo4j?: boolean;
  data?: string;
  json?: boolean;
  candidates?: boolean;
  all?: boolean;
  limit: string;
}

const forms = (a: ActorMentions) => [...new Set(a.mentions.flatMap((m) => m.forms))].sort();

function actorLine(a: ActorMentions): string {
  const n = new Set(a.mentions.map((m) => m.article)).size;
  const rules = [...new Set(a.mentions.map((m) => m.rule).filter(Boolean))].join(', ');
  return `${a.name} [${a.id}] ${a.kind}${a.anonymous ? ' (anonymous)' : ''} · ${n} article${n === 1 ? '' : 's'}${rules ? ` · ${rules}` : ''}\n    forms: ${forms(a).join(' | ') || '-'}`;
}

function candidateBlock(c: Candidate): string {
  return [
    `${c.kind}: ${c.actors.slice(0, 6).join(', ')}${c.actors.length > 6 ? ', ...' : ''}`,
    ...c.evidence.map((e) => `    ${e}`),
    `    → ${c.suggestion}`,
  ].join('\n');
}

async function run(opts: ActorsCliOptions): Promise<void> {
  const [{ loadConfig }, { openStore }, { findCandidates }, { isArticleScoped }] = await Promise.all([
    import('../../graph/config.ts'),
    import('../../graph/open.ts'),
    import('../../graph/candidates.ts'),
    import('../../graph/identity.ts'),
  ]);
  const limit = Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`--limit: expected a positive whole number, got "${opts.limit}"`);
  const config = loadConfig({ neo4j: opts.neo4j, dataFile: opts.data });
  const store = await openStore(config);
  try {
    const actors = await store.actorMentions();
    if (opts.candidates) {
      const found = findCandidates(actors).slice(0, limit);
      if (opts.json) process.stdout.write(`${JSON.stringify(found)}\n`);
      else process.stdout.write(found.length ? `${found.map(candidateBlock).join('\n\n')}\n` : 'no candidates\n');
      return;
    }
    const articles = (a: ActorMentions) => new Set(a.mentions.map((m) => m.article)).size;
    const shown = actors
      .filter((a) => opts.all || !isArticleScoped(a.id))
      .sort((x, y) => articles(y) - articles(x) || x.name.localeCompare(y.name))
      .slice(0, limit);
    if (opts.json) process.stdout.write(`${JSON.stringify(shown)}\n`);
    else process.stdout.write(`${shown.map(actorLine).join('\n')}\n`);
  } finally {
    await store.close();
  }
}

export function register(program: Command): void {
  program
    .command('actors')
    .summary('list actors with their forms, or likely duplicates (--candidates)')
    .description(
      'List the actor nodes, most mentioned first, with every form each article wrote and the rule that keyed it.\n' +
        'Article-scoped actors (anonymous sources, one-word names, descriptions) are left out unless --all.\n' +
        'With --candidates: likely duplicates and conflations, with the evidence and the aliases-file line that would\n' +
        'settle each (docs/ingest.md); then `kg resolve` applies the file to the stored graph.',
    )
    .option('--candidates', 'list likely duplicates and conflations instead')
    .option('--all', 'include article-scoped actors')
    .option('--limit <n>', 'at most this many lines (default 50)', '50')
    .option('--neo4j', 'read Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)')
    .option('--data <file>', DATA_OPTION_HELP)
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  kg actors --limit 20\n  kg actors --candidates --neo4j')
    .action((opts: ActorsCliOptions) => run(opts));
}
