// One line for an error thrown by extraction: a zod error's message is a multi-line JSON dump of every issue,
// so it becomes its first issue with the path; other errors keep their first line.
import { ZodError } from 'zod';

export function oneLine(err: unknown): string {
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    const more = err.issues.length > 1 ? ` and ${err.issues.length - 1} more` : '';
    return issue
      ? `the extractor produced an invalid object at \`${issue.path.join('.')}\` (${issue.message})${more}`
      : 'the extractor produced an invalid object';
  }
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.slice(0, 300);
}
