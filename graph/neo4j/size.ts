// The JSON size of a driver value, counted only up to a budget: a reply cap that costs no more than the cap,
// however large the value (a 5M-element list took 95 s and 290 MB to convert and send in full).
// In: a record value and a byte budget. Out: about its JSON size in bytes, or null when past the budget.
import { isInt } from 'neo4j-driver';

/** Walks the value without recursion and stops as soon as the count passes `budget`. */
export function sizeWithin(value: unknown, budget: number): number | null {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    if (size > budget) return null;
    const v = stack.pop();
    if (v === null || v === undefined || typeof v === 'boolean') size += 5;
    else if (typeof v === 'number' || typeof v === 'bigint' || isInt(v)) size += 12;
    else if (typeof v === 'string') size += v.length + 2;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (let i = 0; i < v.length && size <= budget; i++) stack.push(v[i]);
    } else if (typeof v === 'object') {
      // Nodes, relationships and paths keep their content in properties, segments, labels: all counted.
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        size += k.length + 4;
        stack.push(x);
        if (size > budget) break;
      }
    } else size += 8;
  }
  return size > budget ? null : size;
}
