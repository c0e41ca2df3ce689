// The relationship types of the graph model, in display order. Free of Node imports, so the
// browser viewer shares this list with graph/model.ts instead of keeping a copy.
export const REL_TYPES = [
  'CLAIMS',
  'DENIES',
  'CONFIRMS',
  'RELAYED',
  'REPORTS',
  'PARAPHRASES',
  'ATTACKED',
  'CLASHED_WITH',
  'MET_WITH',
  'WARNED',
  'ACCUSED',
  'THREATENED',
  'SUPPORTS',
  'MEMBER_OF',
  'PUBLISHED_BY',
  'PARTICIPATED_IN',
  'ABOUT',
  'MENTIONED_IN',
] as const;
export type RelType = (typeof REL_TYPES)[number];
