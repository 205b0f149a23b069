/** Kinds of organization unit a RevOps program rolls out to. */
export const UNIT_KINDS = ['region', 'sub_region', 'country', 'business_unit', 'segment'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  region: 'Region',
  sub_region: 'Sub-region',
  country: 'Country',
  business_unit: 'Business unit',
  segment: 'Segment',
};

/** An organization unit; units form a tree through `parentId`. */
export interface Unit {
  id: string;
  name: string;
  code: string;
  kind: UnitKind;
  parentId: string | null;
  archived: boolean;
}

/** A unit with its children, for tree views. */
export interface UnitNode<U extends Pick<Unit, 'id' | 'parentId' | 'name'> = Unit> {
  unit: U;
  children: UnitNode<U>[];
}
