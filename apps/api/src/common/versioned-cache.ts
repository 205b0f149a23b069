/**
 * Values computed from database rows, kept by everything they were computed from: a key holds the
 * rows' data version (moved by the database in the commit of any change to them) and the day. A
 * changed input is a new key, so nothing is ever invalidated by hand; the least recently read
 * entries make room. Readers arriving together share one computation per key.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, T>();
  private readonly inFlight = new Map<string, Promise<T | Error>>();
  /** With `recordOf`: each record's key last kept. */
  private readonly latest = new Map<string, string>();

  /**
   * `recordOf` names the record a key is of (the program in `program|version|day`), for caches whose
   * older versions no reader asks for again: keeping a newer one drops the record's older one, so
   * a busy record's old versions do not crowd the others out (nor hold memory until they age out).
   */
  constructor(
    private readonly size: number,
    private readonly recordOf?: (key: string) => string,
  ) {}

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
    if (this.recordOf) {
      const record = this.recordOf(key);
      const older = this.latest.get(record);
      if (older !== undefined && older !== key) this.entries.delete(older);
      this.latest.set(record, key);
    }
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.size) break;
      this.entries.delete(oldest);
      if (this.recordOf && this.latest.get(this.recordOf(oldest)) === oldest) this.latest.delete(this.recordOf(oldest));
    }
  }
}

/** The record of a `record|version|…` key. */
export const recordOfKey = (key: string): string => key.slice(0, key.indexOf('|'));
