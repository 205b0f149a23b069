/** The four RevOps capabilities of the domain brief, in the order a program's catalog starts with. */
export const DEFAULT_CAPABILITIES = [
  { key: 'systems', name: 'Systems & enablement' },
  { key: 'process', name: 'Process & planning' },
  { key: 'data', name: 'Data & insights' },
  { key: 'execution', name: 'Execution & enablement' },
] as const;
export type DefaultCapabilityKey = (typeof DEFAULT_CAPABILITIES)[number]['key'];

/** The default activities a new program assesses, grouped under their capability. */
export const DEFAULT_ACTIVITIES: readonly { capability: DefaultCapabilityKey; name: string }[] = [
  { capability: 'systems', name: 'CRM administration' },
  { capability: 'systems', name: 'Marketing automation' },
  { capability: 'systems', name: 'CS platform administration' },
  { capability: 'systems', name: 'Integrations' },
  { capability: 'systems', name: 'Permissions and access' },
  { capability: 'process', name: 'Lead routing' },
  { capability: 'process', name: 'Lead-to-renewal process' },
  { capability: 'process', name: 'Territory design' },
  { capability: 'process', name: 'Quota setting' },
  { capability: 'process', name: 'Forecasting framework' },
  { capability: 'data', name: 'Dashboards' },
  { capability: 'data', name: 'Metric definitions' },
  { capability: 'data', name: 'Data quality' },
  { capability: 'data', name: 'Data enrichment' },
  { capability: 'data', name: 'Predictive models' },
  { capability: 'execution', name: 'Playbooks' },
  { capability: 'execution', name: 'Training' },
  { capability: 'execution', name: 'Change management' },
];

/** Who does an activity for a unit today. In the central team's own column, anything but `nobody` means the central team does it. */
export const WORK_PERFORMERS = ['central', 'local', 'both', 'nobody'] as const;
export type WorkPerformer = (typeof WORK_PERFORMERS)[number];

export const WORK_PERFORMER_LABELS: Record<WorkPerformer, string> = {
  central: 'Central team',
  local: 'The unit itself',
  both: 'Both',
  nobody: 'Nobody',
};

/** Maturity of how an activity is done, 1 (ad hoc) to 5 (optimized). */
export const MIN_MATURITY = 1;
export const MAX_MATURITY = 5;
export const MATURITY_LABELS: Record<number, string> = {
  1: 'Ad hoc',
  2: 'Repeatable',
  3: 'Defined',
  4: 'Managed',
  5: 'Optimized',
};

/** The default share of filled cells a program needs before leaving Assess. */
export const DEFAULT_ASSESSMENT_THRESHOLD = 80;

/** Name of the central team's column (a cell with no unit). */
export const CENTRAL_TEAM_LABEL = 'Central team';

/**
 * One filled cell of the grid: an activity for a unit, or for the central team (`unitId` null).
 * `decides` says the cell's owner (the unit, or the central team) claims the decision rights for
 * this activity over its own scope.
 */
export interface AssessmentCell {
  id: string;
  activityId: string;
  unitId: string | null;
  performer: WorkPerformer;
  maturity: number | null;
  decides: boolean;
  note: string;
}

/** A unit in the grid; `parentId` lets findings see that a region's claim covers its countries. */
export interface AssessmentUnit {
  id: string;
  name: string;
  parentId: string | null;
}

export interface AssessmentActivity {
  id: string;
  name: string;
  capabilityId: string;
}

export const FINDING_KINDS = ['duplication', 'gap', 'conflict'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  duplication: 'Duplication',
  gap: 'Gap',
  conflict: 'Conflict',
};

export const FINDING_SEVERITIES = ['high', 'medium', 'low'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];
export const FINDING_SEVERITY_LABELS: Record<FindingSeverity, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** A cell's address in the grid: the activity and the unit (null = central team). */
export interface CellRef {
  activityId: string;
  unitId: string | null;
}

/** A derived problem of the current state, naming the cells it comes from. */
export interface AssessmentFinding {
  kind: FindingKind;
  severity: FindingSeverity;
  activityId: string;
  /** One sentence with names, never ids. */
  summary: string;
  cells: CellRef[];
}

/** Share of filled cells of one column (a unit, or the central team when `unitId` is null). */
export interface ColumnCompleteness {
  unitId: string | null;
  filled: number;
  total: number;
  /** Whole percent, rounded down so 79.9 % never passes an 80 % gate. */
  percent: number;
}
