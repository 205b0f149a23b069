import { ActionIcon, Avatar, Badge, Group, Menu, Skeleton, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconArrowsSort,
  IconDots,
  IconKey,
  IconPencil,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { graphql } from '../../../gql';
import type { UserRowFragment as UserRowData } from '../../../gql/graphql';
import { initials } from '../../../shared/lib/format';
import type { UserSort, UserSortField } from '../user-list';
import { UserRoleBadge } from './UserRoleBadge';
import classes from './UsersTable.module.css';

export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    name
    email
    role
    active
    version
    units {
      id
      name
      code
    }
  }
`);

/** A user as the table and the dialogs read it (the UserRow fragment, unmasked). */
export type UserRow = UserRowData;

export interface UserRowActions {
  onEdit: (user: UserRow) => void;
  onResetPassword: (user: UserRow) => void;
  onSetActive: (user: UserRow, active: boolean) => void;
}

export interface UsersTableProps {
  users: readonly UserRow[];
  sort: UserSort;
  onSortChange: (sort: UserSort) => void;
  actions: UserRowActions;
  /** The signed-in admin, who cannot deactivate themselves. */
  currentUserId: string;
  loading?: boolean;
}

interface SortableHeaderProps {
  field: UserSortField;
  label: string;
  sort: UserSort;
  onSortChange: (sort: UserSort) => void;
  width?: number;
  className?: string;
}

function SortableHeader({ field, label, sort, onSortChange, width, className }: SortableHeaderProps) {
  const active = sort.field === field;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={!active ? 'none' : sort.direction === 'asc' ? 'ascending' : 'descending'} w={width} className={className}>
      <UnstyledButton
        className={classes.sortButton}
        data-active={active || undefined}
        onClick={() => onSortChange({ field, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
      >
        <Group gap={4} wrap="nowrap">
          <span>{label}</span>
          <Icon size={14} stroke={1.8} className={classes.sortIcon} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function UserRowView({ user, actions, isSelf }: { user: UserRow; actions: UserRowActions; isSelf: boolean }) {
  return (
    <Table.Tr data-testid="user-row" data-active={user.active} className={user.active ? undefined : classes.inactive}>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <Avatar size={32} radius="xl" color={user.active ? 'indigo' : 'gray'}>
            {initials(user.name)}
          </Avatar>
          <Text size="sm" fw={600} c={user.active ? 'var(--app-color-strong-text)' : 'dimmed'}>
            {user.name}
          </Text>
          {isSelf && (
            <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
              You
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{user.email}</Text>
      </Table.Td>
      <Table.Td>
        <UserRoleBadge role={user.role} />
      </Table.Td>
      <Table.Td>
        {user.units.length > 0 ? (
          <Text size="sm" className={classes.units} title={user.units.map((unit) => `${unit.name} (${unit.code})`).join(', ')} lineClamp={2}>
            {user.units.map((unit) => unit.name).join(', ')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {user.active ? (
          <Badge size="sm" variant="dot" color="teal">
            Active
          </Badge>
        ) : (
          <Badge size="sm" variant="light" color="gray">
            Deactivated
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Menu position="bottom-end" withinPortal shadow="md" width={200}>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${user.name}`}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => actions.onEdit(user)}>
              Edit
            </Menu.Item>
            <Menu.Item leftSection={<IconKey size={16} />} onClick={() => actions.onResetPassword(user)}>
              Reset password
            </Menu.Item>
            <Menu.Divider />
            {user.active ? (
              isSelf ? (
                <>
                  <Menu.Item leftSection={<IconUserOff size={16} />} disabled>
                    Deactivate
                  </Menu.Item>
                  <Menu.Label>You cannot deactivate yourself.</Menu.Label>
                </>
              ) : (
                <Menu.Item color="red" leftSection={<IconUserOff size={16} />} onClick={() => actions.onSetActive(user, false)}>
                  Deactivate
                </Menu.Item>
              )
            ) : (
              <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => actions.onSetActive(user, true)}>
                Reactivate
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      </Table.Td>
    </Table.Tr>
  );
}

function SkeletonRows() {
  return (
    <>
      {Array.from({ length: 6 }, (_, row) => (
        <Table.Tr key={row} aria-hidden="true">
          {[180, 220, 110, 140, 80, 24].map((width, cell) => (
            <Table.Td key={cell}>
              <Skeleton height={14} width={width} radius="sm" />
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </>
  );
}

/** Accounts with their role, units and state; sorting happens in the page (the list is small and whole). */
export function UsersTable({ users, sort, onSortChange, actions, currentUserId, loading = false }: UsersTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover={!loading} aria-busy={loading} aria-label="Users">
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field="name" label="Name" sort={sort} onSortChange={onSortChange} className={classes.nameCell} />
            <SortableHeader field="email" label="Email" sort={sort} onSortChange={onSortChange} />
            <SortableHeader field="role" label="Role" sort={sort} onSortChange={onSortChange} width={200} />
            <Table.Th>Units</Table.Th>
            <SortableHeader field="status" label="Status" sort={sort} onSortChange={onSortChange} width={130} />
            <Table.Th w={56}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading ? (
            <SkeletonRows />
          ) : (
            users.map((user) => <UserRowView key={user.id} user={user} actions={actions} isSelf={user.id === currentUserId} />)
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
