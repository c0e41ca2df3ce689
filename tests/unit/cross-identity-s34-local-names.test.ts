// Session 34 (acronyms34): a body serving a place, named in its state's language in one article and in English in
// another ("Staatsanwaltschaft Salzburg" / "Salzburg public prosecutor's office", "Procura di Bergamo", "parquet de
// Marseille"), is one node (graph/data/body-translations.json); a state's own office is not keyed as a place's. Two
// acronyms joined by "and" are two bodies; "the Office of the Attorney General announced" is that office speaking, not
// the authority the sentence named before. In: hand-written actors and invented wire paragraphs.
import { describe, expect, it } from 'vitest';

import { placeBodyName, translatedBodyName } from '../../graph/body-translations.ts';
import { actorIdentity } from '../../graph/identity.ts';
import { GAZETTEER_IDS } from '../../graph/load.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { Actor } from '../../graph/schema.ts';
import { extract } from '../../ingest/extract.ts';

const body = (name: string, extra: Partial<Actor> = {}) =>
  Actor.parse({
    id: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    kind: 'organization',
    mentions: [[0, 1]],
    ...extra,
  });
const key = (a: Actor) => actorIdentity(a, 'feedfacefeedface', GAZETTEER_IDS);
const isState = (k: string) => !!GAZETTEER_IDS.stateOf?.(k);

describe('placeBodyName', () => {
  it('gives one English name to a place office in its own language and in English', () => {
    const names = [
      'Staatsanwaltschaft Landshut',
      "Landshut public prosecutor's office",
      "the Landshut prosecutor's office",
      "public prosecutor's office in Landshut",
    ];
    expect(new Set(names.map((n) => placeBodyName(n, isState)))).toEqual(
      new Set(["Landshut Public Prosecutor's Office"]),
    );
    expect(placeBodyName('Procura della Repubblica di Bergamo', isState)).toBe("Bergamo Public Prosecutor's Office");
    expect(placeBodyName('Procura di Bergamo', isState)).toBe("Bergamo Public Prosecutor's Office");
    expect(placeBodyName('parquet de Marseille', isState)).toBe("Marseille Public Prosecutor's Office");
    expect(placeBodyName('Landeskriminalamt Salzburg', isState)).toBe('Salzburg State Criminal Police Office');
  });

  it("leaves a state's own office, an unnamed office and an acronym's office alone", () => {
    expect(placeBodyName("Austria's prosecutor's office", isState)).toBeNull();
    expect(placeBodyName("Italian prosecutor's office", isState)).toBeNull();
    expect(placeBodyName("public prosecutor's office", isState)).toBeNull();
    expect(placeBodyName('Staatsanwaltschaft', isState)).toBeNull();
    expect(placeBodyName("DDA prosecutor's office", isState)).toBeNull();
  });

  it('translates a whole local name', () => {
    expect(translatedBodyName('Finanzmarktaufsicht')).toBe('Financial Market Authority');
    expect(translatedBodyName('Salvamento Marítimo')).toBe('Spanish Maritime Safety Agency');
    expect(translatedBodyName('Landshut')).toBeNull();
  });
});

describe('actorIdentity of a body by its local-language or English name', () => {
  it('keys the local and the English name of a place office alike, and two places apart', () => {
    const german = key(body('Staatsanwaltschaft Salzburg'));
    expect(german).toMatchObject({ global: true, rule: 'body name' });
    expect(key(body("Salzburg public prosecutor's office")).id).toBe(german.id);
    expect(key(body("Salzburg prosecutor's office")).id).toBe(german.id);
    expect(key(body('Staatsanwaltschaft Linz')).id).not.toBe(german.id);
    expect(key(body('parquet de Marseille')).id).toBe(key(body("Marseille prosecutor's office")).id);
  });

  it('keys an acronym by the local name its article spells it out with', () => {
    const fma = key(body('FMA', { aliases: ['Finanzmarktaufsicht'] }));
    expect(fma.id).toBe(key(body('Financial Market Authority')).id);
  });
});

