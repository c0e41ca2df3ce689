// A bare toll relayed by an unnamed or relayed source ("a security source put the death toll at 14", "state media,
// citing the district police, said the number of dead had risen to seven") has no trigger of its own: it tells the
// incident told last before it (ingest/events/index.ts), so it meets another outlet's account of that incident's toll
// across articles (graph/claims/decide.ts incidentToll). A toll road, or a toll of no incident, tells none.
import { describe, expect, it } from 'vitest';

import { attackersBesideToll, namesToll } from '../../graph/claims/counted.ts';
import { paraphrase } from '../../graph/claims/decide.ts';
import { extract } from '../../ingest/extract.ts';
import { claimSide, said } from './claim-sides.ts';

const TEXT =
  'MAIDUGURI, Nigeria, May 4, 2018 (AFP) - Gunmen stormed the village of Dalwa in Borno state on Friday, burning ' +
  'homes and shooting residents, local sources said.\n\n' +
  'A security source, speaking on condition of anonymity, put the death toll at 11.\n\n' +
  'State television, citing the police, said the number of dead had risen to 11 and that 23 bodies had been ' +
  'recovered from the bush.\n\n' +
  'The governor said the state would rebuild the toll road to Dalwa next year.\n';

describe('a bare toll told by an unnamed or relayed source', () => {
  const x = extract({ source: 'wire.txt', text: TEXT });
  const toldBy = (start: string) => {
    const c = x.claims.find((k) => k.text.startsWith(start));
    expect(c, start).toBeDefined();
    return c!.about.filter((id) => x.incidents.some((i) => i.id === id));
  };
  const raid = () => {
    const i = x.incidents.find((k) => /Dalwa/.test(k.place ?? ''));
    expect(i).toBeDefined();
    return i!.id;
  };

  it('tells the incident told before it: "the death toll at", "the number of dead", "bodies"', () => {
    expect(toldBy('the death toll at 11')).toEqual([raid()]);
    expect(toldBy('the number of dead had risen')).toEqual([raid()]);
  });

  it('while a toll road tells none', () => {
    expect(toldBy('the state would rebuild the toll road')).toEqual([]);
  });

  it('names a toll by its words, not a toll road, a toll on something or a body that is an organisation', () => {
    for (const t of ['the toll stood at five', 'nine bodies at the site', 'two children were among the dead'])
      expect(namesToll(t), t).toBe(true);
    for (const t of ['the toll road to Dalwa', 'the war took a heavy toll on the economy', 'the electoral body would'])
      expect(namesToll(t), t).toBe(false);
  });
});

// Across articles: the bare toll now tells the incident, so it meets another outlet's toll of it, never the attackers'
// dead with the same figure (graph/claims/counted.ts attackersBesideToll).
describe("a bare toll beside another outlet's account of the incident", () => {
  const RAID = '^abc123:attack-dalwa';
  const relayed = said('a1b2c3d4e5f6:anon-security-source', { outlet: 'afp', via: ['nta'] });
  const bare = (figure: string) => claimSide(`the death toll at ${figure}`, relayed, [], RAID);
  const police = said('nigeria-police', { outlet: 'reuters' });

  it('meets the same figure told with its victims', () => {
    const toll = claimSide(
      'Gunmen killed 11 villagers in an attack on the village of Dalwa in Borno state',
      police,
      [],
      RAID,
    );
    expect(paraphrase(bare('11'), toll)?.reason).toMatch(/#11/);
    expect(paraphrase(toll, bare('11'))).not.toBeNull();
  });

  it("keeps the attackers' dead apart, whatever the figure: a death toll counts the victims", () => {
    for (const n of ['two', '11']) {
      const attackers = claimSide(`${n} attackers were killed in the exchange of fire`, police, [], RAID);
      expect(attackersBesideToll(`the death toll at ${n}`, attackers.text)).toBe(true);
      expect(paraphrase(bare(n), attackers)).toBeNull();
      expect(paraphrase(attackers, bare(n))).toBeNull();
    }
  });

  it("while the victims' toll is no attackers' count: two police officers killed beside the death toll at two", () => {
    expect(attackersBesideToll('the death toll at two', 'killing two police officers')).toBe(false);
    expect(attackersBesideToll('two attackers were killed', 'two attackers were neutralised')).toBe(false);
  });
});
