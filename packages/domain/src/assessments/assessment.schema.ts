import { z } from 'zod';
import { expectedVersion, id, nameText, text } from '../common/fields.js';
import { MAX_MATURITY, MIN_MATURITY, WORK_PERFORMERS } from './assessment.types.js';

/**
 * Input to fill one cell of the grid. The cell is addressed by activity and unit (none = central
 * team), so re-sending it is idempotent; `expectedVersion` is required once the cell exists.
 */
export const setAssessmentCellSchema = z.object({
  programId: id,
  activityId: id,
  /** Omitted (or null, which parseInput drops) for the central team's column. */
  unitId: id.optional(),
  performer: z.enum(WORK_PERFORMERS, 'Pick who does this work today.'),
  maturity: z
    .number('Pick a maturity from 1 to 5.')
    .int('Pick a maturity from 1 to 5.')
    .min(MIN_MATURITY, 'Pick a maturity from 1 to 5.')
    .max(MAX_MATURITY, 'Pick a maturity from 1 to 5.')
    .nullable()
    .default(null),
  decides: z.boolean().default(false),
  note: text('Note', 0, 1000).default(''),
  expectedVersion: expectedVersion.optional(),
});
export type SetAssessmentCellInput = z.input<typeof setAssessmentCellSchema>;

/** Input to add an activity to a capability of the program's catalog. */
export const addActivitySchema = z.object({
  programId: id,
  capabilityId: id,
  name: nameText('Name', 2, 120),
});
export type AddActivityInput = z.input<typeof addActivitySchema>;

/** Input to rename an activity or a capability. */
export const renameCatalogItemSchema = z.object({ id, name: nameText('Name', 2, 120), expectedVersion });
export type RenameCatalogItemInput = z.input<typeof renameCatalogItemSchema>;

/** Input to remove an activity; `confirmed` must be true when cells would go with it. */
export const removeActivitySchema = z.object({ id, expectedVersion, confirmed: z.boolean().default(false) });
export type RemoveActivityInput = z.input<typeof removeActivitySchema>;

/** Share of filled cells (whole percent) a program needs before Align. */
export const assessmentThresholdSchema = z.number().int('A whole percent, 0–100.').min(0, 'A whole percent, 0–100.').max(100, 'A whole percent, 0–100.');

/** Input to change the share of filled cells a program needs before Align. */
export const setAssessmentThresholdSchema = z.object({ programId: id, threshold: assessmentThresholdSchema, expectedVersion });