describe('extraction', () => {
  const actorsOf = (text: string) => {
    const x = resolveExtraction(extract({ source: 't.txt', text }) as never, NO_ALIASES, GAZETTEER_IDS);
    return x;
  };

  it('reads a local head opening a name as a body, keyed as its English form', () => {
    const x = actorsOf(
      'SALZBURG, Oct 16 (APA) - A fund manager was arrested, the Staatsanwaltschaft Salzburg confirmed on Wednesday.\n',
    );
    const sta = x.actors.find((a) => a.forms.includes('Staatsanwaltschaft Salzburg'));
    expect(sta).toMatchObject({ kind: 'organization', id: key(body("Salzburg public prosecutor's office")).id });
  });

  it('reads two acronyms joined by "and" as two bodies', () => {
    const x = actorsOf(
      'BETHEL, Alaska (AP) - AFN and NARF, the Native American Rights Fund, say more than 400 ballots were thrown out.\n\nThe AFN and NARF said the state should count them.\n',
    );
    expect(x.actors.some((a) => a.forms.includes('AFN and NARF'))).toBe(false);
    expect(x.actors.some((a) => a.forms.includes('NARF'))).toBe(true);
  });

  it('gives "the Office of the Attorney General announced" to that office, not the authority named before', () => {
    const x = actorsOf(
      'HAGATNA, Guam (AP) - A Guam Power Authority supervisor was indicted on Wednesday on charges that he accepted kickbacks, the Office of the Attorney General announced.\n\nThe Office of the Attorney General said more charges were possible.\n',
    );
    const oag = x.actors.find((a) => a.forms.includes('Office of the Attorney General'));
    expect(oag).toBeDefined();
    expect(x.claims.length).toBeGreaterThan(0);
    for (const c of x.claims) expect(c.speaker).toBe(oag!.id);
  });
});

describe('settlePlaceBodies (ingest/actors/place-bodies.ts)', () => {
  const extracted = (text: string) =>
    resolveExtraction(extract({ source: 't.txt', text }) as never, NO_ALIASES, GAZETTEER_IDS).actors;

  it("reads '<Place> prosecutor's office' as a body wherever it stands, keyed as its local name is", () => {
    const actors = extracted(
      "BERGAMO, 22 May 2018 (ANSA) - The Bergamo prosecutor's office has placed the former director of a hospital under investigation.\n",
    );
    const office = actors.find((a) => a.forms.includes("Bergamo prosecutor's office"));
    expect(office).toMatchObject({ kind: 'organization', id: key(body('Procura di Bergamo')).id });
  });

  it("reads no state's office and no sentence opening as a place office", () => {
    const actors = extracted(
      "VIENNA, Oct 16 (Reuters) - The Austrian prosecutor's office has charged a banker. Public prosecutor's office staff declined to comment.\n",
    );
    expect(actors.some((a) => a.forms.includes("Austrian prosecutor's office") && a.rule === 'body name')).toBe(false);
    expect(actors.some((a) => /^Public prosecutor/.test(a.name))).toBe(false);
  });
});

describe('national bodies by acronym, English and local name (gazetteer organizations.json, outlets.json)', () => {
  const ids = (text: string) =>
    resolveExtraction(extract({ source: 't.txt', text }) as never, NO_ALIASES, GAZETTEER_IDS).actors.map((a) => a.id);

  it('keys a bare acronym and the full name of one national body alike', () => {
    expect(ids('MADRID (EFE) - Heavy rain will hit Galicia on Monday, AEMET said in a statement.\n')).toContain(
      'spain-aemet',
    );
    expect(
      ids('MADRID (Reuters) - The State Meteorological Agency issued a red alert for Galicia on Monday.\n'),
    ).toContain('spain-aemet');
    const spanish = ['Salvamento Marítimo', 'Spanish Maritime Safety Agency (Sasemar)'].map((n) =>
      ids(`FISTERRA, Spain (EFE) - A trawler sank off Fisterra on Monday, ${n} said.\n`),
    );
    for (const found of spanish) expect(found).toContain('spain-sasemar');
  });

  it("reads no broadcaster in a Brazilian highway's letters", () => {
    expect(
      ids('NOVO PROGRESSO, Brazil (Reuters) - Loggers blocked the BR-163 highway on Monday, police said.\n'),
    ).not.toContain('bayerischer-rundfunk');
  });
});

describe("a prosecutor's office named by a kind, not a place", () => {
  it('keys "Military" and "Anti-Corruption" prosecutors\' offices under their states, never as one place office', () => {
    expect(placeBodyName("Military Prosecutor's Office", isState)).toBeNull();
    expect(placeBodyName("Anti-Corruption Prosecutor's Office", isState)).toBeNull();
    expect(placeBodyName("Central prosecutor's office", isState, (w) => w === 'central')).toBeNull();
    expect(key(body("Military Prosecutor's Office")).global).toBe(false);
    expect(key(body("Anti-Corruption Prosecutor's Office")).global).toBe(false);
  });
});
