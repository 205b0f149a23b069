import { registerEnumType } from '@nestjs/graphql';
import { ENGAGEMENT_KINDS, PILOT_STATUSES, PILOT_STATUS_LABELS, SUCCESS_METRIC_KINDS, UNIT_STAGES } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the pilots feature, registered when its models load.
export const PilotStatusEnum = enumOf(PILOT_STATUSES);
export const SuccessMetricKindEnum = enumOf(SUCCESS_METRIC_KINDS);
export const UnitStageKindEnum = enumOf(UNIT_STAGES);
export const EngagementKindEnum = enumOf(ENGAGEMENT_KINDS);

registerEnumType(PilotStatusEnum, { name: 'PilotStatus', description: 'Life cycle of a pilot: planned → running → in review → decided.', valuesMap: described(PILOT_STATUS_LABELS) });
registerEnumType(SuccessMetricKindEnum, {
  name: 'SuccessMetricKind',
  description: 'What a success metric is for.',
  valuesMap: described({ primary: 'What the pilot tries to improve.', guardrail: 'Must not get worse than its baseline by more than its tolerance.' }),
});
registerEnumType(UnitStageKindEnum, {
  name: 'UnitStageKind',
  description: 'Where a unit stands in a program, derived from its pilots and its roll-out wave.',
  valuesMap: described({
    not_started: 'In no pilot of the program yet.',
    preparing: 'In a planned pilot, or one whose first day is still ahead.',
    piloting: 'Between a running pilot’s first and last day.',
    awaiting_decision: 'The pilot is in review, or past its last day without a decision (overdue for its gate review).',
    decided: 'The pilot’s gate decision is recorded.',
    rolling_out: 'In a roll-out wave, not live yet (not started, preparing, ready, blocked or rolled back there).',
    live: 'Live on the new model in its roll-out wave.',
    adopted: 'Adopted: the primary metrics held for the weeks the program asks, confirmed by its leads.',
  }),
});
registerEnumType(EngagementKindEnum, {
  name: 'EngagementKind',
  description: 'Kinds of program work a unit’s stage is derived from.',
  valuesMap: described({ pilot: 'A pilot the unit runs.', wave: 'The roll-out wave the unit is in.' }),
});
