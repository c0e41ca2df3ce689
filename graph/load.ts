// The loader: read inputs → extract → validate → resolve actors (from the article alone) → link → write in batches.
// In: input names, a GraphStore and options. Out: an IngestSummary; one bad input or article never stops the batch.
import { inOrder } from '../ingest/budget/ordered.ts';
import { oneLine } from '../ingest/budget/one-line.ts';
import { type BudgetOptions, ExtractPool } from '../ingest/budget/pool.ts';
import { extract as defaultExtract } from '../ingest/extract.ts';
import { unsupportedScript } from '../ingest/language.ts';
import { type SourceItem, type SourceOptions, readInputs } from '../ingest/sources/index.ts';
import type { SourceDoc } from '../ingest/types.ts';
import { InputError, KgError, StoreUnavailableError } from './errors.ts';
import { linkAcrossArticles } from './links.ts';
import { articleIdFor, recordsOf } from './model.ts';
import { entryById, stateBodyByName, stateEntry, stateOfKey } from '../ingest/gazetteer/index.ts';
import { stateBodyByAcronym } from '../ingest/gazetteer/state-acronyms.ts';
import { ministrySuffix } from '../ingest/actors/lexicon.ts';
import { lexicalTag } from '../ingest/nlp/tagger.ts';
import type { IdentityContext } from './identity.ts';
import { type AliasesFile, NO_ALIASES, resolveExtraction } from './resolve.ts';
import { Extraction, checkReferences } from './schema.ts';
import { BatchWriter } from './batch-writer.ts';
import type { ArticleInput } from './model.ts';
import type { StoredIncident } from './incidents/match.ts';
import {
  type PendingWrites,
  type Prefetched,
  expectedLookups,
  linkThroughOverlay,
  prefetchLookups,
  recordLookups,
} from './pending.ts';
import type { GraphStore, LoadOutcome, StoredArticle } from './store.ts';

/** The gazetteer's ids (states, bodies, groups, outlets) are the same in every article: cross-article keys. */
export const GAZETTEER_IDS: IdentityContext = {
  isKnownId: (id) => entryById(id) !== undefined,
  stateOf: (key) => {
    const id = stateOfKey(key);
    return id && stateEntry(id) ? id : undefined;
  },
  isCommonWord: (word) => lexicalTag(word) !== null,
  stateBodySuffix: ministrySuffix,
  stateBody: stateBodyByName,
  stateAcronymBody: stateBodyByAcronym,
};

export interface Failure {
  input: string;
  message: string;
}

export interface IngestSummary {
  loaded: number;
  unchanged: number;
  failed: number;
  actors: number;
  claims: number;
  relations: number;
  incidents: number;
  failures: Failure[];
  /** Inputs stored with a caveat (a language the pipeline cannot read): not failures. */
  warnings: Failure[];
}

export interface Progress {
  /** Articles and bad inputs handled so far. */
  done: number;
  failed: number;
  /** The input just handled. */
  source: string;
  status: LoadOutcome['status'] | 'failed';
}

export interface IngestOptions {
  onProgress?: (p: Progress) => void;
  aliases?: AliasesFile;
  sources?: SourceOptions;
  /** An extractor run in this thread (tests); by default the pipeline runs in budgeted workers. */
  extract?: (doc: SourceDoc) => unknown;
  /** Stops the run between two articles (`kg ingest --watch` on Ctrl-C); what was loaded stays loaded. */
  signal?: AbortSignal;
  /** Time, size and memory budget per article, and how many workers extract at once. */
  budget?: BudgetOptions;
  /** Articles written per transaction when the store takes batches (default DEFAULT_BATCH: 20). */
  batch?: number;
}

/** The store went away mid-batch: `summary` says what was committed before it did. */
export class IngestStoppedError extends StoreUnavailableError {
  readonly summary: IngestSummary;
  constructor(cause: StoreUnavailableError, summary: IngestSummary) {
    super(cause.message, { cause });
    this.name = 'IngestStoppedError';
    this.summary = summary;
  }
}

