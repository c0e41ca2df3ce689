// The loader's write side: articles resolved and linked are gathered into batches of `size`, and a full batch is
// written (GraphStore.loadArticles, one transaction) while the next one gathers; batches commit in order. Notes
// (a bad input, an unchanged article) wait in line, so progress and failures come out in input order.
// In: prepared articles and notes. Out: each article's outcome or error through `settle`, in order.
import { StoreUnavailableError } from './errors.ts';
import type { StoredIncident } from './incidents/match.ts';
import type { ArticleInput } from './model.ts';
import { PendingWrites } from './pending.ts';
import type { GraphStore, LoadOutcome } from './store.ts';

export type Entry =
  | {
      kind: 'article';
      input: ArticleInput;
      /** The stored incidents its linking read (graph/pending.ts). */
      seen?: Map<string, StoredIncident>;
      /** Its claims stored before it (GraphStore.storedClaims). */
      stored?: Set<string>;
      settle: (result: LoadOutcome | Error) => void;
    }
  | { kind: 'note'; settle: () => void };

export class BatchWriter {
  readonly pending = new PendingWrites();
  private entries: Entry[] = [];
  private articles = 0;
  private batch = 0;
  private inflight: Promise<void> = Promise.resolve();
  /** No batch is being written. */
  private idle = true;

  constructor(
    private readonly store: GraphStore,
    private readonly size: number,
  ) {}

  /** Queues an article or a note; writes the batch when it is full. */
  async add(entry: Entry): Promise<void> {
    this.entries.push(entry);
    if (entry.kind === 'note') {
      // Nothing unwritten before it: said at once (a re-run of unchanged articles shows its progress).
      if (!this.articles && this.idle) for (const e of this.entries.splice(0)) (e as { settle: () => void }).settle();
      return;
    }
    this.pending.add(this.batch, entry.input, entry.seen, entry.stored);
    if (++this.articles < this.size) return;
    await this.flush();
    // One article at a time (a store without batches, --batch 1): written before the next is read, as always.
    if (this.size === 1) await this.inflight;
  }

  /** Starts writing what is gathered once the batch before it is committed; resolves when this one has started. */
  private async flush(): Promise<void> {
    const entries = this.entries;
    const batch = this.batch++;
    this.entries = [];
    this.articles = 0;
    this.idle = false;
    const before = this.inflight;
    const write = before.then(() => this.write(entries, batch));
    // Rejections surface from drain() or the next flush, in order; never as unhandled.
    write.catch(() => {});
    this.inflight = write;
    // At most one batch commits while the next gathers: a second full batch waits for the first.
    await before;
  }

  /** Writes everything gathered and waits until all of it is committed. Throws StoreUnavailableError. */
  async drain(): Promise<void> {
    if (this.entries.length) await this.flush();
    await this.inflight;
  }

  private async write(entries: Entry[], batch: number): Promise<void> {
    const articles = entries.filter((e) => e.kind === 'article');
    let results: Array<LoadOutcome | Error>;
    if (!articles.length) results = [];
    else if (this.store.loadArticles && articles.length > 1)
      results = await this.store.loadArticles(articles.map((a) => a.input));
    else results = await this.one(articles.map((a) => a.input));
    this.pending.written(batch);
    if (batch === this.batch - 1) this.idle = true;
    let i = 0;
    for (const e of entries) {
      if (e.kind === 'note') e.settle();
      else e.settle(results[i++]!);
    }
  }

  /** One transaction per article (a store without batches, or a batch of one). */
  private async one(inputs: ArticleInput[]): Promise<Array<LoadOutcome | Error>> {
    const out: Array<LoadOutcome | Error> = [];
    for (const input of inputs) {
      try {
        out.push(await this.store.loadArticle(input));
      } catch (err) {
        if (err instanceof StoreUnavailableError) throw err;
        out.push(err instanceof Error ? err : new Error(String(err)));
      }
    }
    return out;
  }
}
