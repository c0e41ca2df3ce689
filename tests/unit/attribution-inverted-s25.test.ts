// Plain attributions the extractor missed: a clause told first, then an inverted speaker with a long apposition
// ("..., said Colonel X, spokesman for the army in Cabo Delgado."); blame told with "blamed" / "attributed" ("The
// ministry attributed the raid to insurgents"), not its participle after a noun ("a statement attributed to the
// group"). Invented wire sentences (Mozambique, Peru, Sahel), full pipeline.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const run = (text: string) => extract({ source: 'wire.txt', text }).claims;

describe('attribute: a clause told first, then "said <name>, <role> for <body> in <place>"', () => {
  it('gives the clause to the named speaker, the apposition no part of the content', () => {
    const text =
      'PEMBA, Mozambique, May 4 (Reuters) - Insurgents raided the town of Macomia before dawn on Friday, looting food stores and burning government offices as residents fled, said Colonel Omar Saranga, spokesman for the defence ministry in Cabo Delgado.';
    const claims = run(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker).toBe('omar-saranga');
    expect(claims[0]!.text).toBe(
      'Insurgents raided the town of Macomia before dawn on Friday, looting food stores and burning government offices as residents fled',
    );
  });

  it('keeps a subject with its own appositive the speaker when a clause follows the cue', () => {
    const text = 'Maria Quispe, a community leader in Espinar, said police had fired tear gas at the marchers.';
    const claims = run(text);
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ['maria-quispe', 'police had fired tear gas at the marchers'],
    ]);
  });

  it('ends the content at the tag when a role phrase of place follows the name', () => {
    const text =
      'The convoy was ambushed near the village of Tessit, said Moussa Ag Acharatoumane, a spokesman for the movement in Menaka.';
    const claims = run(text);
    expect(claims.map((c) => c.text)).toEqual(['The convoy was ambushed near the village of Tessit']);
  });
});

describe('attribute: blame verbs', () => {
  it('reads "attributed the raid to X" and "blamed the attack on X" as the blamer\'s claim', () => {
    const claims = run(
      'The defence ministry attributed the raid to insurgents linked to Islamic State.\n\nLocal officials blamed the ambush on a rival militia.',
    );
    expect(claims.map((c) => c.text)).toEqual([
      'the raid to insurgents linked to Islamic State',
      'the ambush on a rival militia',
    ]);
  });

  it('reads no blame without its shape or across a subordinate clause, and cuts no content at such a blame', () => {
    expect(
      run('Kenya, Uganda trade blame as border clash kills three\n\nPolice said the clash began at dawn.'),
    ).toHaveLength(1);
    expect(run("Ndung'u listed the debts that he blamed on the previous government.").map((c) => c.text)).toEqual([]);
    const claims = run(
      'The senator called the minister a disgrace after she visited the border and blamed the clashes on smugglers.',
    );
    expect(claims.map((c) => c.text)).toEqual([
      'the minister a disgrace after she visited the border and blamed the clashes on smugglers',
    ]);
  });

  it('reads a blame sharing the subject of an earlier verb of its clause, the content cut before it', () => {
    const claims = run(
      'The border guards said one of their men had been killed and blamed the neighbouring army for starting the shooting.',
    );
    expect(claims.map((c) => c.text)).toEqual([
      'one of their men had been killed',
      'the neighbouring army for starting the shooting',
    ]);
  });

  it('reads no blame in a participle after its noun', () => {
    const claims = run('A statement attributed to the group said its fighters had withdrawn from the town.');
    expect(claims.map((c) => c.text)).toEqual(['its fighters had withdrawn from the town']);
  });
});

describe('attribute: the subject after an EFE dateline closed with ".-"', () => {
  it('gives the claim to the body after "Lima (EFE).-", never to the dateline place', () => {
    for (const text of [
      "Lima (EFE).- Peru's foreign ministry said Tuesday that it would summon the Bolivian ambassador.",
      'La Paz, April 14 (EFE).- The foreign ministry said on Monday that the two farmers had been released.',
    ]) {
      const x = extract({ source: 'wire.txt', text: `Headline here\n\n${text}` });
      expect(x.claims).toHaveLength(1);
      const speaker = x.actors.find((a) => a.id === x.claims[0]!.speaker);
      expect(speaker?.kind).toBe('organization');
    }
  });
});