/**
 * Extracts one document and checks what came out: the id is the hash of the text whatever the extractor
 * said, and every reference and span must hold. Throws KgError('EXTRACTION_INVALID') naming the source.
 */
export function extractChecked(doc: SourceDoc, extract: (doc: SourceDoc) => unknown = defaultExtract): Extraction {
  let raw: unknown;
  try {
    raw = extract(doc);
  } catch (err) {
    throw new KgError('EXTRACTION_INVALID', `${doc.source}: extraction failed (${oneLine(err)})`, { cause: err });
  }
  return checkExtraction(doc, raw);
}

/** Validates an extractor's raw output for `doc` (see extractChecked). */
export function checkExtraction(doc: SourceDoc, raw: unknown): Extraction {
  const parsed = Extraction.safeParse(raw);
  if (!parsed.success) throw new KgError('EXTRACTION_INVALID', `${doc.source}: ${oneLine(parsed.error)}`);
  const x = parsed.data;
  x.article = {
    ...x.article,
    id: articleIdFor(doc.text),
    source: doc.source,
    url: doc.url ?? x.article.url ?? null,
    title: x.article.title ?? doc.title ?? null,
    publishedAt:
      x.article.publishedAt ??
      (doc.publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(doc.publishedAt) ? doc.publishedAt : null),
  };
  const problems = checkReferences(x, doc.text.length);
  if (problems.length) {
    const more = problems.length > 2 ? ` and ${problems.length - 2} more` : '';
    throw new KgError(
      'EXTRACTION_INVALID',
      `${doc.source}: inconsistent extraction: ${problems.slice(0, 2).join('; ')}${more}`,
    );
  }
  return x;
}

/** An article in a script the pipeline cannot read: stored with its text and nothing extracted. */
function bareExtraction(doc: SourceDoc): Extraction {
  const article = {
    id: articleIdFor(doc.text),
    source: doc.source,
    url: null,
    title: null,
    publishedAt: null,
    outlet: null,
  };
  return checkExtraction(doc, { article, actors: [], incidents: [], claims: [], relations: [] });
}

type Step =
  | { kind: 'bad'; error: InputError }
  | { kind: 'known'; doc: SourceDoc }
  | { kind: 'extracted'; doc: SourceDoc; extraction: Extraction; warning?: string };

