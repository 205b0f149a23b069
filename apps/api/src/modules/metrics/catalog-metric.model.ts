import { Field, ObjectType } from '@nestjs/graphql';
import type { MetricDirection, MetricUnit } from '@rollout/domain';
import { MetricDirectionEnum, MetricUnitEnum } from './metrics.enums.js';

@ObjectType('CatalogMetric', { description: 'A standard success metric from the RevOps metric catalog.' })
export class CatalogMetricModel {
  @Field({ description: 'Stable key, e.g. lead_response_time.' })
  key: string;

  @Field({ description: 'Display name.' })
  name: string;

  @Field(() => MetricUnitEnum, { description: 'Unit of measure.' })
  unit: MetricUnit;

  @Field(() => MetricDirectionEnum, { description: 'Whether higher or lower is better.' })
  direction: MetricDirection;
}
