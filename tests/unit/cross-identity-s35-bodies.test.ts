// Session 35 (bodies35): one official body written differently across articles: in its state's language and in
// English ("Trafikverket" / "Swedish Transport Administration"), with its state before or after it ("U.S. National
// Transportation Safety Board", "Canada's Transportation Safety Board", "Transportation Safety Board of Canada"), or
// a generic body ("the Coast Guard")
// of the story's state, not of the state its visitors came from; a state's consulate named "Consulate General of <State>"
// as its mission, not the state. Guards: a story of another state keeps an acronym
// the gazetteer gives one state's body as written; Taiwan's board is not Canada's; a state that acts in the story
// still is the story's. In: invented wire paragraphs and hand-written actors.
import { describe, expect, it } from 'vitest';

import { actorIdentity } from '../../graph/identity.ts';
import { GAZETTEER_IDS } from '../../graph/load.ts';
import { Actor } from '../../graph/schema.ts';
import { nodes } from './resolved-nodes.ts';

const scoped = (ids: string[]) => ids.length === 1 && /^[0-9a-f]{12}:/.test(ids[0]!);

describe('a national body by its local name, its English name and its state-prefixed name', () => {
  it('keys the Swedish and the English name of the transport administration and the accident board alike', () => {
    const se = nodes(
      'SUNDSVALL, Sweden (TT) - Twenty wagons of a freight train derailed on Thursday. Trafikverket said the line ' +
        'would stay closed. Statens haverikommission (SHK) has opened an investigation, SHK said.',
    );
    const en = nodes(
      'Stockholm (AFP) - A freight train derailed in central Sweden on Thursday, the Swedish Transport ' +
        'Administration said. The Swedish Accident Investigation Authority said it had opened an inquiry.',
    );
    expect(se.at('Trafikverket')).toEqual(en.at('Swedish Transport Administration'));
    expect(se.at('Trafikverket')).toEqual(['sweden-trafikverket']);
    expect(se.at('Statens haverikommission')).toEqual(en.at('Swedish Accident Investigation Authority'));
  });

  it('keys a board written with its state before or after it as the board', () => {
    const us = nodes(
      '(Reuters) - Two people were killed when a floatplane crashed in Alaska on Tuesday. The U.S. National ' +
        'Transportation Safety Board said it was sending a team.',
    );
    const local = nodes(
      'KETCHIKAN, Alaska - A floatplane crashed on Tuesday. The National Transportation Safety Board is sending ' +
        'two investigators, NTSB spokesman Peter Knudson said.',
    );
    expect(us.at('National Transportation Safety Board')).toEqual(['united-states-ntsb']);
    expect(local.at('National Transportation Safety Board')).toEqual(['united-states-ntsb']);
    expect(local.at('NTSB')).toEqual(['united-states-ntsb']);
    const ca = nodes(
      "NANAIMO, British Columbia (AP) - A ferry crashed into a dock on Sunday. Canada's Transportation Safety " +
        'Board said it had opened an investigation.',
    );
    const cbc = nodes(
      'NANAIMO, B.C. - A ferry struck the terminal on Sunday. The Transportation Safety Board of Canada has sent ' +
        'a team. TSB spokesman John Cottreau said the investigators would look at the controls.',
    );
    expect(ca.at('Transportation Safety Board')).toEqual(['canada-tsb']);
    expect(cbc.at('Transportation Safety Board of Canada')).toEqual(['canada-tsb']);
    expect(cbc.at('TSB')).toEqual(['canada-tsb']);
  });

  it("keeps Taiwan's board apart from Canada's, and a bank's letters in a British story as written", () => {
    const tw = nodes(
      'TAIPEI (Reuters) - A train derailed in eastern Taiwan on Friday. The Taiwan Transportation Safety Board said ' +
        'it would investigate.',
    );
    expect(tw.at('Taiwan Transportation Safety Board')).toEqual(['taiwan-ttsb']);
    const uk = nodes(
      'LONDON (Reuters) - British lender TSB said on Tuesday it would close 36 branches. TSB said staff would be ' +
        'offered other roles.',
    );
    expect(uk.ids()).not.toContain('canada-tsb');
  });

  it('keys a Portuguese and a Peruvian body by their local, English and short names alike', () => {
    const pt = nodes(
      'Leiria, Portugal, Aug 14 (Lusa) - A forest fire forced the evacuation of six villages, the Autoridade ' +
        'Nacional de Emergência e Proteção Civil (ANEPC) said on Sunday.',
    );
    const en = nodes(
      'LISBON (Reuters) - Portugal evacuated six villages as a wildfire spread, the National Emergency and Civil ' +
        'Protection Authority said on Sunday.',
    );
    expect(pt.at('Autoridade Nacional')).toEqual(en.at('National Emergency and Civil Protection Authority'));
    const pe = nodes(
      'LIMA, July 9 (Reuters) - Heavy snow cut off villages in the Andes. Senamhi said temperatures could fall to ' +
        'minus 18 degrees Celsius.',
    );
    expect(pe.at('Senamhi')).toEqual(['peru-senamhi']);
  });
});

