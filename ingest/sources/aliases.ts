// Reads the user's aliases file (format in graph/resolve.ts): a missing default file means no aliases,
// a missing file the user named, bad JSON or a bad shape is a one-line error naming the file.
import { readFileSync } from 'node:fs';

import { InputError } from '../../graph/errors.ts';
import { AliasesFile, NO_ALIASES } from '../../graph/resolve.ts';

export function readAliasesFile(file: string, options: { required: boolean }): AliasesFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !options.required) return NO_ALIASES;
    throw new InputError(
      'INPUT_NOT_FOUND',
      file,
      `cannot read the aliases file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new InputError('INPUT_INVALID', file, `the aliases file is not valid JSON (${(err as Error).message})`);
  }
  const parsed = AliasesFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(
      'INPUT_INVALID',
      file,
      `the aliases file is invalid at \`${issue.path.join('.') || '(top)'}\`: ${issue.message}; expected {"merge": {"name or id": "canonical-id"}, "rename": {"id": "Display Name"}}`,
    );
  }
  return parsed.data;
}
