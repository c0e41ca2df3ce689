// Session 27: state bodies across articles. Uzbekistan's and Kazakhstan's "Ministry of Emergency Situations" were one
// node (a ministry of a portfolio no table listed keyed by its name alone); "Emergency Situations Ministry" and
// "Ministry of Emergency Situations" of one state were two; hyphened acronyms ("VMRO-DPMNE", "CPN-UML") were read as
// nothing or as persons; "Democratic Party of Albanians (DPA)" was the news agency dpa. Wire sentences of our own.
import { describe, expect, it } from 'vitest';

import { actorIdentity, NO_CONTEXT } from '../../graph/identity.ts';
import { GAZETTEER_IDS } from '../../graph/load.ts';
import type { Actor } from '../../graph/schema.ts';
import { portfolioMinistry } from '../../ingest/actors/lexicon.ts';
import { resolvedStory as nodes } from './resolved-story.ts';

const keys = (name: string) => name.toLowerCase().split(' ');

describe('a ministry of any portfolio', () => {
  it('is one ministry however its name is turned, in either spelling, by its first portfolio', () => {
    const [suffix] = portfolioMinistry(keys('ministry of water resources'))!;
    expect(portfolioMinistry(keys('water resources ministry'))![0]).toBe(suffix);
    expect(portfolioMinistry(keys('ministry of labour and social protection'))![0]).toBe('labor-ministry');
    expect(portfolioMinistry(keys('ministry of defence'))![0]).toBe('defense-ministry');
    expect(portfolioMinistry(keys('ministry of the environment and forests'))![0]).toBe('environment-ministry');
    expect(portfolioMinistry(keys('ministry of emergency situations'))![0]).toBe(
      portfolioMinistry(keys('emergencies ministry'))![0],
    );
  });

  it('is no portfolio in a bare or possessed "ministry"', () => {
    for (const n of ['the ministry', 'ministry', 'its ministry', 'ministry of the', 'former ministry'])
      expect(portfolioMinistry(keys(n))).toBeNull();
  });

  it('keys only under a state: alone, its name stays in its article', () => {
    const body = (name: string, affiliation: string | null = null): Actor => ({
      id: name.toLowerCase().replace(/ /g, '-'),
      name,
      kind: 'organization',
      aliases: [],
      anonymous: false,
      affiliation,
      mentions: [[0, name.length]],
    });
    for (const ctx of [NO_CONTEXT, GAZETTEER_IDS]) {
      expect(actorIdentity(body('Ministry of Water Resources'), 'a1', ctx).global).toBe(false);
      expect(actorIdentity(body('Water Resources Ministry'), 'a1', ctx).global).toBe(false);
    }
    const of = actorIdentity(body('Ministry of Water Resources of Kenya'), 'a1', GAZETTEER_IDS);
    const under = actorIdentity(body('Water Resources Ministry'), 'a2', GAZETTEER_IDS, { id: 'kenya', global: true });
    expect(of.global).toBe(true);
    expect(of.id).toBe(under.id);
  });
});

