import { registerEnumType } from '@nestjs/graphql';
import { RAG_STATUSES, RAG_STATUS_LABELS } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the check-ins feature, registered when its models load.
export const RagStatusEnum = enumOf(RAG_STATUSES);

registerEnumType(RagStatusEnum, { name: 'RagStatus', description: 'Red / amber / green status of a weekly check-in.', valuesMap: described(RAG_STATUS_LABELS) });
