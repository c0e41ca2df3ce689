// Classes the fourteenth session's batch (cross-s14b, Bujumbura) showed: after a parenthetical tag a further speech act
// ("..., police said, and the government accused Rwanda of backing the rebels", "..., according to hospital sources,
// with the authorities blaming the rebels", "..., the army said, blaming the ADF") was read as more of the tagged
// content. A casualty toll then carried the blame of another speaker, and a denial of any role in the attack, told
// in another article, was stored as answering the toll. Texts are invented, in the style of wire copy from places
// the batch does not use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { ingest } from '../../graph/load.ts';
import { extract } from '../../ingest/extract.ts';

const texts = (text: string) => extract({ source: 'wire.txt', text }).claims.map((c) => c.text);

describe('a further speech act after a parenthetical tag', () => {
  it('is no content of the tag: a participle of blame or speech', () => {
    expect(
      texts(
        'KINSHASA, March 9, 2022 (Reuters) - A bomb blast at a church in Kasindi killed 14 people on Sunday, army ' +
          'spokesman Antony Mualushayi said, blaming the ADF rebels.',
      ),
    ).toEqual(['A bomb blast at a church in Kasindi killed 14 people on Sunday', 'the ADF rebels']);
    expect(texts('The strike hit a depot, the army said, and added that no civilians were hurt.')).toContain(
      'The strike hit a depot',
    );
  });

  it('is no content of the tag: a joined clause whose verb tells speech, its own claim', () => {
    expect(
      texts(
        'MAPUTO, Aug 3, 2021 (Reuters) - Insurgents killed eight villagers near Palma on Friday, police said, and the ' +
          'government accused foreign fighters of leading the raid.',
      ),
    ).toEqual(['Insurgents killed eight villagers near Palma on Friday', 'foreign fighters of leading the raid']);
  });

  it('is no content of "according to": "with" and a subject blaming', () => {
    expect(
      texts(
        'Mogadishu (AFP) - Seven people were killed in a car bomb attack at a market in Mogadishu, according to ' +
          'medical sources, with the authorities blaming the Shabaab militants.',
      ),
    ).toEqual(['Seven people were killed in a car bomb attack at a market in Mogadishu']);
  });

  it('while a joined clause without a verb of speech goes on with the content', () => {
    expect(
      texts('Prices rose sharply in March, the statistics office said, and wages fell for a third month.'),
    ).toEqual(['Prices rose sharply in March and wages fell for a third month']);
  });
});

describe('a denial of any role, told in another article', () => {
  const { dir, write } = tempArticles('kg-further-');
  const beniReuters = write(
    'beni-reuters.txt',
    'Congo says ADF rebels behind Beni camp attack\n\nBENI, Congo, June 5, 2023 (Reuters) - An attack on a camp for ' +
      'displaced people near Beni killed 23 people overnight, the army said, and the provincial governor accused the ' +
      'ADF rebels of carrying out the massacre.\n\nSurvivors said the attackers came with machetes and set fire to ' +
      'shelters.\n',
  );
  const beniAfp = write(
    'beni-afp.txt',
    'DR Congo: 23 killed in attack on displacement camp near Beni\n\nBeni (AFP) - Twenty-three people were killed in ' +
      'an attack on a displacement camp near Beni in eastern Democratic Republic of Congo, local officials said on ' +
      'Monday.\n\nThe ADF denied any role in the attack in a statement posted online.\n',
  );
  // The blame here is only the ministry's participle ("..., blaming the Islamic State in the Greater Sahara"): its
  // claim is the bare name, held responsible by the blame verb (graph/claims/terms.ts), and the toll beside it.
  const nigerReuters = write(
    'niger-reuters.txt',
    'Gunmen kill 9 soldiers in western Niger\n\nNIAMEY, Feb 11, 2021 (Reuters) - Gunmen killed nine soldiers in an ' +
      'attack on an army post near Banibangou in western Niger on Wednesday, the defence ministry said, blaming the ' +
      'Islamic State in the Greater Sahara.\n',
  );
  const nigerAfp = write(
    'niger-afp.txt',
    'Niger: nine soldiers killed near Banibangou\n\nNiamey (AFP) - Nine soldiers were killed in an attack on an army ' +
      'post near Banibangou in western Niger, the defence ministry said on Thursday.\n\nThe Islamic State in the ' +
      'Greater Sahara denied any role in the attack.\n',
  );

  /** The texts of the claims a denial answers across articles. */
  async function answered(files: string[], name: string) {
    const store = new EmbeddedStore(path.join(dir, `${name}.json`));
    await store.init();
    try {
      await ingest(files, store);
      const g = await store.subgraph({ limit: 10_000 });
      const text = new Map(g.nodes.map((n) => [n.id, String(n.props.text ?? '')]));
      return g.edges
        .filter((e) => e.type === 'DENIES' && e.props.answers === 'across articles')
        .map((e) => text.get(e.target));
    } finally {
      await store.close();
    }
  }

  it('answers the claim that blames the denier, never the toll told beside it', async () => {
    const targets = await answered([beniReuters, beniAfp], 'beni');
    expect(targets).toEqual(['ADF rebels behind Beni camp attack']);
  });

  it('answers the blame told as a participle, never the toll told beside it', async () => {
    expect(await answered([nigerReuters, nigerAfp], 'niger')).toEqual(['the Islamic State in the Greater Sahara']);
  });
});
