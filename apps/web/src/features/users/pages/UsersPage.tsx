import { Button, EmptyState, Group, Paper, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ROLE_LABELS, ROLES, type Role } from '@rollout/domain';
import  { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { getFragmentData } from '../../../gql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { NoAccess } from '../../../shared/components/NoAccess';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { useCurrentUser } from '../../../shared/session/current-user';
import { ResetPasswordModal, type ResetPasswordValues } from '../components/ResetPasswordModal';
import { UserFormModal, type CreateUserValues, type UpdateUserValues, type UserFormMode } from '../components/UserFormModal';
import { UserRowFragment, UsersTable, type UserRow, type UserRowActions } from '../components/UsersTable';
import { useAdminUsers, useUnitOptions, useUserMutations } from '../hooks/useUsers';
import { DEFAULT_USER_SORT, filterUsers, sortUsers, type UserSort } from '../user-list';
import { reloadOnConflict } from '../../../shared/lib/conflict';
import { NoMatches } from '../../../shared/components/NoMatches';

const roleOptions = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

const TITLE = 'Users';

export function UsersPage() {
  const me = useCurrentUser();
  if (me.role !== 'admin') return <NoAccess title={TITLE} message="Only admins can manage user accounts." />;
  return <UsersAdmin currentUserId={me.id} />;
}

interface ActiveChange {
  user: UserRow;
  active: boolean;
}

function UsersAdmin({ currentUserId }: { currentUserId: string }) {
  const [role, setRole] = useState<Role | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 150);
  const [sort, setSort] = useState<UserSort>(DEFAULT_USER_SORT);
  const { data, error, refetch, stale } = useAdminUsers({ role, includeInactive });
  const unitOptions = useUnitOptions();
  const { createUser, updateUser, setUserActive, resetUserPassword, changingActive } = useUserMutations();
  const [formMode, setFormMode] = useState<UserFormMode | null>(null);
  const [activeChange, setActiveChange] = useState<ActiveChange | null>(null);
  const [resetTarget, setResetTarget] = useState<UserRow | null>(null);

  const users = useMemo(() => getFragmentData(UserRowFragment, data?.users ?? []), [data]);
  const shown = useMemo(() => sortUsers(filterUsers(users, debouncedSearch), sort), [users, debouncedSearch, sort]);
  const filtered = debouncedSearch.trim() !== '' || role !== null || includeInactive;

  // Dialogs show the latest copy of a user (e.g. after a refetch following a conflict).
  const latest = (user: UserRow) => users.find((item) => item.id === user.id) ?? user;
  const openForm = formMode?.kind === 'edit' ? { kind: 'edit' as const, user: latest(formMode.user) } : formMode;

  const clearFilters = () => {
    setSearch('');
    setRole(null);
    setIncludeInactive(false);
  };

  const onCreate = async (values: CreateUserValues) => {
    await createUser(values);
    setFormMode(null);
    notifySuccess(`${values.name} can now sign in with the password you set.`);
  };

  const onUpdate = async (values: UpdateUserValues) => {
    await updateUser(values);
    setFormMode(null);
    notifySuccess(`${values.name} saved.`);
  };

  const onResetPassword = async (values: ResetPasswordValues) => {
    await resetUserPassword(values.id, values.newPassword);
    const name = resetTarget?.name ?? 'The user';
    setResetTarget(null);
    notifySuccess(`Password reset. ${name} was signed out everywhere.`);
  };

  const changeActive = async ({ user, active }: ActiveChange) => {
    try {
      await setUserActive(user.id, user.version, active);
      notifySuccess(active ? `${user.name} can sign in again.` : `${user.name} is deactivated and signed out.`);
    } catch (changeError) {
      void reloadOnConflict(changeError, refetch);
      notifyError(changeError, active ? 'Could not reactivate the user' : 'Could not deactivate the user');
    } finally {
      setActiveChange(null);
    }
  };

  const actions: UserRowActions = {
    onEdit: (user) => setFormMode({ kind: 'edit', user }),
    onResetPassword: (user) => setResetTarget(user),
    onSetActive: (user, active) => setActiveChange({ user, active }),
  };

  const newUserButton = (
    <Button leftSection={<IconUserPlus size={16} />} onClick={() => setFormMode({ kind: 'create' })}>
      New user
    </Button>
  );

  let body;
  if (error && !data) {
    body = (
      <Stack p="md">
        <QueryErrorAlert error={error} title="Could not load users" onRetry={() => void refetch()} />
      </Stack>
    );
  } else if (!data) {
    body = <UsersTable users={[]} sort={sort} onSortChange={setSort} actions={actions} currentUserId={currentUserId} loading />;
  } else if (shown.length === 0) {
    body = filtered ? (
      <NoMatches title="No users match" description="Search looks at names, emails, roles and units." onClear={clearFilters} />
    ) : (
      <EmptyState
        py={56}
        icon={<IconUsers size={26} />}
        variant="light"
        title="No users yet"
        description="Add the people who run programs, report from the regions or follow progress."
      >
        <EmptyState.Actions>{newUserButton}</EmptyState.Actions>
      </EmptyState>
    );
  } else {
    body = <UsersTable users={shown} sort={sort} onSortChange={setSort} actions={actions} currentUserId={currentUserId} />;
  }

  const target = activeChange?.user;
  return (
    <>
      <PageHeader
        title={TITLE}
        description="Who can sign in to Rollout, with which role, and which units regional partners report on."
        actions={newUserButton}
      />
      <Paper withBorder>
        <Group justify="space-between" p="md" gap="sm" wrap="wrap">
          <Group gap="sm" wrap="wrap">
            <TextInput
              aria-label="Search users"
              placeholder="Search by name, email or unit"
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              w={300}
            />
            <Select
              aria-label="Filter by role"
              placeholder="All roles"
              data={roleOptions}
              value={role}
              onChange={(value) => setRole(ROLES.find((item) => item === value) ?? null)}
              clearable
              w={220}
            />
            <Switch
              label="Include deactivated"
              checked={includeInactive}
              onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
            />
          </Group>
        </Group>
        {data && users.length > 0 && (
          <Text size="sm" c="dimmed" px="md" pb="sm" aria-live="polite" data-testid="user-count">
            {shown.length < users.length
              ? `${shown.length} of ${users.length} users match`
              : `${users.length} ${users.length === 1 ? 'user' : 'users'}`}
          </Text>
        )}
        <div style={{ opacity: stale ? 0.6 : undefined, transition: 'opacity 120ms' }} aria-busy={stale}>
          {body}
        </div>
      </Paper>
      <UserFormModal
        mode={openForm}
        units={unitOptions.data?.units ?? []}
        unitsLoading={unitOptions.loading && !unitOptions.data}
        currentUserId={currentUserId}
        onClose={() => setFormMode(null)}
        onCreate={onCreate}
        onUpdate={onUpdate}
        onConflict={() => refetch()}
      />
      <ResetPasswordModal user={resetTarget} onClose={() => setResetTarget(null)} onSubmit={onResetPassword} />
      <ConfirmDialog
        opened={activeChange !== null}
        title={activeChange?.active ? `Reactivate ${target?.name ?? 'user'}?` : `Deactivate ${target?.name ?? 'user'}?`}
        confirmLabel={activeChange?.active ? 'Reactivate' : 'Deactivate'}
        confirmColor={activeChange?.active ? 'indigo' : 'red'}
        loading={changingActive}
        onConfirm={() => {
          if (activeChange) void changeActive(activeChange);
        }}
        onClose={() => setActiveChange(null)}
      >
        {activeChange?.active
          ? `${target?.name ?? 'They'} can sign in again with their previous password. Reset it if they no longer know it.`
          : `${target?.name ?? 'They'} can no longer sign in, and every session they have open ends at once. Their programs, history and audit entries stay. You can reactivate the account later.`}
      </ConfirmDialog>
    </>
  );
}
