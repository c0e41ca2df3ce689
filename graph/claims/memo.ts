// A bounded cache for pure functions of one string. Why: loading an article builds its records several times
// (graph/pending.ts twice, graph/claims/link.ts, the store's write), and each build keys and hashes every claim
// again; the key is a pure function of the text. In: the function and a size bound. Out: the same function, cached.
export function memoByString<V>(fn: (s: string) => V, max = 20_000): (s: string) => V {
  let cache = new Map<string, V>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      // Past the bound the cache starts over (an ingest run is one pass: old keys are rarely asked for again).
      if (cache.size >= max) cache = new Map();
      cache.set(s, v);
    }
    return v;
  };
}
