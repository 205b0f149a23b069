import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CandidateModel, GtmComplexity, SensitivityVerdict } from '@rollout/domain';
import { GtmComplexityEnum } from '../assessment-inventory/assessment-inventory.enums.js';
import { CandidateModelEnum, SensitivityVerdictEnum } from './alignment.enums.js';

@ObjectType('DesignPrinciple', { description: 'A principle the program weighs operating models against.' })
export class DesignPrincipleModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'The principle, e.g. Speed of change.' })
  name: string;

  @Field(() => Int, { description: 'Order in the program, from 1.' })
  position: number;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;
}

@ObjectType('PrincipleWeight', { description: 'One stakeholder’s weight for one principle.' })
export class PrincipleWeightModel {
  @Field(() => ID, { description: 'The principle.' })
  principleId: string;

  @Field(() => Int, { description: 'The points the stakeholder gave.' })
  points: number;

  @Field(() => Float, { description: 'The points as a percentage of the stakeholder’s total.' })
  percent: number;
}

@ObjectType('StakeholderWeights', { description: 'One stakeholder’s weights for the program’s principles.' })
export class StakeholderWeightsModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Who gave these weights (a person or a role).' })
  stakeholder: string;

  @Field(() => [PrincipleWeightModel], { description: 'A weight per principle, in the principles’ order.' })
  weights: PrincipleWeightModel[];

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;
}

@ObjectType('PrincipleWeighting', { description: 'The stakeholders’ weights for one principle together.' })
export class PrincipleWeightingModel {
  @Field(() => ID, { description: 'The principle.' })
  principleId: string;

  @Field(() => Float, { description: 'Average weight in percent; used by the matrix.' })
  average: number;

  @Field(() => Float, { description: 'Lowest weight any stakeholder gave, in percent.' })
  min: number;

  @Field(() => Float, { description: 'Highest weight any stakeholder gave, in percent.' })
  max: number;

  @Field(() => Float, { description: 'Highest minus lowest: how much the stakeholders disagree.' })
  spread: number;
}

@ObjectType('ModelScore', { description: 'One cell of the decision matrix.' })
export class ModelScoreModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The principle.' })
  principleId: string;

  @Field(() => CandidateModelEnum, { description: 'The operating model.' })
  model: CandidateModel;

  @Field(() => Int, { description: 'How well the model serves the principle, 1–5.' })
  score: number;

  @Field({ description: 'Why this score.' })
  note: string;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;
}

@ObjectType('ModelTotal', { description: 'A model’s weighted total in the decision matrix.' })
export class ModelTotalModel {
  @Field(() => CandidateModelEnum, { description: 'The operating model.' })
  model: CandidateModel;

  @Field(() => Float, { description: 'Σ score × average weight, on the 1–5 scale.' })
  total: number;

  @Field(() => Int, { description: 'Rank, 1 = best; tied totals share a rank.' })
  rank: number;
}

@ObjectType('WeightShift', { description: 'A change of one weight at which another model draws level with or overtakes the winner.' })
export class WeightShiftModel {
  @Field(() => ID, { description: 'The principle whose weight moves.' })
  principleId: string;

  @Field(() => Float, { description: 'Signed change in percentage points.' })
  change: number;

  @Field(() => Float, { description: 'The weight now, in percent.' })
  fromWeight: number;

  @Field(() => Float, { description: 'The weight at which the winner changes, in percent.' })
  toWeight: number;

  @Field(() => CandidateModelEnum, { description: 'The model that draws level or overtakes.' })
  newWinner: CandidateModel;

  @Field({ description: 'The shift in words.' })
  sentence: string;
}

@ObjectType('PrincipleSensitivity', { description: 'How far one principle’s weight can move before the winner changes.' })
export class PrincipleSensitivityModel {
  @Field(() => ID, { description: 'The principle.' })
  principleId: string;

  @Field(() => WeightShiftModel, { nullable: true, description: 'The smallest rise that changes the winner; null when none does.' })
  up: WeightShiftModel | null;

  @Field(() => WeightShiftModel, { nullable: true, description: 'The smallest fall that changes the winner; null when none does.' })
  down: WeightShiftModel | null;
}

@ObjectType('Sensitivity', { description: 'How robust the matrix winner is to a change of one weight.' })
export class SensitivityModel {
  @Field(() => SensitivityVerdictEnum, { description: 'Robust, fragile, or undecided.' })
  verdict: SensitivityVerdict;

