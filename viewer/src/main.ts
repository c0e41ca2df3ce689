// Entry: asks the server for the config and graph snapshot first, then loads the app code (sigma,
// graphology) while the server answers. In: the page URL. Out: the view, or the error in the status line.
import './style.css';

import { api } from './app/api.ts';
import { byId } from './app/dom.ts';
import { defaultViewState } from './url-state/state.ts';

// The same limit decodeViewState will read (when the URL's is not a plain integer, view.ts asks again).
const raw = new URLSearchParams(location.search).get('limit');
const limit = raw && /^\d+$/.test(raw) ? Number(raw) : defaultViewState().limit;
const data = Promise.all([api.config(), api.graph(limit)]);
data.catch(() => {}); // reported by start() when it awaits it

import('./view.ts')
  .then(({ start }) => start({ limit, data }))
  .catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    if (window.__kg) window.__kg.error = message;
    byId('status').textContent = `Could not load the graph: ${message}`;
  });
