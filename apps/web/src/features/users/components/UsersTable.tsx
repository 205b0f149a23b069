import { ActionIcon, Avatar, Badge, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
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
import type { ReactNode } from 'react';
import { graphql } from '../../../gql';
import type { UserRowFragment as UserRowData } from '../../../gql/graphql';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
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
}

function SortableHeader({ field, label, sort, onSortChange }: SortableHeaderProps) {
  const active = sort.field === field;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
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
  );
}

function sortableColumn(
  field: UserSortField,
  label: string,
  sorting: Pick<UsersTableProps, 'sort' | 'onSortChange'> & { width?: number; className?: string },
  render: (user: UserRow) => ReactNode,
): ResponsiveColumn<UserRow> {
  const { sort, onSortChange, width, className } = sorting;
  const active = sort.field === field;
  return {
    key: field,
    header: label,
    render,
    thProps: { 'aria-sort': !active ? 'none' : sort.direction === 'asc' ? 'ascending' : 'descending', w: width, className },
    renderHeader: () => <SortableHeader field={field} label={label} sort={sort} onSortChange={onSortChange} />,
  };
}

function UserActionsMenu({ user, actions, isSelf }: { user: UserRow; actions: UserRowActions; isSelf: boolean }) {
  return (
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
  );
}

/** Accounts with their role, units and state; sorting happens in the page (the list is small and whole). */
export function UsersTable({ users, sort, onSortChange, actions, currentUserId, loading = false }: UsersTableProps) {
  const sorting = { sort, onSortChange };
  const columns: ResponsiveColumn<UserRow>[] = [
    {
      ...sortableColumn('name', 'Name', { ...sorting, className: classes.nameCell }, (user) => (
        <Group gap="sm" wrap="nowrap">
          <Avatar size={32} radius="xl" color={user.active ? 'indigo' : 'gray'}>
            {initials(user.name)}
          </Avatar>
          <Text size="sm" fw={600} c={user.active ? 'var(--app-color-strong-text)' : 'dimmed'}>
            {user.name}
          </Text>
          {user.id === currentUserId && (
            <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
              You
            </Badge>
          )}
        </Group>
      )),
      cardRole: 'title',
    },
    sortableColumn('email', 'Email', sorting, (user) => (
<Text size="sm">{user.email}</Text>
    )),
    sortableColumn('role', 'Role', { ...sorting, width: 200 }, (user) => <UserRoleBadge role={user.role} />),
    {
      key: 'units',
      header: 'Units',
      render: (user) =>
        user.units.length > 0 ? (
          <Text size="sm" className={classes.units} title={user.units.map((unit) => `${unit.name} (${unit.code})`).join(', ')} lineClamp={2}>
            {user.units.map((unit) => unit.name).join(', ')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    },
    sortableColumn('status', 'Status', { ...sorting, width: 130 }, (user) =>
      user.active ? (
        <Badge size="sm" variant="dot" color="teal">
          Active
        </Badge>
      ) : (
        <Badge size="sm" variant="light" color="gray">
          Deactivated
        </Badge>
      ),
    ),
    {
      key: 'actions',
      header: <VisuallyHidden>Actions</VisuallyHidden>,
      cardRole: 'actions',
      thProps: { w: 56 },
      render: (user) => <UserActionsMenu user={user} actions={actions} isSelf={user.id === currentUserId} />,
    },
  ];
  return (
    <ResponsiveTable
      aria-label="Users"
      rows={users}
      columns={columns}
      rowKey={(user) => user.id}
      rowProps={(user) => ({ 'data-testid': 'user-row', 'data-active': user.active, className: user.active ? undefined : classes.inactive })}
      tableProps={{ highlightOnHover: !loading }}
      minWidth={900}
      loadingRows={loading ? 6 : undefined}
    />
  );
}
