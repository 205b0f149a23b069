import { Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import  { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useDebouncedCallback } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { notifyError } from '../../../shared/lib/notify';
import { useCanManagePrograms } from '../../../shared/session/current-user';
import { ProgramFilters } from '../components/ProgramFilters';
import { ProgramsTable, type ProgramsTableSort } from '../components/ProgramsTable';
import { hasActiveFilters, useProgramListParams } from '../hooks/useProgramListParams';
import { usePrograms } from '../hooks/usePrograms';
import classes from './ProgramsPage.module.css';
import { NoMatches } from '../../../shared/components/NoMatches';

export const SEARCH_DEBOUNCE_MS = 300;

export function ProgramsPage() {
  const canManage = useCanManagePrograms();
  const { params, update, reset } = useProgramListParams();
  const [searchText, setSearchText] = useState(params.search);
  // The box updates at once; the URL (and so the query) follows after a pause in typing.
  const applySearch = useDebouncedCallback((value: string) => update({ search: value }), SEARCH_DEBOUNCE_MS);
  const onSearchTextChange = useCallback(
    (value: string) => {
      setSearchText(value);
      applySearch(value);
    },
    [applySearch],
  );
  const resetAll = useCallback(() => {
    applySearch.cancel();
    setSearchText('');
    reset();
  }, [applySearch, reset]);
  const { data, error, refetch, loadMore, loadingMore, stale } = usePrograms(params);
  const filtered = hasActiveFilters(params);

  const onSortChange = useCallback(
    (sort: ProgramsTableSort) => update({ sortField: sort.field, sortDirection: sort.direction }),
    [update],
  );

  const connection = data?.programs;
  const programs = connection?.nodes ?? [];
  const total = connection?.totalCount ?? 0;
  const newProgramButton = canManage ? (
    <Button component={Link} to="/programs/new" leftSection={<IconPlus size={16} />}>
      New program
    </Button>
  ) : null;

  let body;
  if (error && !connection) {
    body = <QueryErrorAlert error={error} title="Could not load programs" onRetry={() => void refetch()} />;
  } else if (!connection) {
    body = <ProgramsTable programs={[]} sort={{ field: params.sortField, direction: params.sortDirection }} onSortChange={onSortChange} loading />;
  } else if (programs.length === 0) {
    body = filtered ? (
      <NoMatches title="No programs match" description="Try another search term or remove some filters." onClear={resetAll} />
    ) : (
      <EmptyState
        py={56}
        icon={<IconTargetArrow size={26} />}
        variant="light"
        title={canManage ? 'No programs yet — create the first one' : 'No programs yet'}
        description={
          canManage
            ? 'A program takes one RevOps transformation from assessment to governance.'
            : 'Programs appear here once a program manager sets them up.'
        }
      >
        {newProgramButton && <EmptyState.Actions>{newProgramButton}</EmptyState.Actions>}
      </EmptyState>
    );
  } else {
    body = (
      <>
        <ProgramsTable
          programs={programs}
          sort={{ field: params.sortField, direction: params.sortDirection }}
          onSortChange={onSortChange}
        />
        {connection.pageInfo.hasNextPage && (
          <Group justify="center" py="md">
            <Button
              variant="default"
              loading={loadingMore}
              onClick={() => {
                loadMore().catch((loadError: unknown) => notifyError(loadError, 'Could not load more programs'));
              }}
            >
              Load more
            </Button>
          </Group>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Programs"
        description="Every RevOps transformation program, where it stands and who owns it."
        actions={newProgramButton}
      />
      <Paper withBorder>
        <Stack gap={0}>
          <Stack gap="sm" p="md">
            <ProgramFilters
              params={params}
              searchText={searchText}
              onSearchTextChange={onSearchTextChange}
              onChange={update}
              onReset={resetAll}
            />
          </Stack>
          {connection && (
            <Text size="sm" c="dimmed" px="md" pb="sm" aria-live="polite" data-testid="program-count">
              {programs.length < total
                ? `Showing ${programs.length} of ${total} programs`
                : `${total} ${total === 1 ? 'program' : 'programs'}`}
            </Text>
          )}
          <div className={stale ? classes.stale : undefined} aria-busy={stale}>
            {body}
          </div>
        </Stack>
      </Paper>
    </>
  );
}
