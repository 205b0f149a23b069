import { JobFailuresCard } from '../../notifications/components/JobFailuresCard';
import { Button, EmptyState, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconDownload, IconFilterOff, IconHistory } from '@tabler/icons-react';
import { useMemo } from 'react';
import { getFragmentData } from '../../../gql';
import { NoAccess } from '../../../shared/components/NoAccess';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { hasApiErrorCode } from '../../../shared/lib/api-errors';
import { notifyError } from '../../../shared/lib/notify';
import { useCurrentUser } from '../../../shared/session/current-user';
import { AuditBurst } from '../components/AuditBurst';
import { AuditLogEntry, AuditLogEntryFragment } from '../components/AuditLogEntry';
import { foldAuditBursts } from '../lib/audit-bursts';
import { AuditLogFilters } from '../components/AuditLogFilters';
import { auditLogCsvUrl, hasAuditLogFilters, useAuditLog, useAuditLogLookups, useAuditLogParams } from '../hooks/useAuditLog';
import { NoMatches } from '../../../shared/components/NoMatches';

const TITLE = 'Audit log';

export function AuditLogPage() {
  const me = useCurrentUser();
  if (me.role !== 'admin') return <NoAccess title={TITLE} message="Only admins can read the audit log." />;
  return <AuditLog />;
}

function EntriesSkeleton() {
  return (
    <Stack gap="lg" p="lg" aria-busy="true" aria-label="Loading the audit log">
      {[260, 200, 300, 180, 240].map((width, index) => (
        <Group key={index} gap="md" align="flex-start" wrap="nowrap">
          <Skeleton height={32} width={32} circle />
          <Stack gap={8} style={{ flex: 1 }}>
            <Skeleton height={14} width={width} />
            <Skeleton height={10} width={140} />
            <Skeleton height={36} />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}

const refsOf = <T extends { ref: R }, R>([first, ...rest]: readonly [T, ...T[]]): [R, ...R[]] => [first.ref, ...rest.map((entry) => entry.ref)];

function AuditLog() {
  const { params, update, reset } = useAuditLogParams();
  const { data, error, refetch, loadMore, loadingMore, stale, dateError } = useAuditLog(params);
  const lookups = useAuditLogLookups();
  const filtered = hasAuditLogFilters(params);

  const log = data?.auditLog;
  const entries = useMemo(() => log?.nodes ?? [], [log]);
  // One import writes many like entries at once: they take one line of the log.
  const lines = useMemo(() => foldAuditBursts(entries.map((ref) => ({ ...getFragmentData(AuditLogEntryFragment, ref), ref }))), [entries]);

  let body;
  if (dateError) {
    body = (
      <EmptyState py={56} icon={<IconFilterOff size={26} />} variant="light" color="gray" title="Check the dates" description={dateError} />
    );
  } else if (error && !log) {
    if (hasApiErrorCode(error, 'FORBIDDEN')) return <NoAccess title={TITLE} message="Only admins can read the audit log." />;
    body = (
      <Stack p="md">
        <QueryErrorAlert error={error} title="Could not load the audit log" onRetry={() => void refetch()} />
      </Stack>
    );
  } else if (!log) {
    body = <EntriesSkeleton />;
  } else if (entries.length === 0) {
    body = filtered ? (
      <NoMatches title="No changes match" description="Try another person, record type or a wider date range." onClear={reset} />
    ) : (
      <EmptyState
        py={56}
        icon={<IconHistory size={26} />}
        variant="light"
        title="Nothing recorded yet"
        description="Every change to programs, units and user accounts appears here, newest first."
      />
    );
  } else {
    body = (
      <>
        <div>
          {lines.map((line) =>
            line.kind === 'entry' ? <AuditLogEntry key={line.entry.id} entry={line.entry.ref} /> : <AuditBurst key={line.entries[0].id} entries={refsOf(line.entries)} />,
          )}
        </div>
        <Group justify="center" py="md" style={{ borderTop: '1px solid var(--app-color-border)' }}>
          {log.endCursor ? (
            <Button
              variant="default"
              loading={loadingMore}
              onClick={() => {
                loadMore().catch((loadError: unknown) => notifyError(loadError, 'Could not load more changes'));
              }}
            >
              Load more
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {filtered ? 'That is every matching change.' : 'That is every recorded change.'}
            </Text>
          )}
        </Group>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={TITLE}
        description="Who changed what and when, across programs, units and user accounts. Entries cannot be edited or removed."
        actions={
          <Button component="a" href={auditLogCsvUrl(params)} download variant="default" leftSection={<IconDownload size={16} />} disabled={dateError !== null}>
            Download CSV
          </Button>
        }
      />
      <Paper withBorder>
        <Stack gap={0}>
          <Stack gap="sm" p="md" style={{ borderBottom: '1px solid var(--app-color-border)' }}>
            <AuditLogFilters
              params={params}
              people={lookups.data?.users ?? []}
              peopleLoading={lookups.loading && !lookups.data}
              onChange={update}
              onReset={reset}
            />
          </Stack>
          <div style={{ opacity: stale ? 0.6 : undefined, transition: 'opacity 120ms' }} aria-busy={stale}>
            {body}
          </div>
        </Stack>
      </Paper>
      <JobFailuresCard />
    </>
  );
}
