// Unit tests for ingest/clean on made-up page snippets: furniture, related links, tags and comment
// threads are dropped; title, date and outlet are read; block offsets point into the original text.
import { describe, expect, it } from 'vitest';

import { clean } from '../../ingest/clean/index.ts';

const blocksOf = (text: string) => {
  const c = clean({ source: 't', text });
  return { ...c, paras: c.blocks.map((b) => text.slice(b.start, b.end)) };
};

describe('clean', () => {
  it('drops furniture, READ MORE lines, related headlines, tag lines and the comment thread', () => {
    const text = [
      '09:15 GMT 04 March 2019',
      'Listen Live',
      '  Get short URL',
      '',
      '  Ministers Meet in Geneva as Talks Resume',
      '  © Photo: Example Agency',
      '',
      '  The foreign ministers of two countries met in Geneva on Monday, officials said.',
      '',
      '  "We had a frank exchange," the minister told reporters after the meeting.',
      '',
      '  READ MORE: Talks Stall Over Border Dispute',
      '',
      '  It was brief.',
      '',
      '  Border Talks Stall Again - Reports',
      '  Minister Says No Deal Yet on Trade',
      '  talks, Geneva, foreign ministers, diplomacy',
      '  Community standards',
      '  • avatar',
      '    What a farce. These people never tell the truth about anything at all.',
      '  • Dave in reply to Sam',
      '    Agreed.',
    ].join('\n');
    const c = blocksOf(text);
    expect(c.paras).toEqual([
      'Ministers Meet in Geneva as Talks Resume',
      'The foreign ministers of two countries met in Geneva on Monday, officials said.',
      '"We had a frank exchange," the minister told reporters after the meeting.',
      'It was brief.',
    ]);
    expect(c.title).toBe('Ministers Meet in Geneva as Talks Resume');
    expect(c.publishedAt).toBe('2019-03-04');
    for (const b of c.blocks) expect(text.slice(b.start, b.end).trim()).toBe(text.slice(b.start, b.end));
  });

  it('cuts at a "N comments" header and at a run of comment markers, keeping short body paragraphs', () => {
    const head =
      'Council Votes on New Budget\n\nThe council voted 7-2 on Tuesday to pass the budget.\n\nNo one objected.\n\n';
    expect(blocksOf(head + '12 Comments\nGreat article. I agree with everything said here today.\n').paras).toEqual([
      'Council Votes on New Budget',
      'The council voted 7-2 on Tuesday to pass the budget.',
      'No one objected.',
    ]);
    const thread =
      'jsmith 3 hours ago\nThis is nonsense, the vote was rigged from the start.\nReply · Like\nanna 2 hours ago\nNo.\n';
    expect(blocksOf(head + thread).paras).toHaveLength(3);
  });

  it('reads a sentence-case title, a wire dateline outlet and a labelled date', () => {
    const text =
      'Senator calls for hearing on pipeline safety.\n\nPublished: September 21, 2016\n\n' +
      'WASHINGTON (Reuters) — A senior senator on Wednesday called for a hearing on pipeline safety.\n\n' +
      'The committee has not set a date.\n';
    const c = clean({ source: 't', text });
    expect(c.title).toBe('Senator calls for hearing on pipeline safety.');
    expect(c.publishedAt).toBe('2016-09-21');
    expect(c.outletName).toBe('Reuters');
    expect(c.blocks.map((b) => text.slice(b.start, b.end))).not.toContain('Published: September 21, 2016');
  });

  it('takes a short unpunctuated first line as the title only when a date line or blank line sets it apart', () => {
    const body = 'LIMA (Reuters) — Farmers blocked the main highway into the capital on Monday, police said.\n';
    const dated = clean({
      source: 't',
      text: 'Farmers block highway over fertilizer prices\nApril 3, 2023\n\n' + body,
    });
    expect(dated.title).toBe('Farmers block highway over fertilizer prices');
    expect(dated.publishedAt).toBe('2023-04-03');
    const spaced = clean({ source: 't', text: 'Farmers block highway over fertilizer prices\n\n' + body });
    expect(spaced.title).toBe('Farmers block highway over fertilizer prices');
    // A wrapped first line of running text is not a headline.
    const wrapped = clean({
      source: 't',
      text: 'Farmers blocked the main highway into the capital\non Monday, police said.\n',
    });
    expect(wrapped.title).toBeNull();
  });

  // Furniture above the headline (a timestamp, a breadcrumb menu) or below it (a wire dateline, a byline, a
  // place-and-date line) is never the title; the date comes from the timestamp or the place-and-date line.
  it.each([
    {
      why: 'timestamp and breadcrumbs above',
      text:
        'Updated 09:41, 12 May 2024\nHome | World | Africa\nFighting intensifies near Kadugli as shelling resumes\n\n' +
        'KADUGLI, Sudan (AP) — Fighters shelled a market on Saturday, officials said.\n',
      title: 'Fighting intensifies near Kadugli as shelling resumes',
      date: '2024-05-12',
    },
    {
      why: 'wire dateline below',
      text:
        "Kenya's opposition rejects election result, calls for protests\n" +
        'Nairobi, August 16 (KNA) - The main opposition coalition on Tuesday rejected the official result.\n',
      title: "Kenya's opposition rejects election result, calls for protests",
    },
    {
      why: 'byline below',
      text:
        'Peru and Ecuador agree to reopen border\nBy Maria Delgado\n' +
        'LIMA, March 4 (Reuters) - Peru and Ecuador agreed on Monday to reopen their border, officials said.\n',
      title: 'Peru and Ecuador agree to reopen border',
      notInBody: 'By Maria Delgado',
    },
    {
      why: 'place-and-date line below',
      text:
        'WHO warns of cholera surge in southern Africa\nGeneva, 9 February 2024\n\n' +
        'The World Health Organization warned on Friday that cholera cases could double this year.\n' +
        '"We are seeing outbreaks in places that have not reported cholera in decades," the director-general told a news conference.\n',
      title: 'WHO warns of cholera surge in southern Africa',
      date: '2024-02-09',
    },
    {
      why: 'a title-cased first line that the copy ended with a period',
      text:
        'Brazil Unveils Plan to Curb Amazon Deforestation by 2030.\n\nANALYSIS.\n\n' +
        "Brazil's environment minister said on Monday that the government would triple the number of inspectors in the Amazon.\n",
      title: 'Brazil Unveils Plan to Curb Amazon Deforestation by 2030.',
    },
  ])('picks the headline past furniture: $why', ({ text, title, date, notInBody }) => {
    const c = clean({ source: 't', text });
    expect(c.title).toBe(title);
    if (date) expect(c.publishedAt).toBe(date);
    if (notInBody) expect(c.blocks.map((b) => c.text.slice(b.start, b.end))).not.toContain(notInBody);
  });

  it('reads the date from the dateline of a long lead paragraph, not from later text', () => {
    const lead =
      'LIMA, Peru (April 3, 2023) — Farmers blocked the main highway into the capital on Monday, demanding ' +
      'lower fertilizer prices, and said they would stay until the government agreed to talks on the matter. ' +
      'Police said the protest was peaceful.\n\nA similar protest on May 5, 2021 ended within a day after officials promised to review the prices.\n';
    expect(clean({ source: 't', text: 'Farmers block highway\n\n' + lead }).publishedAt).toBe('2023-04-03');
    const undated = lead.replace('(April 3, 2023) ', '');
    expect(clean({ source: 't', text: 'Farmers block highway\n\n' + undated }).publishedAt).toBeNull();
  });

  it('prefers given metadata and finds the outlet in a copyright line or a domain', () => {
    const text =
      'Ships Collide Off the Coast\n\nTwo cargo ships collided near the port early on Sunday, the coast guard said.\n\n© 2018 Sputnik\n';
    const c = clean({ source: 't', text, publishedAt: '2018-05-06T10:00:00Z', title: 'Given title' });
    expect(c.publishedAt).toBe('2018-05-06');
    expect(c.title).toBe('Given title');
    expect(c.outletName).toBe('Sputnik');
    const d = clean({
      source: 't',
      text: 'Storm Hits Coast\n\nA storm hit the coast on Friday, forecasters said.\n\nSource: www.aljazeera.com\n',
    });
    expect(d.outletName).toBe('Al Jazeera');
  });

  it('yields no blocks for text without a body', () => {
    expect(clean({ source: 't', text: 'Listen Live\nGet short URL\n' }).blocks).toEqual([]);
    expect(clean({ source: 't', text: '' }).blocks).toEqual([]);
  });
});

