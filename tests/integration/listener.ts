// A local HTTP listener that records every request: where a LOAD CSV or any other escape would land.
// In: nothing. Out: its URL, the requests it got, and close().
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listener {
  url: string;
  hits: string[];
  close(): Promise<void>;
}

export async function startListener(): Promise<Listener> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'Content-Type': 'text/csv' }).end('name\nleaked\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
