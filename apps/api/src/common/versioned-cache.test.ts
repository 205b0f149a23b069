import { describe, expect, it } from 'vitest';
import { recordOfKey, VersionedCache } from './versioned-cache.js';

const computeAs = (values: Record<string, string>, computed: string[]) => (keys: readonly string[]) => (missing: number[]) => {
  const asked = missing.map((i) => keys[i] ?? '');
  computed.push(...asked);
  return Promise.resolve(asked.map((key) => values[key] ?? new Error(key)));
};

describe('VersionedCache', () => {
  it('computes what it does not keep once, shares it with readers arriving together, and keeps no errors', async () => {
    const computed: string[] = [];
    const cache = new VersionedCache<string>(10);
    const compute = computeAs({ 'a|1': 'A1', 'b|1': 'B1' }, computed);
    const keys = ['a|1', 'b|1', 'a|1'];
    const [first, second] = await Promise.all([cache.getAll(keys, compute(keys)), cache.getAll(['b|1'], compute(['b|1']))]);
    expect(first).toEqual(['A1', 'B1', 'A1']);
    expect(second).toEqual(['B1']);
    expect(computed).toEqual(['a|1', 'b|1']);
    const [failed] = await cache.getAll(['c|1'], compute(['c|1']));
    expect(failed).toBeInstanceOf(Error);
    await cache.getAll(['c|1'], compute(['c|1']));
    expect(computed.filter((key) => key === 'c|1')).toHaveLength(2);
  });

  it('drops a record’s older version when it keeps a newer one, so old versions do not crowd out other records', async () => {
    const computed: string[] = [];
    const values = { 'a|1': 'A1', 'a|2': 'A2', 'a|3': 'A3', 'b|1': 'B1' };
    const cache = new VersionedCache<string>(2, recordOfKey);
    const read = (key: string) => cache.getAll([key], computeAs(values, computed)([key]));
    for (const key of ['b|1', 'a|1', 'a|2', 'a|3', 'b|1']) await read(key);
    // Without dropping a|1 and a|2, the third version of a would have pushed b out of a cache of two.
    expect(computed).toEqual(['b|1', 'a|1', 'a|2', 'a|3']);
    await read('a|1');
    expect(computed.at(-1)).toBe('a|1');
  });
});
