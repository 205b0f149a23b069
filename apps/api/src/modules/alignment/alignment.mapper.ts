import {
  describeShift,
  FRAGILE_BELOW_POINTS,
  GUIDANCE_DISAGREES_REASON,
  isMatrixComplete,
  matrixWinner,
  normaliseWeights,
  scoreTable,
  sensitivitySentence,
  suggestModel,
  suggestTeamSize,
  summariseWeights,
  weightedTotals,
  weightSensitivity,
  type CandidateModel,
  type ModelGuidance,
  type Principle,
  type WeightShift,
} from '@rollout/domain';
import type { AlignmentModel, CompanyProfileModel, ModelScoreModel, WeightShiftModel } from './alignment.model.js';
import type { CompanyProfileEntity } from './company-profile.entity.js';
import type { DesignPrincipleEntity } from './design-principle.entity.js';
import type { ModelScoreEntity } from './model-score.entity.js';
import type { StakeholderWeightsEntity } from './stakeholder-weights.entity.js';

/** A program's stored Align records. */
export interface AlignmentRecords {
  programId: string;
  principles: DesignPrincipleEntity[];
  stakeholders: StakeholderWeightsEntity[];
  scores: ModelScoreEntity[];
  profile: CompanyProfileEntity | null;
}

export function toModelScoreModel(entity: ModelScoreEntity): ModelScoreModel {
  return { id: entity.id, principleId: entity.principleId, model: entity.model, score: entity.score, note: entity.note, version: entity.version };
}

export function toCompanyProfileModel(entity: CompanyProfileEntity): CompanyProfileModel {
  const { arrUsd, gtmHeadcount, regions, gtmMotions, complexity, holdingCompany, version } = entity;
  return { arrUsd, gtmHeadcount, regions, gtmMotions, complexity, holdingCompany, version };
}

function shiftModel(shift: WeightShift | null, principles: readonly Principle[], winner: CandidateModel | null): WeightShiftModel | null {
  if (shift === null || winner === null) return null;
  const name = principles.find((principle) => principle.id === shift.principleId)?.name ?? 'a principle';
  const sentence = describeShift(shift, name, winner);
  return { ...shift, sentence: sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.' };
}

/** The guidance and the matrix winner compared: what both the Align tab and the choice check read. */
export function guidanceOf(profile: CompanyProfileEntity | null): ModelGuidance | null {
  return profile ? suggestModel(profile) : null;
}

/** Every derived Align figure, computed by the domain rules from the stored records. */
export function toAlignmentModel(records: AlignmentRecords): AlignmentModel {
  const principles: Principle[] = records.principles.map(({ id, name }) => ({ id, name }));
  const ids = principles.map((principle) => principle.id);
  const summary = summariseWeights(principles, records.stakeholders.map((row) => ({ stakeholder: row.stakeholder, weights: row.weights })));
  const table = scoreTable(records.scores.filter((cell) => ids.includes(cell.principleId)));
  const totals = weightedTotals(table, summary.averages);
  const winner = matrixWinner(totals);
  const sensitivity = weightSensitivity(table, principles, summary.averages);
  const guidance = guidanceOf(records.profile);
  return {
    programId: records.programId,
    principles: records.principles.map(({ id, name, position, version }) => ({ id, name, position, version })),
    stakeholders: records.stakeholders.map((row) => {
      const percents = normaliseWeights(ids, row.weights);
      return {
        id: row.id,
        stakeholder: row.stakeholder,
        version: row.version,
        weights: ids.map((principleId) => ({ principleId, points: row.weights[principleId] ?? 0, percent: percents[principleId] ?? 0 })),
      };
    }),
    weighting: summary.principles,
    mostDisputedPrincipleId: summary.mostDisputedId,
    scores: records.scores.map(toModelScoreModel),
    totals,
    matrixComplete: isMatrixComplete(table, ids),
    matrixWinner: winner,
    sensitivity: {
      verdict: sensitivity.verdict,
      sentence: sensitivitySentence(sensitivity, principles),
      fragileBelowPoints: FRAGILE_BELOW_POINTS,
      tiedModels: sensitivity.tiedModels,
      smallest: shiftModel(sensitivity.smallest, principles, winner),
      principles: sensitivity.principles.map((row) => ({
        principleId: row.principleId,
        up: shiftModel(row.up, principles, winner),
        down: shiftModel(row.down, principles, winner),
      })),
    },
    profile: records.profile ? toCompanyProfileModel(records.profile) : null,
    guidance: guidance && records.profile
      ? {
          ...guidance,
          teamSize: suggestTeamSize(records.profile.arrUsd),
          disagreement: winner !== null && winner !== guidance.model ? GUIDANCE_DISAGREES_REASON : null,
        }
      : null,
  };
}
