import type { Type } from '@nestjs/common';

/**
 * A feature's Nest module. It names the TypeORM entities it owns, so the data source is built
 * from the feature list in app.module.ts rather than from a second, hand-kept list.
 */
export interface FeatureModule extends Type {
  readonly entities: readonly Type[];
}

/** Every entity of the features, for the data source. */
export function entitiesOf(features: readonly FeatureModule[]): Type[] {
  return features.flatMap((feature) => [...feature.entities]);
}

/** The GraphQL resolvers the features declare (classes marked with @Resolver), for printing the schema. */
export function resolversOf(features: readonly FeatureModule[]): Type[] {
  return features.flatMap((feature) => {
    const providers: unknown = Reflect.getMetadata('providers', feature);
    return (Array.isArray(providers) ? (providers as unknown[]) : []).filter(
      (provider): provider is Type => typeof provider === 'function' && Reflect.hasMetadata('graphql:resolver_name', provider),
    );
  });
}
