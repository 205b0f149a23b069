import { registerEnumType } from '@nestjs/graphql';
import { ROLES, ROLE_LABELS } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the users feature, registered when its models load.
export const RoleEnum = enumOf(ROLES);

registerEnumType(RoleEnum, { name: 'Role', description: 'What a user may do.', valuesMap: described(ROLE_LABELS) });
