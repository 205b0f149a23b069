import { registerEnumType } from '@nestjs/graphql';
import { PILOT_STATUSES, PILOT_STATUS_LABELS, SUCCESS_METRIC_KINDS } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the pilots feature, registered when its models load.
export const PilotStatusEnum = enumOf(PILOT_STATUSES);
export const SuccessMetricKindEnum = enumOf(SUCCESS_METRIC_KINDS);

registerEnumType(PilotStatusEnum, { name: 'PilotStatus', description: 'Life cycle of a pilot: planned → running → in review → decided.', valuesMap: described(PILOT_STATUS_LABELS) });
registerEnumType(SuccessMetricKindEnum, {
  name: 'SuccessMetricKind',
  description: 'What a success metric is for.',
  valuesMap: described({ primary: 'What the pilot tries to improve.', guardrail: 'Must not get worse than its baseline by more than its tolerance.' }),
});
