// Actor recall classes of session 23, on real-style sentences of other regions than the read sets they were found in:
// a title word inside a facility's name ("Mount Hagen General Hospital"), a generic body's words opening a longer
// name with "for" ("the Supreme Council for Islamic Affairs"), a lone given name after the person's full name and
// appositive ("Faizal told reporters"), and a provincial lawmaker's title ("PML-N MPA Rana Tahir Shabbir").
import { describe, expect, it } from 'vitest';

import { actorsOf, names } from './helpers.ts';

describe('actor recall classes (session 23)', () => {
  it('keeps the town that opens a general hospital’s name, so two towns’ hospitals are two', () => {
    const found = names(
      'PORT MORESBY (Reuters) - Doctors at Mount Hagen General Hospital said 14 wounded people had been brought in. ' +
        'Two patients were flown to Wabag General Hospital in Enga province, and one to Port Moresby General Hospital.\n',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'organization:Mount Hagen General Hospital',
        'organization:Wabag General Hospital',
        'organization:Port Moresby General Hospital',
      ]),
    );
    expect(found).not.toContain('organization:General Hospital');
  });

  it('still reads a general before a person as a title', () => {
    const found = names(
      'LAGOS (Reuters) - Chief of Army Staff General Taoreed Lagbaja said on Monday the troops had withdrawn.\n',
    );
    expect(found).toContain('person:Taoreed Lagbaja');
  });

  it('reads a generic body’s words, "for" and capitalized words as one longer name', () => {
    const found = names(
      'NIAMEY (AFP) - The Supreme Council for Islamic Affairs backed the decree on Monday, while the National Congress ' +
        'for Democratic Renewal said it would challenge it in court.\n',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'organization:Supreme Council for Islamic Affairs',
        'organization:National Congress for Democratic Renewal',
      ]),
    );
    expect(found.filter((n) => /:(?:Supreme Council|National Congress)$/.test(n))).toEqual([]);
  });

  it('reads a lone given name as the one person so named whose appositive gives a role', () => {
    const text =
      'JAKARTA (Reuters) - The soldiers were on patrol near Timika when gunmen opened fire, said Faizal Ramadhani, ' +
      'head of the Cartenz Peace Operation task force. "We are pursuing them," Faizal told reporters on Tuesday.\n';
    const faizal = actorsOf(text).filter((a) => a.kind === 'person');
    expect(faizal.map((a) => a.name)).toEqual(['Faizal Ramadhani']);
    // The appositive's office ("head") is a descriptor mention of him too (session 33's office phrases).
    expect(faizal[0]!.mentions.map(([s, e]) => text.slice(s, e)).filter((m) => m !== 'head')).toEqual([
      'Faizal Ramadhani',
      'Faizal',
    ]);
  });

  it('keeps a lone given name apart when two people of the article have it', () => {
    const found = names(
      'JAKARTA (Reuters) - Faizal Ramadhani, head of the task force, and Faizal Hasan, a police spokesman, visited ' +
        'the site. "We are pursuing them," Faizal said.\n',
    );
    expect(found).toEqual(expect.arrayContaining(['person:Faizal Ramadhani', 'person:Faizal Hasan']));
  });

  it('reads MPA as a provincial lawmaker’s title, not a word of his name', () => {
    const found = names(
      'MULTAN: PML-N MPA Rana Tahir Shabbir, who represents the constituency in the Punjab Assembly, visited the ' +
        'village on Sunday.\n',
    );
    expect(found).toContain('person:Rana Tahir Shabbir');
    expect(found.filter((n) => /MPA/.test(n))).toEqual([]);
  });
  it('ends a minister’s portfolio at "Territorial Administration and Decentralisation", before the name', () => {
    const found = names(
      "N'DJAMENA (Reuters) - Chad's Minister of Territorial Administration and Decentralisation Limane Mahamat said " +
        'on Monday that 12 people had been killed in clashes between herders and farmers.\n',
    );
    expect(found).toContain('person:Limane Mahamat');
    expect(found.filter((n) => /Decentralisation|Territorial/.test(n))).toEqual([]);
  });
  it('reads "Member <chamber>" glued before a name as the person’s role, no body', () => {
    const found = names(
      'PESHAWAR, Pakistan (AP) - Gunmen killed two policemen in Bannu on Saturday, police said. Member Provincial ' +
        'Assembly Shafiullah Khan visited the injured at the Lady Reading Hospital on Sunday. Later, Member National ' +
        'Assembly Noor Alam Khan said the attackers had fled.\n',
    );
    expect(found).toEqual(expect.arrayContaining(['person:Shafiullah Khan', 'person:Noor Alam Khan']));
    expect(found.filter((n) => /Member/.test(n))).toEqual([]);
  });
});
