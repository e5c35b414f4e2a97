// Small helpers for values kept by slot: plain number arrays (allocating a typed array costs far more than a small
// array) and score records moved to and from them.

/** A plain array of `n` numbers, all `value`. */
export function numbers(n: number, value: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(value);
  return out;
}

/** A record with `keys` in order, to be copied (copying an object is far cheaper than building one key by key). */
export function recordTemplate(keys: readonly string[]): Readonly<Record<string, number>> {
  const out: Record<string, number> = {};
  // A non-integer value makes every field a double field from the start.
  for (const key of keys) out[key] = 0.5;
  return out;
}

/**
 * Copies `values[i]` to `out[keys[i]]`. Unrolled so that each store site sees a single key per scenario (a fast, monomorphic
 * store) instead of one site seeing every key.
 */
function store(out: Record<string, number>, keys: readonly string[], values: readonly number[]): void {
  const n = keys.length;
  if (n > 0) out[keys[0] as string] = values[0] as number;
  if (n > 1) out[keys[1] as string] = values[1] as number;
  if (n > 2) out[keys[2] as string] = values[2] as number;
  if (n > 3) out[keys[3] as string] = values[3] as number;
  if (n > 4) out[keys[4] as string] = values[4] as number;
  if (n > 5) out[keys[5] as string] = values[5] as number;
  if (n > 6) out[keys[6] as string] = values[6] as number;
  if (n > 7) out[keys[7] as string] = values[7] as number;
  if (n > 8) out[keys[8] as string] = values[8] as number;
  if (n > 9) out[keys[9] as string] = values[9] as number;
  if (n > 10) out[keys[10] as string] = values[10] as number;
  if (n > 11) out[keys[11] as string] = values[11] as number;
  if (n > 12) out[keys[12] as string] = values[12] as number;
  if (n > 13) out[keys[13] as string] = values[13] as number;
  if (n > 14) out[keys[14] as string] = values[14] as number;
  if (n > 15) out[keys[15] as string] = values[15] as number;
  for (let i = 16; i < n; i++) out[keys[i] as string] = values[i] as number;
}

/** A record of `values` by `keys`, keys in the template's order (which must be `keys`). */
export function recordFrom(template: Readonly<Record<string, number>>, keys: readonly string[], values: readonly number[]): Record<string, number> {
  const out = { ...template };
  store(out, keys, values);
  return out;
}

/** Reads `record[keys[i]] ?? 0` into `out[i]`, unrolled like store(). */
export function readRecord(record: Readonly<Record<string, number>>, keys: readonly string[], out: number[]): void {
  const n = keys.length;
  if (n > 0) out[0] = record[keys[0] as string] ?? 0;
  if (n > 1) out[1] = record[keys[1] as string] ?? 0;
  if (n > 2) out[2] = record[keys[2] as string] ?? 0;
  if (n > 3) out[3] = record[keys[3] as string] ?? 0;
  if (n > 4) out[4] = record[keys[4] as string] ?? 0;
  if (n > 5) out[5] = record[keys[5] as string] ?? 0;
  if (n > 6) out[6] = record[keys[6] as string] ?? 0;
  if (n > 7) out[7] = record[keys[7] as string] ?? 0;
  if (n > 8) out[8] = record[keys[8] as string] ?? 0;
  if (n > 9) out[9] = record[keys[9] as string] ?? 0;
  if (n > 10) out[10] = record[keys[10] as string] ?? 0;
  if (n > 11) out[11] = record[keys[11] as string] ?? 0;
  if (n > 12) out[12] = record[keys[12] as string] ?? 0;
  if (n > 13) out[13] = record[keys[13] as string] ?? 0;
  if (n > 14) out[14] = record[keys[14] as string] ?? 0;
  if (n > 15) out[15] = record[keys[15] as string] ?? 0;
  for (let i = 16; i < n; i++) out[i] = record[keys[i] as string] ?? 0;
}

/** Copies `from` into `into` (same length). */
export function copyInto(into: number[], from: readonly number[]): void {
  for (let i = 0; i < from.length; i++) into[i] = from[i] as number;
}
