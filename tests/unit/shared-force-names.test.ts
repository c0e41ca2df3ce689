// A local-language name two states' forces go by ("Openbaar Ministerie": the Netherlands' and Suriname's prosecution
// service; "Bundespolizei": Germany's and Austria's) is the force of the state the story is about, else of the state
// its text names (ingest/gazetteer/shared-force-names.ts, ingest/actors/shared-names.ts). Stories of our own.
import { describe, expect, it } from 'vitest';

import { sharedForceNames } from '../../ingest/gazetteer/shared-force-names.ts';
import { nodes } from './resolved-nodes.ts';

const state = (id: string, name: string, demonym: string, capital: string) => ({
  id,
  name,
  aliases: [],
  demonyms: [demonym],
  capitals: [capital],
});
const STATES = [state('aa', 'Aland', 'Alandic', 'Aville'), state('bb', 'Borduria', 'Bordurian', 'Szohod')];

describe('sharedForceNames', () => {
  it('gives one entry per name two states share, read as the first force so named, with each state as cues', () => {
    const shared = sharedForceNames(
      [
        { state: 'aa', branch: 'police', name: 'Aland Police', aliases: ['Landespolizei', 'LP'] },
        { state: 'bb', branch: 'police', name: 'Landespolizei', aliases: ['Bordurian Police', 'LP'] },
        { state: 'bb', branch: 'military', name: 'Bordurian Army', aliases: ['Heer'] },
      ],
      STATES,
    );
    const byForm = new Map(shared.map((s) => [s.forms[0], s]));
    expect([...byForm.keys()].sort()).toEqual(['landespolizei', 'lp']);
    // "Landespolizei" is Borduria's own name: the gazetteer reads it as that force first.
    expect(byForm.get('landespolizei')!.default).toBe('bb-police');
    expect(byForm.get('lp')!.default).toBe('aa-police');
    expect(byForm.get('lp')!.readings).toEqual([
      { id: 'aa-police', cues: ['Aland', 'Alandic', 'Aville'] },
      { id: 'bb-police', cues: ['Borduria', 'Bordurian', 'Szohod'] },
    ]);
  });

  it('shares no name two forces of one state go by', () => {
    const shared = sharedForceNames(
      [
        { state: 'aa', branch: 'police', name: 'Aland Police', aliases: ['Polis'] },
        { state: 'aa', branch: 'gendarmerie', name: 'Aland Gendarmerie', aliases: ['Polis'] },
      ],
      STATES,
    );
    expect(shared).toEqual([]);
  });
});

describe('a force named in its own language', () => {
  it("is the story state's force when two states' forces share the name", () => {
    const hague = nodes(
      'THE HAGUE, April 4, 2019 (ANP) - The Openbaar Ministerie said on Thursday it had charged a customs officer ' +
        'over a cocaine shipment found at the port of Rotterdam. The OM said the officer had been paid by a gang.',
    );
    expect(hague.at('Openbaar Ministerie')).toEqual(['netherlands-prosecution']);
    expect(hague.at('OM')).toEqual(['netherlands-prosecution']);
    const paramaribo = nodes(
      'PARAMARIBO, April 4, 2019 (Starnieuws) - The Openbaar Ministerie has asked the court to hear two officers ' +
        'of the Korps Politie Suriname, who were arrested after a raid in Wanica went wrong, a Dutch-trained judge said.',
    );
    expect(paramaribo.at('Openbaar Ministerie')).toEqual(['suriname-prosecution']);
    expect(paramaribo.at('Korps Politie Suriname')).toContain('suriname-police');
  });

  it("is the force of the state the text names when the story's state has none so called", () => {
    const n = nodes(
      'PRAGUE, Jan 9, 2024 (CTK) - Czech police said on Tuesday they had handed two suspects to Austria, where the ' +
        'Bundespolizei had been looking for them since a robbery in Graz.',
    );
    expect(n.at('Bundespolizei')).toEqual(['austria-police']);
  });

  it("keys a local name or acronym only one state has as that state's force, wherever the story is from", () => {
    const n = nodes(
      'TALLINN, Oct 2, 2020 (BNS) - Kaitsepolitsei said on Friday it had detained a former officer of the ' +
        'Kaitsevägi on suspicion of treason. KAPO did not say which state he had worked for.',
    );
    expect(n.at('Kaitsepolitsei')).toEqual(['estonia-intelligence']);
    expect(n.at('KAPO')).toEqual(['estonia-intelligence']);
    expect(n.at('Kaitsevägi')).toEqual(['estonia-military']);
  });
});
