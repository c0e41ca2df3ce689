// A speech verb's attribution frame. The cue match (site.ts: is it speech here, what stands left and right of it)
// comes first; then the readings are tried in order, and the first that applies gives the frame or rules the cue
// out: "X quoted Y as saying C", participles, passives, a subject before the cue (subject.ts: a relative pronoun,
// content first or content after), and a speaker after the cue's comma (inverted.ts).
// In: a verb cue token in a sentence and the frames found before it. Out: a Frame or null.
import type { Ctx } from '../content.ts';
import type { CueInfo } from '../cues.ts';
import type { Frame } from '../frame-base.ts';
import { speakerAfterComma } from './inverted.ts';
import { participleFrame } from './participle.ts';
import { passiveFrame, quotedAsSaying } from './passive.ts';
import { type Reading, verbSite, type VerbSite } from './site.ts';
import { subjectFirst } from './subject.ts';

const READINGS: ((s: VerbSite) => Reading)[] = [quotedAsSaying, participleFrame, passiveFrame, subjectFirst];

export function verbFrame(ctx: Ctx, i: number, cue: CueInfo, si: number, earlier: Frame[] = []): Frame | null {
  const site = verbSite(ctx, i, cue, si, earlier);
  if (!site) return null;
  for (const read of READINGS) {
    const f = read(site);
    if (f !== undefined) return f;
  }
  return speakerAfterComma(site);
}
