// The state a state's body belongs to: the one its text names (a possessive, "of <State>") over a lexicon's default,
// else the story's; a generic force name is no lexicon state's by default. Invented wire copy.
import { describe, expect, it } from 'vitest';

import { actorIdentity } from '../../graph/identity.ts';
import { GAZETTEER_IDS } from '../../graph/load.ts';
import { findActors } from '../../ingest/actors/index.ts';
import { clean } from '../../ingest/clean/index.ts';
import { analyze } from '../../ingest/nlp/index.ts';

/** The cross-article nodes of every mention of the actors stage, keyed by the mention's text. */
function nodesOf(text: string): Map<string, string[]> {
  const c = clean({ source: 't', text });
  const out = new Map<string, string[]>();
  for (const a of findActors(analyze(c), c).actors) {
    const node = actorIdentity(a, 'feedfacecafe0000', GAZETTEER_IDS).id;
    for (const [s, e] of a.mentions) out.set(text.slice(s, e), [...(out.get(text.slice(s, e)) ?? []), node]);
  }
  return out;
}

describe("a body's home state", () => {
  it("keeps the dateline state for bare forces when the story names its army and a neighbour's government once", () => {
    const n = nodesOf(
      "N'DJAMENA, May 2 (ATP) - The armed forces repelled an attack by rebels near the border on Sunday, " +
        'a spokesman of the Chadian National Army said.\n\nHe accused the Government of Sudan of arming the rebels. ' +
        'The army said it had seized four vehicles.\n',
    );
    expect(n.get('The armed forces')).toEqual(['chad-military']);
    expect(n.get('The army')).toEqual(['chad-military']);
  });

  it('reads "<known body> of <another place>" as a body of its own, and its defined acronym with it', () => {
    const n = nodesOf(
      "KATHMANDU, June 3 (Reuters) - Former fighters of the People's Liberation Army of Nepal (PLA) marched on " +
        'parliament on Monday. The PLA fought a ten-year war against the monarchy.\n',
    );
    const [own] = n.get("People's Liberation Army of Nepal") ?? [];
    expect(own).toBeDefined();
    expect(own).not.toBe('china-military');
    expect(n.get('PLA')).toEqual([own, own]);
    const china = nodesOf("BEIJING, June 3 (Reuters) - The People's Liberation Army of China held drills on Monday.\n");
    expect(china.get("People's Liberation Army of China") ?? china.get("People's Liberation Army")).toEqual([
      'china-military',
    ]);
  });

  it("gives a generic force name the story state's force, not the lexicon's (France's National Gendarmerie)", () => {
    const n = nodesOf(
      'NIAMEY, March 3 (AFP) - The National Gendarmerie said on Friday it had arrested six smugglers near Agadez. ' +
        'The gendarmerie said the men were carrying fuel.\n',
    );
    expect(n.get('The National Gendarmerie')).toEqual(['niger-gendarmerie']);
    expect(n.get('The gendarmerie')).toEqual(['niger-gendarmerie']);
    const france = nodesOf(
      'PARIS, March 3 (Reuters) - The National Gendarmerie said on Friday it had arrested six people in Lyon.\n',
    );
    expect(france.get('The National Gendarmerie')).toEqual(['france-gendarmerie']);
  });

  it("splits a body named again with another owner's possessive from the article's own", () => {
    const n = nodesOf(
      'LILONGWE, Aug 9 (Reuters) - The Anti-Corruption Bureau arrested two officials on Monday. ' +
        "The Anti-Corruption Bureau said it had worked with Kenya's Anti-Corruption Bureau on the case, and " +
        "with Macau's Commission Against Corruption.\n",
    );
    const nodes = n.get('Anti-Corruption Bureau') ?? [];
    expect(nodes).toHaveLength(3);
    expect(nodes.filter((x) => x.startsWith('kenya-'))).toHaveLength(1);
    expect(new Set(nodes).size).toBe(2);
  });

  it('gives a body named by a demonym two states share the story state, when it is one of them', () => {
    const brazzaville = nodesOf(
      'BRAZZAVILLE, May 4 (Xinhua) -- The Congolese army said on Monday it had killed 12 rebels.\n',
    );
    expect(brazzaville.get('Congolese army')).toEqual(['republic-of-the-congo-military']);
    const kinshasa = nodesOf(
      'KINSHASA, May 4 (Reuters) - The Congolese army said on Monday it had killed 12 rebels.\n',
    );
    expect(kinshasa.get('Congolese army')).toEqual(['democratic-republic-of-the-congo-military']);
  });

  it('never keys a generic force name of no state across articles', () => {
    const a = { id: 'national-gendarmerie', name: 'National Gendarmerie', kind: 'organization' as const };
    const actor = { ...a, aliases: [], anonymous: false, affiliation: null, mentions: [] };
    const id = actorIdentity(actor, 'feedfacecafe0000', GAZETTEER_IDS);
    expect(id.global).toBe(false);
  });
});
