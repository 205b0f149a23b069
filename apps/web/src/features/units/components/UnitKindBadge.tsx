import { Badge, type MantineColor } from '@mantine/core';
import { UNIT_KIND_LABELS, type UnitKind } from '@rollout/domain';

const KIND_COLORS: Record<UnitKind, MantineColor> = {
  region: 'indigo',
  sub_region: 'violet',
  country: 'cyan',
  business_unit: 'teal',
  segment: 'grape',
};

export function UnitKindBadge({ kind }: { kind: UnitKind }) {
  return (
    <Badge size="sm" variant="light" color={KIND_COLORS[kind]} data-kind={kind}>
      {UNIT_KIND_LABELS[kind]}
    </Badge>
  );
}
