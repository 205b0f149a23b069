import { registerEnumType } from '@nestjs/graphql';
import { RACI_ERROR_KINDS, RACI_VALUE_LABELS, RACI_VALUES, RACI_WARNING_KINDS, ROLE_SIDE_LABELS, ROLE_SIDES } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the RACI feature, registered when its models load.
export const RaciValueEnum = enumOf(RACI_VALUES);
export const RaciRoleSideEnum = enumOf(ROLE_SIDES);
export const RaciErrorKindEnum = enumOf(RACI_ERROR_KINDS);
export const RaciWarningKindEnum = enumOf(RACI_WARNING_KINDS);

registerEnumType(RaciValueEnum, { name: 'RaciValue', description: 'A RACI cell’s letter; an empty cell has none.', valuesMap: described(RACI_VALUE_LABELS) });
registerEnumType(RaciRoleSideEnum, {
  name: 'RaciRoleSide',
  description: 'Where a RACI role sits in a hub-and-spoke organization; compared with the placement of each domain’s activity.',
  valuesMap: described({ ...ROLE_SIDE_LABELS, either: 'Either side: never raises a side warning.' }),
});
registerEnumType(RaciErrorKindEnum, {
  name: 'RaciErrorKind',
  description: 'A broken rule of one RACI domain: the matrix cannot be final while it stands.',
  valuesMap: described({ no_accountable: 'No Accountable role.', several_accountable: 'More than one Accountable role.', no_responsible: 'No Responsible role.' }),
});
registerEnumType(RaciWarningKindEnum, {
  name: 'RaciWarningKind',
  description: 'A point to discuss on one RACI domain, acknowledged before the matrix is final.',
  valuesMap: described({
    many_consulted: 'More than three Consulted roles.',
    accountable_side: 'The Accountable sits on the other side (hub or spokes) of the placement of the domain’s activity.',
  }),
});
