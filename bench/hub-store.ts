// What the hub-trace benches (trace-hub.ts, trace-sql.ts) share: the embedded store code of ROOT (another checkout,
// for an old/new comparison on the same file) or of this one, and the store file named on the command line with the
// node id of the generated corpus's biggest speaker (bench/store-corpus.ts topPerson) in it.
import Database from 'better-sqlite3';

export const root = process.env.ROOT ?? new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const { EmbeddedStore } = (await import(
  `${root}/graph/embedded/store.ts`
)) as typeof import('../graph/embedded/store.ts');
const { normalizeName } = (await import(`${root}/graph/resolve.ts`)) as typeof import('../graph/resolve.ts');
const { topPerson } = (await import(`${root}/bench/store-corpus.ts`)) as typeof import('./store-corpus.ts');

/** The store file (argv[2]) and the hub's node id in it; prints `usage` and exits without a file. */
export function hubStore(usage: string): { file: string; hub: string } {
  const file = process.argv[2];
  if (!file) {
    console.error(`usage: ${usage}`);
    process.exit(1);
  }
  const db = new Database(file, { readonly: true });
  const hub = db.prepare('SELECT id FROM node WHERE dkey = ?').pluck().get(normalizeName(topPerson())) as string;
  db.close();
  return { file, hub };
}