describe("a generic body of the story's state, not of its visitors' state", () => {
  it('the Coast Guard in a Hawaii story with Japanese visitors is the US Coast Guard', () => {
    const n = nodes(
      'LIHUE, Hawaii (AP) - A tour helicopter carrying five Japanese visitors crashed off Kauai on Sunday. The ' +
        'Coast Guard recovered four bodies, Coast Guard spokeswoman Lisa Tanaka said. Two were missing, the ' +
        'Japanese consulate in Honolulu said.',
    );
    expect(n.at('Coast Guard')).toEqual(['united-states-coast-guard']);
  });

  it('the Coast Guard in a British Columbia story with American tourists is Canada’s', () => {
    const n = nodes(
      'NANAIMO, British Columbia (AP) - A ferry with American tourists on board crashed into a marina on Sunday. ' +
        'The Coast Guard searched the water. Several of the injured were returning home, the U.S. consulate in ' +
        'Vancouver said.',
    );
    expect(n.at('Coast Guard')).toEqual(['canada-coast-guard']);
  });

  it('a state whose people act in the story still is its state', () => {
    const n = nodes(
      'NAIROBI, March 3 (Reuters) - Somali troops attacked a militant camp on Monday, killing 12 fighters, the army ' +
        'said. Somali tourists were not affected.',
    );
    expect(n.at('army')).toEqual(['somalia-military']);
    expect(scoped(n.at('army'))).toBe(false);
  });
});

describe('a body named in two word orders, and defined by an acronym of another order', () => {
  const body = (name: string) => Actor.parse({ id: 'x', name, kind: 'organization', mentions: [[0, 1]] });
  const key = (name: string) => actorIdentity(body(name), 'feedfacefeedface', GAZETTEER_IDS).id;

  it('keys "<Head> of <Plural> of <Place>" as "<Head> of <Place> <Plural>"', () => {
    expect(key('Coordination of Movements of Fezzan')).toBe(key('Coordination of Fezzan Movements'));
    expect(key('Union of Groups of Koglweogo')).toBe(key('Union of Koglweogo Groups'));
  });

  it('leaves one "of" alone: the University of Washington is not Washington University', () => {
    expect(key('University of Washington')).not.toBe(key('Washington University'));
    expect(key('Council of Elders of Tilemsi')).not.toBe(key('Council of Tilemsi Elder'));
  });

  it('reads capitalized words before an acronym of their initials in another order as the body', () => {
    const n = nodes(
      'BAMAKO (Reuters) - The rockets were fired from an area under the control of the Coordination of Fezzan ' +
        'Movements (CMF), a coalition of former rebel groups. The CMF denied any part in the attack.',
    );
    expect(n.at('Coordination of Fezzan Movements')).toEqual(n.at('CMF', 1));
    expect(n.at('CMF')).toEqual([key('Coordination of Fezzan Movements')]);
  });

  it('reads no body from words whose initials the acronym does not hold, nor from one word', () => {
    const n = nodes('BAMAKO (Reuters) - Residents of the Upper Tilemsi Valley (UTM) said four people were hurt.');
    expect(n.ids().some((id) => id.includes('tilemsi'))).toBe(false);
    const one = nodes('BAMAKO (Reuters) - Troops entered Tessalit (TS) on Monday, residents said.');
    expect(one.ids().some((id) => id.includes('tessalit'))).toBe(false);
  });
});

describe("a state's mission named '<Head> of <State>' or '<Demonym> <Head>'", () => {
  it('is the mission "the Japanese consulate" is, not the state', () => {
    const a = nodes('HONOLULU (AP) - Two passengers were missing, the Japanese consulate in Honolulu said.');
    const b = nodes('HONOLULU (Kyodo) - The Consulate General of Japan in Honolulu said two passengers were missing.');
    const c = nodes('HONOLULU (Kyodo) - The Japanese Consulate-General in Honolulu said two passengers were missing.');
    expect(a.at('Japanese consulate')).toEqual(['japan-embassy']);
    expect(b.at('Consulate General of Japan')).toEqual(['japan-embassy']);
    expect(b.at('Japan')).toEqual(['japan-embassy']);
    expect(c.at('Japanese Consulate-General')).toEqual(['japan-embassy']);
  });

  it('leaves a name of no state alone', () => {
    const n = nodes('HONOLULU (AP) - The Embassy of Tomorrow, a design studio, said it had closed.');
    expect(n.ids().some((id) => id.endsWith('-embassy'))).toBe(false);
  });
});
