/**
 * A memo of at most `limit` entries: past it, the entry made longest ago goes first. For answers made
 * from request parameters, which are many, though an article's chart is asked for again and again.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();
  /** A string key longer than `longestKey` (a hostile query of 100 KB) is made each time, never kept. */
  constructor(
    private readonly limit: number,
    private readonly longestKey = 2_048,
  ) {}

  get(key: K, make: () => V): V {
    if (typeof key === "string" && key.length > this.longestKey) return make();
    if (this.entries.has(key)) return this.entries.get(key) as V;
    const value = make();
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
