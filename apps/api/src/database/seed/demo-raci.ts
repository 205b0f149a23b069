import type { RaciValue } from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import { ActivityEntity } from '../../modules/assessments/activity.entity.js';
import { RaciCellEntity } from '../../modules/raci/raci-cell.entity.js';
import { defaultRaciDomains, defaultRaciRoles } from '../../modules/raci/raci-defaults.js';
import { RaciDomainEntity } from '../../modules/raci/raci-domain.entity.js';
import { RaciMatrixEntity } from '../../modules/raci/raci-matrix.entity.js';
import { RaciRoleEntity } from '../../modules/raci/raci-role.entity.js';
import type { Story } from './story-clock.js';

/** The program in Design whose decision rights the demo shows, half-way through the workshop. */
export const DEMO_RACI_PROGRAM = 'Customer Success ops consolidation';
const daniel = 'daniel.kim@northwind.example';

// The default roles, by initials: Head/VP RevOps, Regional RevOps partner, Sales leadership,
// Marketing ops, CS ops, Finance, IT/data engineering.
const ROLE_ORDER = ['H', 'P', 'S', 'M', 'CS', 'F', 'IT'] as const;
type Initials = (typeof ROLE_ORDER)[number];
/** A filled matrix: per default domain, the values of the roles (by initials) that have one. */
export type DemoRaciCells = Record<string, Partial<Record<Initials, RaciValue>>>;

/**
 * What the workshop filled, per default domain. One error stays open: Sales leadership and Finance
 * both claim Quota allocation. One warning waits for acknowledgement: four roles Consulted on Tool selection.
 */
const CELLS: DemoRaciCells = {
  Forecasting: { H: 'A', P: 'R', S: 'C', F: 'C' },
  'Pipeline visibility': { H: 'A', P: 'R', S: 'I' },
  'Lead lifecycle definition': { H: 'A', M: 'R', S: 'C' },
  'Lead routing': { H: 'A', M: 'R', P: 'C' },
  'Territory assignment': { S: 'A', H: 'R', F: 'C' },
  'Quota allocation': { S: 'A', F: 'A', H: 'R' },
  'CRM schema': { H: 'A', IT: 'R', CS: 'C' },
  'Rules of engagement': { S: 'A', P: 'R' },
  'Reporting layer': { H: 'A', IT: 'R' },
  'Tool selection': { H: 'A', IT: 'R', M: 'C', CS: 'C', F: 'C', P: 'C' },
  'Data governance': { H: 'A', IT: 'R', CS: 'I' },
  'Commission data': { F: 'A', H: 'R', S: 'I' },
};

/** The RACI of the demo's Design program: its default domains and roles, filled by its owner after the move back to Design. */
export function storyOfDemoRaci(story: Story, em: EntityManager, ids: { orgId: string; programId: () => string; user: (email: string) => string }): void {
  storyOfRaciWorkshop(story, em, ids, { on: '2026-11-12T15:00:00Z', by: daniel, cells: CELLS });
}

/** A program's RACI as one workshop fills it: the default domains and roles, and `cells`. */
export function storyOfRaciWorkshop(
  story: Story,
  em: EntityManager,
  ids: { orgId: string; programId: () => string; user: (email: string) => string },
  workshop: { on: string; by: string; cells: DemoRaciCells },
): void {
  const { orgId } = ids;
  story.on(workshop.on, () => ids.user(workshop.by), async (at) => {
    const programId = ids.programId();
    const dated = { orgId, createdAt: at, updatedAt: at };
    const activities = await em.find(ActivityEntity, { where: { programId }, select: { id: true, name: true } });
    const domains = defaultRaciDomains(programId, activities);
    const roles = defaultRaciRoles(programId);
    await em.insert(RaciMatrixEntity, { ...dated, programId });
    await em.insert(RaciDomainEntity, domains.map((domain) => ({ ...domain, ...dated })));
    await em.insert(RaciRoleEntity, roles.map((role) => ({ ...role, ...dated })));
    const roleId = (initials: Initials) => roles[ROLE_ORDER.indexOf(initials)]?.id ?? '';
    const cells = domains.flatMap((domain) =>
      Object.entries(workshop.cells[domain.name] ?? {}).map(([initials, value]) => ({ ...dated, programId, domainId: domain.id, roleId: roleId(initials as Initials), value })),
    );
    await em.insert(RaciCellEntity, cells);
  });
}
