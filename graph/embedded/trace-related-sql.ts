// Related-claim candidates for a trace read by indexed SQL, apart from the trace's partial graph (trace-local.ts): the
// claims the shown articles report (kept with their texts, reported-text.ts) and the claims about a non-hub actor, as
// ids and texts only. A hub's shown articles report hundreds of claims that are only ever weighed as candidates; each
// would otherwise be a node, an edge and a parsed properties object. In: the database (inside the trace's read
// transaction). Out: a RelatedSource.
import { TRACE_LIMITS } from '../trace/query.ts';
import { type Db, prepared } from './db.ts';
import { CLAIM_TEXT } from './reported-text.ts';
import type { ClaimText, RelatedSource } from './trace.ts';

export class RelatedSql implements RelatedSource {
  private readonly s;
  private readonly byArticle = new Map<string, ClaimText[]>();
  private readonly byActor = new Map<string, ClaimText[]>();
  private readonly byClaim = new Map<string, string[]>();

  /**
   * `articles`: the articles whose reported claims may be asked for; `claims`: the claims whose paraphrases may be
   * (both read now, one statement each).
   */
  constructor(db: Db, articles: string[], claims: string[]) {
    this.s = {
      reported: prepared(
        db,
        'SELECT article, claim, text FROM reported_text WHERE article IN (SELECT value FROM json_each(?))',
      ),
      // The other end of each PARAPHRASES relationship of the claims, when that node exists (as an edge of the partial
      // graph needs both ends): ids only, the partial graph never holds the paraphrases that do not link.
      paraphrased: prepared(
        db,
        `SELECT e.source, e.target FROM edge e WHERE e.source IN (SELECT value FROM json_each(@claims))
           AND e.type = 'PARAPHRASES' AND EXISTS (SELECT 1 FROM node WHERE id = e.target)
         UNION ALL
         SELECT e.target, e.source FROM edge e WHERE e.target IN (SELECT value FROM json_each(@claims))
           AND e.type = 'PARAPHRASES' AND EXISTS (SELECT 1 FROM node WHERE id = e.source)`,
      ),
      // One statement: none for a hub (its incoming relationships counted up to the cap only, a hundred thousand are
      // not walked to learn it is a hub), else the claims ABOUT it. None and a hub's null link the same nothing.
      about: prepared(
        db,
        `SELECT e.source, ${CLAIM_TEXT('n.props')} FROM (SELECT count(*) AS n FROM (SELECT 1 FROM edge WHERE target = @actor LIMIT @cap + 1)) d
         CROSS JOIN edge e CROSS JOIN node n ON n.id = e.source
         WHERE d.n <= @cap AND e.target = @actor AND e.type = 'ABOUT' AND n.label = 'Claim'`,
      ),
    };
    const rows = articles.length ? this.s.reported.raw().all(JSON.stringify(articles)) : [];
    for (const [article, id, text] of rows as Array<[string, string, string]>) {
      let list = this.byArticle.get(article);
      if (!list) this.byArticle.set(article, (list = []));
      list.push({ id, text });
    }
    const pairs = claims.length ? this.s.paraphrased.raw().all({ claims: JSON.stringify(claims) }) : [];
    for (const [claim, other] of pairs as Array<[string, string]>) {
      let list = this.byClaim.get(claim);
      if (!list) this.byClaim.set(claim, (list = []));
      list.push(other);
    }
  }

  paraphrased(claim: string): string[] {
    return this.byClaim.get(claim) ?? [];
  }

  reported(article: string): ClaimText[] {
    return this.byArticle.get(article) ?? [];
  }

  about(actor: string): ClaimText[] | null {
    let claims = this.byActor.get(actor);
    if (!claims) {
      const rows = this.s.about.raw().all({ actor, cap: TRACE_LIMITS.aboutDegreeCap }) as Array<[string, string]>;
      this.byActor.set(actor, (claims = rows.map(([id, text]) => ({ id, text }))));
    }
    return claims;
  }
}
