// A state's armed forces keep apart their combatant commands and branches, which still act for the state: US Africa
// Command and US Central Command are their own nodes, not the US military's aliases, and a strike a command or a
// branch carried out is the same happening as the state's strike told in the sentence before. A region named after
// a capital ("Middle Juba", "Greater Khartoum") is a place, not that capital's government. Wire stories of our own.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';
import { nodes } from './resolved-nodes.ts';

const JILIB =
  'NAIROBI, Feb 11 (Reuters) - A U.S. air strike killed a senior al Shabaab commander near the town of Jilib in ' +
  'Middle Juba on Sunday, U.S. Africa Command said on Monday. AFRICOM said the strike was carried out at the request ' +
  'of the Somali government. The U.S. military has conducted dozens of strikes in Somalia since 2022.';

describe("a state's combatant commands", () => {
  it('are their own nodes, apart from the armed forces', () => {
    const jilib = nodes(JILIB);
    expect(jilib.at('U.S. Africa Command')).toEqual(['united-states-africa-command']);
    expect(jilib.at('AFRICOM')).toEqual(['united-states-africa-command']);
    expect(jilib.at('U.S. military')).toEqual(['united-states-military']);
  });

  it('keep CENTCOM, written by its acronym or its name, one node apart from the US Navy', () => {
    const gulf = nodes(
      'DUBAI, June 14 (AP) - U.S. Central Command said on Friday that a U.S. Navy destroyer shot down two drones ' +
        'over the Red Sea. CENTCOM said no ships were damaged.',
    );
    expect(gulf.at('U.S. Central Command')).toEqual(['united-states-central-command']);
    expect(gulf.at('CENTCOM')).toEqual(['united-states-central-command']);
    expect(gulf.at('U.S. Navy')).toEqual(['united-states-navy']);
  });

  it("tell one strike with the state's, when the command carries it out", () => {
    const x = extract({
      source: 'wire.txt',
      text:
        'AMMAN, April 24 (Reuters) - A U.S. drone strike hit a village market in northwestern Syria on Friday, ' +
        'killing seven people, rescuers said. "CENTCOM forces struck a vehicle carrying the terrorist leader," ' +
        'U.S. Central Command said in a statement.',
    });
    expect(x.incidents).toHaveLength(1);
  });
});

describe('a region named after a capital', () => {
  it('is a place, not the government of the capital', () => {
    const jilib = nodes(JILIB);
    expect(jilib.at('Juba')).toEqual([]);
    expect(jilib.ids()).not.toContain('south-sudan');
    const sudan = nodes(
      'KHARTOUM (Reuters) - Residents of Greater Khartoum reported heavy shelling. Juba said it would send envoys.',
    );
    expect(sudan.at('Khartoum')).toEqual([]);
    expect(sudan.at('Juba')).toEqual(['south-sudan']);
  });
});

describe("another state's body named with a known body's short alias", () => {
  it("is the owner's organ after its possessive, and again when named alone", () => {
    const idf = nodes(
      "JERUSALEM (Reuters) - The head of the Israeli military's Central Command ordered an inquiry on Tuesday into " +
        'the shooting of a teenager near Hebron. Central Command said troops had come under fire. In Washington, the ' +
        'Pentagon said U.S. Central Command was moving a second carrier to the region.',
    );
    expect(idf.at('Central Command')).toEqual(['israel-military-central-command']);
    expect(idf.at('Central Command', 1)).toEqual(['israel-military-central-command']);
    expect(idf.at('U.S. Central Command')).toEqual(['united-states-central-command']);
  });

  it('is the Iranian body of the longer name, not the US one of the shorter', () => {
    const iran = nodes(
      "TEHRAN (Reuters) - Iran's Supreme National Security Council said on Sunday it would respond to the strike, " +
        'state media reported.',
    );
    expect(iran.at('Supreme National Security Council')).toEqual(['iran-supreme-national-security-council']);
    expect(iran.ids()).not.toContain('us-national-security-council');
  });
});
