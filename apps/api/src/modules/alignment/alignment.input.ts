import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { CandidateModel, GtmComplexity } from '@rollout/domain';
import { GtmComplexityEnum } from '../assessment-inventory/assessment-inventory.enums.js';
import { CandidateModelEnum } from './alignment.enums.js';

@InputType('SaveDesignPrincipleInput', { description: 'Add a design principle (no id) or rename one.' })
export class SaveDesignPrincipleInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { nullable: true, description: 'The principle to rename; omit to add one.' })
  id?: string | null;

  @Field({ description: 'The principle (2–80 characters).' })
  name: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw, when renaming.' })
  expectedVersion?: number | null;
}

@InputType('PrincipleWeightInput', { description: 'Points for one principle.' })
export class PrincipleWeightInput {
  @Field(() => ID, { description: 'The principle.' })
  principleId: string;

  @Field(() => Int, { description: 'Points, 0–100; they are turned into a percentage of the stakeholder’s total.' })
  weight: number;
}

@InputType('SaveStakeholderWeightsInput', { description: 'Add a stakeholder’s weights (no id) or change them.' })
export class SaveStakeholderWeightsInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { nullable: true, description: 'The weight set to change; omit to add one.' })
  id?: string | null;

  @Field({ description: 'Who gives these weights (a person or a role).' })
  stakeholder: string;

  @Field(() => [PrincipleWeightInput], { description: 'Points per principle; a principle left out weighs 0.' })
  weights: PrincipleWeightInput[];

  @Field(() => Int, { nullable: true, description: 'The version you saw, when changing.' })
  expectedVersion?: number | null;
}

@InputType('ScoreOperatingModelInput', { description: 'Score one cell of the decision matrix.' })
export class ScoreOperatingModelInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The principle.' })
  principleId: string;

  @Field(() => CandidateModelEnum, { description: 'The operating model.' })
  model: CandidateModel;

  @Field(() => Int, { description: 'How well the model serves the principle, 1–5.' })
  score: number;

  @Field(() => String, { nullable: true, description: 'Why this score.' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version of the cell you saw; omit when it was not scored yet.' })
  expectedVersion?: number | null;
}

@InputType('SaveCompanyProfileInput', { description: 'The company facts behind the model guidance.' })
export class SaveCompanyProfileInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => Float, { description: 'Annual recurring revenue in US dollars.' })
  arrUsd: number;

  @Field(() => Int, { description: 'People in sales, marketing and customer success.' })
  gtmHeadcount: number;

  @Field(() => Int, { description: 'Number of regions.' })
  regions: number;

  @Field(() => Int, { description: 'Number of go-to-market motions.' })
  gtmMotions: number;

  @Field(() => GtmComplexityEnum, { description: 'How complex the go-to-market is.' })
  complexity: GtmComplexity;

  @Field({ description: 'A holding company with autonomous divisions.' })
  holdingCompany: boolean;

  @Field(() => Int, { nullable: true, description: 'The version you saw; omit when there is no profile yet.' })
  expectedVersion?: number | null;
}

@InputType('ChooseOperatingModelInput', { description: 'Record the chosen operating model; it becomes the program’s target model.' })
export class ChooseOperatingModelInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => CandidateModelEnum, { description: 'The chosen model.' })
  model: CandidateModel;

  @Field(() => String, { nullable: true, description: 'Why; required (10+ characters) when it differs from the matrix winner or the guidance.' })
  rationale?: string | null;

  @Field(() => Int, { description: 'The program version you saw.' })
  expectedVersion: number;
}
