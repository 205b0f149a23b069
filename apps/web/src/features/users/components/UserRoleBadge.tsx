import { Badge, type MantineColor } from '@mantine/core';
import { ROLE_LABELS, type Role } from '@rollout/domain';

const ROLE_COLORS: Record<Role, MantineColor> = {
  admin: 'grape',
  program_manager: 'indigo',
  regional_partner: 'teal',
  executive: 'orange',
};

export function UserRoleBadge({ role }: { role: Role }) {
  return (
    <Badge size="sm" variant="light" color={ROLE_COLORS[role]} data-role={role}>
      {ROLE_LABELS[role]}
    </Badge>
  );
}
