// Constraints and indexes of the Neo4j graph model (DESIGN.md): unique ids, name/text lookups, fulltext.
// In: nothing. Out: idempotent schema statements (IF NOT EXISTS) run once by Neo4jStore.init().
import type { NodeLabel } from '../model.ts';

export const NODE_LABELS: NodeLabel[] = ['Article', 'Actor', 'Incident', 'Claim'];

/** Name of the fulltext index over actor names/aliases, claim texts, incident summaries and article titles. */
export const FULLTEXT_INDEX = 'kg_fulltext';

export const SCHEMA_STATEMENTS: string[] = [
  ...NODE_LABELS.map(
    (l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)',
  'CREATE INDEX incident_date IF NOT EXISTS FOR (n:Incident) ON (n.date)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
  // searchKey holds the normalised names/texts (graph/resolve.ts normalizeName), one per line, so
  // findActors and search get the embedded store's matching through a text index (CONTAINS).
  ...NODE_LABELS.map((l) => `CREATE TEXT INDEX ${l.toLowerCase()}_search IF NOT EXISTS FOR (n:${l}) ON (n.searchKey)`),
  // For people writing Cypher: CALL db.index.fulltext.queryNodes('kg_fulltext', 'lavrentiev~').
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Actor|Claim|Incident|Article) ON EACH [n.name, n.aliases, n.text, n.summary, n.title]`,
];
