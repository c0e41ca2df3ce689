// Actor identity classes the s16 read of every cross set's missed pairs showed, each on wire stories of our own
// (other regions, outlets, years): a jihadist province written with or without "in the", under its old name or its
// acronym, is one node (and "the Islamic State affiliate" after it is the province); a state news agency or a
// national broadcaster written by its acronym, its full name or its shortened corporate name is one node; a body's
// name in British and American spelling is one node; a body named with generic words only is its story state's
// in every article about that state; a capital with no entry before ("LIMA (Reuters) -", "Suva (AFP) -") gives the
// story state; a national outlet's story with no state in its dateline is about the outlet's state.
import { describe, expect, it } from 'vitest';

import { outletHomeState } from '../../ingest/gazetteer/index.ts';
import { nodes } from './resolved-nodes.ts';

describe('an Islamic State province', () => {
  const niamey = nodes(
    'NIAMEY, Dec 11, 2019 (AFP) - Jihadists of the Islamic State in the Greater Sahara (ISGS) killed 71 soldiers in ' +
      'an attack on a military camp at Inates, the defence ministry said on Wednesday.',
  );
  const bamako = nodes(
    'BAMAKO, June 20, 2024 (Reuters) - The attack on the village of Djiguibombo was claimed by the Islamic State in ' +
      'the Sahel, a local official said. The Islamic State affiliate has expanded in the region since 2022.',
  );
  const dori = nodes(
    'DORI, Burkina Faso, Feb 3, 2025 (AP) - Islamic State Sahel Province fighters ambushed a convoy near Seytenga, ' +
      'residents said. The Islamic State group has not commented.',
  );

  it('is one node under its old name, with or without "in the", and its affiliate phrase is it', () => {
    expect(niamey.at('Islamic State in the Greater Sahara')).toEqual(['islamic-state-sahel-province']);
    expect(niamey.at('ISGS')).toEqual(['islamic-state-sahel-province']);
    expect(bamako.at('Islamic State in')).toEqual(['islamic-state-sahel-province']);
    expect(bamako.at('Islamic State affiliate')).toContain('islamic-state-sahel-province');
    expect(dori.at('Islamic State Sahel Province')).toEqual(['islamic-state-sahel-province']);
  });

  it('keeps the parent group its own node', () => {
    expect(dori.at('Islamic State group')).toEqual(['islamic-state']);
    expect(dori.at('Islamic State group')).not.toContain('islamic-state-sahel-province');
  });

  it('keys the Mozambique province by its acronym and its name, never as Mozambique', () => {
    const pemba = nodes(
      'PEMBA, Mozambique, Sept 14, 2022 (Lusa) - Insurgents of the Islamic State Mozambique Province (ISMP) ' +
        'beheaded six people in Ancuabe district, police said.',
    );
    const maputo = nodes(
      'MAPUTO, May 2, 2023 (AFP) - The ISMP said in a statement that its fighters had attacked an army post in ' +
        'Macomia, the Mozambican army denied it.',
    );
    expect(pemba.at('Islamic State Mozambique Province')).toEqual(['islamic-state-mozambique-province']);
    expect(maputo.at('ISMP')).toEqual(['islamic-state-mozambique-province']);
    expect(maputo.at('ISMP')).not.toContain('mozambique');
  });
});

describe('a state news agency or national broadcaster', () => {
  it('is one node by its acronym in a dateline, by its acronym in a sentence and by its full name', () => {
    const rabat = nodes(
      'RABAT, Jan 9, 2022 (MAP) - The Moroccan government approved an emergency plan of 10 billion dirhams on Sunday ' +
        'to help farmers hit by drought.',
    );
    const agency = nodes(
      'RABAT, Jan 10, 2022 (AFP) - Morocco will spend 10 billion dirhams on drought relief, the official Maghreb ' +
        'Arabe Presse agency said. The plan was approved on Sunday, MAP added.',
    );
    expect(rabat.ids()).toContain('map');
    expect(agency.at('Maghreb Arabe Presse')).toEqual(['map']);
    expect(agency.at('MAP added')).toEqual(['map']);
  });

  it("joins the Polisario's agency by acronym and name, and the ABC's corporate name to the ABC", () => {
    const sps = nodes(
      'ALGIERS, Nov 14, 2020 (Reuters) - The Polisario Front said its fighters had attacked Moroccan positions, ' +
        'according to the Sahara Press Service. SPS said four bases had been hit.',
    );
    expect(sps.at('Sahara Press Service')).toEqual(['sps']);
    expect(sps.at('SPS said')).toEqual(['sps']);
    const suva = nodes(
      'Suva (AP) - Fiji Prime Minister Sitiveni Rabuka told the Australian Broadcasting Corp. on Tuesday that ' +
        'the coup rumours were false.',
    );
    expect(suva.at('Australian Broadcasting Corp.')).toEqual(['abc-australia']);
  });
});