/** Extracts, resolves and loads every article the inputs hold. Rethrows only when the store itself is gone. */
export async function ingest(inputs: string[], store: GraphStore, options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = {
    loaded: 0,
    unchanged: 0,
    failed: 0,
    actors: 0,
    claims: 0,
    relations: 0,
    incidents: 0,
    failures: [],
    warnings: [],
  };
  let done = 0;
  const report = (source: string, status: Progress['status']) =>
    options.onProgress?.({ done: ++done, failed: summary.failed, source, status });
  const fail = (input: string, err: unknown) => {
    summary.failed++;
    const message = err instanceof Error ? err.message : String(err);
    summary.failures.push({
      input,
      message: err instanceof KgError || message.startsWith(input) ? message : `${input}: ${message}`,
    });
    report(input, 'failed');
  };

  const pool = options.extract ? null : new ExtractPool(options.budget);
  const step = async (item: SourceItem): Promise<Step> => {
    if (item instanceof InputError) return { kind: 'bad', error: item };
    // The id is the text's hash, so a known article is skipped before the (costly) extraction.
    if (await store.hasArticle(articleIdFor(item.text))) return { kind: 'known', doc: item };
    const script = unsupportedScript(item.text);
    if (script)
      return {
        kind: 'extracted',
        doc: item,
        extraction: bareExtraction(item),
        warning: `${item.source}: language not supported (${script}); stored without extraction`,
      };
    const extraction = pool ? checkExtraction(item, await pool.run(item)) : extractChecked(item, options.extract);
    return { kind: 'extracted', doc: item, extraction };
  };

  // Extraction runs ahead on the pool's workers; resolution and linking happen here, one article at a time, in
  // input order, and writes go in batches behind them (graph/batch-writer.ts), so the graph is the one a
  // sequential run gives: an article whose links could read what an unwritten one changes waits for it.
  const size = store.loadArticles ? Math.max(1, Math.floor(options.batch ?? DEFAULT_BATCH)) : 1;
  const writer = new BatchWriter(store, size);
  const unhidable = Object.values(options.aliases?.merge ?? {});
  const settle = (source: string, warning?: string) => (result: LoadOutcome | Error) => {
    if (result instanceof Error) return fail(source, result);
    if (warning) summary.warnings.push({ input: source, message: warning });
    if (result.status === 'unchanged') summary.unchanged++;
    else {
      summary.loaded++;
      summary.actors += result.actors;
      summary.claims += result.claims;
      summary.relations += result.relations;
      summary.incidents += result.incidents;
    }
    report(source, result.status);
  };
  // Extraction runs a batch ahead of the writes (one article when each is written alone, as before batches), with
  // every worker's queue full (ingest/budget/pool.ts PER_WORKER).
  const window = (pool?.capacity ?? 0) + (size > 1 ? size : 0) + 1;
  try {
    // A batch's articles are read ahead together: their stored candidates in one round trip (graph/pending.ts).
    for await (const group of inGroups(inOrder(readInputs(inputs, options.sources), step, window), size)) {
      const steps = await Promise.all(
        group.map(({ result }) =>
          result.then(
            (s) => s,
            (err: unknown) => err,
          ),
        ),
      );
      for (const s of steps) if (s instanceof StoreUnavailableError) throw s;
      const prepared = steps.map((s) => (isExtracted(s) ? prepare(s, options.aliases ?? NO_ALIASES) : null));
      // The batch before is still being written while this one is linked: it is held with the group's own articles,
      // and the overlay models both (1,000 generated stories at batch 20: 144 of them waited, against 128 when each
      // batch was committed before the next was linked; an earlier version of the overlay made 85 of 100 wait).
      // Read ahead for the articles from `from` to `to`: unwritten ones held first, then the stored answers.
      const readAhead = async (from: number, to: number) => {
        const held = writer.pending.hold();
        const lookups = prepared.slice(from, to).flatMap((p) => (p ? [expectedLookups(p)] : []));
        // A lookup the server refuses is asked again per article, where it fails that article alone.
        const answers = await timed('readAhead', prefetchLookups(store, lookups)).catch((err: unknown) => {
          if (err instanceof StoreUnavailableError) throw err;
          return undefined;
        });
        return { held, answers, to };
      };
      let ahead = await readAhead(0, group.length);
      try {
        for (const [i, { item }] of group.entries()) {
          if (options.signal?.aborted) break;
          const source = item instanceof InputError ? item.input : item.source;
          const s = steps[i]!;
          try {
            if (!isStep(s)) throw s;
            if (s.kind === 'bad') {
              await writer.add({ kind: 'note', settle: () => fail(s.error.input, s.error) });
              continue;
            }
            if (s.kind === 'known') {
              await writer.add({ kind: 'note', settle: () => (summary.unchanged++, report(source, 'unchanged')) });
              continue;
            }
            if (i >= ahead.to) {
              writer.pending.release(ahead.held);
              ahead = await readAhead(i, i + REREAD);
            }
            const { input, seen, waited } = await linked(s.extraction, prepared[i]!, store, writer, unhidable, ahead);
            const stored = size > 1 ? await storedClaims(store, input) : undefined;
            await writer.add({ kind: 'article', input, seen, stored, settle: settle(source, s.warning) });
            // Linking from answers at hand never waits on I/O, so without a turn of the event loop the batch being
            // written would hear from the server only when linking next reads: its statements and commit idle.
            await nextTurn();
            // It waited: what was held is written, so the next articles read again (or they would all wait), a few
            // at a time: the whole rest of the group read again after each wait read most articles several times.
            if (waited) {
              writer.pending.release(ahead.held);
              ahead = await readAhead(i + 1, i + 1 + REREAD);
            }
          } catch (err) {
            if (err instanceof StoreUnavailableError) throw err;
            await writer.add({ kind: 'note', settle: () => fail(source, err) });
          }
        }
      } finally {
        writer.pending.release(ahead.held);
      }
      if (options.signal?.aborted) break;
    }
    await writer.drain();
  } catch (err) {
    if (err instanceof StoreUnavailableError) throw new IngestStoppedError(err, summary);
    throw err;
  } finally {
    await pool?.close();
  }
  return summary;
}

