import { z } from 'zod';
import { expectedVersion, id, nameText } from '../common/fields.js';
import { UNIT_KINDS } from './unit.types.js';

const unitFields = {
  name: nameText('Name', 1, 120),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, 'Use 2–20 capital letters, digits or dashes (e.g. EMEA-DACH).'),
  kind: z.enum(UNIT_KINDS, 'Pick a unit kind.'),
  parentId: id.nullish(),
};

/** Input to create an organization unit. */
export const createUnitSchema = z.object(unitFields);
export type CreateUnitInput = z.input<typeof createUnitSchema>;

/** Input to change an organization unit; carries the version the user saw. */
export const updateUnitSchema = z.object({ id, expectedVersion, ...unitFields });
export type UpdateUnitInput = z.input<typeof updateUnitSchema>;
