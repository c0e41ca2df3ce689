// Definite descriptions of bodies ("the group", "the daily", "the armed forces") and the actors they can stand for.
// In: a lower-case head noun; text after a mention. Out: a description class; the nouns of an appositive.
import type { ActorKind } from '../../graph/schema.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const DESCRIBED_AFTER = /^,\s+(?:the|a|an)\s+([a-z][a-z -]{2,60}?)\s*[,.;]/;
const WORD_BREAK = /[\s-]+/;

export interface DescriptionClass {
  /** Kinds of actor the description can stand for. */
  kinds: ActorKind[];
  /** A kind that wins ties ("the group" is a group before an NGO). */
  prefer?: ActorKind;
  /** Words in a name (or appositive) that make the description fit it; with `strict`, nothing else fits. */
  words: Set<string>;
  strict?: boolean;
  /**
   * "the army", "the military": a state's regular forces (an actor affiliated with a state), never a non-state
   * armed group whose name has the word ("the Arakan Army", "the Rapid Support Forces").
   */
  stateForces?: boolean;
  /** "the group", "the alliance": never a state's own body ("France's foreign ministry"), unless its name says so. */
  nonState?: boolean;
}

const set = (s: string) => new Set(s.split(' '));
const BODY: ActorKind[] = ['organization', 'group'];
const MILITARY = set('army military forces junta navy troops defence defense command');
const COMPANY = set(
  'company corp corporation inc ltd llc plc holdings group airlines airways motors bank tankers shipping energy oil gas mining copper steel telecom resources minerals metals',
);

const CLASSES: [string, DescriptionClass][] = [
  [
    'group organisation organization body alliance coalition movement bloc faction network',
    { kinds: BODY, prefer: 'group', words: set('group alliance coalition movement front'), nonState: true },
  ],
  [
    'company firm operator utility carrier manufacturer maker lender insurer miner producer giant conglomerate',
    // Only a body its name or an appositive calls a company: "The company said" after "police said" or after a
    // movement's statement is neither of them.
    { kinds: ['organization'], words: COMPANY, strict: true },
  ],
  [
    'agency office department service administration',
    {
      kinds: BODY,
      prefer: 'organization',
      words: set('agency office department service administration authority organization organisation'),
    },
  ],
  [
    'institute institution centre center think-tank',
    { kinds: BODY, prefer: 'organization', words: set('institute institution centre center foundation council') },
  ],
  [
    'mission observers monitors',
    { kinds: BODY, prefer: 'organization', words: set('mission observers observer monitors') },
  ],
  [
    'union federation confederation',
    { kinds: BODY, words: set('union federation confederation central congress'), strict: true },
  ],
  ['party', { kinds: BODY, words: set('party congress movement front league'), strict: true }],
  ['ministry', { kinds: ['organization'], words: set('ministry'), strict: true }],
  // "the fund" after "the International Monetary Fund", "the forum" after "the Pacific Islands Forum": only a body
  // whose name has the word.
  ['fund bank forum tribunal programme program foundation', { kinds: BODY, words: new Set(), strict: true }],
  [
    'commission council committee court authority board regulator watchdog',
    { kinds: BODY, words: set('commission council committee court authority board'), strict: true },
  ],
  // "the diocese" after "the Catholic Diocese of Nacala", "the directorate" after "the ... Public Relations
  // directorate": only a body whose name has the word.
  [
    'diocese archdiocese church observatory directorate secretariat',
    {
      kinds: BODY,
      prefer: 'organization',
      words: set('diocese archdiocese church observatory directorate secretariat'),
      strict: true,
    },
  ],
  ['military army junta', { kinds: BODY, words: MILITARY, strict: true, stateForces: true }],
  ['forces troops', { kinds: BODY, words: MILITARY, strict: true }],
  [
    'rebels militants insurgents separatists fighters guerrillas militia jihadists paramilitary paramilitaries',
    {
      kinds: ['group'],
      prefer: 'group',
      words: set('rebels militants insurgents separatists fighters guerrillas militia army front forces'),
    },
  ],
  [
    'daily newspaper paper broadcaster channel station outlet website tabloid magazine weekly',
    { kinds: ['outlet'], words: set('daily times post news tribune herald channel tv radio') },
  ],
];
const BY_HEAD = new Map<string, DescriptionClass>();
for (const [heads, cls] of CLASSES) for (const h of heads.split(' ')) BY_HEAD.set(h, cls);

/** The class of a description head, or null when the noun is no description of a body. */
export function descriptionClass(head: string): DescriptionClass | null {
  return BY_HEAD.get(head) ?? null;
}

/**
 * The nouns of an appositive right after a mention: "Eskom, the state power utility," → [state, power, utility];
 * "Gavi, the vaccine alliance," → [vaccine, alliance]. Empty when no lower-case appositive follows.
 */
export function describedAs(text: string, end: number): string[] {
  const m = DESCRIBED_AFTER.exec(text.slice(end, end + 80));
  return m ? m[1]!.split(WORD_BREAK) : [];
}
