// Relay tags that pass a speaker's words on to the writer (issue #10, relay chains; the s13 blind batches scored
// 0 of 10 chains): "as quoted by X" around the cue or closing the content, "a message relayed by X" (any relay, not
// only an outlet), outlets named by their web address, and EFE's dateline. Wire copy of other places and years.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';
import { analyze } from '../../ingest/nlp/index.ts';

const claimsOf = (text: string) => {
  const x = extract({ text, source: 'relay.txt' });
  const name = (id: string) => x.actors.find((a) => a.id === id)?.name;
  return x.claims.map((c) => ({ text: c.text, speaker: name(c.speaker), via: c.via.map(name) }));
};

describe('extract: relay tags', () => {
  it('reads "said, as quoted by X, that C" and "C, X said, as quoted by the daily Y." as relayed by X / Y', () => {
    const cs = claimsOf(
      'Troops repel raid on Mopti base\n' +
        'BAMAKO, Oct 2 (Reuters) - The army said in a statement, as quoted by the state broadcaster ORTM, that ' +
        'militants had attacked a base near Mopti overnight.\n' +
        'Interior Minister Daoud Aly Mohammedine said the raid had been planned from across the border, as quoted by ' +
        "the daily L'Essor.\n",
    );
    expect(cs).toContainEqual({
      text: 'militants had attacked a base near Mopti overnight',
      speaker: expect.stringMatching(/army|military|armed forces/i),
      via: ['ORTM'],
    });
    expect(cs).toContainEqual({
      text: 'the raid had been planned from across the border',
      speaker: 'Daoud Aly Mohammedine',
      via: ["L'Essor"],
    });
  });

  it('gives "a message relayed by X" to whoever X is, an outlet or not', () => {
    const cs = claimsOf(
      'MOGADISHU, May 9 (AFP) - Al-Shabaab said in a message relayed by the SITE Intelligence Group that its ' +
        'fighters had overrun a base in Middle Shabelle.\n',
    );
    expect(cs).toContainEqual({
      text: 'its fighters had overrun a base in Middle Shabelle',
      speaker: 'al-Shabaab',
      via: ['SITE Intelligence Group'],
    });
  });

  it("keeps an outlet named by its web address whole and leaves EFE's dateline out of the content", () => {
    const nlp = analyze({
      text: 'The news site Kun.uz and Gazeta.ru said so. It ended.',
      blocks: [{ start: 0, end: 53 }],
      title: null,
      publishedAt: null,
      outletName: null,
    });
    expect(nlp.tokens.map((t) => t.text)).toContain('Kun.uz');
    expect(nlp.tokens.map((t) => t.text)).toContain('Gazeta.ru');
    expect(nlp.sentences).toHaveLength(2);
    const cs = claimsOf(
      'Lima, Aug 4 (EFE).- Two police officers were killed in an ambush in the VRAEM valley, the Interior Ministry ' +
        'reported on Sunday.\n',
    );
    expect(cs[0]?.text).toBe('Two police officers were killed in an ambush in the VRAEM valley');
  });

  it('keeps "in remarks carried by X" out of the content, and knows national agencies by their short names', () => {
    const cs = claimsOf(
      'DHAKA, Aug 4 (Reuters) - Home Adviser Jahangir Alam Chowdhury said in remarks carried by the state-run BSS ' +
        'that 40 suspects had been detained.\n' +
        "CAIRO - Egypt's foreign ministry said the Rafah crossing would reopen on Sunday, according to a statement " +
        'carried by the official MENA news agency.\n' +
        "MOSCOW - Russia's defence ministry said air defences had downed 30 drones over Kursk, the RIA news agency " +
        'reported.\n',
    );
    expect(cs).toContainEqual({
      text: '40 suspects had been detained',
      speaker: 'Jahangir Alam Chowdhury',
      via: ['Bangladesh Sangbad Sangstha'],
    });
    expect(cs.find((c) => c.text.startsWith('the Rafah crossing'))?.via).toEqual(['Middle East News Agency']);
    expect(cs.find((c) => c.text.startsWith('air defences'))?.via).toEqual(['RIA Novosti']);
  });

  it('reads "C, X reported, citing Y" with Y a title or a statement by someone as Y relayed by X, and a reason as the speaker\'s', () => {
    const cs = claimsOf(
      'KYIV, June 3 (Reuters) - Russian drones struck a grain terminal in Izmail overnight, Ukrinform reported, citing ' +
        'the regional governor.\n' +
        'Gunmen ambushed a convoy near Kidal, the army said, citing a statement by its communications directorate.\n' +
        'The refinery was shut down, the energy ministry said, citing preliminary data.\n',
    );
    expect(cs).toContainEqual({
      text: 'Russian drones struck a grain terminal in Izmail overnight',
      speaker: 'regional governor',
      via: ['Ukrinform'],
    });
    expect(cs.find((c) => c.text.startsWith('Gunmen ambushed'))?.via).toHaveLength(1);
    // no claim made of the citation itself
    expect(cs.map((c) => c.text).filter((t) => /^(by|a statement)\b/.test(t))).toEqual([]);
    expect(cs).toContainEqual({ text: 'preliminary data', speaker: expect.stringMatching(/ministry/i), via: [] });
  });
});