/**
 * Articles written per transaction by default. At 1,000 generated stories (bench/scale.ts, 12-04) batches of 20 and
 * 50 cost 0.109 and 0.111 CPU s an article (client + server) against 0.123-0.130 one at a time, with the same graph
 * (128 and 137 of 1,000 articles waited for unwritten ones and were linked again); at load 4-6 the wall time was
 * the same (119 vs 117 s): linking waited on its round trips. With the Neo4j writer's claim lookups in memory and a
 * batch linked while the one before it is written (12-04 evening), batch 20 costs 0.067 CPU s an article (docs/measurements.md).
 */
export const DEFAULT_BATCH = 20;

/** Articles read ahead together again after one waited for the unwritten ones (then the next as many, and so on). */
const REREAD = 8;

const isStep = (s: unknown): s is Step => typeof s === 'object' && s !== null && 'kind' in s && !(s instanceof Error);
const isExtracted = (s: unknown): s is Extract<Step, { kind: 'extracted' }> => isStep(s) && s.kind === 'extracted';

/** Up to `n` items at a time, in order (the last group may be shorter). */
async function* inGroups<T>(source: AsyncIterable<T>, n: number): AsyncIterable<T[]> {
  const group: T[] = [];
  for await (const x of source) {
    group.push(x);
    if (group.length >= n) yield group.splice(0);
  }
  if (group.length) yield group;
}

/** An extracted article resolved: identity comes from the article itself (graph/identity.ts), never from the store. */
function prepare(s: Extract<Step, { kind: 'extracted' }>, aliases: AliasesFile): ArticleInput {
  const resolved = resolveExtraction(s.extraction, aliases, GAZETTEER_IDS);
  return { extraction: resolved, extracted: s.extraction, text: s.doc.text, url: s.doc.url ?? null };
}

/**
 * Links a resolved article to what other articles said (graph/links.ts). `ahead` are stored answers read for its
 * batch before any of it was linked, with the unwritten articles held from that moment (graph/pending.ts hold), so
 * the overlay adds everything those answers could not see. When the links could have read differently had the
 * unwritten articles before it been written, they are written first and it is linked again from fresh lookups, so
 * the result is the one-article-at-a-time run's.
 */
async function linked(
  x: Extraction,
  input: ArticleInput,
  store: GraphStore,
  writer: BatchWriter,
  unhidable: string[],
  ahead?: { held: PendingWrites; answers?: Prefetched },
): Promise<{ input: ArticleInput; seen: Map<string, StoredIncident>; waited: boolean }> {
  for (let waited = false; ; waited = true) {
    // Taken before the lookups: every unwritten article they may not see (graph/pending.ts snapshot).
    const pending = ahead?.held ?? writer.pending.snapshot();
    const { view, reads } = await recordLookups(store, unhidable, expectedLookups(input), ahead?.answers);
    ahead = undefined;
    if (pending.empty) return { input: await linkAcrossArticles(input, view), seen: reads.incidents!, waited };
    // Linked as the lookups will answer once the unwritten articles are written (the overlay), so it need not wait
    // for them. What the overlay cannot model (a day or place an unwritten article fills in, a second copy of the
    // text, an aliases file that merges names and can unhide a stored actor) waits for them, and is linked again.
    if (!unhidable.length) {
      const out = await linkThroughOverlay((v) => linkAcrossArticles(input, v), pending.overlay(view));
      if (out && !pending.meets(reads, x.article.id)) return { input: out, seen: reads.incidents!, waited };
    }
    countWait();
    await timed('waited', writer.drain());
  }
}

