// What was compiled under several parameter sets, each kept with the values of the parameters its compiling read: a
// later set that agrees on those values gets the same thing back, as compiling it again would give the same result.
// Compiled programs and parts are functions of the discrete facts (the caller's key) and of those values alone.

type Kept<T> = { readonly names: readonly string[]; readonly values: readonly number[]; readonly value: T };

export class ByParams<T> {
  private readonly kept: Kept<T>[] = [];

  /** `limit`: at most this many are kept, the oldest let go first (results never depend on it). */
  constructor(private readonly limit: number) {}

  /** The value compiled under a set with the same values as `params` for every parameter it read, if any. */
  find(params: Readonly<Record<string, number>>): T | undefined {
    const kept = this.kept;
    // The newest first: a sweep's next set most often agrees with the last one.
    for (let k = kept.length - 1; k >= 0; k--) {
      const { names, values, value } = kept[k] as Kept<T>;
      let same = true;
      for (let i = 0; i < names.length && same; i++) same = Object.is(params[names[i] as string], values[i]);
      if (same) return value;
    }
    return undefined;
  }

  /** Keeps `value`, compiled under `params` reading the parameters `names`. */
  add(names: readonly string[], params: Readonly<Record<string, number>>, value: T): T {
    if (this.kept.length >= this.limit) this.kept.shift();
    this.kept.push({ names, values: names.map((name) => params[name] ?? Number.NaN), value });
    return value;
  }
}

/**
 * ByParams by a key (the discrete facts the value was compiled for): the value for `key` under `params`, found or
 * built. `build` gives the value and the parameters its compiling read. Bounded: beyond `maxKeys` keys it starts over.
 */
export class KeyedByParams<T> {
  private readonly byKey = new Map<string, ByParams<T>>();

  constructor(
    private readonly maxKeys: number,
    private readonly perKey: number,
  ) {}

  get(key: string, params: Readonly<Record<string, number>>, build: () => readonly [T, readonly string[]]): T {
    let kept = this.byKey.get(key);
    if (!kept) {
      if (this.byKey.size >= this.maxKeys) this.byKey.clear();
      this.byKey.set(key, (kept = new ByParams(this.perKey)));
    }
    const found = kept.find(params);
    if (found !== undefined) return found;
    const [value, reads] = build();
    return kept.add(reads, params, value);
  }
}
