// Cross-article identity traps on made-up wire copy: each case is a mention the extractor used to file on an
// actor of another kind or another state, which then joined every article that names the real one.
import { describe, expect, it } from 'vitest';

import { actorIdentity } from '../../graph/identity.ts';
import { GAZETTEER_IDS } from '../../graph/load.ts';
import { findActors } from '../../ingest/actors/index.ts';
import { clean } from '../../ingest/clean/index.ts';
import { analyze } from '../../ingest/nlp/index.ts';

/** The actors stage's actors of a text. */
function actorsIn(text: string) {
  const c = clean({ source: 't', text });
  return findActors(analyze(c), c).actors;
}

/** The cross-article node of every mention, keyed by the mention's text. */
function nodesOf(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of actorsIn(text)) {
    const node = actorIdentity(a, 'feedfacecafe0000', GAZETTEER_IDS).id;
    for (const [s, e] of a.mentions) out.set(text.slice(s, e), [...(out.get(text.slice(s, e)) ?? []), node]);
  }
  return out;
}

describe('cross-article identity traps', () => {
  it("keys another state's Supreme Court or Congress under that state, not under the US body", () => {
    const n = nodesOf(
      "BRASILIA (Reuters) - Brazil's Supreme Court on Tuesday suspended the decree, and the Argentine Congress " +
        'delayed its vote. In Washington, the U.S. Supreme Court declined to take up a similar case.\n',
    );
    expect(n.get('Supreme Court')).toEqual(['brazil-supreme-court']);
    expect(n.get('Congress')).toEqual(['argentina-congress']);
    expect(n.get('U.S. Supreme Court')).toEqual(['us-supreme-court']);
  });

  it('keys a bare "Supreme Court" under the dateline state, and a bare "Congress" under the party so named', () => {
    const n = nodesOf(
      'NAIROBI, May 4 (Reuters) - The Supreme Court annulled the vote on Thursday.\n\n' +
        'NEW DELHI (AP) - The Congress party walked out. Congress leader Sonia Gandhi called it a farce.\n',
    );
    expect(n.get('Supreme Court')).toEqual(['kenya-supreme-court']);
    expect(n.get('Congress')).toEqual(['indian-national-congress']);
    expect(nodesOf('WASHINGTON (AP) - The Supreme Court ruled on Monday.\n').get('Supreme Court')).toEqual([
      'us-supreme-court',
    ]);
  });

  it("keys a state's police and its parties apart from the state", () => {
    const n = nodesOf(
      'DHAKA (AP) - A Bangladesh police officer was wounded on Friday. In Lahore, the Pakistan Peoples Party said ' +
        'its rally would go ahead, and the Indian National Congress criticised the ban.\n',
    );
    expect(n.get('Bangladesh police')).toEqual(['bangladesh-police']);
    expect(n.get('Pakistan Peoples Party')).toEqual(['pakistan-peoples-party']);
    expect([...n.values()].flat()).not.toContain('pakistan');
  });

  it('reads a state name after a titled given name as a surname, here and later in the article', () => {
    const n = nodesOf(
      'Sen. Mark Chad, a Vermont Democrat, blocked the nomination on Wednesday. Chad said the nominee had misled ' +
        'the committee.\n',
    );
    expect(n.get('Mark Chad')).toEqual(['mark-chad']);
    expect(n.get('Chad')).toEqual(['mark-chad']);
    expect([...n.values()].flat()).not.toContain('chad');
  });

  it('keeps an anonymous aide apart from the politician whose name modifies the noun', () => {
    const n = nodesOf(
      'Governor Maria Lopez said she would run again. A Lopez campaign aide, who asked not to be named, said ' +
        'the announcement would come in May.\n',
    );
    expect(n.get('Lopez')).toBeUndefined();
    expect(n.get('Maria Lopez')).toEqual(['maria-lopez']);
  });

  it("keys a state's mission to a body as its own actor and still names the body", () => {
    const n = nodesOf(
      "Cuba's mission to the United Nations did not respond. The United Nations said it was studying the report.\n",
    );
    expect(n.get("Cuba's mission to the United Nations")).toEqual(['cuba-mission-united-nations']);
    expect(n.get('United Nations')).toEqual(['united-nations']);
  });

  it('keeps a lone "bin" name apart from the son, and gives it to the one titled man with that given name', () => {
    const n = nodesOf(
      'RIYADH, March 2 (AFP) - Foreign Minister Prince Faisal bin Farhan met Prince Turki bin Faisal on Sunday. ' +
        'Prince Faisal said the talks were useful.\n',
    );
    expect(n.get('Faisal')).toEqual(['faisal-farhan']);
    expect(n.get('Faisal bin Farhan')).toEqual(['faisal-farhan']);
    expect(n.get('Turki bin Faisal')).toEqual(['turki-faisal']);
  });

  it('never gives "the group" to a union of states when no armed or political group was named', () => {
    const n = nodesOf(
      'The African Union condemned the raid on Saturday. Officials said the group had crossed the border at night.\n',
    );
    expect(n.get('the group')).toBeUndefined();
  });

  it("keys each country's Red Cross or Red Crescent society under its country, apart from the ICRC", () => {
    const n = nodesOf(
      'GARISSA, Kenya, Nov 8 (Reuters) - The Kenya Red Cross said on Friday it had reached 4,000 families, and the ' +
        'Ethiopian Red Cross Society sent trucks across the border. The Somali Red Crescent Society said two of its ' +
        'volunteers were missing, while the International Committee of the Red Cross (ICRC) and the IFRC appealed for ' +
        'funds. The Palestinian Red Crescent was not involved.\n',
    );
    expect(n.get('Kenya Red Cross')).toEqual(['kenya-red-cross']);
    expect(n.get('Ethiopian Red Cross Society')).toEqual(['ethiopia-red-cross']);
    expect(n.get('Somali Red Crescent Society')).toEqual(['somalia-red-crescent']);
    expect(n.get('International Committee of the Red Cross')).toEqual(['icrc']);
    expect(n.get('IFRC')).toEqual(['ifrc']);
    expect(n.get('Palestinian Red Crescent')).toEqual(['palestine-red-crescent']);
  });

  it("keeps a state's own body apart from another state's body whose name it ends with", () => {
    const n = nodesOf(
      "KAMPALA, Jan 9 (Reuters) - The Uganda People's Defence Force said on Monday it had killed 12 ADF rebels, " +
        "and veterans of the Sudan People's Liberation Army met in Juba. Chinese People's Liberation Army ships " +
        "docked in Mombasa, while Myanmar's People's Defence Force was not mentioned.\n",
    );
    expect(n.get("Uganda People's Defence Force")).toEqual(['uganda-military']); // state-forces.json knows it
    expect(n.get("Sudan People's Liberation Army")).toEqual(['sudan-peoples-liberation-army']);
    expect(n.get("People's Liberation Army")).toEqual(['china-military']);
    expect(n.get("People's Defence Force")).toEqual(['myanmar-peoples-defence-force']);
  });

  it("keys another state's Senate or House under that state, not under the US chamber, through the US Congress", () => {
    const n = nodesOf(
      "ABUJA, June 3 (Reuters) - Nigeria's Senate on Tuesday passed the tax bill, and the Philippine House of " +
        'Representatives took up a similar one. In Washington, the U.S. Senate was in recess.\n',
    );
    expect(n.get('Senate')).toEqual(['nigeria-senate']);
    expect(n.get('House of Representatives')).toEqual(['philippines-house-of-representatives']);
    expect(n.get('U.S. Senate')).toEqual(['us-senate']);
    expect(
      nodesOf('BRASILIA (Reuters) - The Senate approved the pension reform on Wednesday.\n').get('Senate'),
    ).toEqual(['brazil-senate']);
  });

  it("keys a ministry with more than one portfolio as the first portfolio's ministry of its state", () => {
    const n = nodesOf(
      "NAIROBI, June 3 (Reuters) - Kenya's Ministry of Defence and Veterans Affairs said troops were deployed, and " +
        'the Ministry of Foreign Affairs and International Cooperation summoned the envoy.\n',
    );
    expect(n.get("Kenya's Ministry of Defence and Veterans Affairs")).toEqual(['kenya-defense-ministry']);
    expect(n.get('Ministry of Foreign Affairs and International Cooperation')).toEqual(['kenya-foreign-ministry']);
    const z = nodesOf('HARARE, June 3 (Reuters) - The Ministry of Defence said on Tuesday soldiers were deployed.\n');
    expect(z.get('Ministry of Defence')).toEqual(['zimbabwe-defense-ministry']);
    const l = nodesOf('LONDON, June 3 (Reuters) - The Ministry of Defence said on Tuesday jets were scrambled.\n');
    expect(l.get('Ministry of Defence')).toEqual(['uk-ministry-of-defence']);
  });

  it("reads a creed or doctrine adjective inside a body's name, never another country's party read as the US one", () => {
    const n = nodesOf(
      "TOKYO, Oct 28 (Reuters) - Japan's ruling Liberal Democratic Party lost its majority, while in Berlin, the Social " +
        'Democratic Party said it would stay in the coalition. In Cape Town, the Democratic Alliance said it had won, and ' +
        "Manila's National Democratic Front said talks were off. Democratic Sen. Chris Coons said he was watching.\n",
    );
    expect(n.get('Liberal Democratic Party')?.[0]).toMatch(/liberal-democratic-party$/);
    expect(n.get('Social Democratic Party')?.[0]).toMatch(/social-democratic-party$/);
    expect(n.get('Democratic Alliance')?.[0]).toMatch(/democratic-alliance$/);
    expect(n.get('National Democratic Front')?.[0]).toMatch(/national-democratic-front$/);
    expect([...n.values()].flat()).not.toContain('democratic-party');
    expect(n.get('Chris Coons')).toBeDefined();
  });

  it('gives an acronym defined after a hyphened name to that name, not to a known body with the same letters', () => {
    const n = nodesOf(
      'IMPHAL, India, May 2 (Reuters) - The Zeliangrong United Front said talks were off. In Bandarban, the ' +
        'Kuki-Chin National Front (KNF) said its fighters had withdrawn, and the KNF denied any attack.\n',
    );
    expect(new Set(n.get('KNF'))).toEqual(new Set(['kuki-chin-national-front']));
  });

  it("never gives 'the army' to a state the story names only as a place", () => {
    const n = nodesOf(
      "Staff Correspondent, Cox's Bazar\n\nTwo soldiers were killed in a gunfight near Teknaf on Monday, the army " +
        'said. The gunmen had crossed from across the Myanmar border at night, the army said.\n',
    );
    expect([...n.values()].flat()).not.toContain('myanmar-military');
  });

  it("gives 'the army' to the state that acts in the story, not one named only in a place's name", () => {
    const n = nodesOf(
      'Army says rebels shelled hospital\n\nKADUGLI – The army said on Monday the rebels had shelled the Saudi ' +
        'Hospital in Kadugli, killing four patients. Sudan condemned the attack, and the army said it would respond.\n',
    );
    expect(n.get('The army')).toEqual(['sudan-military']);
  });

  it('reads a local council as a body and a national society as the body of the title after it', () => {
    const text =
      'KHULNA, Bangladesh (Reuters) - Dacope Upazila Parishad Chairman Munshi Jabbar told reporters 300 homes were ' +
      'flooded, and Bangladesh Red Crescent Secretary General Kazi Shafiqul Azam said aid was on its way.\n';
    const found = actorsIn(text);
    expect(found.find((a) => a.name === 'Dacope Upazila Parishad')?.kind).toBe('organization');
    expect(found.find((a) => a.name === 'Kazi Shafiqul Azam')?.affiliation).toBe('bangladesh-red-crescent');
  });

  it("gives a lone father's surname to the minister named with both surnames, not to a namesake named later", () => {
    const text =
      'Comptroller targets Energy Minister Vargas over fuel contracts\n\nBOGOTA, May 6 (Reuters) - The comptroller ' +
      'said Energy Minister Andrés Vargas Peña approved the contracts. Vargas denied any wrongdoing. Congresswoman ' +
      'Lucía Vargas, no relation to the minister, backed the inquiry. Ovidio Herrera Soto and his son Ovidio Herrera ' +
      'Lugo were named in the report.\n';
    const found = actorsIn(text);
    const mentionsOf = (name: string) =>
      found.find((a) => a.name === name)?.mentions.map(([s, e]) => text.slice(s, e)) ?? [];
    expect(mentionsOf('Andrés Vargas Peña')).toEqual(['Vargas', 'Andrés Vargas Peña', 'Vargas']);
    expect(mentionsOf('Lucía Vargas')).toEqual(['Lucía Vargas']);
    expect(found.filter((a) => a.name.startsWith('Ovidio Herrera'))).toHaveLength(2);
  });

  it("keys any government's ministry of a common portfolio under its state, and a stateless one to its article", () => {
    const n = nodesOf(
      "BAMAKO, Mali (Reuters) - Mali's Ministry of Mines said gold output fell, and the Ministry of Transport and " +
        'Communications closed the road to Kayes.\n',
    );
    expect(n.get("Mali's Ministry of Mines")).toEqual(['mali-mines-ministry']);
    expect(n.get('Ministry of Transport and Communications')).toEqual(['mali-transport-ministry']);
    const stateless = nodesOf('The Ministry of Transport and Communications said the road was closed.\n');
    expect(stateless.get('Ministry of Transport and Communications')?.[0]).toMatch(/^feedfacecafe:/);
  });
});