describe("two states' ministries of one portfolio", () => {
  const home =
    'Two people were killed when a mudflow hit villages in Kyrgyzstan, the Ministry of Emergency Situations said. ' +
    'According to the ministry, 300 residents were evacuated. Kyrgyzstan sees dozens of mudflows every spring.';
  const wire =
    "BISHKEK, May 21 (Xinhua) -- Two people were killed by a mudflow in southern Kyrgyzstan, the country's " +
    'Emergency Situations Ministry said Sunday. In neighboring Tajikistan, the Ministry of Emergency Situations said ' +
    "landslides had blocked a highway. Kazakhstan's Ministry of Emergency Situations said it was ready to help.";
  const other =
    'Baku, 3 February / APA. A fire at a warehouse in Azerbaijan was put out, the Ministry of Emergency Situations ' +
    'told APA. No one was injured, the Emergency Situations Ministry said.';

  it('are one node per state across outlets and forms, never one across states', () => {
    const [a, b, c] = [nodes(home), nodes(wire), nodes(other)];
    const kg = a.at('Ministry of Emergency Situations');
    expect(kg).toHaveLength(1);
    expect(kg[0]).toMatch(/^kyrgyzstan-/);
    expect(b.at('Emergency Situations Ministry')).toEqual(kg);
    const tj = b.at('Ministry of Emergency Situations said landslides');
    expect(tj[0]).toMatch(/^tajikistan-/);
    expect(b.within('Ministry of Emergency Situations said it was')[0]).toMatch(/^kazakhstan-/);
    const az = c.at('Ministry of Emergency Situations');
    expect(az[0]).toMatch(/^azerbaijan-/);
    expect(c.at('Emergency Situations Ministry')).toEqual(az);
    expect(new Set([kg[0], tj[0], az[0]]).size).toBe(3);
  });

  it("the dateline state keeps a stateless ministry named before another state's", () => {
    const story = nodes(
      'TASHKENT, March 15 (Xinhua) -- The death toll from a mine collapse rose to seven, the Emergency Situations ' +
        "Ministry said Tuesday. Kazakhstan's Ministry of Emergency Situations said it had sent a team of rescuers.",
    );
    expect(story.at('Emergency Situations Ministry')[0]).toMatch(/^uzbekistan-/);
  });
});

describe('hyphened acronyms', () => {
  it('name a body, the one defined for them, and key it in the articles that write them alone', () => {
    const spelled = nodes(
      'KATHMANDU, Jan 18 - Lawmakers of the CPN-UML walked out of the House on Wednesday. The Communist Party of ' +
        'Nepal-Unified Marxist Leninist (CPN-UML) said the ordinance had been issued without consulting it.',
    );
    const alone = nodes(
      'Kathmandu (AFP) - Lawmakers of the CPN-UML, led by former prime minister KP Sharma Oli, left the chamber.',
    );
    const body = spelled.at('Communist Party of Nepal');
    expect(body).toHaveLength(1);
    expect(spelled.at('CPN-UML walked')).toEqual(body);
    expect(spelled.at('CPN-UML) said')).toEqual(body);
    expect(alone.at('CPN-UML')).toEqual(body);
    expect(alone.actors.find((a) => a.id === body[0])?.kind).not.toBe('person');
  });
});

describe('an acronym defined in the text', () => {
  it("beats the gazetteer's outlet of those letters, even in that outlet's own story", () => {
    const story = nodes(
      'Skopje (dpa) - Menduh Thaci, whose Democratic Party of Albanians (DPA) is in opposition, accused the ruling ' +
        'party of fraud.',
    );
    const party = story.at('Democratic Party of Albanians');
    expect(party).toHaveLength(1);
    expect(party[0]).not.toBe('dpa');
    expect(story.at('DPA)')).toEqual(party);
  });
});

describe('a body of a generic kind named for its portfolio', () => {
  it("keys under its state, so two states' bodies of one name stay two and one state's forms meet", () => {
    const solomon = nodes(
      'HONIARA, March 3 (RNZ) - The Solomon Islands Independent Commission Against Corruption (SIICAC) said a ' +
        "permanent secretary had been arrested. Papua New Guinea's own ICAC has yet to lay its first charges.",
    );
    const star = nodes(
      'HONIARA - The Independent Commission Against Corruption (ICAC) has charged a senior public servant, the ' +
        'commission said yesterday in Honiara, Solomon Islands.',
    );
    const hk = nodes(
      'HONG KONG, May 2 (Reuters) - The Independent Commission Against Corruption said it had arrested 12 people.',
    );
    const body = solomon.at('Solomon Islands Independent');
    expect(body).toHaveLength(1);
    expect(star.at('Independent Commission Against')).toEqual(body);
    expect(solomon.at('ICAC has yet')).not.toEqual(body);
    expect(solomon.at('ICAC has yet')[0]).toMatch(/^papua-new-guinea-/);
    expect(hk.at('Independent Commission Against')).not.toEqual(body);
  });
});
