// Related-claim candidates for a trace read by indexed SQL, apart from the trace's partial graph (trace-local.ts): the
// claims the shown articles report and the claims about a non-hub actor, as ids and texts only. A hub's shown articles
// report hundreds of claims that are only ever weighed as candidates; each would otherwise be a node, an edge and a
// parsed properties object. In: the database (inside the trace's read transaction). Out: a RelatedSource.
import { TRACE_LIMITS } from '../trace/query.ts';
import { type Db, prepared } from './db.ts';
import type { ClaimText, RelatedSource } from './trace.ts';

/** A claim's text as the graph's candidates read it: its `text` property when a string, else ''. */
const textOf = (props: string): string => {
  const t = (JSON.parse(props) as { text?: unknown }).text;
  return typeof t === 'string' ? t : '';
};

export class RelatedSql implements RelatedSource {
  private readonly s;
  private readonly byArticle = new Map<string, ClaimText[]>();
  private readonly byActor = new Map<string, ClaimText[] | null>();

  /** `articles`: the articles whose reported claims may be asked for (read now, in one statement). */
  constructor(db: Db, articles: string[]) {
    this.s = {
      reported: prepared(
        db,
        `SELECT e.source, e.target, n.props FROM edge e JOIN node n ON n.id = e.target
         WHERE e.source IN (SELECT value FROM json_each(?)) AND e.type = 'REPORTS'`,
      ),
      // Counted up to the cap only: a hub's hundred thousand incoming edges are not walked to learn it is a hub.
      inDegree: prepared(db, 'SELECT count(*) FROM (SELECT 1 FROM edge WHERE target = ? LIMIT ?)').pluck(),
      about: prepared(
        db,
        `SELECT e.source, n.props FROM edge e JOIN node n ON n.id = e.source
         WHERE e.target = ? AND e.type = 'ABOUT' AND n.label = 'Claim'`,
      ),
    };
    const rows = articles.length ? this.s.reported.raw().all(JSON.stringify(articles)) : [];
    for (const [article, id, props] of rows as Array<[string, string, string]>) {
      let list = this.byArticle.get(article);
      if (!list) this.byArticle.set(article, (list = []));
      list.push({ id, text: textOf(props) });
    }
  }

  reported(article: string): ClaimText[] {
    return this.byArticle.get(article) ?? [];
  }

  about(actor: string): ClaimText[] | null {
    if (!this.byActor.has(actor)) {
      const cap = TRACE_LIMITS.aboutDegreeCap;
      const hub = (this.s.inDegree.get(actor, cap + 1) as number) > cap;
      const rows = hub ? null : (this.s.about.raw().all(actor) as Array<[string, string]>);
      this.byActor.set(actor, rows && rows.map(([id, props]) => ({ id, text: textOf(props) })));
    }
    return this.byActor.get(actor)!;
  }
}
