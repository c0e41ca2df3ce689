// `kg serve`: starts the viewer (built sigma.js app + JSON API) over the configured GraphStore.
// In: --host, --port, --neo4j, --data, --no-build. Out: a server on 127.0.0.1 until Ctrl-C.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Command } from 'commander';

import { loadConfig } from '../../graph/config.ts';
import { InvalidArgumentError } from '../../graph/errors.ts';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import { openStore } from '../../graph/open.ts';
import type { GraphStore } from '../../graph/store.ts';
import type { CypherRunner } from '../../viewer/server/api.ts';
import { createViewerServer, listen } from '../../viewer/server/app.ts';
import { ensureBuilt } from '../../viewer/server/build.ts';
import { neo4jCypherRunner } from '../../viewer/server/cypher.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_PORT = 5173;

interface ServeOptions {
  host: string;
  port: string;
  neo4j?: boolean;
  data?: string;
  build: boolean;
  dist?: string;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Start the graph viewer and its JSON API (http://127.0.0.1:5173 by default)')
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 = any free port)', process.env.PORT ?? String(DEFAULT_PORT))
    .option('--neo4j', 'use Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)')
    .option('--data <file>', 'embedded store file (default KG_DATA or data/graph.json)')
    .option('--dist <dir>', 'directory of the built viewer', path.join(projectRoot, 'dist', 'viewer'))
    .option('--no-build', 'do not build the viewer when dist/viewer is missing or stale')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new InvalidArgumentError(`--port: expected an integer from 0 to 65535, got ${JSON.stringify(opts.port)}`);
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const distDir = path.resolve(opts.dist ?? path.join(projectRoot, 'dist', 'viewer'));
      if (opts.build) await ensureBuilt(projectRoot, distDir, log);

      const config = loadConfig({ neo4j: opts.neo4j, dataFile: opts.data });
      const store: GraphStore = await openStore(config);
      const cypher: CypherRunner | null = store.kind === 'neo4j' ? await neo4jCypherRunner(store) : null;
      const server = createViewerServer({ store, distDir, cypher, log });
      const address = await listen(server, port, opts.host);
      if (!['127.0.0.1', '::1', 'localhost'].includes(opts.host))
        log(`warning: listening on ${opts.host}, reachable from other machines; the API has no authentication`);
      const where = config.store === 'neo4j' ? config.neo4j.uri : config.dataFile;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      process.stdout.write(`kg viewer on http://${host}:${address.port}/ (${store.kind} store: ${where})\n`);
      // The first trace after a Neo4j restart would wait seconds for query planning: plan now, in the background.
      if (store.kind === 'neo4j')
        void (store as Neo4jStore)
          .warmUp()
          .catch((err: unknown) => log(`note: trace warm-up failed: ${(err as Error).message}`));

      const stop = () => {
        server.close();
        server.closeAllConnections();
        void store.close().finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