/** The article's claims already stored (its footprint keeps their stored versions: graph/pending.ts). */
async function storedClaims(store: GraphStore, input: ArticleInput): Promise<Set<string> | undefined> {
  if (!store.storedClaims) return undefined;
  const ids = recordsOf(input)
    .nodes.filter((n) => n.label === 'Claim')
    .map((n) => n.id);
  return store.storedClaims(ids);
}

/** Lets I/O callbacks run (the write of the batch before: graph/batch-writer.ts) between two articles' linking. */
const nextTurn = () => new Promise<void>((ok) => setImmediate(ok));

/** Bench instrumentation: how many articles waited for unwritten ones (globalThis.kgWaits when set). */
function countWait(): void {
  const w = (globalThis as { kgWaits?: { n: number } }).kgWaits;
  if (w) w.n++;
}

/** Bench instrumentation: milliseconds linking spent blocked on `name` (globalThis.kgWaits[name] when set). */
async function timed<T>(name: 'readAhead' | 'waited', work: Promise<T>): Promise<T> {
  const w = (globalThis as { kgWaits?: Record<string, number> }).kgWaits;
  const t0 = performance.now();
  try {
    return await work;
  } finally {
    if (w) w[`${name}Ms`] = Math.round((w[`${name}Ms`] ?? 0) + performance.now() - t0);
  }
}

export interface ResolveSummary {
  articles: number;
  /** Articles stored before extractions were kept: extracted again from their stored text. */
  reextracted: number;
  failures: Failure[];
}

/**
 * Re-applies resolution (graph/identity.ts and the aliases file) to every stored article without extracting again:
 * reads each article's stored extraction, empties the store and loads the articles back. `backup` receives every
 * article as a JSON Lines record before the store is emptied, so `kg ingest <backup>` restores a run that stopped.
 */
export async function reresolve(
  store: GraphStore,
  options: { aliases?: AliasesFile; backup?: (line: string) => void; onProgress?: (done: number) => void } = {},
): Promise<ResolveSummary> {
  const stored: StoredArticle[] = [];
  for await (const a of store.storedArticles()) {
    stored.push(a);
    options.backup?.(
      JSON.stringify({ text: a.text, source: a.source, url: a.url, title: a.title, publishedAt: a.publishedAt }),
    );
  }
  await store.clear();
  const summary: ResolveSummary = { articles: 0, reextracted: 0, failures: [] };
  for (const a of stored) {
    try {
      let x: Extraction;
      if (a.extraction) x = Extraction.parse(JSON.parse(a.extraction));
      else {
        const doc = { source: a.source, text: a.text, url: a.url ?? undefined, title: a.title ?? undefined };
        x = extractChecked({ ...doc, publishedAt: a.publishedAt ?? undefined });
        summary.reextracted++;
      }
      const resolved = resolveExtraction(x, options.aliases ?? NO_ALIASES, GAZETTEER_IDS);
      await store.loadArticle({
        extraction: resolved,
        extracted: x,
        text: a.text,
        url: a.url,
        ...(a.ingestedAt ? { ingestedAt: a.ingestedAt } : {}),
      });
      summary.articles++;
    } catch (err) {
      if (err instanceof StoreUnavailableError) throw err;
      summary.failures.push({ input: a.source, message: err instanceof Error ? err.message : String(err) });
    }
    options.onProgress?.(summary.articles + summary.failures.length);
  }
  return summary;
}
