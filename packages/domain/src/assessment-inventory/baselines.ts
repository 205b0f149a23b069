import { z } from 'zod';
import { expectedVersion, id, localDate, text } from '../common/fields.js';
import { METRIC_CATALOG } from '../metrics/metric-catalog.js';

/** Catalog metrics that describe data quality; the assessment shows them apart from the KPIs. */
export const DATA_QUALITY_METRIC_KEYS: readonly string[] = ['crm_data_completeness', 'duplicate_record_rate'];

const CATALOG_KEYS = new Set(METRIC_CATALOG.map((metric) => metric.key));

/**
 * The current value of a catalog KPI before the program changes anything: for one unit, or
 * program-wide when `unitId` is null. Without `expectedVersion` it records a new baseline; with
 * it, it updates the one the user saw.
 */
export const setBaselineSchema = z.object({
  programId: id,
  catalogKey: z.string().refine((key) => CATALOG_KEYS.has(key), 'Pick a metric from the catalog.'),
  unitId: id.nullable().default(null),
  value: z.number('Enter the value.').refine(Number.isFinite, 'Enter a number.').refine((value) => Math.abs(value) <= 1e12, 'Enter a value of at most 1,000,000,000,000.'),
  measuredOn: localDate,
  source: text('Source', 1, 200),
  expectedVersion: expectedVersion.nullish(),
});
export type SetBaselineInput = z.input<typeof setBaselineSchema>;

/** A recorded baseline value, as the fallback reads it. */
export interface KpiBaselineValue {
  catalogKey: string;
  unitId: string | null;
  value: number;
}

/**
 * The baseline a pilot unit group takes from the assessment for one catalog metric: each unit
 * its own value, else the program-wide one; units with neither are left out; the mean of what is
 * left, null when nothing is. Pilots use it only when they have no baseline of their own (entered,
 * or measured before their start).
 */
export function assessmentBaselineFor(baselines: readonly KpiBaselineValue[], catalogKey: string | null | undefined, unitIds: readonly string[]): number | null {
  if (!catalogKey) return null;
  const ofMetric = baselines.filter((baseline) => baseline.catalogKey === catalogKey);
  const programWide = ofMetric.find((baseline) => baseline.unitId === null)?.value ?? null;
  const values = unitIds
    .map((unitId) => ofMetric.find((baseline) => baseline.unitId === unitId)?.value ?? programWide)
    .filter((value): value is number => value !== null);
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}
