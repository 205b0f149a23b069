import { Query, Resolver } from '@nestjs/graphql';
import { METRIC_CATALOG } from '@rollout/domain';
import { ALL_ROLES, Roles } from '../../common/auth/decorators.js';
import { CatalogMetricModel } from './catalog-metric.model.js';

@Resolver(() => CatalogMetricModel)
export class MetricsResolver {
  @Query(() => [CatalogMetricModel], { description: 'The standard RevOps success-metric catalog.' })
  @Roles(...ALL_ROLES)
  metricCatalog(): CatalogMetricModel[] {
    return [...METRIC_CATALOG];
  }
}
