// The searchKey property: normalised names and texts of a node, one per line, for text-index lookups.
// In: a node's label and props. Out: '\n'-delimited normalised strings (same normalisation as the embedded store).
import type { Props } from '../model.ts';
import { normalizeName } from '../resolve.ts';

const str = (v: unknown): string[] => (typeof v === 'string' ? [v] : []);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The texts search() matches per label, as the embedded store's searchableTexts. */
export function searchableTexts(label: string, props: Props): string[] {
  if (label === 'Actor') return [...str(props.name), ...strs(props.aliases)];
  if (label === 'Incident') return [...str(props.name), ...str(props.summary), ...str(props.place)];
  if (label === 'Claim') return str(props.text);
  if (label === 'Article') return [...str(props.title ?? props.name), ...str(props.source)];
  return [];
}

/** '\n'-framed so `CONTAINS '\n' + key + '\n'` is an exact match of one name and `CONTAINS key` a substring. */
export function searchKey(label: string, props: Props): string {
  const keys = [...new Set(searchableTexts(label, props).map(normalizeName).filter(Boolean))];
  return `\n${keys.join('\n')}\n`;
}
