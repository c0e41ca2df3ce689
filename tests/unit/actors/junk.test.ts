// Junk classes (issue #10) on short wire-style articles: what the recognisers find must be an actor.
import { describe, expect, it } from 'vitest';

import { findActors } from '../../../ingest/actors/index.ts';
import { clean } from '../../../ingest/clean/index.ts';
import { analyze } from '../../../ingest/nlp/index.ts';

function names(text: string): string[] {
  const c = clean({ source: 't', text });
  return findActors(analyze(c), c)
    .actors.map((a) => `${a.kind}:${a.name}`)
    .sort();
}

describe('junk actors', () => {
  it('drops role words written as names and names of polls and surveys', () => {
    const found = names(
      'LUSAKA, Zambia (Reuters) - Opposition leader Hakainde Nkandu said his Defense Attorney had not seen the file. ' +
        'Support for the ruling party fell to 38 percent in the latest Afrobarometer Survey, and a Zambia Daily Poll ' +
        'put it lower still.\n',
    );
    expect(found.filter((n) => n.startsWith('person:'))).toEqual(['person:Hakainde Nkandu']);
  });

  it('keeps the people of a wire story from Manila while dropping what only looks like names', () => {
    const found = names(
      'MANILA (AP) — Filipino-Americans in Daly City, Calif., raised funds after the storm, said Corazon Reyes of ' +
        'the Bayanihan Relief Foundation. Survivors of the Marawi Siege and veterans of the Korean War joined the ' +
        'drive, which the Manila Bulletin called "the Bayanihan Spirit." ShareTweetEmailJose Cruz contributed.\n',
    );
    expect(found).toContain('person:Corazon Reyes');
    expect(found).toContain('organization:Bayanihan Relief Foundation');
    expect(found.filter((n) => n.startsWith('person:'))).toEqual(['person:Corazon Reyes']);
    expect(found.filter((n) => n.startsWith('state:'))).toEqual([]);
  });

  it('drops page furniture glued to a headline name', () => {
    const found = names(
      'Exclusive–Nomvula Dube, Township Housing Campaigner, Runs for Council.\n\nNomvula Dube said on Friday she would run.\n',
    );
    expect(found).toEqual(['person:Nomvula Dube']);
  });
});
