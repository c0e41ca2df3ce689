// Vite builds and serves the viewer (viewer/); Vitest runs three projects:
// unit (pure code), integration (a real Neo4j, shared by all files), e2e (real headless Chromium; one file on Neo4j).
// Integration and e2e files share one Neo4j database and empty it: they run one file at a time, integration
// first (groupOrder 1), then e2e (groupOrder 2), so no two files ever write the database at once.
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'viewer',
  build: { outDir: '../dist/viewer', emptyOutDir: true },
  server: { host: '127.0.0.1' },
  test: {
    // CI asks for a machine-readable report too (KG_TEST_REPORT=file), to print a plain pass/fail count.
    ...(process.env.KG_TEST_REPORT
      ? { reporters: ['default', 'json'], outputFile: { json: process.env.KG_TEST_REPORT } }
      : {}),
    projects: [
      {
        test: {
          name: 'unit',
          root: here,
          include: ['tests/unit/**/*.test.ts', 'ingest/**/*.test.ts', 'graph/**/*.test.ts'],
          // Store suites ingest fixtures in their hooks: 10 s is too short on two cores under load; so are the
          // cross-article tests that ingest several stories in the test itself (5 s, the default, failed two of them
          // at load 12-18 in a CI run beside others).
          hookTimeout: 60_000,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          root: here,
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: here,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
