import { DEFAULT_PRINCIPLES, type CandidateModel } from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import { CompanyProfileEntity } from '../../modules/alignment/company-profile.entity.js';
import { DesignPrincipleEntity } from '../../modules/alignment/design-principle.entity.js';
import { ModelScoreEntity } from '../../modules/alignment/model-score.entity.js';
import { OperatingModelChoiceEntity } from '../../modules/alignment/operating-model-choice.entity.js';
import { StakeholderWeightsEntity } from '../../modules/alignment/stakeholder-weights.entity.js';
import type { Story } from './story-clock.js';

/** The program in Design whose Align phase the demo shows: Finance and CS pull apart on cost. */
export const DEMO_ALIGNMENT_PROGRAM = 'Customer Success ops consolidation';
const daniel = 'daniel.kim@northwind.example';

// Points per principle, in DEFAULT_PRINCIPLES order (consistency, speed, local ownership, cost,
// compliance, proximity). Cost spreads 40 − 5 = 35 points: the principle they disagree on most.
const WEIGHTS: { stakeholder: string; points: number[] }[] = [
  { stakeholder: 'Sam Ortiz, COO', points: [20, 15, 15, 20, 15, 15] },
  { stakeholder: 'CFO (Finance)', points: [15, 10, 5, 40, 20, 10] },
  { stakeholder: 'VP Customer Success', points: [15, 20, 25, 5, 10, 25] },
];

// Scores per principle for centralized, hub-and-spoke, hybrid, pod, decentralized, with the reason for the hybrid score.
const SCORES: { scores: [number, number, number, number, number]; note: string }[] = [
  { scores: [5, 4, 4, 2, 1], note: 'Shared health-score and renewal definitions stay central.' },
  { scores: [2, 3, 4, 5, 4], note: 'Segment pods change playbooks without a central queue.' },
  { scores: [1, 3, 4, 5, 5], note: 'Pods own their segment’s renewal motion.' },
  { scores: [5, 4, 3, 2, 1], note: 'One CS platform centrally; pods add headcount, not tools.' },
  { scores: [5, 5, 4, 2, 1], note: 'Data policies and contract terms governed by the hub.' },
  { scores: [1, 3, 4, 5, 5], note: 'Pod leads sit with the CSMs of their segment.' },
];
const MODELS: CandidateModel[] = ['centralized', 'hub_and_spoke', 'hybrid', 'pod', 'decentralized'];

/**
 * The Align story of the demo's Design program: principles when it entered Align, the weights and
 * scores, Finance's re-weighting after the move back, and the chosen model with its rationale.
 */
export function storyOfDemoAlignment(story: Story, em: EntityManager, ids: { orgId: string; programId: () => string; user: (email: string) => string }): void {
  const { orgId, programId, user } = ids;
  const by = () => user(daniel);
  const principleIds: string[] = [];
  story.on('2026-10-05T15:30:00Z', by, async (at) => {
    for (const [index, name] of DEFAULT_PRINCIPLES.entries()) {
      const saved = await em.save(em.create(DesignPrincipleEntity, { orgId, programId: programId(), name, position: index + 1, createdAt: at, updatedAt: at }));
      principleIds.push(saved.id);
    }
    await em.insert(CompanyProfileEntity, { orgId, programId: programId(), arrUsd: 120_000_000, gtmHeadcount: 160, regions: 4, gtmMotions: 2, complexity: 'highly_complex', holdingCompany: false, createdAt: at, updatedAt: at });
  });
  WEIGHTS.forEach((set, index) => {
    story.on(`2026-10-0${7 + index}T10:00:00Z`, by, async (at) => {
      const weights = Object.fromEntries(principleIds.map((id, i) => [id, set.points[i] ?? 0]));
      await em.insert(StakeholderWeightsEntity, { orgId, programId: programId(), stakeholder: set.stakeholder, weights, createdAt: at, updatedAt: at });
    });
  });
  story.on('2026-10-12T14:00:00Z', by, async (at) => {
    for (const [row, { scores, note }] of SCORES.entries()) {
      for (const [column, model] of MODELS.entries()) {
        await em.insert(ModelScoreEntity, {
          orgId,
          programId: programId(),
          principleId: principleIds[row] ?? '',
          model,
          score: scores[column] ?? 1,
          note: model === 'hybrid' ? note : '',
          createdAt: at,
          updatedAt: at,
        });
      }
    }
  });
  story.on('2026-11-06T16:00:00Z', by, async (at) => {
    await em.insert(OperatingModelChoiceEntity, {
      orgId,
      programId: programId(),
      model: 'hybrid',
      rationale: 'Hybrid leads the matrix and the guidance agrees; Finance’s weight on cost narrows its lead, so the one-platform consolidation stays central.',
      matrixWinner: 'hybrid',
      guidanceModel: 'hybrid',
      decidedById: user(daniel),
      decidedAt: at,
    });
  });
}
