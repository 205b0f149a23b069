import type { GtmComplexity, ToolCategory } from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import { AssessmentBaselineEntity } from '../../modules/assessment-inventory/assessment-baseline.entity.js';
import { ProgramToolEntity } from '../../modules/assessment-inventory/program-tool.entity.js';
import { UnitStaffingEntity } from '../../modules/assessment-inventory/unit-staffing.entity.js';
import type { Story } from './story-clock.js';

/** The program in Design whose assessment holds a tool inventory with redundancy, baselines and staffing. */
export const DEMO_ASSESSED_PROGRAM = 'Customer Success ops consolidation';
const daniel = 'daniel.kim@northwind.example';
const ASSESSED_ON = '2026-09-18';

type DemoTool = { name: string; category: ToolCategory; units: string[]; annualCost: number; owner?: string; ownerName?: string; renewalDate?: string };

// Four analytics platforms ($310k a year) and the three CS platforms the program means to cut to one.
export const DEMO_TOOLS: readonly DemoTool[] = [
  { name: 'Salesforce Sales Cloud', category: 'crm', units: ['SEG-ENT', 'SEG-MM'], annualCost: 400_000, owner: daniel, renewalDate: '2027-09-30' },
  { name: 'Tableau', category: 'analytics_bi', units: ['SEG-ENT'], annualCost: 120_000, ownerName: 'Grace Liu (BI)', renewalDate: '2027-06-30' },
  { name: 'Looker', category: 'analytics_bi', units: ['SEG-ENT', 'SEG-MM'], annualCost: 90_000, owner: daniel, renewalDate: '2027-02-28' },
  { name: 'Power BI', category: 'analytics_bi', units: ['SEG-MM'], annualCost: 60_000, ownerName: 'Finance systems' },
  { name: 'Mode', category: 'analytics_bi', units: ['SEG-MM'], annualCost: 40_000, ownerName: 'Grace Liu (BI)', renewalDate: '2027-01-15' },
  { name: 'Gainsight', category: 'cs_platform', units: ['SEG-ENT'], annualCost: 180_000, ownerName: 'Hannah Lee (CS Ops)', renewalDate: '2027-08-31' },
  { name: 'Totango', category: 'cs_platform', units: ['SEG-MM'], annualCost: 95_000, ownerName: 'Hannah Lee (CS Ops)', renewalDate: '2027-01-31' },
  { name: 'ChurnZero', category: 'cs_platform', units: ['SEG-MM'], annualCost: 60_000, ownerName: 'Mid-Market CS' },
  { name: 'ZoomInfo', category: 'enrichment', units: ['SEG-ENT', 'SEG-MM'], annualCost: 75_000, owner: daniel },
];

type DemoBaseline = { catalogKey: string; unit?: string; value: number; source: string };

const BASELINES: readonly DemoBaseline[] = [
  { catalogKey: 'crm_data_completeness', value: 68, source: 'Salesforce field audit, September' },
  { catalogKey: 'duplicate_record_rate', value: 7.5, source: 'Duplicate account report' },
  { catalogKey: 'forecast_accuracy', value: 78, source: 'Renewal forecast vs. booked, last 4 quarters' },
  { catalogKey: 'net_revenue_retention', unit: 'SEG-ENT', value: 108, source: 'Finance ARR bridge, FY26 H1' },
  { catalogKey: 'net_revenue_retention', unit: 'SEG-MM', value: 97, source: 'Finance ARR bridge, FY26 H1' },
];

type DemoStaffing = { unit: string; revopsPeople: number; sellers: number; complexity: GtmComplexity };

// Enterprise: 40 / 4 = 10 sellers per person, within 8–10 for a complex motion. Mid-Market: 48 / 2 = 24, under-staffed against 10–15.
const STAFFING: readonly DemoStaffing[] = [
  { unit: 'SEG-ENT', revopsPeople: 4, sellers: 40, complexity: 'complex' },
  { unit: 'SEG-MM', revopsPeople: 2, sellers: 48, complexity: 'standard' },
];

/** The assessment of the program in Design: written during its Assess phase by its owner. */
export function storyOfDemoAssessmentInventory(
  story: Story,
  em: EntityManager,
  args: { orgId: string; programId: () => string; unit: (code: string) => string; user: (email: string) => string },
): void {
  const { orgId, programId, unit, user } = args;
  story.on(`${ASSESSED_ON}T10:00:00Z`, () => user(daniel), async (at) => {
    for (const tool of DEMO_TOOLS) {
      await em.insert(ProgramToolEntity, {
        orgId,
        programId: programId(),
        name: tool.name,
        category: tool.category,
        usingUnitIds: tool.units.map(unit),
        annualCost: tool.annualCost,
        ownerId: tool.owner ? user(tool.owner) : null,
        ownerName: tool.ownerName ?? '',
        renewalDate: tool.renewalDate ?? null,
        createdAt: at,
        updatedAt: at,
      });
    }
  });
  story.on(`${ASSESSED_ON}T14:00:00Z`, () => user(daniel), async (at) => {
    for (const baseline of BASELINES) {
      await em.insert(AssessmentBaselineEntity, {
        orgId,
        programId: programId(),
        catalogKey: baseline.catalogKey,
        unitId: baseline.unit ? unit(baseline.unit) : null,
        value: baseline.value,
        measuredOn: ASSESSED_ON,
        dataSource: baseline.source,
        createdAt: at,
        updatedAt: at,
      });
    }
    for (const staffing of STAFFING) {
      const { revopsPeople, sellers, complexity } = staffing;
      await em.insert(UnitStaffingEntity, { orgId, programId: programId(), unitId: unit(staffing.unit), revopsPeople, sellers, complexity, createdAt: at, updatedAt: at });
    }
  });
}
