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
  id: number;
  doc: SourceDoc;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** Sent to the worker, in the order it extracts them: the first is running, the others wait in its queue. */
  tasks: Task[];
  timer: NodeJS.Timeout | null;
}

/**
 * Articles sent to one worker at once. With one, a worker idled from its reply until the main thread, often busy
 * linking and writing the article before, got round to sending the next one; with two, it starts the next at once.
 */
export const PER_WORKER = 2;

const budgetError = (doc: SourceDoc, why: string) => new KgError('EXTRACTION_BUDGET', `${doc.source}: ${why}`);
const mb = (chars: number) => `${(chars / 1e6).toFixed(1)} million characters`;

export class ExtractPool {
  private readonly budget: Required<BudgetOptions>;
  private readonly slots: (Slot | null)[];
  private readonly queue: Task[] = [];
  private closed = false;
  private nextId = 0;

  constructor(options: BudgetOptions = {}) {
    const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
    this.budget = { ...DEFAULT_BUDGET, ...given };
    this.slots = Array.from({ length: Math.max(1, Math.floor(this.budget.workers)) }, () => null);
  }

  get size(): number {
    return this.slots.length;
  }

  /** Articles the pool extracts or holds in its workers' queues at once: how far ahead a caller should run. */
  get capacity(): number {
    return this.slots.length * PER_WORKER;
  }

  /** Extracts one document in a worker; rejects with a one-line KgError when it breaks its budget or fails. */
  run(doc: SourceDoc): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('extraction pool is closed'));
    if (doc.text.length > this.budget.maxChars)
      return Promise.reject(
        budgetError(doc, `text too long to extract (${mb(doc.text.length)}; the limit is ${mb(this.budget.maxChars)})`),
      );
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, doc, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued documents and those in the workers are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('extraction pool closed'));
    await Promise.all(
      this.slots.map(async (s, i) => {
        this.slots[i] = null;
        if (!s) return;
        if (s.timer) clearTimeout(s.timer);
        for (const t of s.tasks.splice(0)) t.reject(new Error('extraction pool closed'));
        await s.worker.terminate();
      }),
    );
  }

  /** Fills every worker's queue, the least loaded first, so two workers share a short batch. */
  private dispatch(): void {
    for (let depth = 0; depth < PER_WORKER; depth++)
      for (let i = 0; i < this.slots.length && this.queue.length; i++) {
        let slot = this.slots[i];
        if (slot && slot.tasks.length > depth) continue;
        slot ??= this.slots[i] = this.spawn(i);
        this.send(i, slot, this.queue.shift()!);
      }
  }

  private send(i: number, slot: Slot, task: Task): void {
    slot.tasks.push(task);
    void slot.ready.then(() => {
      if (this.slots[i] !== slot || !slot.tasks.includes(task)) return;
      slot.worker.postMessage({ id: task.id, doc: task.doc });
      if (slot.tasks[0] === task) this.arm(i, slot);
    });
  }

  /**
   * Starts the clock of the slot's running article: when it is sent to a ready worker, or when the reply for the one
   * before it arrives (the worker started on it then, or a little before when the main thread was busy: never later).
   */
  private arm(i: number, slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    const task = slot.tasks[0];
    if (!task) return;
    const seconds = this.budget.timeoutMs / 1000;
    slot.timer = setTimeout(
      () => this.fail(i, budgetError(task.doc, `extraction stopped after ${seconds} s (the per-article time budget)`)),
      this.budget.timeoutMs,
    );
  }

  private spawn(i: number): Slot {
    const worker = new Worker(new URL(WORKER_ENTRY, import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb },
      stdout: false,
      stderr: false,
    });
    let ready!: () => void;
    const slot: Slot = { worker, ready: new Promise((r) => (ready = r)), tasks: [], timer: null };
    worker.on('message', (msg: Reply | { ready: true }) => {
      if ('ready' in msg) return ready();
      const task = slot.tasks[0];
      if (this.slots[i] !== slot || task?.id !== msg.id) return;
      this.finish(slot);
      this.arm(i, slot);
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
      if (slot.tasks.length) this.fail(i, budgetError(slot.tasks[0]!.doc, why));
      else this.drop(i);
    });
    worker.on('exit', () => {
      if (this.slots[i] !== slot) return;
      if (slot.tasks.length) this.fail(i, budgetError(slot.tasks[0]!.doc, 'extraction worker exited'));
      else this.drop(i);
    });
    return slot;
  }

  /** Takes the running article off the slot and stops its clock. */
  private finish(slot: Slot): Task | undefined {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    return slot.tasks.shift();
  }

  /**
   * Rejects the slot's running article and stops its worker (it may be stuck in a loop); the articles queued behind
   * it go back to the front of the queue, in order, for a fresh worker: they were never started.
   */
  private fail(i: number, err: KgError): void {
    const slot = this.slots[i];
    if (!slot) return;
    const task = this.finish(slot);
    this.queue.unshift(...slot.tasks.splice(0));
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
