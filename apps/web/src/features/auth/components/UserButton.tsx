import { Avatar, Box, Group, Text, UnstyledButton } from '@mantine/core';
import { ROLE_LABELS } from '@rollout/domain';
import { IconChevronDown } from '@tabler/icons-react';
import type { ComponentPropsWithoutRef, Ref } from 'react';
import { initials } from '../../../shared/lib/format';
import type { CurrentUser } from '../../../shared/session/current-user';

export interface UserButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'color' | 'style'> {
  user: CurrentUser;
  ref?: Ref<HTMLButtonElement>;
}

/** The signed-in user in the header: avatar, name and role; opens the account menu. */
export function UserButton({ user, ref, ...props }: UserButtonProps) {
  return (
    <UnstyledButton
      ref={ref}
      data-testid="current-user"
      aria-haspopup="menu"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      {...props}
    >
      <Group gap="sm" wrap="nowrap">
        <Avatar color="indigo" radius="xl" size={34}>
          {initials(user.name)}
        </Avatar>
        <Box visibleFrom="xs">
          <Text size="sm" fw={600} lh={1.2}>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" lh={1.3}>
            {ROLE_LABELS[user.role]}
          </Text>
        </Box>
        <Box visibleFrom="xs" display="flex">
          <IconChevronDown size={14} color="var(--mantine-color-dimmed)" aria-hidden />
        </Box>
      </Group>
    </UnstyledButton>
  );
}
