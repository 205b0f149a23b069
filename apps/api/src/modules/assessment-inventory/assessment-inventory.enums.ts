import { registerEnumType } from '@nestjs/graphql';
import { GTM_COMPLEXITIES, STAFFING_VERDICTS, STAFFING_VERDICT_LABELS, TOOL_CATEGORIES, TOOL_CATEGORY_LABELS } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the assessment inventory feature, registered when its models load.
export const ToolCategoryEnum = enumOf(TOOL_CATEGORIES);
export const GtmComplexityEnum = enumOf(GTM_COMPLEXITIES);
export const StaffingVerdictEnum = enumOf(STAFFING_VERDICTS);

registerEnumType(ToolCategoryEnum, { name: 'ToolCategory', description: 'Kind of GTM tool; redundancy is counted per category.', valuesMap: described(TOOL_CATEGORY_LABELS) });
registerEnumType(GtmComplexityEnum, {
  name: 'GtmComplexity',
  description: 'How complex a go-to-market is (a unit’s, or the company’s in the Align profile); the staffing guidance tightens as it grows.',
  valuesMap: described({
    standard: 'Early or mid stage: 1 RevOps person per 10–15 sellers.',
    complex: 'Several motions or products: 1 per 8–10 sellers.',
    highly_complex: 'Many motions, regions or regulations: 1 per 5–8 sellers.',
  }),
});
registerEnumType(StaffingVerdictEnum, { name: 'StaffingVerdict', description: 'A unit’s staffing compared with the ratio guidance (guidance, never an error).', valuesMap: described(STAFFING_VERDICT_LABELS) });
