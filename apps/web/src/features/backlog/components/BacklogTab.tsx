import { Anchor, Badge, Button, Card, Grid, Group, SegmentedControl, Select, Skeleton, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { FRAMEWORK_LABELS } from '@rollout/domain';
import { IconPlus, IconSearch, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { NoMatches } from '../../../shared/components/NoMatches';
import { useCurrentUser } from '../../../shared/session/current-user';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
import type { RequestListState, RequestSort } from '../../../gql/graphql';
import { requestRows, useBacklog, useBacklogPlan, type BacklogFilter, type RequestRow } from '../hooks/useBacklog';
import { BacklogSettingsModal } from './BacklogSettingsModal';
import { CapacityCard } from './CapacityCard';
import { FileRequestModal } from './FileRequestModal';
import { RequestDrawer } from './RequestDrawer';
import { RequestStatusBadge, SlaBadge } from './RequestBadges';
import { RoadmapCard } from './RoadmapCard';

const ALL_TEAMS = 'all';
const SORT_OPTIONS: { value: RequestSort; label: string }[] = [
  { value: 'rank', label: 'By team and rank' },
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'wished', label: 'Wished date' },
];
const STATE_OPTIONS: { value: RequestListState; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Closed' },
  { value: 'all', label: 'All' },
];
const DEFAULT_FILTER: BacklogFilter = { teamKey: null, state: 'open', search: '', breachedOnly: false, mine: false, sort: 'rank' };

const columns = (open: (id: string) => void): ResponsiveColumn<RequestRow>[] => [
  { key: 'rank', header: 'Rank', render: (row) => (row.rank === null ? <Text c="dimmed">—</Text> : <Text fw={600}>#{row.rank}</Text>), thProps: { w: 64 } },
  {
    key: 'request',
    header: 'Request',
    cardRole: 'title',
    render: (row) => (
      <Stack gap={0}>
        <Anchor component="button" type="button" ta="left" fw={500} onClick={() => open(row.id)}>
          {row.label} · {row.problem}
        </Anchor>
        <Text size="xs" c="dimmed">
          {row.typeName} for {row.unitName}
          {row.requesterCount > 1 ? ` · ${row.requesterCount} requesters` : ''}
        </Text>
      </Stack>
    ),
  },
  { key: 'team', header: 'Owner', render: (row) => row.teamName },
  { key: 'score', header: 'Score', render: (row) => (row.score.value === null ? <Text c="dimmed">Not scored</Text> : row.score.value.toLocaleString('en-US')), tdProps: { style: { whiteSpace: 'nowrap' } } },
  { key: 'sla', header: 'Service level', render: (row) => <SlaBadge sla={row.sla} /> },
  {
    key: 'status',
    header: 'Status',
    render: (row) => (
      <Group gap={4}>
        <RequestStatusBadge status={row.status} />
        {row.approval?.status === 'pending' && (
          <Badge color="orange" variant="outline">
            Needs hub approval
          </Badge>
        )}
      </Group>
    ),
  },
];

/** The program's RevOps backlog: every team's queue ranked with the program's framework, with service levels, capacity and the roadmap. */
export function BacklogTab({ programId }: { programId: string }) {
  const [filter, setFilter] = useState<BacklogFilter>(DEFAULT_FILTER);
  // Executives file nothing, so nothing is theirs to follow.
  const asks = useCurrentUser().role !== 'executive';
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 200);
  const effective = { ...filter, search: debouncedSearch };
  const { data: current, previousData, error, refetch, fetchMore, loading } = useBacklog(programId, effective);
  // While a new filter loads, the list it replaces stays (dimmed): the tab and an open drawer are not torn down.
  const data = current ?? previousData;
  const refreshing = current === undefined && previousData !== undefined;
  const plan = useBacklogPlan(programId);
  const [filing, setFiling] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // The open request lives in the URL (?request=…), so a notification links straight to it.
  const [params, setParams] = useSearchParams();
  const openRequestId = params.get('request');
  const openRequest = (id: string | null) =>
    setParams((current) => {
      if (id) current.set('request', id);
      else current.delete('request');
      return current;
    });

  if (error && !data) return <QueryErrorAlert error={error} title="Could not load the backlog" onRetry={() => void refetch()} />;
  if (!data?.program) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading the backlog">
        <Skeleton height={120} />
        <Skeleton height={320} />
      </Stack>
    );
  }
  const { program } = data;
  const { backlog } = program;
  const canFile = !program.archived && backlog.viewerFileableUnitIds.length > 0;
  const canManage = !program.archived && backlog.viewerCanManage;
  const filtered = filter.teamKey !== null || filter.state !== 'open' || filter.breachedOnly || filter.mine || debouncedSearch !== '';
  const { pageInfo, totalCount } = backlog.requests;
  const nodes = requestRows(backlog.requests.nodes);
  const teamOptions = [{ value: ALL_TEAMS, label: 'All teams' }, ...backlog.teams.map((team) => ({ value: team.key, label: `${team.name} (${team.openCount} open)` }))];

  // The cache appends the next page to the list (see apollo.ts).
  const loadMore = () => void fetchMore({ variables: { after: pageInfo.endCursor } });

  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" radius="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={4} maw={720}>
            <Title order={2} fz="lg">
              RevOps backlog
            </Title>
            <Text size="sm">
              Ranked with <b>{FRAMEWORK_LABELS[backlog.framework]}</b>: {backlog.formula}. {backlog.frameworkDescription}
            </Text>
            <Text size="sm" c="dimmed">
              Each request goes to the team the target model places its activity with: the hub, or the spoke of the unit it is for. That team triages, scores and commits it.
            </Text>
          </Stack>
          <Group gap="xs">
            {canManage && (
              <Button variant="default" leftSection={<IconSettings size={16} />} onClick={() => setSettingsOpen(true)}>
                Settings
              </Button>
            )}
            {canFile && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setFiling(true)}>
                File a request
              </Button>
            )}
          </Group>
        </Group>
        <Group gap="lg" mt="md">
          <Text size="sm">
            <b>{backlog.teams.reduce((sum, team) => sum + team.openCount, 0)}</b> open
          </Text>
          <Text size="sm">
            <b>{backlog.awaitingTriageCount}</b> awaiting triage
          </Text>
          <Text size="sm" c={backlog.breachedCount > 0 ? 'red' : undefined}>
            <b>{backlog.breachedCount}</b> past a service level
          </Text>
        </Group>
      </Card>

      <Card withBorder padding="lg" radius="md">
        <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
          <TextInput
            aria-label="Search requests"
            placeholder="Search label, problem, unit, type"
            leftSection={<IconSearch size={14} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={{ base: '100%', sm: 260 }}
          />
          <Select aria-label="Team" data={teamOptions} value={filter.teamKey ?? ALL_TEAMS} onChange={(value) => setFilter({ ...filter, teamKey: !value || value === ALL_TEAMS ? null : value })} allowDeselect={false} w={{ base: '100%', sm: 220 }} />
          <SegmentedControl aria-label="Which requests" data={STATE_OPTIONS} value={filter.state} onChange={(value) => setFilter({ ...filter, state: value })} />
          <Select aria-label="Order" data={SORT_OPTIONS} value={filter.sort} onChange={(value) => value && setFilter({ ...filter, sort: value })} allowDeselect={false} w={{ base: '100%', sm: 180 }} />
          <Switch label={`Breaches only (${backlog.breachedCount})`} checked={filter.breachedOnly} onChange={(event) => setFilter({ ...filter, breachedOnly: event.currentTarget.checked })} />
          {asks && <Switch label="Asked by me" checked={filter.mine} onChange={(event) => setFilter({ ...filter, mine: event.currentTarget.checked })} />}
        </Group>
        {nodes.length === 0 ? (
          filtered ? (
            <NoMatches
              title="No requests match"
              description="The search looks at the label, problem, unit, type and activity."
              onClear={() => {
                setFilter(DEFAULT_FILTER);
                setSearch('');
              }}
            />
          ) : (
            <Text c="dimmed" py="xl" ta="center">
              No open requests. {canFile ? 'File the first one: what the field needs from RevOps, for which unit.' : 'Partners file requests for their units here.'}
            </Text>
          )
        ) : (
          <Stack gap="sm">
            <div aria-busy={refreshing} style={refreshing ? { opacity: 0.6 } : undefined}>
              <ResponsiveTable rows={nodes} columns={columns(openRequest)} rowKey={(row) => row.id} aria-label="Requests" minWidth={860} rowProps={(row) => ({ 'data-request': row.label })} />
            </div>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {nodes.length} of {totalCount}
              </Text>
              {pageInfo.hasNextPage && (
                <Button variant="default" onClick={loadMore} loading={loading}>
                  Show more
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Card>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <CapacityCard plan={plan} focusDays={backlog.focusDaysPerPersonMonth} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <RoadmapCard programId={programId} plan={plan} onOpen={openRequest} />
        </Grid.Col>
      </Grid>

      <FileRequestModal programId={programId} backlog={backlog} opened={filing} onClose={() => setFiling(false)} onFiled={openRequest} />
      {canManage && <BacklogSettingsModal programId={programId} backlog={backlog} opened={settingsOpen} onClose={() => setSettingsOpen(false)} />}
      <RequestDrawer requestId={openRequestId} framework={backlog.framework} onClose={() => openRequest(null)} onOpen={openRequest} />
    </Stack>
  );
}
