import { registerEnumType } from '@nestjs/graphql';
import { CANDIDATE_MODELS, OPERATING_MODEL_LABELS } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the alignment feature, registered when its models load.
export const CandidateModelEnum = enumOf(CANDIDATE_MODELS);
export const SensitivityVerdictEnum = enumOf(['robust', 'fragile', 'undecided'] as const);

const { undecided: _undecided, ...candidateLabels } = OPERATING_MODEL_LABELS;
registerEnumType(CandidateModelEnum, { name: 'CandidateModel', description: 'An operating model the decision matrix compares.', valuesMap: described(candidateLabels) });
registerEnumType(SensitivityVerdictEnum, {
  name: 'SensitivityVerdict',
  description: 'How safe the matrix winner is against a change of one weight.',
  valuesMap: {
    robust: { description: 'No single weight change under the threshold changes the winner.' },
    fragile: { description: 'A small change of one weight, or a tie, changes the winner.' },
    undecided: { description: 'Nothing is scored yet.' },
  },
});
