import { Button, EmptyState, Group, Paper, Skeleton, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import  { IconMinus, IconPlus, IconSearch, IconSitemap } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { useCanManagePrograms } from '../../../shared/session/current-user';
import { UnitFormModal, type UnitFormMode, type UnitFormValues } from '../components/UnitFormModal';
import { UnitTree, type UnitTreeActions } from '../components/UnitTree';
import { useUnitMutations, useUnits, type UnitItem } from '../hooks/useUnits';
import { countMatches, filterUnits, parentIds, unitForest } from '../unit-tree';
import { reloadOnConflict } from '../../../shared/lib/conflict';
import { NoMatches } from '../../../shared/components/NoMatches';

function TreeSkeleton() {
  return (
    <Stack gap="sm" p="md" aria-busy="true" aria-label="Loading units">
      {[240, 180, 200, 160, 220, 140].map((width, index) => (
        <Group key={index} gap="sm" pl={index % 3 === 0 ? 0 : 28}>
          <Skeleton height={16} width={16} radius="sm" />
          <Skeleton height={14} width={width} />
          <Skeleton height={18} width={64} radius="sm" />
        </Group>
      ))}
    </Stack>
  );
}

export function UnitsPage() {
  const canManage = useCanManagePrograms();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 200);
  const { data, error, refetch } = useUnits(includeArchived);
  const { createUnit, updateUnit, setUnitArchived, archiving } = useUnitMutations();
  const [formMode, setFormMode] = useState<UnitFormMode | null>(null);
  const [archiveTarget, setArchiveTarget] = useState<UnitItem | null>(null);
  // Null means "default": top-level units open. Set once the person toggles something.
  const [expandedState, setExpandedState] = useState<Set<string> | null>(null);

  const units = useMemo(() => data?.units ?? [], [data]);
  const searching = debouncedSearch.trim() !== '';
  const forest = useMemo(() => unitForest(filterUnits(units, debouncedSearch)), [units, debouncedSearch]);
  const allParents = useMemo(() => parentIds(forest), [forest]);
  const matchCount = useMemo(() => countMatches(units, debouncedSearch), [units, debouncedSearch]);

  const expanded = useMemo<ReadonlySet<string>>(() => {
    if (searching) return new Set(allParents); // every match visible
    return expandedState ?? new Set(forest.map((node) => node.unit.id));
  }, [searching, allParents, expandedState, forest]);

  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpandedState(next);
  };

  const onSubmit = async (values: UnitFormValues, mode: UnitFormMode) => {
    try {
      const input = { ...values, parentId: values.parentId ?? null };
      if (mode.kind === 'edit') await updateUnit({ ...input, id: mode.unit.id, expectedVersion: mode.unit.version });
      else await createUnit(input);
    } catch (saveError) {
      void reloadOnConflict(saveError, refetch);
      throw saveError;
    }
    if (mode.kind === 'create' && mode.parent) setExpandedState(new Set([...expanded, mode.parent.id]));
    setFormMode(null);
    notifySuccess(mode.kind === 'edit' ? 'Unit saved.' : `Unit “${values.name}” added.`);
  };

  const changeArchived = async (unit: UnitItem, archived: boolean) => {
    try {
      await setUnitArchived(unit.id, unit.version, archived);
      notifySuccess(archived ? `“${unit.name}” archived.` : `“${unit.name}” restored.`);
    } catch (archiveError) {
      void reloadOnConflict(archiveError, refetch);
      notifyError(archiveError, archived ? 'Could not archive the unit' : 'Could not restore the unit');
    } finally {
      setArchiveTarget(null);
    }
  };

  const actions: UnitTreeActions | undefined = canManage
    ? {
        onAddChild: (parent) => setFormMode({ kind: 'create', parent }),
        onEdit: (unit) => setFormMode({ kind: 'edit', unit }),
        onArchive: (unit) => setArchiveTarget(unit),
        onRestore: (unit) => void changeArchived(unit, false),
      }
    : undefined;

  const addButton = canManage ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setFormMode({ kind: 'create', parent: null })}>
      Add unit
    </Button>
  ) : null;

  let body;
  if (error && !data) {
    body = (
      <Stack p="md">
        <QueryErrorAlert error={error} title="Could not load units" onRetry={() => void refetch()} />
      </Stack>
    );
  } else if (!data) {
    body = <TreeSkeleton />;
  } else if (units.length === 0) {
    body = (
      <EmptyState
        py={56}
        icon={<IconSitemap size={26} />}
        variant="light"
        title="No units yet"
        description={
          canManage
            ? 'Add your regions first, then their sub-regions, countries, business units or segments.'
            : 'Units appear here once a program manager sets up the organization.'
        }
      >
        {addButton && <EmptyState.Actions>{addButton}</EmptyState.Actions>}
      </EmptyState>
    );
  } else if (forest.length === 0) {
    body = (
      <NoMatches title="No units match" description="Search looks at unit names and codes." onClear={() => setSearch('')} clearLabel="Clear search" />
    );
  } else {
    body = (
      <UnitTree
        nodes={forest}
        expanded={expanded}
        onToggle={toggle}
        highlight={debouncedSearch.trim()}
        actions={actions}
      />
    );
  }

  return (
    <>
      <PageHeader
        title="Units"
        description="Regions, countries, business units and segments that programs pilot in and roll out to."
        actions={addButton}
      />
      <Paper withBorder>
        <Group justify="space-between" p="md" gap="sm" wrap="wrap">
          <Group gap="sm">
            <TextInput
              aria-label="Search units"
              placeholder="Search by name or code"
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              w={280}
            />
            <Switch
              label="Include archived"
              checked={includeArchived}
              onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
            />
          </Group>
          <Group gap="xs" display={searching || allParents.length === 0 ? 'none' : undefined}>
            <Button
              variant="subtle"
              color="gray"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setExpandedState(new Set(allParents))}
            >
              Expand all
            </Button>
            <Button
              variant="subtle"
              color="gray"
              size="xs"
              leftSection={<IconMinus size={14} />}
              onClick={() => setExpandedState(new Set())}
            >
              Collapse all
            </Button>
          </Group>
        </Group>
        {data && units.length > 0 && (
          <Text size="sm" c="dimmed" px="md" pb={4} aria-live="polite">
            {searching
              ? `${matchCount} of ${units.length} units match`
              : `${units.length} ${units.length === 1 ? 'unit' : 'units'}`}
          </Text>
        )}
        <div style={{ padding: '0 var(--mantine-spacing-xs) var(--mantine-spacing-xs)' }}>{body}</div>
      </Paper>
      <UnitFormModal mode={formMode} units={units} onClose={() => setFormMode(null)} onSubmit={onSubmit} />
      <ConfirmDialog
        opened={archiveTarget !== null}
        title={`Archive ${archiveTarget?.name ?? 'unit'}?`}
        confirmLabel="Archive unit"
        loading={archiving}
        onConfirm={() => {
          if (archiveTarget) void changeArchived(archiveTarget, true);
        }}
        onClose={() => setArchiveTarget(null)}
      >
        Archived units are hidden from the tree and cannot be chosen for new work. Nothing is deleted; turn on “Include
        archived” to restore it later.
      </ConfirmDialog>
    </>
  );
}
