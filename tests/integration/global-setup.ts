// One shared Neo4j per test run, for the integration and e2e projects: NEO4J_URI if set, else Testcontainers
// when a Docker engine answers, else the local launcher (free port, temp data dir). Provides it as inject('neo4j').
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import { DEFAULT_NEO4J_PASSWORD, DEFAULT_NEO4J_USER } from '../../graph/config.ts';
import { Neo4jStore, type Neo4jConnection } from '../../graph/neo4j/store.ts';
import { freePort, startNeo4j } from '../../scripts/neo4j/launch.ts';
import { TEST_MARKER_QUERY, isScratchDatabase } from './neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection & { via: 'env' | 'testcontainers' | 'launcher' };
  }
}

async function dockerAvailable(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch (err) {
    // No Docker engine, or testcontainers cannot load on this Node (its undici needs a newer one).
    console.log(
      `[tests] Testcontainers not usable (${(err as Error).message.split('\n')[0]}); using the local launcher`,
    );
    return false;
  }
}

interface Acquired {
  connection: Neo4jConnection;
  via: 'env' | 'testcontainers' | 'launcher';
  teardown: () => Promise<void>;
}
/** Both projects' setups run in vitest's main process: the first starts (or checks) Neo4j, the last stops it. */
interface Shared {
  ready: Promise<Acquired>;
  users: number;
}
const registry = globalThis as { __kgTestNeo4j?: Shared };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (registry.__kgTestNeo4j ??= { ready: acquire(), users: 0 });
  shared.users++;
  const { connection, via } = await shared.ready;
  project.provide('neo4j', { ...connection, via });
  return async () => {
    if (--shared.users > 0) return;
    delete registry.__kgTestNeo4j;
    await (await shared.ready).teardown();
  };
}

async function acquire(): Promise<Acquired> {
  const password = process.env.NEO4J_PASSWORD ?? DEFAULT_NEO4J_PASSWORD;
  const user = process.env.NEO4J_USER || DEFAULT_NEO4J_USER;
  let connection: Neo4jConnection;
  let via: 'env' | 'testcontainers' | 'launcher';
  let teardown = async () => {};

  if (process.env.NEO4J_URI) {
    via = 'env';
    connection = { uri: process.env.NEO4J_URI, user, password, database: process.env.NEO4J_DATABASE || undefined };
  } else if (await dockerAvailable()) {
    via = 'testcontainers';
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5').withPassword(password).start();
    connection = { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword() };
    teardown = async () => void (await container.stop());
  } else {
    via = 'launcher';
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-test-'));
    const server = await startNeo4j({ port: await freePort(), home, password, timeoutMs: 240_000 }).catch((err) => {
      throw new Error(`integration tests need Neo4j and the local launcher failed: ${(err as Error).message}`);
    });
    console.log(`[tests] local Neo4j on ${server.uri}, ready in ${(server.startedInMs / 1000).toFixed(1)} s`);
    connection = { uri: server.uri, user, password };
    teardown = async () => {
      await server.stop();
      fs.rmSync(home, { recursive: true, force: true });
    };
  }

  // Fail (never skip) when Neo4j does not answer; refuse to empty a database that holds someone's data.
  const store = new Neo4jStore(connection);
  try {
    await store.init();
    if (!(await isScratchDatabase(store))) {
      throw new Error(
        `${connection.uri} holds data the tests did not write, and they empty the database. ` +
          'Point NEO4J_URI at a scratch database (or unset it to let the tests start their own Neo4j).',
      );
    }
    await store.readQuery('RETURN 1'); // read path works too
    await store.clear();
    await store.writeQuery(TEST_MARKER_QUERY);
  } catch (err) {
    await store.close();
    await teardown();
    throw err;
  }
  await store.close();
  return { connection, via, teardown };
}
