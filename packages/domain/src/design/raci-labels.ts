// The RACI's letters and role sides with their labels: a leaf module, so the history wording can
// name them without importing the matrix rules (which use the wording's helpers).

export const RACI_VALUES = ['R', 'A', 'C', 'I'] as const;
/** A cell's letter; an empty cell has no value (no row is stored). */
export type RaciValue = (typeof RACI_VALUES)[number];

export const RACI_VALUE_LABELS: Record<RaciValue, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

/** Where a role sits in a hub-and-spoke organization; `either` never conflicts with a placement. */
export const ROLE_SIDES = ['hub', 'spoke', 'either'] as const;
export type RoleSide = (typeof ROLE_SIDES)[number];

export const ROLE_SIDE_LABELS: Record<RoleSide, string> = {
  hub: 'Hub',
  spoke: 'Spoke',
  either: 'Either side',
};
