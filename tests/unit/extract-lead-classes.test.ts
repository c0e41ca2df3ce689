// Three classes the lead's held-out wire stories of 12-03 showed (issue #10), each on other places and years, through
// the whole pipeline: a participle used as an adjective before a name is no cue ("the disputed Paracel Islands"),
// "X, citing <a reason>, said" keeps X the speaker (only a cited voice speaks through X), and a state's coast guard is
// one body of that state however it is written ("China's coast guard", "the Chinese coast guard"); from the second
// batch: other parties' plurals ("Christian Democrats") are not the US Democratic Party, "Christian" opens names,
// "told reporters the X ..." keeps its subject in the content, an indefinite "A nurse, who ..., said" is someone new.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const run = (text: string) => extract({ source: 'wire.txt', text });
const said = (x: ReturnType<typeof run>) =>
  x.claims.map((c) => [c.speaker, c.stance, c.text, ...(c.via.length ? [c.via] : [])]);

describe('extract: classes from the 12-03 held-out stories', () => {
  it('reads "the disputed <Name>" as a noun phrase, not a denial', () => {
    const x = run(
      'HANOI, June 4, 2021 (Reuters) - Vietnamese fishermen returned to the disputed Paracel Islands on Friday, ' +
        'the fisheries association said. An alleged Chinese survey ship was seen nearby, the navy said.',
    );
    expect(x.claims.map((c) => c.stance)).toEqual(['claims', 'claims']);
    expect(x.claims.map((c) => c.text)).toEqual([
      'Vietnamese fishermen returned to the disputed Paracel Islands on Friday',
      'An alleged Chinese survey ship was seen nearby',
    ]);
  });

  it('keeps the subject as speaker when what it cites is a reason, and relays a cited voice', () => {
    const x = run(
      "NAIROBI, March 2, 2023 (AFP) - Kenya's government, citing rising fuel costs, said it would raise bus fares in July. " +
        'The airline, citing security concerns, said it had suspended flights to Mogadishu. ' +
        'The Daily Nation, citing the health ministry, said 40 people had died of cholera.',
    );
    expect(said(x)).toEqual([
      ['kenya', 'claims', 'it would raise bus fares in July'],
      [expect.stringContaining('airline'), 'claims', 'it had suspended flights to Mogadishu'],
      [expect.stringContaining('health-ministry'), 'claims', '40 people had died of cholera', ['daily-nation']],
    ]);
  });

  it("makes a state's coast guard one named body of that state, in any wording", () => {
    const x = run(
      "TOKYO, Sept 9, 2024 (Kyodo) - Japan's coast guard said a Chinese coast guard ship entered Japanese waters near " +
        'the Senkaku Islands. The Chinese coast guard said it had patrolled its own waters.',
    );
    const guards = x.actors.filter((a) => /coast-guard/.test(a.id));
    expect(guards.map((a) => [a.id, a.anonymous])).toEqual([
      ['japan-coast-guard', false],
      ['china-coast-guard', false],
    ]);
    expect(x.claims.map((c) => c.speaker)).toEqual(['japan-coast-guard', 'china-coast-guard']);
  });

  it('keeps other parties named by a plural apart from the US parties, and reads "Christian" as a given name', () => {
    const x = run(
      'VIENNA, Oct 1, 2019 (Reuters) - Chancellor Christian Stocker said the coalition would hold. ' +
        'The opposition Social Democrats said they would vote against the budget. ' +
        'In Washington, House Democrats said the aid bill was dead.',
    );
    const ids = x.actors.map((a) => a.id);
    expect(ids).toContain('christian-stocker');
    expect(ids).toContain('social-democrats');
    expect(said(x)).toEqual([
      ['christian-stocker', 'claims', 'the coalition would hold'],
      ['social-democrats', 'claims', 'they would vote against the budget'],
      ['democratic-party', 'claims', 'the aid bill was dead'],
    ]);
  });

  it('keeps the subject after "told reporters", and gives "A nurse, who ..., said" to a new speaker', () => {
    const x = run(
      'SANAA, Jan 5, 2022 (AP) - Health Minister Qasim Buhaybih told reporters the hospital had run out of fuel. ' +
        'A nurse at the hospital, who asked not to be named, said generators had stopped on Tuesday.',
    );
    expect(said(x)).toEqual([
      ['qasim-buhaybih', 'claims', 'the hospital had run out of fuel'],
      [expect.stringMatching(/^anon-.*nurse/), 'claims', 'generators had stopped on Tuesday'],
    ]);
  });

  it('reads a name after a lower-case role as a person even when its first word is an adjective ("Roman")', () => {
    const x = run(
      'KAZAN, May 2, 2023 (Reuters) - Tatarstan regional governor Roman Galiev said a drone had hit a warehouse. ' +
        'He said nobody had been hurt.',
    );
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Roman Galiev']);
    expect(x.claims.map((c) => c.speaker)).toEqual(['roman-galiev', 'roman-galiev']);
  });

  it('reads a capitalized portfolio before "Minister" as part of the title, not as an actor', () => {
    const x = run(
      'KATHMANDU, Aug 3, 2024 (AFP) - Water Supply Minister Pradip Yadav said 40 villages had no clean water. ' +
        'The Red Cross said it had sent tankers.',
    );
    expect(x.actors.map((a) => a.name)).not.toContain('Water Supply');
    expect(x.claims.map((c) => c.speaker)).toEqual(['pradip-yadav', 'icrc']);
  });
});
