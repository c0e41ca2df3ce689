// Entry: asks the server for the config and the first graph (the actor network, or the full snapshot with
// ?view=full) first, then loads the app code (sigma, graphology) while the server answers.
// In: the page URL. Out: the view, or the error in the status line.
import './style.css';

import { api } from './app/api.ts';
import { byId } from './app/dom.ts';
import { ACTOR_LIMIT, defaultViewState } from './url-state/state.ts';

// The same mode and limit decodeViewState will read (when they differ, view.ts asks again).
const params = new URLSearchParams(location.search);
const raw = params.get('limit');
const limit = raw && /^\d+$/.test(raw) ? Number(raw) : defaultViewState().limit;
const mode = params.get('view') === 'full' ? 'full' : 'actors';
const day = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
const data =
  mode === 'full'
    ? Promise.all([api.config(), api.graph(limit)] as const)
    : Promise.all([
        api.config(),
        api.actors({ limit: ACTOR_LIMIT, from: day(params.get('from')), to: day(params.get('to')) }),
      ] as const);
data.catch(() => {}); // reported by start() when it awaits it

import('./view.ts')
  .then(({ start }) => start({ limit, mode, data }))
  .catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    if (window.__kg) window.__kg.error = message;
    byId('status').textContent = `Could not load the graph: ${message}`;
  });
