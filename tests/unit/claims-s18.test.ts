// Cross-article claim identity on made-up wire copy from regions the fixtures do not cover (graph/claims/decide.ts):
// one speaker's retelling of what a party did, and the near misses that must stay apart.
import { describe, expect, it } from 'vitest';

import { type Origin, type Side, answer, paraphrase } from '../../graph/claims/decide.ts';
import { claimTerms } from '../../graph/claims/terms.ts';
import { extract } from '../../ingest/extract.ts';

const said = (speaker: string, o: Partial<Origin> = {}): Origin => ({
  type: 'CLAIMS',
  speaker,
  affiliation: 'mali',
  via: [],
  outlet: null,
  publishedAt: '2024-02-12',
  ...o,
});
/** A claim naming the group JNIM wherever its text spells it. */
function side(text: string, origin: Origin): Side {
  const i = text.indexOf('JNIM');
  const actors = [{ id: 'jnim', kind: 'group', spans: i >= 0 ? [[i, i + 4] as [number, number]] : [] }];
  return { text, terms: claimTerms({ text, actors }), origins: [origin] };
}

describe("one speaker's retelling of a party's act", () => {
  // An army spokesman in Bamako, quoted by two outlets in their own words.
  const afp = side(
    'JNIM militants were fighting alongside the clan militia in the Boni forest',
    said('souleymane-dembele'),
  );
  const radio = side(
    'JNIM had sent fighters to reinforce the militia',
    said('souleymane-dembele', { outlet: 'studio-tamani' }),
  );

  it('meets when the party and the act are the same and half the lighter telling is shared', () => {
    expect(paraphrase(afp, radio)?.reason).toMatch(/^paraphrase, same speaker: shares .*@jnim.*~join/);
  });

  it('keeps another speaker saying it apart (the close-origin rule is for one speaker)', () => {
    const other = side('JNIM had sent fighters to reinforce the militia', said('amadou-toure', { affiliation: null }));
    expect(paraphrase(afp, other)).toBeNull();
  });

  it('keeps a figure only one telling gives apart: another scope', () => {
    const tally = side('JNIM had ambushed six army convoys this year', said('souleymane-dembele'));
    const blame = side('the attack on the Boni checkpoint was carried out by JNIM gunmen', said('souleymane-dembele'));
    expect(paraphrase(tally, blame)).toBeNull();
  });
});

describe("the accused's denial that names nobody", () => {
  // An army spokesman in Addis Ababa accuses the militia; a day later the militia, quoted by another outlet, denies
  // "attacking the soldiers": its own act, though the denial does not name it.
  const fano = 'Fano militiamen ambushed soldiers escorting a fuel convoy near Debre Markos';
  const claim: Side = {
    text: fano,
    terms: claimTerms({ text: fano, actors: [{ id: 'fano', spans: [[0, 4]] }] }),
    origins: [said('getnet-adane', { affiliation: 'ethiopia' })],
  };
  const denial = (text: string, speaker: string) => {
    const o = said(speaker, { type: 'DENIES', affiliation: null });
    return { text, terms: claimTerms({ text, actors: [] }), origins: [o], denier: o };
  };

  it('answers the claim that names the denier when all it says is in the claim', () => {
    expect(answer(denial('attacking the soldiers', 'fano'), claim)?.reason).toMatch(/denied by the accused/);
  });

  it('does not answer what the claim does not say, nor for someone the claim does not name', () => {
    expect(answer(denial('killing civilians', 'fano'), claim)).toBeNull();
    expect(answer(denial('attacking the soldiers', 'amhara-regional-council'), claim)).toBeNull();
  });
});

describe('a bare denial inside one article', () => {
  const answered = (text: string) => {
    const x = extract({ source: 'wire.txt', text });
    const denial = x.claims.find((c) => c.stance === 'denies');
    return x.claims.find((c) => c.id === denial?.answers)?.text ?? null;
  };

  it('answers the accusation against the denier, not the claim told last', () => {
    expect(
      answered(
        "N'DJAMENA, March 4, 2023 (AFP) - Chad's government said Sudan had armed the rebels who attacked the border " +
          'town of Adre. Police said the attackers belonged to the Front for Change and Concord in Chad. Sudan’s ' +
          'foreign ministry rejected the accusation as baseless.\n',
      ),
    ).toMatch(/^Sudan had armed the rebels/);
  });

  it('reads "that account" as a bare reference to what was said', () => {
    expect(
      answered(
        "NAIROBI, June 9, 2022 (Reuters) - Kenya's military said the gunmen had crossed from Somalia before the raid " +
          "on Mandera. Somalia's government rejected that account.\n",
      ),
    ).toMatch(/^the gunmen had crossed from Somalia/);
  });
});
