// `kg serve`: starts the viewer (built sigma.js app + JSON API) over the configured GraphStore.
// In: --host, --port, --neo4j, --data, --no-build. Out: a server on 127.0.0.1 until Ctrl-C.
import { existsSync } from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import { InvalidArgumentError, KgError } from '../../graph/errors.ts';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import type { GraphStore } from '../../graph/store.ts';
import type { CypherRunner } from '../../viewer/server/api.ts';
import { PACKAGE_ROOT as projectRoot } from '../root.ts';
import { DATA_OPTION_HELP } from './options.ts';
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
    .summary('start the graph viewer and its JSON API')
    .description('Start the graph viewer and its JSON API on http://127.0.0.1:5173 (or --port, or PORT).')
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 = any free port)', process.env.PORT ?? String(DEFAULT_PORT))
    .option('--neo4j', 'use Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)')
    .option('--data <file>', DATA_OPTION_HELP)
    .option('--dist <dir>', 'directory of the built viewer', path.join(projectRoot, 'dist', 'viewer'))
    .option('--no-build', 'do not rebuild the viewer from its sources when dist/viewer is missing or stale')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new InvalidArgumentError(`--port: expected an integer from 0 to 65535, got ${JSON.stringify(opts.port)}`);
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const distDir = path.resolve(opts.dist ?? path.join(projectRoot, 'dist', 'viewer'));
      // An installed package ships dist/viewer prebuilt and no viewer sources (nor Vite): nothing to build.
      if (opts.build && existsSync(path.join(projectRoot, 'viewer', 'src'))) await buildViewer(distDir, log);
      else if (!existsSync(path.join(distDir, 'index.html')))
        throw new KgError('CONFIG_INVALID', `no built viewer in ${distDir} (run \`npm run build\` in the package)`);

      // Loaded here, not at the top: `kg --help` and the other commands must not pay for the server and the driver.
      const [{ loadConfig }, { openStore }, { createViewerServer, listen }, { neo4jCypherRunner }] = await Promise.all([
        import('../../graph/config.ts'),
        import('../../graph/open.ts'),
        import('../../viewer/server/app.ts'),
        import('../../viewer/server/cypher.ts'),
      ]);
      const config = loadConfig({ neo4j: opts.neo4j, dataFile: opts.data });
      const store: GraphStore = await openStore(config, { failFast: true });
      const cypher: CypherRunner | null = store.kind === 'neo4j' ? await neo4jCypherRunner(store) : null;
      const server = createViewerServer({ store, distDir, cypher, log, hosts: [opts.host] });
      const address = await listen(server, port, opts.host).catch(async (err: NodeJS.ErrnoException) => {
        await store.close();
        throw listenError(err, opts.host, port);
      });
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

/** A listen failure as one line that says what to do (EADDRINUSE: another port). */
export function listenError(err: NodeJS.ErrnoException, host: string, port: number): Error {
  if (err.code === 'EADDRINUSE')
    return new KgError(
      'INVALID_ARGUMENT',
      `port ${port} on ${host} is already in use (another kg serve?): pass --port <n> or set PORT, or --port 0 for any free port`,
    );
  if (err.code === 'EACCES')
    return new KgError(
      'INVALID_ARGUMENT',
      `no permission to listen on ${host}:${port}: pass --port with a port above 1023`,
    );
  return err;
}

/** Rebuilds a stale viewer in a checkout; without Vite (a production install) an existing build is served as it is. */
async function buildViewer(distDir: string, log: (line: string) => void): Promise<void> {
  try {
    const { ensureBuilt } = await import('../../viewer/server/build.ts');
    await ensureBuilt(projectRoot, distDir, log);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && /'vite'/.test(String(err));
    if (!missing) throw err;
    if (!existsSync(path.join(distDir, 'index.html')))
      throw new KgError('CONFIG_INVALID', `no built viewer in ${distDir} and Vite is not installed: run \`npm ci\``);
    log(`note: the viewer sources changed since ${distDir} was built, but Vite is not installed; serving that build`);
  }
}
