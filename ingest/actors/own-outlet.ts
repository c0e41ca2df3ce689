// The outlet a story names as its own in its text ("a local resident told 24.kg", "Asia-Plus could not
// independently verify", "as Kabar reported earlier"), read where neither a dateline nor the page names one.
// In: the article text. Out: that outlet's home state (gazetteer/data/outlets.json), or null.
import { findOutletIn, outletHomeState } from '../gazetteer/index.ts';

/** Up to four capitalized words or figures ("24.kg", "Radio Free Europe", "Asia-Plus"). */
const RUN = String.raw`[\p{Lu}\d][^\s,;:()"“”]*(?:\s+[\p{Lu}\d][^\s,;:()"“”]*){0,3}`;
/** A source speaking to the outlet: "told 24.kg", "said in an interview with Kabar". */
const TOLD = new RegExp(
  String.raw`\b(?:told|said to|in an interview with|speaking to|in (?:a )?comments? to)\s+(?:the\s+)?(${RUN})`,
  'gu',
);
/** The outlet's own voice: "<Outlet> could not independently verify", "<Outlet> reported earlier". */
const OWN_VOICE = new RegExp(
  String.raw`(${RUN})\s+(?:(?:could not|cannot|was unable to|has not been able to)\s+(?:independently\s+)?(?:verify|confirm)|(?:has\s+|had\s+)?(?:earlier\s+|previously\s+)?reported\s+(?:earlier|previously|before))\b`,
  'gu',
);

/**
 * The home state of the one outlet the text cites as its own, when it cites one with a home state and no other;
 * an international outlet ("told Reuters") has none, and two outlets so cited tell nothing.
 */
export function ownOutletState(text: string): string | null {
  const cited = new Set<string>();
  for (const m of [...text.matchAll(TOLD), ...text.matchAll(OWN_VOICE)]) {
    const outlet = findOutletIn(m[1]!.replace(/[.’']+$/, ''));
    if (outlet) cited.add(outlet.name);
  }
  if (cited.size !== 1) return null;
  return outletHomeState([...cited][0]!);
}
