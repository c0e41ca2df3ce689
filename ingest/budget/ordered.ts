// Runs an async step on a stream ahead of its consumer, up to `window` items at once, and hands the results back
// in input order: extraction on N workers with results used (resolved, written) exactly as a sequential run would.
// In: items and a step. Out: { item, result } in input order; a failed step is a rejected `result`, never a throw.

export interface Started<T, R> {
  item: T;
  result: Promise<R>;
}

export async function* inOrder<T, R>(
  items: AsyncIterable<T>,
  step: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<Started<T, R>> {
  const started: Started<T, R>[] = [];
  for await (const item of items) {
    const result = step(item);
    // Handled when the consumer gets to it; until then a rejection must not count as unhandled.
    result.catch(() => {});
    started.push({ item, result });
    if (started.length >= Math.max(1, window)) yield started.shift()!;
  }
  while (started.length) yield started.shift()!;
}
