// Store-internal lookup keys: searchKey (normalised names and texts of a node, one per line, for text-index
// lookups) and chainKey (a speech relationship's place in trace order). In: records. Out: strings.
import { type Props, type RelRecord, SPEECH_TYPES, stringsOf } from '../model.ts';
import { bandKey, claimKeyInput } from '../claims/similar.ts';
import { areaLookups, placeKey, placeSound } from '../incidents/key.ts';
import { normalizeName } from '../resolve.ts';

const str = (v: unknown): string[] => (typeof v === 'string' ? [v] : []);

/** The texts search() matches per label, as the embedded store's searchableTexts. */
export function searchableTexts(label: string, props: Props): string[] {
  if (label === 'Actor') return [...str(props.name), ...stringsOf(props.aliases)];
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

/**
 * Store-internal node properties: searchKey; on claims the MinHash band keys (graph/claims/similar.ts) that
 * findClaims looks up; on incidents the normalised place and how it sounds, which findIncidents looks up.
 */
export function internalNodeProps(label: string, props: Props): Props {
  const out: Props = { searchKey: searchKey(label, props) };
  if (label === 'Claim') out.bandKey = bandKey(claimKeyInput(props));
  if (label === 'Incident') {
    const place = typeof props.place === 'string' ? props.place : null;
    out.placeKey = placeKey(place);
    out.placeSound = placeSound(place);
    // Every spelling of each area (its key, sound and compact letters), as the embedded store files them.
    out.areaTerms = areaLookups(Array.isArray(props.areas) ? props.areas.map(String) : []).map(areaTerm);
    out.areaKey = areaKeyOf(out.areaTerms as string[]);
  }
  return out;
}

/** An area key as one term of the whitespace-analysed area index: "tak bai" → "tak_bai". */
export const areaTerm = (key: string) => key.replace(/ /g, '_');
/** The indexed areaKey property: its terms, one per line. */
export const areaKeyOf = (terms: string[]) => terms.join('\n');

/** Separates chainKey's fields: below every character of an id or a date, so field order decides. */
export const CHAIN_SEP = '\u0001';
/** Stands in for an unknown date: above every date, so undated chains come last as in compareSpeechKey. */
export const CHAIN_UNDATED = '\uffff';
const START_DIGITS = 10;
/** What CHAIN_BACKFILL (schema.ts) needs to build chainKey in Cypher exactly as chainKey() does. */
export const CHAIN_PARAMS = { sep: CHAIN_SEP, undated: CHAIN_UNDATED, zeros: '0'.repeat(START_DIGITS) };

/**
 * The chainKey property of a CLAIMS/DENIES/CONFIRMS relationship: its claim id, then the fields of
 * graph/trace/assemble.ts compareSpeechKey (date, article, start, speaker) as one string whose order is that
 * order, so a claim's earliest chains per stance are one range-index seek (`STARTS WITH claim + CHAIN_SEP`,
 * index-ordered) instead of sorting thousands of relationships. Neo4j orders strings by code point and JS
 * by UTF-16 unit: the two differ only between astral and U+E000..U+FFFF characters at the same position of
 * two ids, which ids do not mix. CHAIN_BACKFILL (schema.ts) builds the same string in Cypher.
 */
export function chainKey(
  claim: string,
  k: { date: string | null; article: string; start: number; speaker: string },
): string {
  return [claim, k.date ?? CHAIN_UNDATED, k.article, String(k.start).padStart(START_DIGITS, '0'), k.speaker].join(
    CHAIN_SEP,
  );
}

/** Store-internal properties of one relationship record: chainKey on speech relationships. */
export function internalRelProps(rel: RelRecord): Props {
  if (!(SPEECH_TYPES as readonly string[]).includes(rel.type)) return {};
  const p = rel.props;
  const date = typeof p.publishedAt === 'string' ? p.publishedAt : null;
  return {
    chainKey: chainKey(rel.target, { date, article: String(p.article), start: Number(p.start), speaker: rel.source }),
  };
}
