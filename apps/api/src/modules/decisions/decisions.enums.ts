import { registerEnumType } from '@nestjs/graphql';
import {
  DECISION_KINDS,
  DECISION_KIND_LABELS,
  BASELINE_SOURCES,
  EFFECT_METHOD_DESCRIPTIONS,
  EFFECT_METHODS,
  EVALUATION_STAGE_DESCRIPTIONS,
  EVALUATION_STAGES,
  GATE_DECISIONS, GATE_DECISION_DESCRIPTIONS, LESSON_KINDS, LESSON_KIND_LABELS, METRIC_STATES, METRIC_STATE_LABELS } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the decisions feature, registered when its models load.
export const GateDecisionEnum = enumOf(GATE_DECISIONS);
export const MetricStateEnum = enumOf(METRIC_STATES);
export const BaselineSourceEnum = enumOf(BASELINE_SOURCES);
export const LessonKindEnum = enumOf(LESSON_KINDS);
export const EvaluationStageEnum = enumOf(EVALUATION_STAGES);
export const EffectMethodEnum = enumOf(EFFECT_METHODS);
export const EffectVerdictEnum = enumOf(['improved', 'worsened', 'inconclusive'] as const);

registerEnumType(GateDecisionEnum, { name: 'GateDecision', description: 'Decision at a pilot’s gate review.', valuesMap: described(GATE_DECISION_DESCRIPTIONS) });
registerEnumType(MetricStateEnum, { name: 'MetricState', description: 'How a success metric is doing against its target.', valuesMap: described(METRIC_STATE_LABELS) });
registerEnumType(BaselineSourceEnum, {
  name: 'BaselineSource',
  description: 'Where the baseline an evaluation used came from.',
  valuesMap: described({ entered: 'Entered with the metric.', measured: 'Mean of the pilot units’ weekly values before the start.', assessment: 'The program’s assessment baseline of the catalog metric (each unit’s own, else program-wide), used when the pilot has none of its own.' }),
});
registerEnumType(LessonKindEnum, { name: 'LessonKind', description: 'What a lesson learned says.', valuesMap: described(LESSON_KIND_LABELS) });
registerEnumType(EffectVerdictEnum, {
  name: 'EffectVerdict',
  description: 'What the uncertainty interval of the pilot’s effect says.',
  valuesMap: described({
    improved: 'The interval lies wholly on the good side of zero.',
    worsened: 'The interval lies wholly on the bad side of zero.',
    inconclusive: 'The interval contains zero: it may be a company-wide trend.',
  }),
});
registerEnumType(EvaluationStageEnum, { name: 'EvaluationStage', description: 'Interim look or final analysis.', valuesMap: described(EVALUATION_STAGE_DESCRIPTIONS) });
registerEnumType(EffectMethodEnum, {
  name: 'EffectMethod',
  description: 'How the effect against the comparison units was estimated.',
  valuesMap: described(EFFECT_METHOD_DESCRIPTIONS),
});

export const DecisionKindEnum = enumOf(DECISION_KINDS);
registerEnumType(DecisionKindEnum, { name: 'DecisionKind', description: 'Kind of decision in a program’s decision log.', valuesMap: described(DECISION_KIND_LABELS) });
