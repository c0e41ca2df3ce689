// The Cypher console (Neo4j only): runs a read-only query, tabulates the rows and draws the nodes
// and relationships it returns. In embedded mode it says why it is unavailable.
import { ApiError, type CypherResult, api } from '../app/api.ts';
import { byId, el } from '../app/dom.ts';
import { cellText } from './cell.ts';

export interface CypherOptions {
  enabled: boolean;
  storeKind: string;
  onResult(result: CypherResult): void;
}

export function initCypher(o: CypherOptions): void {
  const input = byId<HTMLTextAreaElement>('cypher-query');
  const run = byId<HTMLButtonElement>('cypher-run');
  const out = byId('cypher-out');
  if (!o.enabled) {
    out.replaceChildren(
      el('p', {
        class: 'notice',
        text: `The Cypher console needs Neo4j. This viewer runs on the ${o.storeKind} store; set NEO4J_URI (or pass --neo4j) and restart kg serve.`,
      }),
    );
  }
  run.addEventListener('click', async () => {
    out.replaceChildren(el('p', { class: 'muted', text: 'Running…' }));
    try {
      const res = await api.cypher(input.value);
      const table = el('table', { attrs: { id: 'cypher-table' } }, [
        el('thead', {}, [
          el(
            'tr',
            {},
            res.columns.map((c) => el('th', { text: c })),
          ),
        ]),
        el(
          'tbody',
          {},
          res.rows.map((r) =>
            el(
              'tr',
              {},
              res.columns.map((c) => el('td', { text: cellText(r[c]) })),
            ),
          ),
        ),
      ]);
      out.replaceChildren(
        el('p', {
          class: 'muted',
          text: `${res.rows.length} ${res.rows.length === 1 ? 'row' : 'rows'}${res.truncated ? ' (row limit reached)' : ''}; ${res.nodes.length} nodes, ${res.edges.length} relationships drawn.`,
        }),
        table,
      );
      o.onResult(res);
    } catch (err) {
      out.replaceChildren(
        el('p', {
          class: err instanceof ApiError && err.status === 409 ? 'notice' : 'error',
          text: (err as Error).message,
        }),
      );
    }
  });
}
