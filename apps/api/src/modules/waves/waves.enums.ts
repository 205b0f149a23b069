import { registerEnumType } from '@nestjs/graphql';
import { READINESS_PART_LABELS, READINESS_PARTS, WAVE_METRIC_STATE_LABELS, WAVE_METRIC_STATES, WAVE_UNIT_STAGES } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the waves feature, registered when its models load.
export const WaveUnitStageEnum = enumOf(WAVE_UNIT_STAGES);
export const ReadinessPartEnum = enumOf(READINESS_PARTS);
export const WaveMetricStateEnum = enumOf(WAVE_METRIC_STATES);
export const RolloutForecastKindEnum = enumOf(['done', 'projected', 'unknown'] as const);

registerEnumType(WaveUnitStageEnum, {
  name: 'WaveUnitStage',
  description: 'A unit’s stage in its roll-out wave.',
  valuesMap: described({
    not_started: 'In the wave, nothing done yet.',
    preparing: 'Working through its readiness checklist.',
    ready: 'Checklist done; may go live.',
    live: 'Working on the new model.',
    adopted: 'The primary metrics held for the weeks the program asks, confirmed by its leads.',
    blocked: 'Stopped, with a reason; unblocking returns it where it was.',
    rolled_back: 'Back on the old model, with a reason; it prepares again.',
  }),
});
registerEnumType(ReadinessPartEnum, { name: 'ReadinessPart', description: 'A part of a unit’s readiness score.', valuesMap: described(READINESS_PART_LABELS) });
registerEnumType(WaveMetricStateEnum, { name: 'WaveMetricState', description: 'How a wave unit does on the pilot’s success metrics, against its own baseline.', valuesMap: described(WAVE_METRIC_STATE_LABELS) });
registerEnumType(RolloutForecastKindEnum, {
  name: 'RolloutForecastKind',
  description: 'What the roll-out forecast could say.',
  valuesMap: described({ done: 'Every unit is adopted.', projected: 'Projected from the pace so far.', unknown: 'No pace yet to project from.' }),
});
