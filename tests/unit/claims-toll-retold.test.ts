// One speaker's toll told twice across outlets (graph/claims/decide.ts tollRetold): the same figure with the same
// outcome counting the same thing, the shorter telling a bare toll wholly in the longer; and the near misses that
// must stay apart (another figure, another outcome, another counted thing, an account of the strike, another speaker).
import { describe, expect, it } from 'vitest';

import { type Side, paraphrase } from '../../graph/claims/decide.ts';
import { claimSide, said } from './claim-sides.ts';

const side = claimSide;
const reason = (a: Side, b: Side) => paraphrase(a, b)?.reason ?? null;

describe("one speaker's toll told twice", () => {
  // A district police chief in northern Burkina Faso, quoted by a wire and by a local radio in their own words.
  const wire = side(
    'A JNIM ambush killed seven gendarmes, including a lieutenant, near Djibo on Sunday',
    said('issa-sawadogo', { outlet: 'afp' }),
    [['jnim', 'JNIM']],
  );
  const radio = side('seven gendarmes had been killed', said('issa-sawadogo', { outlet: 'radio-omega' }));

  it('meets: the shorter telling is a bare toll wholly in the longer, which may name whose strike it was', () => {
    expect(reason(wire, radio)).toMatch(/^paraphrase, same speaker, one toll: shares #7 .*~kill/);
    expect(reason(radio, wire)).toMatch(/one toll/);
  });

  it('keeps a longer telling accusing attackers by name apart: its blame as much as its toll', () => {
    const lede = side(
      'Gunmen of the JNIM group stormed the gendarmerie post near Djibo on Sunday, killing seven gendarmes',
      said('issa-sawadogo', { outlet: 'afp' }),
      [['jnim', 'JNIM']],
    );
    expect(paraphrase(lede, radio)).toBeNull();
  });

  it('meets when the outcome is told as a noun and the thing after it ("seven deaths among the gendarmes")', () => {
    const deaths = side('seven deaths among the gendarmes', said('issa-sawadogo'));
    const died = side('seven gendarmes had died', said('issa-sawadogo', { outlet: 'radio-omega' }));
    expect(reason(deaths, died)).toMatch(/one toll/);
  });

  it('keeps another outcome apart: seven wounded is not seven killed', () => {
    const wounded = side('seven gendarmes had been wounded', said('issa-sawadogo'));
    expect(paraphrase(wire, wounded)).toBeNull();
  });

  it('keeps another counted thing apart: seven attackers killed is not seven gendarmes killed', () => {
    const attackers = side('seven attackers had been killed', said('issa-sawadogo'));
    expect(paraphrase(radio, attackers)).toBeNull();
  });

  it('keeps another figure apart', () => {
    const nine = side('nine gendarmes had been killed', said('issa-sawadogo'));
    expect(paraphrase(radio, nine)).toBeNull();
  });

  it('keeps an account of the strike apart from the same speaker accusing a party with the same figure', () => {
    const account = side('A drone strike on the crowded cattle market in Djibo killed seven herders', said('jnim'));
    const accusation = side(
      'the army killed seven herders when it deliberately bombed civilians at the market',
      said('jnim', { outlet: 'afp' }),
      [['burkina-faso-military', 'the army']],
    );
    expect(reason(account, accusation)).toBeNull();
  });

  it('meets when only the longer telling names whose raid it was', () => {
    const named = side('a JNIM raid killed seven gendarmes', said('issa-sawadogo'), [['jnim', 'JNIM']]);
    const bare = side('seven gendarmes were killed near Djibo on Sunday', said('issa-sawadogo', { outlet: 'afp' }));
    expect(reason(named, bare)).toMatch(/one toll/);
  });

  it('is for one speaker: two speakers giving one bare figure are two tolls', () => {
    const mayor = side('seven gendarmes had been killed', said('amadou-ouedraogo', { outlet: 'radio-omega' }));
    const chief = side('seven gendarmes had died', said('issa-sawadogo'));
    expect(paraphrase(mayor, chief)).toBeNull();
  });
});
