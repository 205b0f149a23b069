import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AssessmentBaseline', { description: 'The value of a catalog KPI before the program changes anything, for one unit or program-wide.' })
export class AssessmentBaselineModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field({ description: 'The metric’s key in the metric catalog.' })
  catalogKey: string;

  /** Resolved to `unit` by a field resolver. */
  @Field(() => ID, { nullable: true, description: 'The unit; null for a program-wide value.' })
  unitId: string | null;

  @Field(() => Float, { description: 'The value, in the catalog metric’s unit.' })
  value: number;

  @Field({ description: 'When it was measured (YYYY-MM-DD).' })
  measuredOn: string;

  @Field({ description: 'Where the value comes from (a report, a system).' })
  source: string;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;
}
