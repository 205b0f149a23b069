import { randomUUID } from 'node:crypto';
import type { DesignDimensionKey, Emphasis, Placement } from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import { ActivityEntity } from '../../modules/assessments/activity.entity.js';
import { ActivityPlacementEntity } from '../../modules/design/activity-placement.entity.js';
import { DesignDimensionEmphasisEntity } from '../../modules/design/design-dimension-emphasis.entity.js';
import { PlannedRoleEntity } from '../../modules/headcount/planned-role.entity.js';
import { DEMO_ALIGNMENT_PROGRAM } from './demo-alignment.js';
import type { Story } from './story-clock.js';

/** The program in Design: the one whose Align phase chose hybrid. */
export const DEMO_DESIGN_PROGRAM = DEMO_ALIGNMENT_PROGRAM;
const daniel = 'daniel.kim@northwind.example';

export type DemoPlacement = { on: string; activity: string; placement: Placement; reason: string };
/** A role of a headcount plan; `reportsTo` names the title of a role listed before it. */
export type DemoPlannedRole = { unit: string | null; title: string; count: number; annualCostPerHead: number; isManager?: boolean; reportsTo?: string };
type DesignIds = { orgId: string; programId: () => string; unit: (code: string) => string; user: (email: string) => string };

/**
 * The first design workshop after the move back to Design: six of the catalog's activities placed,
 * the rest still open. Training goes to the hub although proximity to field leans local, so the
 * board flags it for the next workshop; Dashboards and Predictive models answer the assessment's
 * duplication and gap.
 */
const PLACEMENTS: DemoPlacement[] = [
  { on: '2026-11-12T10:00:00Z', activity: 'CS platform administration', placement: 'hub', reason: 'One CS platform after the consolidation, administered centrally.' },
  { on: '2026-11-12T10:05:00Z', activity: 'Forecasting framework', placement: 'hub', reason: 'One set of renewal forecast categories for every segment.' },
  { on: '2026-11-12T10:10:00Z', activity: 'Dashboards', placement: 'shared', reason: 'The hub builds the health-score dashboards; segments add their own views.' },
  { on: '2026-11-12T10:15:00Z', activity: 'Predictive models', placement: 'hub', reason: 'Churn and renewal-risk models need one analytics team.' },
  { on: '2026-11-12T10:20:00Z', activity: 'Playbooks', placement: 'spoke', reason: 'Each segment pod writes its own renewal plays.' },
  { on: '2026-11-12T10:25:00Z', activity: 'Training', placement: 'hub', reason: 'A central enablement team trains every pod on the new platform.' },
];

// Pods test renewal plays in their segment before anything is rolled out everywhere.
const EMPHASIS: { on: string; dimension: DesignDimensionKey; emphasis: Emphasis } = { on: '2026-11-12T10:30:00Z', dimension: 'innovation', emphasis: -1 };

/**
 * A first headcount plan: a small hub under the Head of CS Ops, and a partner team per segment.
 * Mid-Market keeps its 2 people for 48 sellers, so the plan shows the staffing gap the assessment found.
 */
const HEAD_OF_CS_OPS = 'Head of CS Ops';
const PLANNED_ROLES: DemoPlannedRole[] = [
  { unit: null, title: HEAD_OF_CS_OPS, count: 1, annualCostPerHead: 210_000, isManager: true },
  { unit: null, title: 'CS ops analyst', count: 2, annualCostPerHead: 125_000, reportsTo: HEAD_OF_CS_OPS },
  { unit: 'SEG-ENT', title: 'RevOps partner', count: 3, annualCostPerHead: 135_000, reportsTo: HEAD_OF_CS_OPS },
  { unit: 'SEG-MM', title: 'RevOps partner', count: 2, annualCostPerHead: 120_000, reportsTo: HEAD_OF_CS_OPS },
];

/** A design workshop's placements, each on its own moment, by `by`. */
export function storyOfPlacements(story: Story, em: EntityManager, ids: DesignIds, by: string, placements: readonly DemoPlacement[]): void {
  const { orgId, programId, user } = ids;
  for (const { on, activity, placement, reason } of placements) {
    story.on(on, () => user(by), async (at) => {
      const { id: activityId } = await em.findOneByOrFail(ActivityEntity, { programId: programId(), name: activity });
      await em.insert(ActivityPlacementEntity, { orgId, programId: programId(), activityId, placement, reason, createdAt: at, updatedAt: at });
    });
  }
}

/** A headcount plan written in one sitting, `on`, by `by`. */
export function storyOfHeadcountPlan(story: Story, em: EntityManager, ids: DesignIds, plan: { on: string; by: string; roles: readonly DemoPlannedRole[] }): void {
  const { orgId, programId, unit, user } = ids;
  story.on(plan.on, () => user(plan.by), async (at) => {
    const roleIds = plan.roles.map(() => randomUUID());
    const idOf = (title: string) => roleIds[plan.roles.findIndex((role) => role.title === title)] ?? null;
    for (const [index, role] of plan.roles.entries()) {
      // A second apart: the plan lists its roles in the order they were added, the head first.
      const added = new Date(at.getTime() + index * 1000);
      await em.insert(PlannedRoleEntity, {
        id: roleIds[index],
        orgId,
        programId: programId(),
        unitId: role.unit ? unit(role.unit) : null,
        title: role.title,
        count: role.count,
        annualCostPerHead: role.annualCostPerHead,
        isManager: role.isManager ?? false,
        reportsToId: role.reportsTo ? idOf(role.reportsTo) : null,
        createdAt: added,
        updatedAt: added,
      });
    }
  });
}

/** The Design story of the demo's Design program, by its owner. */
export function storyOfDemoDesign(story: Story, em: EntityManager, ids: DesignIds): void {
  const { orgId, programId, user } = ids;
  storyOfPlacements(story, em, ids, daniel, PLACEMENTS);
  story.on(EMPHASIS.on, () => user(daniel), async (at) => {
    await em.insert(DesignDimensionEmphasisEntity, { orgId, programId: programId(), dimension: EMPHASIS.dimension, emphasis: EMPHASIS.emphasis, createdAt: at, updatedAt: at });
  });
  storyOfHeadcountPlan(story, em, ids, { on: '2026-11-19T15:00:00Z', by: daniel, roles: PLANNED_ROLES });
}
