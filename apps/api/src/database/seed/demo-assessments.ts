import { DEFAULT_ACTIVITIES, DEFAULT_CAPABILITIES, type WorkPerformer } from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import { ActivityEntity } from '../../modules/assessments/activity.entity.js';
import { AssessmentCellEntity } from '../../modules/assessments/assessment-cell.entity.js';
import { CapabilityEntity } from '../../modules/assessments/capability.entity.js';
import { DEMO_PROGRAMS } from './demo-company.js';
import type { Story } from './story-clock.js';

type Cell = { performer: WorkPerformer; maturity: number | null; decides?: boolean; note?: string };
/** One column's answers: every default activity the same, except the named ones. */
type Column = { unit: string | null; usual: Cell; except?: Record<string, Cell> };

const central = (maturity: number): Cell => ({ performer: 'central', maturity });

/**
 * The program in Design has a complete assessment with a duplication (dashboards built by the hub
 * and again by Enterprise), a gap (nobody runs predictive models), a conflict (hub and Enterprise
 * both decide the forecasting framework) and a medium duplication (each segment writes playbooks).
 */
const CS_OPS: Column[] = [
  {
    unit: null,
    usual: central(3),
    except: {
      'Forecasting framework': { performer: 'central', maturity: 3, decides: true, note: 'The hub owns the forecast categories.' },
      'Predictive models': { performer: 'nobody', maturity: null },
      Playbooks: { performer: 'nobody', maturity: null },
    },
  },
  {
    unit: 'SEG-ENT',
    usual: central(3),
    except: {
      Dashboards: { performer: 'local', maturity: 2, note: 'Enterprise CSMs keep their own health dashboards in a spreadsheet.' },
      'Forecasting framework': { performer: 'central', maturity: 2, decides: true, note: 'Enterprise runs its own renewal forecast call and categories.' },
      'Predictive models': { performer: 'nobody', maturity: null },
      Playbooks: { performer: 'local', maturity: 3 },
    },
  },
  {
    unit: 'SEG-MM',
    usual: central(2),
    except: {
      'Predictive models': { performer: 'nobody', maturity: null },
      Playbooks: { performer: 'local', maturity: 2 },
    },
  },
];

/** The program just starting: the central team and Brazil have answered; Mexico and the Southern Cone not yet (half filled). */
const LATAM: Column[] = [
  { unit: null, usual: central(2) },
  {
    unit: 'LATAM-BR',
    usual: central(2),
    except: { 'Forecasting framework': { performer: 'local', maturity: 2, note: 'Brazil keeps its own commit/best-case categories.' } },
  },
];

const ASSESSMENTS: { program: string; on: string; by: string; columns: Column[] }[] = [
  { program: 'Customer Success ops consolidation', on: '2026-09-25T10:00:00Z', by: 'daniel.kim@northwind.example', columns: CS_OPS },
  { program: 'LATAM forecasting standard', on: '2026-11-20T10:00:00Z', by: 'priya.shah@northwind.example', columns: LATAM },
];

/** Every demo program gets the default catalog when it is created; two get an assessment. */
export function storyOfDemoAssessments(
  story: Story,
  em: EntityManager,
  args: { orgId: string; programId: (name: string) => string; unit: (code: string) => string; user: (email: string) => string },
): void {
  const { orgId, programId, unit, user } = args;
  const activityIds = new Map<string, Map<string, string>>();
  for (const demo of DEMO_PROGRAMS) {
    const created = demo.steps[0];
    if (!created) continue;
    // A second after the program itself, so it exists.
    story.on(new Date(new Date(created.on).getTime() + 1000), () => user(demo.owner), async (at) => {
      const id = programId(demo.name);
      const capabilities = await em.save(
        CapabilityEntity,
        DEFAULT_CAPABILITIES.map((capability, position) => em.create(CapabilityEntity, { orgId, programId: id, name: capability.name, position, createdAt: at, updatedAt: at })),
      );
      const capabilityId = new Map(DEFAULT_CAPABILITIES.map((capability, index) => [capability.key, capabilities[index]?.id ?? '']));
      const activities = await em.save(
        ActivityEntity,
        DEFAULT_ACTIVITIES.map((activity, position) =>
          em.create(ActivityEntity, { orgId, programId: id, capabilityId: capabilityId.get(activity.capability) ?? '', name: activity.name, position, createdAt: at, updatedAt: at }),
        ),
      );
      activityIds.set(demo.name, new Map(activities.map((activity) => [activity.name, activity.id])));
    });
  }
  for (const assessment of ASSESSMENTS) {
    story.on(assessment.on, () => user(assessment.by), async (at) => {
      const ids = activityIds.get(assessment.program);
      if (!ids) throw new Error(`demo assessment of unknown program ${assessment.program}`);
      for (const column of assessment.columns) {
        // Each answered column is answered in full: LATAM is half filled because half its columns are.
        for (const { name } of DEFAULT_ACTIVITIES) {
          const cell = column.except?.[name] ?? column.usual;
          await em.insert(AssessmentCellEntity, {
            orgId,
            programId: programId(assessment.program),
            activityId: ids.get(name) ?? '',
            unitId: column.unit === null ? null : unit(column.unit),
            performer: cell.performer,
            maturity: cell.maturity,
            decides: cell.decides ?? false,
            note: cell.note ?? '',
            createdAt: at,
            updatedAt: at,
          });
        }
      }
    });
  }
}
