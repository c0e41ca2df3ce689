// `kg schema`: the extraction format (what `kg extract` prints, docs/FORMAT.md) as JSON Schema (draft 2020-12),
// generated from the zod schema in graph/schema.ts; docs/extraction.schema.json is the same text, checked by a test.
import type { Command } from 'commander';

/** The schema document as written to stdout and to docs/extraction.schema.json. */
export async function schemaText(): Promise<string> {
  const { extractionJsonSchema } = await import('../../graph/schema.ts');
  const { $schema, ...rest } = extractionJsonSchema() as Record<string, unknown>;
  return `${JSON.stringify({ $schema, title: 'newsgraph extraction (v1)', ...rest }, null, 2)}\n`;
}

export function register(program: Command): void {
  program
    .command('schema')
    .summary('print the extraction format as JSON Schema')
    .description(
      'Print the JSON Schema (draft 2020-12) of the objects `kg extract` prints, generated from the validator the ' +
        'pipeline itself uses. The package also ships it as docs/extraction.schema.json.',
    )
    .action(async () => void process.stdout.write(await schemaText()));
}
