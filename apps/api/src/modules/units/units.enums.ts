import { registerEnumType } from '@nestjs/graphql';
import { UNIT_KINDS, UNIT_KIND_LABELS } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the units feature, registered when its models load.
export const UnitKindEnum = enumOf(UNIT_KINDS);

registerEnumType(UnitKindEnum, { name: 'UnitKind', description: 'Kind of organization unit.', valuesMap: described(UNIT_KIND_LABELS) });