  @Field({ description: 'The verdict in one sentence, naming the smallest change that changes the winner.' })
  sentence: string;

  @Field(() => Float, { description: 'A change of fewer points than this is fragile.' })
  fragileBelowPoints: number;

  @Field(() => [CandidateModelEnum], { description: 'Models sharing first place when there is no sole winner.' })
  tiedModels: CandidateModel[];

  @Field(() => WeightShiftModel, { nullable: true, description: 'The smallest change of any one weight that changes the winner.' })
  smallest: WeightShiftModel | null;

  @Field(() => [PrincipleSensitivityModel], { description: 'Per principle, in the principles’ order.' })
  principles: PrincipleSensitivityModel[];
}

@ObjectType('CompanyProfile', { description: 'The company facts behind the model guidance.' })
export class CompanyProfileModel {
  @Field(() => Float, { description: 'Annual recurring revenue in US dollars.' })
  arrUsd: number;

  @Field(() => Int, { description: 'People in sales, marketing and customer success.' })
  gtmHeadcount: number;

  @Field(() => Int, { description: 'Number of regions.' })
  regions: number;

  @Field(() => Int, { description: 'Number of go-to-market motions (e.g. self-serve, inside sales, enterprise).' })
  gtmMotions: number;

  @Field(() => GtmComplexityEnum, { description: 'How complex the go-to-market is.' })
  complexity: GtmComplexity;

  @Field({ description: 'A holding company with autonomous divisions.' })
  holdingCompany: boolean;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;
}

@ObjectType('TeamSizeGuidance', { description: 'A suggested RevOps headcount for the ARR.' })
export class TeamSizeGuidanceModel {
  @Field(() => Int, { description: 'Fewest people.' })
  min: number;

  @Field(() => Int, { description: 'Most people.' })
  max: number;

  @Field({ description: 'Where the figure comes from.' })
  note: string;
}

@ObjectType('ModelGuidance', { description: 'A suggested model from the company profile: guidance, never enforced.' })
export class ModelGuidanceModel {
  @Field(() => CandidateModelEnum, { description: 'The suggested model.' })
  model: CandidateModel;

  @Field(() => [String], { description: 'The practitioner rules that led to it.' })
  reasons: string[];

  @Field(() => TeamSizeGuidanceModel, { description: 'Suggested RevOps team size by ARR.' })
  teamSize: TeamSizeGuidanceModel;

  @Field(() => String, { nullable: true, description: 'Why the guidance and the matrix winner differ, when they do.' })
  disagreement: string | null;
}

@ObjectType('Alignment', { description: 'The Align phase of a program: principles, weights, decision matrix, sensitivity and guidance.' })
export class AlignmentModel {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => [DesignPrincipleModel], { description: 'The design principles, in order (at most 12).' })
  principles: DesignPrincipleModel[];

  @Field(() => [StakeholderWeightsModel], { description: 'Each stakeholder’s weights, oldest first (at most 20).' })
  stakeholders: StakeholderWeightsModel[];

  @Field(() => [PrincipleWeightingModel], { description: 'Average and spread of the weights per principle.' })
  weighting: PrincipleWeightingModel[];

  @Field(() => ID, { nullable: true, description: 'The principle the stakeholders disagree on most.' })
  mostDisputedPrincipleId: string | null;

  @Field(() => [ModelScoreModel], { description: 'The scored cells of the decision matrix.' })
  scores: ModelScoreModel[];

  @Field(() => [ModelTotalModel], { description: 'Weighted totals, best first.' })
  totals: ModelTotalModel[];

  @Field({ description: 'True when every model is scored on every principle.' })
  matrixComplete: boolean;

  @Field(() => CandidateModelEnum, { nullable: true, description: 'The sole best model; null on a tie or before scoring.' })
  matrixWinner: CandidateModel | null;

  @Field(() => SensitivityModel, { description: 'How robust the winner is.' })
  sensitivity: SensitivityModel;

  @Field(() => CompanyProfileModel, { nullable: true, description: 'The company profile, once entered.' })
  profile: CompanyProfileModel | null;

  @Field(() => ModelGuidanceModel, { nullable: true, description: 'Guidance from the profile, once entered.' })
  guidance: ModelGuidanceModel | null;
}
