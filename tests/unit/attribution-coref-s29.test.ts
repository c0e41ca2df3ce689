// Descriptions and pronouns that must not go to the wrong actor (twenty-ninth session): a relational description
// ("his lawyer", "Ortiz's wife", "a spokesman for X") is someone else than its possessor; a qualified description
// ("the exiled cleric") is the one person the sentence before names, not a speaker given only the bare role; an
// outlet told something ("told AFP") is no antecedent of "it said"; "the prefecture of X" is a body of its own; "the
// Wali" is a governor's title, "Wali Khan" a name. Short invented copy of other places than the read sets (Ecuador,
// Niger, Senegal, Kyrgyzstan, Afghanistan); full pipeline, and the helpers alone.
import { describe, expect, it } from 'vitest';

import { withPossessor } from '../../ingest/attribution/frame-base.ts';
import { roleQualifiers } from '../../ingest/attribution/roles.ts';
import { extract } from '../../ingest/extract.ts';
import { clean } from '../../ingest/clean/index.ts';
import { analyze } from '../../ingest/nlp/index.ts';

const run = (text: string) => extract({ source: 'wire.txt', text });
const speakerOf = (x: ReturnType<typeof run>, words: string) => x.claims.find((c) => c.text.includes(words))?.speaker;
const tokensOf = (text: string) => analyze(clean({ source: 't', text })).tokens;

describe('attribute: relational descriptions', () => {
  it('gives "his lawyer, who told" an unnamed lawyer tied to the man, never the man', () => {
    const text =
      'QUITO, May 2 - Former Guayaquil councillor Andres Ortiz was charged on Tuesday with laundering money.\n\n' +
      'Mr Ortiz rejected the charges through his lawyer, who told the court that his client had "never hidden a dollar".';
    const x = run(text);
    const id = x.claims.find((c) => c.text.startsWith('his client'))?.speaker;
    expect(id).toBeDefined();
    expect(id).not.toBe('andres-ortiz');
    const lawyer = x.actors.find((a) => a.id === id)!;
    expect(lawyer.anonymous).toBe(true);
    expect(lawyer.affiliation).toBe('andres-ortiz');
  });

  it('gives "Ortiz\'s wife said" and "a spokesman for X said" someone of X, not X', () => {
    const text =
      'QUITO, May 2 - Former Guayaquil councillor Andres Ortiz was charged on Tuesday with laundering money.\n\n' +
      "Ortiz's wife said the family would sell its house to pay the bail.\n\n" +
      'A spokesman for Mayor Lucia Benitez said the city had lodged a complaint.';
    const x = run(text);
    const wife = speakerOf(x, 'sell its house');
    expect(wife).not.toBe('andres-ortiz');
    expect(x.actors.find((a) => a.id === wife)?.affiliation).toBe('andres-ortiz');
    const spokesman = speakerOf(x, 'lodged a complaint');
    expect(spokesman).not.toBe('lucia-benitez');
    expect(x.actors.find((a) => a.id === spokesman)?.affiliation).toBe('lucia-benitez');
  });

  it('gives "the lawyer" the person the article called a lawyer, else nobody named', () => {
    const named =
      'DAKAR, June 9 - Opposition mayor Khalifa Diop was jailed on Friday. His lawyer, Aissatou Ndiaye, called it a ' +
      'political trial.\n\nDiop said from prison that he would not give up.\n\nThe lawyer said an appeal had been filed.';
    expect(speakerOf(run(named), 'appeal had been filed')).toBe('aissatou-ndiaye');
    const unnamed =
      'DAKAR, June 9 - Opposition mayor Khalifa Diop was jailed on Friday.\n\nDiop said from prison that he would ' +
      'not give up.\n\nThe lawyer said an appeal had been filed.';
    expect(speakerOf(run(unnamed), 'appeal had been filed')).not.toBe('khalifa-diop');
  });

  it('takes the possessor into a noun phrase', () => {
    const tokens = tokensOf('Mr Ortiz spoke through his lawyer and through Ortiz’s brother.');
    const at = (w: string) => tokens.findIndex((t) => t.text === w);
    const lawyer = at('lawyer');
    expect(withPossessor(tokens, [lawyer, lawyer + 1], 0)).toEqual([lawyer - 1, lawyer + 1]);
    const brother = at('brother');
    const [s] = withPossessor(tokens, [brother, brother + 1], 0);
    expect(tokens[s]!.text).toBe('Ortiz');
    const spoke = at('spoke');
    expect(withPossessor(tokens, [spoke, spoke + 1], 0)).toEqual([spoke, spoke + 1]);
  });
});

