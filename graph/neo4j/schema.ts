// Constraints and indexes of the Neo4j graph model (DESIGN.md): unique ids, name/text lookups, fulltext.
// In: nothing. Out: idempotent schema statements (IF NOT EXISTS) run once by Neo4jStore.init().
import { type NodeLabel, SPEECH_TYPES } from '../model.ts';

export const NODE_LABELS: NodeLabel[] = ['Article', 'Actor', 'Incident', 'Claim'];

/** Name of the fulltext index of claims' band keys (graph/claims/similar.ts bandKey), one term per key. */
export const CLAIM_BAND_INDEX = 'claim_band_terms';

/** Name of the fulltext index of incidents' area keys (keys.ts areaKey), one term per wider place. */
export const INCIDENT_AREA_INDEX = 'incident_area_terms';

/** Name of the fulltext index over actor names/aliases, claim texts, incident summaries and article titles. */
export const FULLTEXT_INDEX = 'kg_fulltext';

export const SCHEMA_STATEMENTS: string[] = [
  ...NODE_LABELS.map(
    (l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)',
  'CREATE INDEX incident_date IF NOT EXISTS FOR (n:Incident) ON (n.date)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
  // Cross-article identity lookups (graph/claims/link.ts, graph/incidents/link.ts): MinHash band keys of a
  // claim's content ('\n'-separated, each key one term of a whitespace-analysed fulltext index) and an incident's
  // normalised place. The trigram text index the keys had before is dropped: a CONTAINS through it cost more the
  // more claims were stored.
  `CREATE FULLTEXT INDEX ${CLAIM_BAND_INDEX} IF NOT EXISTS FOR (n:Claim) ON EACH [n.bandKey] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}`,
  'DROP INDEX claim_bands IF EXISTS',
  'CREATE INDEX incident_place IF NOT EXISTS FOR (n:Incident) ON (n.placeKey)',
  'CREATE INDEX incident_place_sound IF NOT EXISTS FOR (n:Incident) ON (n.placeSound)',
  // The wider places an incident's reports put it in: a report naming only one of them finds it there.
  `CREATE FULLTEXT INDEX ${INCIDENT_AREA_INDEX} IF NOT EXISTS FOR (n:Incident) ON EACH [n.areaKey] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}`,
  // searchKey holds the normalised names/texts (graph/resolve.ts normalizeName), one per line, so
  // findActors and search get the embedded store's matching through a text index (CONTAINS).
  ...NODE_LABELS.map((l) => `CREATE TEXT INDEX ${l.toLowerCase()}_search IF NOT EXISTS FOR (n:${l}) ON (n.searchKey)`),
  // For people writing Cypher: CALL db.index.fulltext.queryNodes('kg_fulltext', 'lavrentiev~').
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Actor|Claim|Incident|Article) ON EACH [n.name, n.aliases, n.text, n.summary, n.title]`,
];

/**
 * Relationship types the writer MERGEs (write.ts relGroups: links across articles, which may exist already). A
 * uniqueness constraint on their key lets MERGE find the edge by one locking index seek; without it MERGE expands
 * every edge of one end (Expand(Into)), whose cost grows with the claim's degree: at 300 generated stories ~40 db hits
 * a row and 9,250 an article for PARAPHRASES alone, 72% of the write statements' db hits. The key names its ends
 * (graph/model.ts relKey), so the constraint holds for every graph the writer makes.
 */
export const REL_KEY_CONSTRAINTS = (['PARAPHRASES', 'DENIES', 'CONFIRMS'] as const).map(
  (type) => `CREATE CONSTRAINT ${type.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.key IS UNIQUE`,
);

/**
 * Range indexes on the speech relationships' chainKey (keys.ts): a claim's earliest chains per stance are
 * one index seek. Created after CHAIN_BACKFILL has run, so a missing index means the backfill is still due.
 */
export const CHAIN_INDEXES = SPEECH_TYPES.map((type) => ({
  name: `${type.toLowerCase()}_chain`,
  statement: `CREATE INDEX ${type.toLowerCase()}_chain IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.chainKey)`,
}));

/**
 * Brings relationships written by earlier versions up to what trace reads: the article's date on speech,
 * RELAYED and REPORTS relationships (graph/model.ts) and chainKey on speech ones, built as keys.ts chainKey
 * builds it. Idempotent and batched; params: keys.ts CHAIN_PARAMS. Auto-commit only.
 */
export const CHAIN_BACKFILL = [
  `MATCH ()-[r:CLAIMS|DENIES|CONFIRMS|RELAYED|REPORTS]->(:Claim) WHERE r.publishedAt IS NULL
   CALL (r) {
     MATCH (art:Article {id: r.article}) WHERE art.publishedAt IS NOT NULL
     SET r.publishedAt = art.publishedAt
   } IN TRANSACTIONS OF 10000 ROWS`,
  `MATCH (s:Actor)-[r:CLAIMS|DENIES|CONFIRMS]->(c:Claim) WHERE r.chainKey IS NULL
   CALL (s, r, c) {
     SET r.chainKey = c.id + $sep + coalesce(r.publishedAt, $undated) + $sep + r.article + $sep +
       right($zeros + toString(r.start), size($zeros)) + $sep + s.id
   } IN TRANSACTIONS OF 10000 ROWS`,
];
