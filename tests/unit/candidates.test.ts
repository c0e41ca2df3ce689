// Review candidates (graph/candidates.ts): what identity did not merge or cannot tell apart, with evidence.
// In: hand-made actor provenance as GraphStore.actorMentions returns it. Out: the candidates.
import { describe, expect, it } from 'vitest';

import { findCandidates } from '../../graph/candidates.ts';
import type { ActorMentions } from '../../graph/store.ts';

const A = 'aaaaaaaaaaaa';
const B = 'bbbbbbbbbbbb';
const C = 'cccccccccccc';
function actor(id: string, name: string, articles: string[], extra: Partial<ActorMentions> = {}): ActorMentions {
  return {
    id,
    name,
    kind: 'person',
    anonymous: false,
    aliases: [],
    roles: [],
    mentions: articles.map((article) => ({
      article,
      forms: [name],
      rule: id.includes(':') ? 'one word' : 'full name',
    })),
    ...extra,
  };
}

describe('findCandidates', () => {
  it('offers the full names a one-word name may stand for, the one sharing its articles’ actors first', () => {
    const actors = [
      // "Obama" alone in articles A and B, which also mention the Senate and Iran: Barack Obama's context.
      actor(`${A}:obama`, 'Obama', [A], { roles: ['President'] }),
      actor(`${B}:obama`, 'Obama', [B]),
      actor('michelle-obama', 'Michelle Obama', ['m1', 'm2', 'm3']),
      actor('barack-obama', 'Barack Obama', ['b1', 'b2']),
      actor('senate', 'Senate', [A, 'b1'], { kind: 'organization' }),
      actor('iran', 'Iran', [B, 'b2'], { kind: 'state' }),
    ];
    const [c, ...rest] = findCandidates(actors);
    expect(c).toMatchObject({ kind: 'surname', actors: ['barack-obama', 'michelle-obama'], weight: 2 });
    expect(c!.evidence[0]).toBe('"Obama" alone (no full name in the article) in 2 articles, titled President');
    expect(c!.evidence[1]).toContain('Barack Obama [barack-obama] (2 articles; 2 actors in common)');
    expect(c!.suggestion).toContain('"merge": { "Obama": "barack-obama" }');
    // The scoped "Obama" nodes are not listed a second time as a same-name candidate.
    expect(rest).toEqual([]);
  });

  it('flags names differing by a suffix or a short form, middle initials that disagree, and titles that differ', () => {
    const actors = [
      actor('joseph-biden', 'Joseph R. Biden', [A, B]),
      actor('joseph-biden-jr', 'Joseph R. Biden Jr.', [C]),
      actor('george-bush', 'George Bush', [A], { aliases: ['George W. Bush', 'George H. W. Bush'] }),
      actor(`${A}:salman`, 'Salman', [A], { roles: ['King'] }),
      actor(`${B}:salman`, 'Salman', [B], { roles: ['Crown Prince'] }),
      actor('hillary-clinton', 'Hillary Clinton', [A]),
      actor('william-clinton', 'Bill Clinton', [B]),
    ];
    const found = findCandidates(actors);
    expect(found.map((c) => [c.kind, c.actors])).toEqual([
      ['suffix', ['joseph-biden', 'joseph-biden-jr']],
      ['same name', [`${A}:salman`, `${B}:salman`]],
      ['middle initials', ['george-bush']],
    ]);
    expect(found[1]!.evidence).toContain('titles differ: King | Crown Prince (likely different)');
  });
  it('flags two people whose given and family names differ only as romanizations do, never two given names', () => {
    const actors = [
      actor('hassan-rouhani', 'Hassan Rouhani', [A, B]),
      actor('hasan-rohani', 'Hasan Rohani', [C]),
      actor('hossein-rouhani', 'Hossein Rouhani', ['d1']),
      actor('ibrahim-raisi', 'Ibrahim Raisi', ['d2']),
      actor('ebrahim-raisi', 'Ebrahim Raisi', ['d3']),
    ];
    const spelling = findCandidates(actors).filter((c) => c.kind === 'spelling');
    expect(spelling.map((c) => c.actors)).toEqual([
      ['hassan-rouhani', 'hasan-rohani'],
      ['ibrahim-raisi', 'ebrahim-raisi'],
    ]);
    expect(spelling[0]!.suggestion).toContain('"merge": { "hasan-rohani": "hassan-rouhani" }');
  });
});
