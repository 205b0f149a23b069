/**
 * Values computed from database rows, kept by everything they were computed from: a key holds the
 * rows' data version (moved by the database in the commit of any change to them) and the day. A
 * changed input is a new key, so nothing is ever invalidated by hand; the least recently read
 * entries make room. Readers arriving together share one computation per key.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, T>();
  private readonly inFlight = new Map<string, Promise<T | Error>>();

  constructor(private readonly size: number) {}

  /**
   * The values of `keys`, in their order. Those neither kept nor being computed are computed in one
   * call of `compute`, given their positions in `keys`, which answers for each in that order (an
   * Error in the place of one that could not be computed: errors are not kept).
   */
  async getAll(keys: readonly string[], compute: (missing: number[]) => Promise<(T | Error)[]>): Promise<(T | Error)[]> {
    const missing: number[] = [];
    const scheduled = new Set<string>();
    keys.forEach((key, i) => {
      if (this.entries.has(key) || this.inFlight.has(key) || scheduled.has(key)) return;
      scheduled.add(key);
      missing.push(i);
    });
    if (missing.length > 0) {
      const batch = compute(missing);
      missing.forEach((position, j) => {
        const key = keys[position] ?? '';
        const one = batch
          .then((results) => {
            const result = results[j] ?? new Error(`${key} was not computed`);
            if (!(result instanceof Error)) this.set(key, result);
            return result;
          })
          .finally(() => this.inFlight.delete(key));
        this.inFlight.set(key, one);
      });
    }
    return Promise.all(keys.map(async (key) => this.get(key) ?? (await this.inFlight.get(key)) ?? new Error(`${key} was not computed`)));
  }

  private get(key: string): T | undefined {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  private set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.size) break;
      this.entries.delete(oldest);
    }
  }
}
