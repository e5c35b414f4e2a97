// Luck keyed by name: each year's draw for an event or a random channel is a hash of (seed, year, id), not the next
// number of a stream. Adding, removing or reordering events changes no other event's draw, so content edits leave
// every other part of a game's luck where it was. (The sfc32 stream in random.ts serves what is genuinely
// sequential: the two draws at the start of each term.)

/** lowbias32 (Chris Wellons): a 32-bit integer hash with full avalanche. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of an id: the id's fixed key. */
export function idKey(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The key of one year of one game; seeds up to 2^53 keep their high bits. */
export function yearKey(seed: number, year: number): number {
  const high = Math.floor(seed / 4294967296) | 0;
  return mix32(mix32(mix32(seed >>> 0) ^ high) + Math.imul(year | 0, 0x9e3779b9));
}

/** The uniform in [0, 1) for an id (by its key) in a year (by its key). */
export function keyedUniform(yearKey: number, idKey: number): number {
  return mix32(mix32(yearKey ^ idKey) + 0x632be5ab) * 2.3283064365386963e-10;
}
