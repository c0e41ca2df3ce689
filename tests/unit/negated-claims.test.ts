// A claim whose own content is negated answers another article's claim as a denial when the accused says it: "Armenia
// said its forces had not shelled any Azerbaijani positions near Sotk" puts Armenia's DENIES on Baku's "Armenian
// forces had shelled its army positions near ... Sotk" (graph/claims/link.ts); a negated claim by someone the claim
// does not accuse, or about something else, does not. Invented wire copy.
import { describe, expect, it } from 'vitest';

import { storedGraph, tempArticles } from './temp-articles.ts';

const { dir, write } = tempArticles('kg-negated-');

const ARTICLES: Record<string, string> = {
  'a1-baku-reuters.txt':
    'BAKU, Sept 12, 2023 (Reuters) - Azerbaijan said on Tuesday that Armenian forces had shelled its army positions ' +
    'near the village of Sotk, wounding two soldiers.\n',
  'a2-yerevan-afp.txt':
    'YEREVAN, Sept 12, 2023 (AFP) - Armenia said its forces had not shelled any Azerbaijani positions near Sotk.\n\n' +
    'The Armenian health ministry said no civilians had been hurt in the border villages.\n',
  'a3-tbilisi-ap.txt':
    'TBILISI, Sept 13, 2023 (AP) - Georgia said its border guards had not seen any fighting near the frontier.\n',
};

const stored = () => storedGraph(dir, write, ARTICLES);

describe('a negated claim of the accused', () => {
  it('denies the claim it negates, across articles, and nothing else', async () => {
    const g = await stored();
    const shelled = g.nodes.find(
      (n) => n.labels.includes('Claim') && /had shelled its army/.test(String(n.props.text)),
    );
    expect(shelled).toBeDefined();
    const denials = g.edges.filter((e) => e.type === 'DENIES' && e.target === shelled!.id);
    expect(denials.map((e) => e.source)).toEqual(['armenia']);
    // Georgia, accused of nothing, and the health ministry's "no civilians" deny nothing.
    expect(g.edges.filter((e) => e.type === 'DENIES').map((e) => e.source)).toEqual(['armenia']);
  });
});
