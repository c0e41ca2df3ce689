// Session 35 (statebodies35): a region's government in a story filed from the region that names another state
// twice; "<Region> state police" of a state whose national police keeps a command per state; a state's people or
// "the invaders" striking as its military, never the state. Stories of our own, other regions and outlets than the
// class set (tests/fixtures/cross-statebodies35).
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe("a region's government beside another state named twice", () => {
  it("is the dateline Land's when the story names it twice and a foreign investor's state twice", () => {
    const n = nodes(
      'Erfurt (dpa) - A Swiss investor wants to take over the insolvent glass maker in Jena, in Thuringia. The ' +
        'company from Switzerland had made an offer, a spokesman said in Zurich. Switzerland is the largest foreign ' +
        'investor in the region. Minister-President Bodo Ramelow said in Erfurt that the state government would ' +
        'support the sale. The federal government was not involved.',
    );
    expect(n.at('the state government')).toEqual(['government-of-thuringia']);
    expect(n.at('The federal government')).toEqual(['germany']);
    expect(n.at('the state government')).not.toContain('switzerland');
  });

  it('stays unread for a region of another state than the dateline', () => {
    const n = nodes(
      'ZURICH (Reuters) - A Swiss investor wants to take over a glass maker in Jena, in Thuringia, and Thuringia ' +
        'officials welcomed it. Switzerland is the largest investor there. Switzerland said the government would ' +
        'not object.',
    );
    expect(n.at('the government would')).not.toContain('government-of-thuringia');
  });

  it('reads "accused the state government of reacting" as the region\'s', () => {
    const n = nodes(
      'Hanover (dpa) - Storms flooded cellars across Lower Saxony on Monday. Minister-President Stephan Weil ' +
        'promised aid in Hanover. The Greens accused the state government of reacting too late.',
    );
    expect(n.at('the state government of reacting')).toEqual(['government-of-lower-saxony']);
  });
});

describe("a Nigerian state's police command", () => {
  it('is "<State> state police" and "the command", one node with the command named in full', () => {
    const a = nodes(
      'KANO, Nigeria (AFP) - Gunmen kidnapped 12 travellers on a highway in northwest Nigeria, Katsina state ' +
        'police said on Monday. "We are pursuing the kidnappers," Katsina state police spokesman Abubakar Aliyu said.',
    );
    const b = nodes(
      'The Katsina State Police Command has rescued six of the kidnapped travellers. The command said in a ' +
        'statement that the operation was led by its tactical squad.',
    );
    expect(a.at('Katsina state police said')).toEqual(['katsina-state-police-command']);
    expect(b.at('Katsina State Police Command')).toEqual(['katsina-state-police-command']);
    expect(b.at('The command said')).toEqual(['katsina-state-police-command']);
  });

  it('keeps the national force and a region with a police of its own apart', () => {
    const n = nodes(
      'ABUJA (AFP) - The Nigeria Police Force said it had sent 200 officers to Kano state after Kano state police ' +
        'reported clashes.',
    );
    expect(n.at('Nigeria Police Force')).toEqual(['nigeria-police']);
    expect(n.at('Kano state police')).toEqual(['kano-state-police-command']);
    const m = nodes('CHANDIGARH (Reuters) - Punjab state police arrested four men on Monday, officials said.');
    expect(m.at('Punjab state police')).not.toContain('punjab-state-police-command');
  });
});

describe('a state\'s people or "the invaders" striking', () => {
  it('is the military, and Moscow or the Kremlin the state', () => {
    const n = nodes(
      'Russian troops shelled Nikopol overnight, wounding three people, the regional governor said. According to ' +
        'him, the invaders used heavy artillery, and the Russians also attacked the town with drones. The Kremlin ' +
        'denies targeting civilians, and Moscow did not comment.',
    );
    expect(n.at('Russian troops')).toEqual(['russia-military']);
    expect(n.at('the invaders')).toEqual(['russia-military']);
    expect(n.at('Russians also attacked')).toEqual(['russia-military']);
    expect(n.at('The Kremlin')).toEqual(['russia']);
    expect(n.at('Moscow did')).toEqual(['russia']);
  });

  it('is no military where no act of war follows', () => {
    const n = nodes(
      'The occupiers blame Ukraine for the blast in Enerhodar, while the Russians say the town is calm. Russian ' +
        'troops shelled Nikopol overnight.',
    );
    expect(n.at('The occupiers')).not.toContain('russia-military');
    expect(n.at('the Russians say')).not.toContain('russia-military');
  });

  it('leaves "the invaders" unread where two states\' forces strike', () => {
    const n = nodes(
      'Azerbaijani troops shelled Jermuk and Armenian forces fired back, the ministry said. The invaders used ' +
        'drones, residents said.',
    );
    expect(n.at('The invaders')).toEqual([]);
  });
});
