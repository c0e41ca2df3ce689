// Vite builds and serves the viewer (viewer/); Vitest runs three projects:
// unit (pure code), integration (a real Neo4j, shared by all files), e2e (real headless Chromium).
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
        },
      },
      {
        test: {
          name: 'integration',
          root: here,
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: here,
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
