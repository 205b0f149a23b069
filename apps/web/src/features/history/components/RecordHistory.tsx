import { Alert, Button, Group, Paper, Skeleton, Stack, Text, ThemeIcon, Timeline, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconChevronUp, IconFileText, IconMapPin, IconRefresh, IconUsers } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import type { AuditRecordType } from '../../../gql/graphql';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
import { formatDateTime, formatRelative } from '../../../shared/lib/format';
import { RECORD_HISTORY_LIMIT, useRecordHistory, type RecordHistoryEntry } from '../hooks/useRecordHistory';

export interface RecordHistoryProps {
  recordType: AuditRecordType;
  recordId: string;
  title?: string;
  /** How many of the latest entries show before "Show all". */
  initialCount?: number;
}

const TYPE_ICONS = { program_unit: IconMapPin, program_member: IconUsers } as const;

function entryIcon(entry: RecordHistoryEntry) {
  return entry.recordType === 'program_unit' || entry.recordType === 'program_member' ? TYPE_ICONS[entry.recordType] : IconFileText;
}

/** A unit reported blocked: its entry is red. */
function reportsBlocked(entry: RecordHistoryEntry): boolean {
  return entry.recordType === 'program_unit' && entry.changes.some((change) => change.field === 'blocked' && change.to === 'true');
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Who changed what and when on one record, newest first, as readable sentences. */
export function RecordHistory({ recordType, recordId, title = 'Change history', initialCount = 8 }: RecordHistoryProps) {
  const { data, error, loading, refetch } = useRecordHistory(recordType, recordId);
  const [showAll, setShowAll] = useState(false);
  const titleId = useId();
  const entries = useMemo(() => data?.recordHistory ?? [], [data]);

  const newestFirst = useMemo(() => [...entries].reverse(), [entries]);
  const visible = showAll ? newestFirst : newestFirst.slice(0, initialCount);
  const hidden = newestFirst.length - visible.length;

  return (
    <Paper withBorder p="lg" h="100%" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="baseline" mb="md">
        <Title order={2} fz="lg" fw={600} id={titleId}>
          {title}
        </Title>
        {entries.length > 0 && (
          <Text size="xs" c="dimmed">
            {entries.length === 1 ? '1 change' : entries.length >= RECORD_HISTORY_LIMIT ? `latest ${entries.length} changes` : `${entries.length} changes`}
          </Text>
        )}
      </Group>
      {error && !data ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{apiErrorMessage(error)}</Text>
            <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} />} onClick={() => void refetch()}>
              Try again
            </Button>
          </Group>
        </Alert>
      ) : loading && !data ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading change history">
          {[0, 1, 2].map((index) => (
            <Group key={index} gap="sm" wrap="nowrap" align="flex-start">
              <Skeleton height={24} circle />
              <Stack gap={6} style={{ flex: 1 }}>
                <Skeleton height={12} width="70%" />
                <Skeleton height={10} width="40%" />
              </Stack>
            </Group>
          ))}
        </Stack>
      ) : entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          No changes recorded yet.
        </Text>
      ) : (
        <>
          <Timeline bulletSize={24} lineWidth={2} aria-label={title}>
            {visible.map((entry) => {
              const Icon = entryIcon(entry);
              const color = reportsBlocked(entry) ? 'red' : 'indigo';
              return (
                <Timeline.Item
                  key={entry.id}
                  data-testid="history-entry"
                  data-record-type={entry.recordType}
                  bullet={
                    <ThemeIcon size={24} radius="xl" variant="light" color={color}>
                      <Icon size={13} />
                    </ThemeIcon>
                  }
                  title={
                    <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                      <Text size="sm" lh={1.4}>
                        <Text span fw={600} inherit>
                          {entry.actor?.name ?? 'System'}
                        </Text>{' '}
                        {entry.action}
                        {entry.subject && (
                          <>
                            {' '}
                            <Text span fw={600} inherit>
                              {entry.subject}
                            </Text>
                          </>
                        )}
                        {entry.suffix && ` ${entry.suffix}`}
                      </Text>
                      <Tooltip label={formatDateTime(entry.at)} withArrow openDelay={200}>
                        <Text component="time" dateTime={entry.at} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          {formatRelative(entry.at)}
                        </Text>
                      </Tooltip>
                    </Group>
                  }
                >
                  {entry.details.length > 0 && (
                    <Stack gap={2} mt={4}>
                      {entry.details.map((detail) => (
                        <Text key={detail} size="sm" c="var(--app-color-text-secondary)" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
                          {sentenceCase(detail)}
                        </Text>
                      ))}
                    </Stack>
                  )}
                </Timeline.Item>
              );
            })}
          </Timeline>
          {(hidden > 0 || showAll) && newestFirst.length > initialCount && (
            <Button
              variant="subtle"
              size="xs"
              mt="md"
              leftSection={showAll ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
              onClick={() => setShowAll((value) => !value)}
            >
              {showAll ? 'Show fewer' : `Show all ${newestFirst.length} changes`}
            </Button>
          )}
        </>
      )}
    </Paper>
  );
}
