import type { Actor } from '../access/roles.js';

/** Columns of the assessment grid's file, in order, as people name them: the export writes them and the import maps them. */
export const GRID_FILE_COLUMNS = ['Capability', 'Activity', 'Unit', 'Who does it', 'Maturity', 'Note'] as const;
export type GridFileColumn = (typeof GRID_FILE_COLUMNS)[number];

/** The rows of a grid a user may download: every unit's and the central team's, or only some units'. */
export type GridRowScope = { kind: 'all' } | { kind: 'units'; unitIds: readonly string[] };

/**
 * Which rows of the grid a user downloads: program managers, admins and executives the whole grid;
 * regional partners the rows of the units they report on (never the central team's).
 */
export function gridRowScope(actor: Pick<Actor, 'role' | 'scopeUnitIds'>): GridRowScope {
  switch (actor.role) {
    case 'admin':
    case 'program_manager':
    case 'executive':
      return { kind: 'all' };
    case 'regional_partner':
      return { kind: 'units', unitIds: actor.scopeUnitIds };
  }
}
