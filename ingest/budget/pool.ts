// Extraction under a budget, in worker threads: each article runs in a worker that is stopped when it passes
// its time budget (or runs out of its memory budget), so one pathological input costs one error line and the
// batch goes on. N workers extract N articles at once; the caller decides the order results are used in.
// In: SourceDocs. Out: the pipeline's raw extraction per doc, or a KgError('EXTRACTION_BUDGET') naming the input.
import { Worker } from 'node:worker_threads';

import { KgError } from '../../graph/errors.ts';
import type { SourceDoc } from '../types.ts';
import type { Reply } from './worker-main.ts';

// Built (dist/js): the compiled worker module itself. From the sources (tsx, Vitest): a plain-JS entry that registers
// tsx first, since a worker thread does not inherit the parent's loader.
const WORKER_ENTRY = import.meta.url.endsWith('.js') ? './worker-main.js' : './worker.mjs';

export interface BudgetOptions {
  /** Workers extracting at once (default 1). */
  workers?: number;
  /** Wall time one article may take in its worker (default 30 s). */
  timeoutMs?: number;
  /** Longest text extracted, in characters (default 5,000,000); longer texts fail at once. */
  maxChars?: number;
  /** Heap of one worker in MB (default 512): an article that needs more fails alone. */
  memoryMb?: number;
}

export const DEFAULT_BUDGET = { workers: 1, timeoutMs: 30_000, maxChars: 5_000_000, memoryMb: 512 } as const;

interface Task {
  doc: SourceDoc;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

const budgetError = (doc: SourceDoc, why: string) => new KgError('EXTRACTION_BUDGET', `${doc.source}: ${why}`);
const mb = (chars: number) => `${(chars / 1e6).toFixed(1)} million characters`;

export class ExtractPool {
  private readonly budget: Required<BudgetOptions>;
  private readonly slots: (Slot | null)[];
  private readonly queue: Task[] = [];
  private closed = false;

  constructor(options: BudgetOptions = {}) {
    const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
    this.budget = { ...DEFAULT_BUDGET, ...given };
    this.slots = Array.from({ length: Math.max(1, Math.floor(this.budget.workers)) }, () => null);
  }

  get size(): number {
    return this.slots.length;
  }

  /** Extracts one document in a worker; rejects with a one-line KgError when it breaks its budget or fails. */
  run(doc: SourceDoc): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('extraction pool is closed'));
    if (doc.text.length > this.budget.maxChars)
      return Promise.reject(
        budgetError(doc, `text too long to extract (${mb(doc.text.length)}; the limit is ${mb(this.budget.maxChars)})`),
      );
    return new Promise((resolve, reject) => {
      this.queue.push({ doc, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued documents are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('extraction pool closed'));
    await Promise.all(
      this.slots.map(async (s, i) => {
        this.slots[i] = null;
        if (s?.timer) clearTimeout(s.timer);
        if (s) await s.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    for (let i = 0; i < this.slots.length && this.queue.length; i++) {
      let slot = this.slots[i];
      if (slot?.task) continue;
      slot ??= this.slots[i] = this.spawn(i);
      const task = this.queue.shift()!;
      slot.task = task;
      const s = slot;
      void s.ready.then(() => {
        if (this.slots[i] !== s || s.task !== task) return;
        // The clock starts when the worker starts on the article, not while it loads the model.
        s.timer = setTimeout(
          () =>
            this.fail(
              i,
              budgetError(
                task.doc,
                `extraction stopped after ${this.budget.timeoutMs / 1000} s (the per-article time budget)`,
              ),
            ),
          this.budget.timeoutMs,
        );
        s.worker.postMessage({ id: 0, doc: task.doc });
      });
    }
  }

  private spawn(i: number): Slot {
    const worker = new Worker(new URL(WORKER_ENTRY, import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb },
      stdout: false,
      stderr: false,
    });
    let ready!: () => void;
    const slot: Slot = { worker, ready: new Promise((r) => (ready = r)), task: null, timer: null };
    worker.on('message', (msg: Reply | { ready: true }) => {
      if ('ready' in msg) return ready();
      if (this.slots[i] !== slot || !slot.task) return;
      const task = slot.task;
      this.finish(i);
      if (msg.ok) task.resolve(msg.value);
      else task.reject(new KgError('EXTRACTION_INVALID', `${task.doc.source}: extraction failed (${msg.message})`));
      this.dispatch();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (this.slots[i] !== slot) return;
      const why =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `extraction ran out of memory (the per-article budget is ${this.budget.memoryMb} MB)`
          : `extraction crashed (${err.message.split('\n')[0]})`;
      if (slot.task) this.fail(i, budgetError(slot.task.doc, why));
      else this.drop(i);
    });
    worker.on('exit', () => {
      if (this.slots[i] !== slot) return;
      if (slot.task) this.fail(i, budgetError(slot.task.doc, 'extraction worker exited'));
      else this.drop(i);
    });
    return slot;
  }

  private finish(i: number): void {
    const slot = this.slots[i]!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  /** Rejects the slot's article, stops its worker (it may be stuck in a loop) and carries on with a fresh one. */
  private fail(i: number, err: KgError): void {
    const slot = this.slots[i];
    if (!slot) return;
    const task = slot.task;
    this.finish(i);
    this.drop(i);
    task?.reject(err);
    if (!this.closed) this.dispatch();
  }

  private drop(i: number): void {
    const slot = this.slots[i];
    this.slots[i] = null;
    if (slot) void slot.worker.terminate();
  }
}
