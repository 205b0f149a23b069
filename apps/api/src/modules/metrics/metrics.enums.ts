import { registerEnumType } from '@nestjs/graphql';
import { METRIC_DIRECTIONS, METRIC_UNITS } from '@rollout/domain';
import { enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the metrics feature, registered when its models load.
export const MetricUnitEnum = enumOf(METRIC_UNITS);
export const MetricDirectionEnum = enumOf(METRIC_DIRECTIONS);

registerEnumType(MetricUnitEnum, {
  name: 'MetricUnit',
  description: 'Unit a metric is measured in.',
  valuesMap: {
    hours: { description: 'Hours.' },
    days: { description: 'Days.' },
    percent: { description: 'Percent.' },
    currency: { description: 'Money, in the company currency.' },
    currency_per_day: { description: 'Money per day.' },
    count: { description: 'A count.' },
  },
});
registerEnumType(MetricDirectionEnum, {
  name: 'MetricDirection',
  description: 'Whether a rising value is good news.',
  valuesMap: {
    higher_is_better: { description: 'Higher values are better.' },
    lower_is_better: { description: 'Lower values are better.' },
  },
});
