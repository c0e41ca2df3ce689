// The claims each article reports, with their texts, kept in the database (reported_text, maintained by triggers on
// every write path, like actor_claim): a trace weighs every claim its shown articles report as a related-claim
// candidate (trace-related-sql.ts), and reading them here is one range per article instead of a relationship row, a
// node row and its JSON per claim. In: an open Db. Out: the table in place (filled once for a store written before it).
import type { Db } from './db.ts';

const MARK = 'reported_text';

/** A claim node's text as a candidate reads it: its `text` property when a string, else ''. */
export const CLAIM_TEXT = (props: string) =>
  `CASE WHEN json_type(${props}, '$.text') = 'text' THEN ${props} ->> '$.text' ELSE '' END`;

/**
 * One row per (article, claim) of a REPORTS relationship whose target node exists, with that node's text. Claims keep
 * their first version (write.ts) and a relationship's ends exist before it is written (write.ts, migrate.ts), so the
 * text copied when the relationship arrives stays the node's. A second REPORTS of the same pair adds nothing (a
 * candidate counts once however many times it is reported); nodes and relationships are only deleted all at once
 * (clear()), and the pair's row goes with its last relationship.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS reported_text (
  article TEXT NOT NULL, claim TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article, claim)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS reported_text_add AFTER INSERT ON edge WHEN NEW.type = 'REPORTS' BEGIN
  INSERT OR IGNORE INTO reported_text (article, claim, text)
    SELECT NEW.source, NEW.target, ${CLAIM_TEXT('props')} FROM node WHERE id = NEW.target;
END;
CREATE TRIGGER IF NOT EXISTS reported_text_gone AFTER DELETE ON edge WHEN OLD.type = 'REPORTS' BEGIN
  DELETE FROM reported_text WHERE article = OLD.source AND claim = OLD.target
    AND NOT EXISTS (SELECT 1 FROM edge WHERE source = OLD.source AND target = OLD.target AND type = 'REPORTS');
END;
`;

/** Creates and (for a store written before it) fills the table once, in one write transaction, as ensureClaimRank. */
export function ensureReportedText(db: Db, log: (line: string) => void = () => {}): void {
  const done = () => db.prepare('SELECT 1 FROM meta WHERE key = ?').get(MARK) !== undefined;
  if (done()) return;
  db.transaction(() => {
    if (done()) return;
    const edges = db.prepare('SELECT count(*) FROM edge').pluck().get() as number;
    if (edges > 100_000) log(`kg: note: keeping the texts of the claims each article reports, once (trace reads them)`);
    db.exec(SCHEMA);
    db.exec(`
      DELETE FROM reported_text;
      INSERT OR IGNORE INTO reported_text (article, claim, text)
        SELECT e.source, e.target, ${CLAIM_TEXT('n.props')} FROM edge e JOIN node n ON n.id = e.target
        WHERE e.type = 'REPORTS' ORDER BY 1, 2;
    `);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(MARK, '1');
  }).immediate();
}