describe("a body's name in British and American spelling", () => {
  it('is one node', () => {
    const irrawaddy = nodes(
      'YANGON, March 4, 2021 (Irrawaddy) - The Kachin Independence Organisation said its troops had seized a ' +
        'junta outpost near Hpakant.',
    );
    const ap = nodes(
      'BANGKOK, March 5, 2021 (AP) - Fighters of the Kachin Independence Organization overran an army outpost in ' +
        'northern Myanmar, the group said.',
    );
    const [british] = irrawaddy.at('Kachin Independence Organisation');
    expect(british).toBeDefined();
    expect(ap.at('Kachin Independence Organization')).toEqual([british]);
  });
});

describe('a body named with generic words only', () => {
  const first = nodes(
    'YEREVAN, June 21, 2021 (Reuters) - Armenia counted votes on Monday after a snap election. The Central Electoral ' +
      'Commission said turnout was 49 percent. Armenia will seat its new parliament in August.',
  );
  const second = nodes(
    'YEREVAN, June 22, 2021 (AP) - Observers said Armenia held a competitive vote. The Central Electoral Commission ' +
      'said it would publish final results within a week, and Armenia thanked the monitors.',
  );

  it("is the story state's in every article about that state", () => {
    const [one] = first.at('Central Electoral Commission');
    expect(one).toMatch(/^armenia-/);
    expect(second.at('Central Electoral Commission')).toEqual([one]);
  });

  it("leaves a known body and one named with its state's name to their own state", () => {
    const atlanta = nodes(
      'ATLANTA (AP) - Control of the U.S. Senate now rests on two runoffs in Georgia in January. Georgia officials ' +
        'said the Senate races would be recounted by hand.',
    );
    expect(atlanta.at('U.S. Senate')).toEqual(['us-senate']);
    expect(atlanta.ids()).not.toContain('georgia');
  });

  it("stays the article's own where the story has no state of its own", () => {
    const nowhere = nodes('The Central Electoral Commission said turnout was low, and observers agreed on Monday.');
    const [own] = nowhere.at('Central Electoral Commission');
    expect(own).not.toMatch(/^armenia-/);
    expect(own).not.toBe(first.at('Central Electoral Commission')[0]);
  });
});

describe('a capital that names its state in a dateline', () => {
  it("makes a generic ministry the state's", () => {
    const lima = nodes(
      'LIMA, Feb 2, 2023 (Reuters) - The Health Ministry said on Thursday that dengue cases had doubled in the ' +
        'northern regions since January.',
    );
    expect(lima.at('Health Ministry')).toEqual(['peru-health-ministry']);
    const suva = nodes(
      'Suva (AFP) - The Health Ministry said on Monday that measles had spread to three more villages on Vanua Levu.',
    );
    expect(suva.at('Health Ministry')).toEqual(['fiji-health-ministry']);
  });
});

describe("a national outlet's story with no state in its dateline", () => {
  it("is about the outlet's state: a bare ministry is that state's", () => {
    const irna = nodes(
      'Ahvaz, Jan 5, 2018 (IRNA) - The US and Britain criticised the arrests, and the US envoy said Washington ' +
        'was watching. The Foreign Ministry said the US statements were interference in internal affairs.',
    );
    expect(irna.at('Foreign Ministry')).toEqual(['iran-foreign-ministry']);
  });

  it("keeps a body that names its own state that state's (US Central Command in a Syrian agency's story)", () => {
    const sana = nodes(
      'Deir Ezzor, Aug 2, 2019 (SANA) - The US Central Command said in a statement that its aircraft had struck a ' +
        'convoy near al-Bukamal. The Foreign Ministry condemned the US raid.',
    );
    expect(sana.at('US Central Command')).not.toContain('syria-us-central-command');
    expect(sana.at('US Central Command').some((id) => id.startsWith('syria-'))).toBe(false);
    expect(sana.at('Foreign Ministry')).toEqual(['syria-foreign-ministry']);
  });

  it('gives an international agency no home state', () => {
    expect(outletHomeState('Syrian Arab News Agency')).toBe('syria');
    expect(outletHomeState('Reuters')).toBeNull();
    expect(outletHomeState('Xinhua')).toBeNull();
    expect(outletHomeState(null)).toBeNull();
  });
});

describe('a public figure whose press names vary', () => {
  it('is one node under the family name outlets shorten it to', () => {
    const bogota = nodes(
      'BOGOTA, Jan 26, 2021 (EFE) - Defence Minister Carlos Holmes Trujillo died of COVID-19 on Tuesday. Holmes ' +
        'Trujillo had been in hospital since January 12.',
    );
    const reuters = nodes(
      'BOGOTA, Sept 10, 2020 (Reuters) - Holmes Trujillo said the police would investigate the deaths, and ' +
        'Defence Minister Carlos Holmes Trujillo apologised on Friday.',
    );
    const [carlos] = bogota.at('Carlos Holmes Trujillo');
    expect(reuters.at('Holmes Trujillo said')).toEqual([carlos]);
  });
});
