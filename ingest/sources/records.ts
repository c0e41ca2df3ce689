// JSON and JSON Lines inputs: each record is one article, {text | html, url?, source?, title?, publishedAt?, outlet?}.
// In: decoded file text and its name. Out: SourceDocs, or one InputError per bad record. Pure.
import { z } from 'zod';

import { InputError } from '../../graph/errors.ts';
import type { SourceDoc } from '../types.ts';
import { htmlToText } from './html.ts';

export const ArticleRecord = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().nullable().optional(),
    source: z.string().optional(),
    title: z.string().nullable().optional(),
    publishedAt: z.string().nullable().optional(),
    /** The publisher: a name ("Reuters") or an outlet actor's id. */
    outlet: z.string().nullable().optional(),
  })
  .refine((r) => (r.text ?? r.html ?? '').trim().length > 0, {
    message: 'expected a non-empty "text" (or "html") field',
  });
export type ArticleRecord = z.infer<typeof ArticleRecord>;

function toDoc(r: ArticleRecord, where: string): SourceDoc {
  const fromHtml = r.text === undefined && r.html !== undefined ? htmlToText(r.html) : null;
  return {
    source: r.source ?? r.url ?? where,
    text: fromHtml ? fromHtml.text : r.text!,
    url: r.url ?? fromHtml?.url ?? null,
    html: fromHtml !== null,
    title: r.title ?? fromHtml?.title ?? null,
    publishedAt: r.publishedAt ?? fromHtml?.publishedAt ?? null,
    siteName: r.outlet ?? fromHtml?.siteName ?? null,
  };
}

function parseRecord(value: unknown, where: string): SourceDoc | InputError {
  const parsed = ArticleRecord.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length ? `field "${issue.path.join('.')}": ` : '';
    return new InputError('INPUT_INVALID', where, `${at}${issue.message}`);
  }
  return toDoc(parsed.data, where);
}

/** One record per non-blank line; a bad line fails alone, named `file:line`. */
export function* jsonLines(text: string, input: string): Generator<SourceDoc | InputError> {
  const lines = text.split('\n');
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    any = true;
    const where = `${input}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield new InputError('INPUT_INVALID', where, `not valid JSON (${(err as Error).message})`);
      continue;
    }
    yield parseRecord(value, where);
  }
  if (!any) yield new InputError('INPUT_EMPTY', input, 'no records');
}

/** A JSON file holding one record or an array of them. */
export function* jsonDocument(text: string, input: string): Generator<SourceDoc | InputError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield new InputError('INPUT_INVALID', input, `not valid JSON (${(err as Error).message})`);
    return;
  }
  if (!Array.isArray(value)) {
    yield parseRecord(value, input);
    return;
  }
  if (!value.length) yield new InputError('INPUT_EMPTY', input, 'an empty array: no records');
  for (let i = 0; i < value.length; i++) yield parseRecord(value[i], `${input}[${i}]`);
}