describe('attribute: qualified descriptions', () => {
  it('gives "the exiled cleric" the man the sentence before accuses, not the leader who spoke', () => {
    const text =
      'BISHKEK, Aug 4 - The opposition Ata Jurt movement said on Sunday that 30 of its members had been detained.\n\n' +
      'Its leader Kamchybek Tashiev said the arrests were illegal. Tashiev said the movement would protest on Monday.\n\n' +
      'The government accuses the preacher Rashot Kamalov of inciting the crowd. The exiled cleric denies the charge ' +
      'and says he has not been to Kyrgyzstan for years.';
    const x = run(text);
    const id = speakerOf(x, 'not been to Kyrgyzstan');
    expect(id).toBeDefined();
    expect(id).not.toBe('kamchybek-tashiev');
  });

  it('keeps a plain description with the person given the role', () => {
    const text =
      'BISHKEK, Aug 4 - Interior Minister Ulan Niyazbekov said 30 people had been detained.\n\n' +
      'Relatives of Bakyt Orozov said he had been beaten.\n\nThe minister said nobody had been hurt.';
    expect(speakerOf(run(text), 'nobody had been hurt')).toBe('ulan-niyazbekov');
  });

  it('reads the qualifiers of a role: content words before it, not plain or office words', () => {
    // The description opening a sentence, its core up to the head.
    const q = (s: string) => roleQualifiers(tokensOf(`${s} said it was calm.`).slice(0, s.split(' ').length));
    expect(q('The exiled spiritual leader')).toEqual(expect.arrayContaining(['exiled', 'spiritual']));
    expect(q('The former senior minister')).toEqual([]);
    expect(q('The deputy prime minister')).toEqual([]);
  });
});

describe('attribute: bodies and outlets as antecedents', () => {
  it('gives "it said" the prefecture that spoke, not the outlet told something before', () => {
    const text =
      'NIAMEY (AFP) - Twelve people died when a truck overturned near Tillaberi, the mayor, Issoufou Garba, told AFP.\n\n' +
      'The prefecture of Tillaberi denied that the road had been closed. "The road was open to all traffic," it said in ' +
      'a statement.';
    const x = run(text);
    const denial = speakerOf(x, 'road had been closed');
    const quote = speakerOf(x, 'open to all traffic');
    expect(denial).not.toBe('afp');
    expect(quote).toBe(denial);
    const body = x.actors.find((a) => a.id === denial)!;
    expect(body.kind).toBe('organization');
    expect(body.name).toBe('Prefecture of Tillaberi');
  });

  it('reads "the Wali" as the governor named before, and "Wali Khan" as a name', () => {
    const text =
      'KANDAHAR, April 3 - The Wali of Kandahar, Gul Mohammad Zaheer, said on Monday that the road would reopen.\n\n' +
      'Wali Khan, a trader in the city, said prices had doubled.\n\nThe Wali said fuel convoys would be escorted.';
    const x = run(text);
    expect(x.actors.some((a) => a.name === 'Wali')).toBe(false);
    expect(speakerOf(x, 'prices had doubled')).toBe('wali-khan');
    expect(speakerOf(x, 'convoys would be escorted')).toBe('gul-mohammad-zaheer');
  });
});
