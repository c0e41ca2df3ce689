// Names two states or several outlets share ("Congo", "ABC"): which one an article means, read from the places, capitals, leaders and full
// names only one of them has (data/shared-names.json: eastern Congo, North Kivu, Kinshasa → the Democratic Republic;
// Brazzaville → the Republic). In: the article text and the state the gazetteer reads the bare name as. Out: the state.
import sharedNames from './data/shared-names.json' with { type: 'json' };
import { SHARED_FORCE_NAMES } from './shared-force-names.ts';

interface Reading {
  id: string;
  cues: RegExp[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWords = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(s)}(?![\\p{L}\\p{N}-])`, 'gu');

interface Shared {
  forms: Set<string>;
  readings: Reading[];
  /** A state force's name (shared-force-names.ts): the story's state, when it is a reading's, decides before cues. */
  byStory: boolean;
}

const SHARED = new Map<string, Shared>(
  sharedNames.names.map((n) => [
    n.default,
    {
      forms: new Set(n.forms.map((f) => f.toLowerCase())),
      readings: n.readings.map((r): Reading => ({ id: r.id, cues: r.cues.map(wholeWords) })),
      // "the Greens": a party of one name in several states is the story state's, as a shared force name is.
      byStory: (n as { byStory?: boolean }).byStory === true,
    },
  ]),
);
// Names forces share: one entry per force the gazetteer reads them as ("Openbaar Ministerie" and "OM" alike).
for (const n of SHARED_FORCE_NAMES) {
  const known = SHARED.get(n.default);
  if (known?.byStory === false) continue;
  const entry = known ?? { forms: new Set<string>(), readings: [], byStory: true };
  for (const f of n.forms) entry.forms.add(f.toLowerCase());
  for (const r of n.readings)
    if (!entry.readings.some((o) => o.id === r.id)) entry.readings.push({ id: r.id, cues: r.cues.map(wholeWords) });
  SHARED.set(n.default, entry);
}

type Span = [number, number];

/** The reading whose cues the text holds most (a cue inside a longer cue of another reading is that one's), or null. */
function readingOf(text: string, readings: Reading[]): string | null {
  const spans = readings.map((r) =>
    r.cues.flatMap((re) => [...text.matchAll(re)].map((m): Span => [m.index, m.index + m[0].length])),
  );
  const inside = ([a, b]: Span, i: number) =>
    spans.some((other, j) => j !== i && other.some(([c, d]) => c <= a && b <= d && d - c > b - a));
  const counts = spans.map((own, i) => own.filter((s) => !inside(s, i)).length);
  const top = Math.max(...counts);
  if (top === 0 || counts.filter((c) => c === top).length > 1) return null;
  return readings[counts.indexOf(top)]!.id;
}

/** Whether a surface form is a bare shared name the gazetteer reads as `id` ("Congo", "Congo's government", "the ABC"). */
export function isSharedName(id: string, surface: string): boolean {
  return !!SHARED.get(id)?.forms.has(surface.replace(/[’']s(?:\s.*)?$/, '').toLowerCase());
}

/** The state (outlet) a bare shared name read as `id` means in this text: `id` itself unless the text says otherwise. */
export function sharedNameState(text: string, id: string): string {
  const shared = SHARED.get(id);
  return (shared && readingOf(text, shared.readings)) ?? id;
}

/** Whether the story's state, when a reading's, decides a bare shared name read as `id` before its text's cues. */
export const sharedByStory = (id: string): boolean => SHARED.get(id)?.byStory === true;

/** The states a bare shared name read as `id` may mean ("Congo": both Congos), or none when `id` is no shared name. */
export function sharedReadings(id: string): string[] {
  return SHARED.get(id)?.readings.map((r) => r.id) ?? [];
}

/** Shared demonym, lower case ("congolese") → the states it may mean (data/shared-names.json `demonyms`). */
const SHARED_DEMONYMS = new Map(
  sharedNames.names.flatMap((n) =>
    ((n as { demonyms?: string[] }).demonyms ?? []).map((d) => [d.toLowerCase(), n.readings.map((r) => r.id)] as const),
  ),
);

/** The states a demonym may mean when two states share it ("Congolese": both Congos), else none. */
export function sharedDemonymReadings(demonym: string): string[] {
  return SHARED_DEMONYMS.get(demonym.toLowerCase()) ?? [];
}