describe('clean: datelines on their own line and audio widgets', () => {
  it('takes the headline above a bare wire dateline as the title and the wire as the outlet', () => {
    const text =
      'Flooding forces thousands from homes in river delta\n' +
      'DHAKA, June 3 (AFP) —\n\n' +
      'Floodwaters forced more than 10,000 people from their homes on Monday, officials said.\n';
    const c = blocksOf(text);
    expect(c.title).toBe('Flooding forces thousands from homes in river delta');
    expect(c.outletName).toBe('Agence France-Presse');
    expect(c.paras[c.paras.length - 1]).toMatch(/^Floodwaters/);
  });

  it('treats "Listen to this article" as furniture between the headline and the lead', () => {
    const text =
      'Ministers agree on new grain corridor after talks\n' +
      'Published 05:30 GMT, 9 January 2025\n' +
      'Listen to this article\n\n' +
      'ANKARA (Reuters) - Ministers from three countries agreed on Thursday to open a new grain corridor.\n';
    const c = blocksOf(text);
    expect(c.title).toBe('Ministers agree on new grain corridor after talks');
    expect(c.paras).not.toContain('Listen to this article');
  });
});

describe('clean: unnamed bylines', () => {
  it('takes the sentence-case headline above "Our Correspondent" / "Staff Reporter", never the byline, as the title', () => {
    for (const byline of ['Our Correspondent', 'Staff Reporter', 'Web Desk']) {
      const text =
        'Six hurt as bus overturns on Karakoram Highway\n\n' +
        `${byline}\n\n` +
        'GILGIT: Six passengers were injured when a bus overturned near Chilas on Sunday, police said.\n';
      const c = blocksOf(text);
      expect(c.title).toBe('Six hurt as bus overturns on Karakoram Highway');
      expect(c.paras.join(' ')).not.toMatch(new RegExp(byline));
    }
  });
});
