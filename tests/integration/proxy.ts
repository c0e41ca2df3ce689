// A TCP proxy in front of the real test Neo4j that a test can cut: Neo4j "goes away" (every connection dropped,
// new ones refused) without stopping the database the other tests share. In: the Bolt URI. Out: a proxy URI.
import { type Server, type Socket, connect, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Proxy {
  uri: string;
  /** Drops every open connection and refuses new ones. */
  cut(): Promise<void>;
}

export async function startProxy(boltUri: string): Promise<Proxy> {
  const target = new URL(boltUri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, 'http:'));
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 7687), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    async cut() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}
