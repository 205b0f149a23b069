import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OperatingModel } from '@rollout/domain';
import { OperatingModelEnum } from '../programs/programs.enums.js';

@ObjectType('ModelChoice', { description: 'The latest recorded choice of operating model, from the decision log.' })
export class ModelChoiceModel {
  @Field(() => OperatingModelEnum, { description: 'The chosen model.' })
  model: OperatingModel;

  @Field({ description: 'Why it was chosen.' })
  rationale: string;

  @Field({ description: 'When it was chosen.' })
  decidedAt: Date;

  /** Resolved to `decidedBy`. */
  decidedById: string | null;
}

@ObjectType('TargetModelSummary', { description: 'What the target model summary adds to the design, RACI and headcount: why this model, and what is still open.' })
export class TargetModelSummaryModel {
  @Field(() => ID, { description: 'The program’s id (one summary per program).' })
  id: string;

  @Field(() => ModelChoiceModel, { nullable: true, description: 'The choice of model in the decision log; null while none is recorded.' })
  choice: ModelChoiceModel | null;

  @Field(() => [String], { description: 'What is still open, in sentences: unplaced activities, flags, open gaps, the RACI’s errors and warnings, headcount outside the guidance.' })
  openRisks: string[];
}
