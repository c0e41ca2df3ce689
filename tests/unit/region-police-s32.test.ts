// Bodies of a story's region (session 32): a bare "police" in a story about a region that polices itself (an Indian
// state, an Australian state, Catalonia) is that region's force, the same id its name gives in another article, never
// the state's national force nor another region's; "the state government" is the region's government; a bare
// "police" in a self-governing territory is the territory's own force.
import { describe, expect, it } from 'vitest';

import { policedRegions } from '../../ingest/gazetteer/policed-regions.ts';
import { extract } from '../../ingest/extract.ts';

/** Each mention's text → the actor ids its mentions went to, each once. */
function mentionsOf(text: string): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const a of extract({ source: 'wire.txt', text }).actors) {
    for (const [s, e] of a.mentions) out.set(text.slice(s, e), (out.get(text.slice(s, e)) ?? new Set()).add(a.id));
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

/** The ids every mention written exactly so went to. */
const idsOf = (m: Map<string, string[]>, surface: string) => m.get(surface) ?? [];

describe('a bare "police" in a story about a region with its own force', () => {
  it('is the region’s police, the id its name gives elsewhere', () => {
    const told =
      'Guwahati, May 9 (PTI) Three people were killed in a landslide in Assam on Sunday, police said. ' +
      'Rescue teams from Assam were sent to the site.';
    const named = 'GUWAHATI - The Assam Police said on Monday that roads in the district would stay shut.';
    expect(idsOf(mentionsOf(told), 'police')).toEqual(['assam-police']);
    expect(idsOf(mentionsOf(named), 'Assam Police')).toEqual(['assam-police']);
  });

  it('is not another region’s police named later in the story', () => {
    const t =
      'Guwahati, June 2 (PTI) Police arrested four men in Assam on Friday, police said. Assam officials welcomed ' +
      'the arrests. Separately, Meghalaya police said they had found the car.';
    const m = mentionsOf(t);
    expect(idsOf(m, 'police')).toEqual(['assam-police']);
    expect(idsOf(m, 'Meghalaya police')).toContain('meghalaya-police');
    expect(idsOf(m, 'Meghalaya police')).not.toContain('assam-police');
  });

  it('is the regional force, not the national one the story names before it', () => {
    const t =
      'BARCELONA (Reuters) - The Mossos d’Esquadra cleared the square in Barcelona on Sunday. The National Police ' +
      'guarded the port. Catalan officials said police had used batons.';
    expect(idsOf(mentionsOf(t), 'police')).toEqual(['catalonia-police']);
  });

  it('is no region’s when the story names two regions of the state as often', () => {
    const t =
      'SYDNEY (AAP) - Storms hit Queensland and New South Wales on Monday. Queensland and New South Wales ' +
      'declared disasters, police said.';
    const read = idsOf(mentionsOf(t), 'police');
    expect(read).not.toContain('queensland-police');
    expect(read).not.toContain('new-south-wales-police');
  });
});

describe('a region’s government written without its name', () => {
  it('is the story region’s government, and another region’s stays apart', () => {
    const t =
      'Chennai, Nov 3 (PTI) Tamil Nadu Chief Minister M K Stalin said on Friday the state government would ' +
      'release funds for flood relief in Tamil Nadu. The Kerala government offered help.';
    const m = mentionsOf(t);
    expect(idsOf(m, 'the state government')).toEqual(['government-of-tamil-nadu']);
    expect(idsOf(m, 'The Kerala government')).not.toContain('government-of-tamil-nadu');
  });
});

describe('a bare "police" in a self-governing territory', () => {
  it('is the territory’s own force, not its sovereign’s', () => {
    const t =
      'HAMILTON, Bermuda (AP) - A man was shot dead in Bermuda on Saturday, police said. Britain has offered ' +
      'detectives to help Bermuda.';
    const m = mentionsOf(t);
    expect(idsOf(m, 'police')).toEqual(['bermuda-police']);
  });
});

describe('a small state written by its acronym', () => {
  it('is the state in a story about it, and stays as written elsewhere', () => {
    const about =
      'MAJURO (RNZ Pacific) - The Marshall Islands will hold a new vote in Ebeye. The RMI has asked the ' +
      'United States for help, the Marshall Islands said.';
    const other = 'DENVER (AP) - RMI said the Colorado grid needed more batteries, the institute told reporters.';
    expect(idsOf(mentionsOf(about), 'RMI')).toEqual(['marshall-islands']);
    expect(idsOf(mentionsOf(other), 'RMI')).not.toContain('marshall-islands');
  });
});

describe('the regions data', () => {
  it('reads a region name two states share for neither', () => {
    expect(policedRegions.some((r) => r.name === 'Punjab')).toBe(false);
    expect(policedRegions.find((r) => r.name === 'Sindh')?.state).toBe('pakistan');
  });
});
