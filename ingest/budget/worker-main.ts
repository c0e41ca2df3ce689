// The extraction worker's loop: one SourceDoc in, the pipeline's raw extraction (or one error line) out.
// In: { id, doc } messages. Out: { id, ok, value | message } messages. The pool may stop the thread at any time.
import { parentPort } from 'node:worker_threads';

import { extract } from '../extract.ts';
import type { SourceDoc } from '../types.ts';
import { oneLine } from './one-line.ts';

export interface Job {
  id: number;
  doc: SourceDoc;
}
export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

parentPort!.on('message', ({ id, doc }: Job) => {
  let reply: Reply;
  try {
    reply = { id, ok: true, value: extract(doc) };
  } catch (err) {
    reply = { id, ok: false, message: oneLine(err) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
