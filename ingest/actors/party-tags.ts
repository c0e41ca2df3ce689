// A party named by the word before a legislator's title: "Fretilin MP Aurélio Ribeiro", "Pheu Thai lawmaker X",
// "Morena senator Y". Parties the gazetteer knows are found by it ("Likud lawmaker"); this reads the ones it does not.
// The word must be no English word, place, state, body or given name the gazetteer knows ("Opposition MP", "Kenyan
// MP", "Nairobi MP" stay as they are). In: the Scan after the surname step. Out: the party as an organization
// actor, the person's affiliation when none is set yet.
import { matchAt } from '../gazetteer/index.ts';
import { keysOf } from '../gazetteer/keys.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import { isGivenName } from './role-prefix.ts';
import { slugify } from './registry.ts';
import type { Scan } from './scan.ts';

/** One or two capitalized words, then a legislator's title, right before the person's name. */
const TAGGED =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) (?:MPs?|MEP|MLA|MNA|[Ll]awmakers?|[Ll]egislators?|[Ss]enators?|[Dd]eput(?:y|ies)|[Cc]ongress(?:man|woman)|[Cc]ouncill?ors?|[Pp]arliamentarians?) $/u;

/** A word only a name can be: no English word, no given name, nothing the gazetteer knows. */
function unknownWord(w: string): boolean {
  const k = w.toLowerCase();
  return lexicalTag(k) === null && !isGivenName(w) && !matchAt(keysOf(w), 0);
}

export function settlePartyTags(sc: Scan): void {
  for (const person of sc.reg.all().filter((d) => d.kind === 'person')) {
    for (const m of person.mentions) {
      const hit = TAGGED.exec(sc.text.slice(Math.max(0, m.start - 60), m.start));
      const words = hit?.[1]!.split(' ') ?? [];
      if (!hit || !words.every(unknownWord)) continue;
      const start = m.start - hit[0].length;
      const end = start + hit[1]!.length;
      if (sc.reg.all().some((d) => d.mentions.some((x) => x.start < end && start < x.end))) continue;
      const party = sc.reg.ensure(slugify(hit[1]!), hit[1]!, 'organization');
      sc.reg.mention(party.id, start, end, 'name', hit[1]!);
      person.affiliation ??= party.id;
    }
  }
}
