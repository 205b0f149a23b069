import { z } from 'zod';
import { DEFAULT_CAPABILITIES, type DefaultCapabilityKey } from '../assessments/assessment.types.js';
import { lookupKey } from '../common/file-import.js';
import { expectedVersion, id, text } from '../common/fields.js';

// Where each activity of the catalog sits in the target model, and which design dimension it
// answers to. The dimensions carry the program's emphasis (central vs local); a placement that
// goes against the emphasis of its dimension is flagged so the workshop discusses it.

/** Where an activity sits in the target model. */
export const PLACEMENTS = ['hub', 'spoke', 'shared'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export const PLACEMENT_LABELS: Record<Placement, string> = {
  hub: 'Central hub',
  spoke: 'Regional / BU spoke',
  shared: 'Shared: hub sets the standard, spokes execute',
};

/** Short names, for pickers and tags beside an activity's name. */
export const PLACEMENT_SHORT_LABELS: Record<Placement, string> = {
  hub: 'Hub',
  spoke: 'Spokes',
  shared: 'Shared',
};

/** The place as a sentence names it: "… moved from the spokes to the hub", "… is placed in the hub". */
export const PLACEMENT_PLACES: Record<Placement, string> = {
  hub: 'the hub',
  spoke: 'the spokes',
  shared: 'shared ownership',
};

/** The six dimensions of the operating-model choice (domain.md), in the order the brief lists them. */
export const DESIGN_DIMENSION_KEYS = ['process_standards', 'data_reporting', 'tech_stack', 'field_proximity', 'innovation', 'cost_efficiency'] as const;
export type DesignDimensionKey = (typeof DESIGN_DIMENSION_KEYS)[number];

/** How far a dimension leans: −2 strongly local … 0 neutral … +2 strongly central. */
export type Emphasis = -2 | -1 | 0 | 1 | 2;
export const MIN_EMPHASIS = -2;
export const MAX_EMPHASIS = 2;

/** The emphasis scale, local to central: a label for pickers, a phrase for sentences. */
export const EMPHASIS_SCALE: readonly { value: Emphasis; label: string; phrase: string }[] = [
  { value: -2, label: 'Strongly local', phrase: 'leans strongly local' },
  { value: -1, label: 'Leans local', phrase: 'leans local' },
  { value: 0, label: 'Neutral', phrase: 'is neutral' },
  { value: 1, label: 'Leans central', phrase: 'leans central' },
  { value: 2, label: 'Strongly central', phrase: 'leans strongly central' },
];

/** The scale entry of an emphasis. */
export function emphasisStep(value: Emphasis): { value: Emphasis; label: string; phrase: string } {
  return EMPHASIS_SCALE.find((step) => step.value === value) ?? { value: 0, label: 'Neutral', phrase: 'is neutral' };
}

export interface DesignDimension {
  key: DesignDimensionKey;
  label: string;
  /** The label inside a sentence ("… but process & standards leans central"). */
  phrase: string;
  owner: string;
  tradeOffMetric: string;
  /** What leaning central means for this dimension. */
  centralEmphasis: string;
  /** What leaning local means (or risks) for this dimension. */
  localEmphasis: string;
  defaultEmphasis: Emphasis;
}

/**
 * The dimensions with domain.md's figures. Default emphasis follows "selective centralization":
 * centralize where consistency and compliance matter, decentralize where flexibility matters.
 * - Data & reporting and tech stack: +2, strongly central. One reporting truth and governed
 *   platforms are what RevOps exists for; local reports and tooling sprawl are the failures the
 *   assessment usually finds ("3 email tools, 4 analytics platforms").
 * - Process & standards: +1. One lifecycle and its SLAs are global, but teams adapt how they run it.
 * - Cost & efficiency: +1. Shared capacity saves money, yet some roles must sit near the field.
 * - Innovation: 0. Coordinated tests scale better, many local tests learn faster: a real trade-off.
 * - Proximity to field: −1. Field support and campaign operations need people embedded in the units.
 */
export const DESIGN_DIMENSIONS: Record<DesignDimensionKey, DesignDimension> = {
  process_standards: {
    key: 'process_standards',
    label: 'Process & standards',
    phrase: 'process & standards',
    owner: 'Head of RevOps / process lead',
    tradeOffMetric: 'Stage conversion & rework rate',
    centralEmphasis: 'One global lifecycle, SLAs, handoffs',
    localEmphasis: 'Teams adapt locally',
    defaultEmphasis: 1,
  },
  data_reporting: {
    key: 'data_reporting',
    label: 'Data & reporting',
    phrase: 'data & reporting',
    owner: 'RevOps analytics / BI',
    tradeOffMetric: 'Report consistency & decision latency',
    centralEmphasis: 'One data model, one truth, standard dashboards',
    localEmphasis: 'Local reports, competing versions',
    defaultEmphasis: 2,
  },
  tech_stack: {
    key: 'tech_stack',
    label: 'Tech stack & automation',
    phrase: 'tech stack & automation',
    owner: 'RevOps systems / IT',
    tradeOffMetric: 'Cost per rep & tool adoption',
    centralEmphasis: 'Governed platforms',
    localEmphasis: 'Local tooling sprawl',
    defaultEmphasis: 2,
  },
  field_proximity: {
    key: 'field_proximity',
    label: 'Proximity to field',
    phrase: 'proximity to field',
    owner: 'Regional / segment RevOps',
    tradeOffMetric: 'Stakeholder satisfaction & time-to-change',
    centralEmphasis: 'Shared services pool',
    localEmphasis: 'Ops embedded in regions',
    defaultEmphasis: -1,
  },
  innovation: {
    key: 'innovation',
    label: 'Innovation & experimentation',
    phrase: 'innovation & experimentation',
    owner: 'RevOps leadership',
    tradeOffMetric: 'Number of tests scaled globally',
    centralEmphasis: 'Coordinated tests, higher bar',
    localEmphasis: 'Many local tests',
    defaultEmphasis: 0,
  },
  cost_efficiency: {
    key: 'cost_efficiency',
    label: 'Cost & efficiency',
    phrase: 'cost & efficiency',
    owner: 'Finance & RevOps',
    tradeOffMetric: 'Ops cost as % of revenue',
    centralEmphasis: 'Shared capacity, economies of scale',
    localEmphasis: 'Duplicated roles and tools',
    defaultEmphasis: 1,
  },
};

/** A program's emphasis per dimension. A program that never set one uses the default: `{ ...DEFAULT_DIMENSION_EMPHASIS, ...saved }`. */
export type DimensionEmphasis = Record<DesignDimensionKey, Emphasis>;

export const DEFAULT_DIMENSION_EMPHASIS: DimensionEmphasis = {
  process_standards: DESIGN_DIMENSIONS.process_standards.defaultEmphasis,
  data_reporting: DESIGN_DIMENSIONS.data_reporting.defaultEmphasis,
  tech_stack: DESIGN_DIMENSIONS.tech_stack.defaultEmphasis,
  field_proximity: DESIGN_DIMENSIONS.field_proximity.defaultEmphasis,
  innovation: DESIGN_DIMENSIONS.innovation.defaultEmphasis,
  cost_efficiency: DESIGN_DIMENSIONS.cost_efficiency.defaultEmphasis,
};

/** The dimension an activity answers to by default, by the capability it sits under. */
export const CAPABILITY_DEFAULT_DIMENSIONS: Record<DefaultCapabilityKey, DesignDimensionKey> = {
  systems: 'tech_stack',
  process: 'process_standards',
  data: 'data_reporting',
  execution: 'field_proximity',
};

const capabilityByName = new Map(DEFAULT_CAPABILITIES.map((capability) => [lookupKey(capability.name), capability.key]));

/**
 * The dimension an activity answers to: its own override, else its capability's default. Programs
 * keep only capability names (no keys), so the default is found by the default capability's name
 * (any case); a capability the program added or renamed has no default, and its activities need an
 * override before they can be flagged (null until then).
 */
export function activityDimension(capabilityName: string, override: DesignDimensionKey | null): DesignDimensionKey | null {
  if (override !== null) return override;
  const capability = capabilityByName.get(lookupKey(capabilityName));
  return capability === undefined ? null : CAPABILITY_DEFAULT_DIMENSIONS[capability];
}

/** An activity of the program's catalog as the design reads it. */
export interface DesignActivity {
  id: string;
  name: string;
  capabilityName: string;
}

/** A saved placement of an activity. */
export interface ActivityPlacement {
  activityId: string;
  placement: Placement;
  /** One line saying why (may be empty). */
  reason: string;
  /** The dimension the activity answers to when it is not its capability's default; null = the default. */
  dimension: DesignDimensionKey | null;
}

/** A placement that goes against the emphasis of its activity's dimension. */
export interface PlacementFlag {
  activityId: string;
  dimension: DesignDimensionKey;
  sentence: string;
}

/**
 * Placements that go against their dimension's emphasis: in the hub although the dimension leans
 * local (≤ −1), or in the spokes although it leans central (≥ +1). Shared placements are never
 * flagged: the hub setting the standard and the spokes executing fits either lean. Activities
 * without a dimension, and placements of activities no longer in the catalog, are skipped.
 * Catalog order.
 */
export function placementFlags(activities: readonly DesignActivity[], placements: readonly ActivityPlacement[], emphasis: DimensionEmphasis): PlacementFlag[] {
  const placementOf = new Map(placements.map((placement) => [placement.activityId, placement]));
  return activities.flatMap((activity) => {
    const placed = placementOf.get(activity.id);
    const dimension = placed ? activityDimension(activity.capabilityName, placed.dimension) : null;
    if (!placed || dimension === null) return [];
    const lean = emphasis[dimension];
    const against = (placed.placement === 'hub' && lean <= -1) || (placed.placement === 'spoke' && lean >= 1);
    if (!against) return [];
    return [
      {
        activityId: activity.id,
        dimension,
        sentence: `${activity.name} is placed in ${PLACEMENT_PLACES[placed.placement]}, but ${DESIGN_DIMENSIONS[dimension].phrase} ${emphasisStep(lean).phrase}.`,
      },
    ];
  });
}

/** Activities of the catalog without a placement, in catalog order. */
export function unplacedActivities<A extends { id: string }>(activities: readonly A[], placements: readonly Pick<ActivityPlacement, 'activityId'>[]): A[] {
  const placed = new Set(placements.map((placement) => placement.activityId));
  return activities.filter((activity) => !placed.has(activity.id));
}

/** Longest reason a placement keeps: one line on the design board. */
export const MAX_PLACEMENT_REASON = 200;

/**
 * Input to place an activity (or move it). Without `expectedVersion` (or with null) it places an
 * activity that has no placement yet; with it, it changes the placement the user saw.
 */
export const savePlacementSchema = z.object({
  programId: id,
  activityId: id,
  placement: z.enum(PLACEMENTS, 'Pick where this activity sits: the hub, the spokes or shared.'),
  reason: text('Reason', 0, MAX_PLACEMENT_REASON)
    .refine((value) => !/[\r\n]/.test(value), 'Keep the reason to one line.')
    .default(''),
  /** Null (or absent): the activity answers to its capability's default dimension. */
  dimension: z.enum(DESIGN_DIMENSION_KEYS, 'Pick one of the six dimensions.').nullable().default(null),
  expectedVersion: expectedVersion.nullish(),
});
export type SavePlacementInput = z.input<typeof savePlacementSchema>;

/**
 * Input to take an activity's placement back out of the target model. `expectedVersion` is the
 * placement the user saw; clearing an activity that has no placement (any more) changes nothing.
 */
export const clearPlacementSchema = z.object({ programId: id, activityId: id, expectedVersion });
export type ClearPlacementInput = z.input<typeof clearPlacementSchema>;

const EMPHASIS_MESSAGE = 'Pick an emphasis from −2 (strongly local) to +2 (strongly central).';

/** Input to set how far one dimension leans central or local for the program. */
export const setDimensionEmphasisSchema = z.object({
  programId: id,
  dimension: z.enum(DESIGN_DIMENSION_KEYS, 'Pick one of the six dimensions.'),
  emphasis: z
    .number(EMPHASIS_MESSAGE)
    .int(EMPHASIS_MESSAGE)
    .min(MIN_EMPHASIS, EMPHASIS_MESSAGE)
    .max(MAX_EMPHASIS, EMPHASIS_MESSAGE)
    .transform((value) => value as Emphasis),
  expectedVersion: expectedVersion.nullish(),
});
export type SetDimensionEmphasisInput = z.input<typeof setDimensionEmphasisSchema>;
