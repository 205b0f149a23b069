import { Global, Injectable, Module } from '@nestjs/common';
import type DataLoader from 'dataloader';

/**
 * A typed name for one DataLoader. The module that owns the data declares the key and registers a
 * factory for it; any resolver reads it with `ctx.loaders.get(KEY)`. `common/` never learns which
 * loaders exist, so a new feature adds its loaders in its own folder.
 */
export interface LoaderKey<K, V, C = K> {
  readonly name: string;
  /** Carries the key, value and cache-key types; never set at run time. */
  readonly types?: (key: K, cacheKey: C) => V;
}

export function loaderKey<K, V, C = K>(name: string): LoaderKey<K, V, C> {
  return { name };
}

type AnyLoader = DataLoader<unknown, unknown, unknown>;

/** This request's loaders, created on first use so a request pays only for what it reads. */
export class RequestLoaders {
  private readonly created = new Map<string, AnyLoader>();

  constructor(private readonly factories: ReadonlyMap<string, () => AnyLoader>) {}

  get<K, V, C>(key: LoaderKey<K, V, C>): DataLoader<K, V, C> {
    let loader = this.created.get(key.name);
    if (!loader) {
      const create = this.factories.get(key.name);
      if (!create) throw new Error(`No DataLoader registered for ${key.name}: register it in its feature module's loaders.`);
      loader = create();
      this.created.set(key.name, loader);
    }
    // The registry stores loaders untyped; `register` ties each factory to its key's types.
    return loader as unknown as DataLoader<K, V, C>;
  }
}

/** Every module's loader factories; `forRequest` gives each GraphQL request its own loaders (never Scope.REQUEST). */
@Injectable()
export class LoaderRegistry {
  private readonly factories = new Map<string, () => AnyLoader>();

  register<K, V, C>(key: LoaderKey<K, V, C>, create: () => DataLoader<K, V, C>): void {
    if (this.factories.has(key.name)) throw new Error(`DataLoader ${key.name} is registered twice.`);
    this.factories.set(key.name, create);
  }

  forRequest(): RequestLoaders {
    return new RequestLoaders(this.factories);
  }
}

/** Makes the registry available to every feature module. */
@Global()
@Module({ providers: [LoaderRegistry], exports: [LoaderRegistry] })
export class LoaderRegistryModule {}

/** Groups rows by a key into lists in the order of `keys` (DataLoader batch results). */
export function groupInKeyOrder<R, M>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string, map: (row: R) => M): M[][] {
  const groups = new Map<string, M[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}

/** Picks one row per key in the order of `keys`, null where none matches (DataLoader batch results). */
export function pickInKeyOrder<R, M>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string, map: (row: R) => M): (M | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => {
    const row = byKey.get(key);
    return row === undefined ? null : map(row);
  });
}
