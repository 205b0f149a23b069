import { registerEnumType } from '@nestjs/graphql';
import { DESIGN_DIMENSION_KEYS, DESIGN_DIMENSIONS, DESIGN_SHIFT_KINDS, DESIGN_SHIFT_LABELS, PLACEMENT_LABELS, PLACEMENTS } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the design feature, registered when its models load.
export const PlacementEnum = enumOf(PLACEMENTS);
export const DesignDimensionKeyEnum = enumOf(DESIGN_DIMENSION_KEYS);
export const DesignShiftKindEnum = enumOf(DESIGN_SHIFT_KINDS);

registerEnumType(PlacementEnum, { name: 'Placement', description: 'Where an activity sits in the target operating model.', valuesMap: described(PLACEMENT_LABELS) });
registerEnumType(DesignDimensionKeyEnum, {
  name: 'DesignDimensionKey',
  description: 'One of the six dimensions of the operating-model choice, each leaning central or local.',
  valuesMap: described(Object.fromEntries(DESIGN_DIMENSION_KEYS.map((key) => [key, `${DESIGN_DIMENSIONS[key].label}: owned by ${DESIGN_DIMENSIONS[key].owner}.`])) as Record<(typeof DESIGN_DIMENSION_KEYS)[number], string>),
});
registerEnumType(DesignShiftKindEnum, { name: 'DesignShiftKind', description: 'A list of the current-vs-target comparison.', valuesMap: described(DESIGN_SHIFT_LABELS) });
