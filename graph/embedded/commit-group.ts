// Grouped commits for a bulk writer (`kg ingest`): consecutive articles share one SQLite transaction, each article
// inside it a savepoint (a bad article still writes nothing), committed every `articles` articles, `ms` after the
// group began, on flush() and on close(). The writer's own reads see its uncommitted rows, so linking reads what
// one commit per article gives; only other processes see a group later, and a kill loses at most the open group
// (never half an article). In: an open Db. Out: run() around each article's write.
import { StoreUnavailableError } from '../errors.ts';
import type { Db } from './db.ts';

export interface CommitGroupOptions {
  /** Articles per commit (default 200). */
  articles?: number;
  /** At most this long between the group's first write and its commit (default 2000 ms). */
  ms?: number;
}

export class CommitGroup {
  private readonly articles: number;
  private readonly ms: number;
  private count = 0;
  private began = 0;
  private timer: NodeJS.Timeout | undefined;
  /** A commit that failed where nobody could be told (the timer): thrown at the next write, flush or close. */
  private failed: Error | null = null;

  constructor(
    private readonly db: Db,
    options: CommitGroupOptions = {},
  ) {
    this.articles = Math.max(1, options.articles ?? 200);
    this.ms = options.ms ?? 2000;
  }

  /** Runs `fn` as one article of the open group (a savepoint in it: a throw undoes that article alone). */
  run<T>(fn: () => T): T {
    this.rethrow();
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN IMMEDIATE');
      this.began = Date.now();
      this.count = 0;
    }
    let out: T;
    try {
      out = this.db.transaction(fn)();
    } catch (err) {
      // An error SQLite answers by rolling back the whole transaction (a full disk) took the group's articles with it.
      if (this.db.inTransaction || !this.count) throw err;
      throw new StoreUnavailableError(`the last ${this.count} articles were rolled back (${(err as Error).message})`, {
        cause: err,
      });
    }
    if (++this.count >= this.articles || Date.now() - this.began >= this.ms) this.commit();
    else this.timer ??= setTimeout(() => this.commitQuietly(), this.ms).unref();
    return out;
  }

  /** Commits the open group, if any. */
  commit(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.rethrow();
    if (!this.db.inTransaction) return;
    const n = this.count;
    this.count = 0;
    try {
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw new StoreUnavailableError(`the last ${n} articles could not be committed (${(err as Error).message})`, {
        cause: err,
      });
    }
  }

  private commitQuietly(): void {
    this.timer = undefined;
    try {
      this.commit();
    } catch (err) {
      this.failed = err as Error;
    }
  }

  private rethrow(): void {
    const err = this.failed;
    this.failed = null;
    if (err) throw err;
  }

  /** Stops the timer (the group is committed or given up by the caller). */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
