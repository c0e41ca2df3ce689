// Cross-article actor identity (tests/store/identity-spec.ts) on the embedded store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { identitySpec } from '../store/identity-spec.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-identity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

identitySpec(
  'embedded',
  async () => {
    const s = new EmbeddedStore(path.join(dir, 'graph.json'));
    await s.init();
    return s;
  },
  (s) => (s as EmbeddedStore).clear(),
);
