// Polities that are no UN member (session 31): a self-governing territory or a de facto state is its own actor and
// its government is the polity, never the sovereign; an autonomy's or a region's government and legislature are
// bodies of their own, what "the regional government" names in a story about it; "Government" and "the State"
// written capitalized are the story's own state.
import { describe, expect, it } from 'vitest';

import { genericNames, regionsOf, storyRegion } from '../../ingest/actors/regional-bodies.ts';
import { extract } from '../../ingest/extract.ts';

/** Each mention's text → the actor ids its mentions went to, each once. */
function mentionsOf(text: string): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const a of extract({ source: 'wire.txt', text }).actors) {
    for (const [s, e] of a.mentions) out.set(text.slice(s, e), (out.get(text.slice(s, e)) ?? new Set()).add(a.id));
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

describe('a territory or de facto state', () => {
  it('is its own actor, and its government in its own language is the polity, not the sovereign', () => {
    const t =
      'NUUK, March 3 (Reuters) - Greenland will not grant the licence, Naalakkersuisut said on Friday. ' +
      'Denmark said it had not been consulted. The Faroese government backed Greenland.';
    const m = mentionsOf(t);
    expect(m.get('Greenland')).toEqual(['greenland']);
    expect(m.get('Naalakkersuisut')).toEqual(['greenland']);
    expect(m.get('Denmark')).toEqual(['denmark']);
    expect(m.get('Faroese government')).toEqual(['faroe-islands']);
  });

  it('gives "the separatist authorities" to the one de facto state the story is about', () => {
    const t =
      'CHISINAU, Jan 3 (Reuters) - Transnistria declared an emergency. Moldova offered help, but the separatist ' +
      'authorities in Transnistria refused it.';
    expect(mentionsOf(t).get('the separatist authorities')).toEqual(['transnistria']);
  });
});

describe('a region’s own government and legislature', () => {
  it('are their own bodies, never the sovereign and never another region’s', () => {
    const t =
      'MADRID, Dec 19 (AFP) - The Basque Parliament approved the budget of the Basque government on Thursday. ' +
      'Basque leaders said the Basque Country needed it. Unlike the Catalan government, the regional government has ' +
      'negotiated with Madrid. The Spanish government welcomed the vote.';
    const m = mentionsOf(t);
    expect(m.get('Basque government')).toEqual(['basque-government']);
    expect(m.get('the regional government')).toEqual(['basque-government']);
    expect(m.get('Catalan government')).toEqual(['catalonia-government']);
    expect(m.get('Basque Parliament')).toEqual(['basque-parliament']);
    expect(m.get('Spanish government')).toEqual(['spain']);
  });

  it('leave "the regional government" unread when two regions are named about as often', () => {
    const t =
      'MADRID (AFP) - The Catalan government and the Basque government met. The regional government said talks went well.';
    const read = mentionsOf(t).get('The regional government') ?? [];
    expect(read).not.toContain('basque-government');
    expect(read).not.toContain('catalonia-government');
  });

  it('knows the story region from the region named most, none on a tie', () => {
    expect(storyRegion('In Gagauzia, the Gagauz autonomy and the People’s Assembly of Gagauzia met.')?.key).toBe(
      'gagauzia',
    );
    expect(storyRegion('Scotland and Wales voted.')).toBeNull();
    expect(storyRegion('The government of Moldova met.')).toBeNull();
  });

  it('names a body by its generic name without the region’s', () => {
    const gagauzia = regionsOf().find((r) => r.key === 'gagauzia')!;
    expect(genericNames(gagauzia, gagauzia.government!)).toContain('Executive Committee');
    expect(genericNames(gagauzia, gagauzia.legislature!)).toContain("People's Assembly");
  });

  it('in an autonomy leaves the bare "Parliament" to the sovereign', () => {
    const t =
      'BUKA - The Autonomous Bougainville Government and the National Government remain divided. Bougainville ' +
      'will not accept the vote, the ABG said. The Bougainville House of Representatives met. Parliament will vote ' +
      'next month, Papua New Guinea Prime Minister James Marape said.';
    const m = mentionsOf(t);
    expect(m.get('Autonomous Bougainville Government')).toEqual(['bougainville-government']);
    expect(m.get('Bougainville House of Representatives')).toEqual(['bougainville-parliament']);
    expect(m.get('Parliament')?.[0]).toMatch(/^papua-new-guinea-/);
  });
});

describe('"Government" and "the State" written capitalized', () => {
  it('are the story state where the word stands alone', () => {
    const t =
      'APIA - Samoa will build a sea wall. Government has approved the funds, the minister said.\n\n' +
      '"Government has listened to the families," he said, adding that Government would pay for it.';
    const m = mentionsOf(t);
    expect(m.get('Government')).toEqual(['samoa']);
  });

  it('are no state inside a name or before a noun they qualify', () => {
    const t =
      'HONIARA - The Solomon Islands Government said Government House was closed. Government spokesman Ben Tome said so.';
    const m = mentionsOf(t);
    expect(m.get('The Solomon Islands Government')?.[0]).toMatch(/^solomon-islands/);
    expect(m.get('Government')).toBeUndefined();
  });

  it('reads "the State" as the state but in a federation, whose states are "the State"', () => {
    const kuwait = 'KUWAIT, Jan 5 (KUNA) - Kuwait hailed the ruling, which protects the State, the minister said.';
    expect(mentionsOf(kuwait).get('the State')).toEqual(['kuwait']);
    const india = 'NEW DELHI (PTI) - India and its states argued. The ruling protects the State, the minister said.';
    expect(mentionsOf(india).get('the State')).toBeUndefined();
  });
});
