import { useQuery } from '@apollo/client/react';
import { Badge, Button, EmptyState, Group, Paper, Rating, Stack, Text, Timeline, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { isoWeekStart, type RagStatus } from '@rollout/domain';
import { IconClipboardCheck, IconClockExclamation } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { PilotCheckInsFragment as PilotCheckInsData } from '../../../gql/graphql';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
import { formatDateTime, formatLocalDate } from '../../../shared/lib/format';
import { RAG_STATUS_COLORS, staleLabel } from '../../pilots/pilot-display';
import type { ExistingCheckIn } from './check-in-conflict';
import { RagStatusBadge } from '../../pilots/components/PilotBadges';

export const CheckInEntryFragment = graphql(`
  fragment CheckInEntry on CheckIn {
    id
    version
    unitId
    weekStart
    status
    confidence
    highlights
    blockers
    asksForHelp
    commentary
    submittedOn
    updatedAt
    unit {
      id
      name
    }
    submittedBy {
      id
      name
    }
  }
`);

/** Check-ins the pilot page shows at first; older ones load on demand. */
export const CHECK_INS_SHOWN = 30;
/** How many more each "Show older" asks for. */
const CHECK_INS_MORE = 50;

export const PilotCheckInsFragment = graphql(`
  fragment PilotCheckIns on Pilot {
    id
    status
    startDate
    unitReports {
      pilotId
      unitId
      stale
      viewerCanReport
      unit {
        id
        name
        code
      }
      lastCheckIn {
        id
        version
        weekStart
        status
        confidence
        highlights
        blockers
        asksForHelp
        commentary
        submittedOn
      }
      previousCheckIn {
        id
        weekStart
        status
      }
    }
    checkInCount
    checkIns(first: 30) {
      ...CheckInEntry
    }
  }
`);

export const PilotCheckInHistoryQuery = graphql(`
  query PilotCheckInHistory($id: ID!, $first: Int!) {
    pilot(id: $id) {
      id
      checkIns(first: $first) {
        ...CheckInEntry
      }
    }
  }
`);

type UnitReport = PilotCheckInsData['unitReports'][number];

/** What the "Submit check-in" slot gets for one pilot unit the viewer reports on. */
export interface CheckInSlotUnit {
  pilotId: string;
  unitId: string;
  unitName: string;
  /** Monday of the current week. */
  weekStart: string;
  /** Status of the unit's latest check-in before this week. */
  previousStatus: RagStatus | null;
  /** This week's check-in, when there is one (the slot then updates it). */
  existing: ExistingCheckIn | null;
}

export interface PilotCheckInsCardProps {
  pilot: FragmentType<typeof PilotCheckInsFragment>;
  /** The day the page judges staleness on (the evaluation's as-of day). */
  today: string;
  /** Renders the action to submit a unit's check-in; only called for units the viewer reports on, while check-ins are open. */
  renderCheckInAction?: (unit: CheckInSlotUnit) => ReactNode;
}

function Confidence({ value }: { value: number }) {
  return (
    <Tooltip label={`Confidence ${value} of 5 that the pilot reaches its targets`} withArrow openDelay={200}>
      <Group gap={6} wrap="nowrap" role="img" aria-label={`Confidence ${value} of 5`}>
        <Rating value={value} count={5} readOnly size="xs" aria-hidden />
        <Text size="xs" c="dimmed" aria-hidden>
          {value}/5
        </Text>
      </Group>
    </Tooltip>
  );
}

function Part({ label, text, color }: { label: string; text: string; color?: string }) {
  if (!text.trim()) return null;
  return (
    <Text size="sm" c={color} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
      <Text span fw={600} inherit>
        {label}:
      </Text>{' '}
      {text}
    </Text>
  );
}

/** The steering committee's weekly view: each unit's latest status and what every check-in said, newest first. */
/** The address fragment that opens a pilot at one unit's check-ins: `#check-in-<unit id>`. */
const CHECK_IN_ANCHOR = '#check-in-';

export function PilotCheckInsCard({ pilot: pilotRef, today, renderCheckInAction }: PilotCheckInsCardProps) {
  const pilot = getFragmentData(PilotCheckInsFragment, pilotRef);
  const reports = pilot.unitReports;
  const open = pilot.status === 'running' || pilot.status === 'in_review';
  const staleCount = reports.filter((report) => report.stale).length;
  const thisWeek = isoWeekStart(today);
  // Opened from elsewhere for one unit (the portfolio's heat map): its row is brought into view and marked.
  const { hash } = useLocation();
  const targetUnitId = hash.startsWith(CHECK_IN_ANCHOR) ? decodeURIComponent(hash.slice(CHECK_IN_ANCHOR.length)) : null;
  useEffect(() => {
    if (targetUnitId) document.getElementById(`check-in-${targetUnitId}`)?.scrollIntoView({ block: 'center' });
  }, [targetUnitId]);
  const slot = (report: UnitReport) => {
    if (!open || !report.viewerCanReport || !renderCheckInAction) return null;
    const existing = report.lastCheckIn?.weekStart === thisWeek ? report.lastCheckIn : null;
    const previous = report.previousCheckIn;
    return renderCheckInAction({
      pilotId: pilot.id,
      unitId: report.unitId,
      unitName: report.unit.name,
      weekStart: thisWeek,
      previousStatus: previous?.status ?? null,
      existing,
    });
  };
  const hasActions = reports.some((report) => slot(report) !== null);
  const reportColumns: ResponsiveColumn<UnitReport>[] = [
    {
      key: 'unit',
      header: 'Unit',
      cardRole: 'title',
      render: (report) => (
        <>
          <Text size="sm" fw={600}>
            {report.unit.name}
          </Text>
          <Text size="xs" c="dimmed">
            {report.unit.code}
          </Text>
        </>
      ),
    },
    {
      key: 'status',
      header: 'Latest status',
      render: (report) =>
        report.lastCheckIn ? (
          <RagStatusBadge status={report.lastCheckIn.status} />
        ) : (
          <Text size="sm" c="dimmed">
            None yet
          </Text>
        ),
    },
    {
      key: 'confidence',
      header: 'Confidence',
      render: (report) => (report.lastCheckIn ? <Confidence value={report.lastCheckIn.confidence} /> : null),
    },
    {
      key: 'last',
      header: 'Last check-in',
      render: (report) => (
        <Stack gap={4} align="flex-start">
          {report.lastCheckIn && <Text size="sm">Week of {formatLocalDate(report.lastCheckIn.weekStart)}</Text>}
          {report.stale && (
            <Badge color="orange" variant="light" leftSection={<IconClockExclamation size={12} />}>
              {staleLabel(report.lastCheckIn?.submittedOn ?? null, pilot.startDate, today)}
            </Badge>
          )}
        </Stack>
      ),
    },
  ];
  const actionColumn: ResponsiveColumn<UnitReport> = {
    key: 'actions',
    header: <VisuallyHidden>Actions</VisuallyHidden>,
    cardRole: 'actions',
    tdProps: { ta: 'right' },
    render: slot,
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="pilot-check-ins-title">
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <div>
          <Title order={2} fz="lg" fw={600} id="pilot-check-ins-title">
            Weekly check-ins
          </Title>
          <Text size="sm" c="dimmed">
            Each pilot unit reports red, amber or green and its confidence every week.
          </Text>
        </div>
        {staleCount > 0 && (
          <Badge color="orange" variant="light" size="lg" leftSection={<IconClockExclamation size={14} />}>
            {staleCount} {staleCount === 1 ? 'unit' : 'units'} silent for over a week
          </Badge>
        )}
      </Group>

      <ResponsiveTable
        aria-label="Latest check-in per unit"
        rows={reports}
        columns={hasActions ? [...reportColumns, actionColumn] : reportColumns}
        rowKey={(report) => report.unitId}
        rowProps={(report) => ({
          id: `check-in-${report.unitId}`,
          'data-testid': 'unit-report',
          'data-unit-code': report.unit.code,
          'data-stale': report.stale,
          'aria-current': report.unitId === targetUnitId ? 'location' : undefined,
          style: report.unitId === targetUnitId ? { background: 'var(--mantine-primary-color-light)' } : undefined,
        })}
        tableProps={{ verticalSpacing: 'sm' }}
        minWidth={560}
      />

      <Title order={3} fz="md" fw={600} mt="xl" mb="sm">
        All check-ins
      </Title>
      {pilot.checkInCount === 0 ? (
        <EmptyState
          icon={<IconClipboardCheck size={24} />}
          variant="light"
          color="gray"
          title="No check-ins yet"
          description={
            pilot.status === 'planned'
              ? 'Check-ins start once the pilot runs: each pilot unit reports every week.'
              : 'Each pilot unit’s regional partner reports here every week.'
          }
          py="lg"
        />
      ) : (
        <CheckInTimeline pilotId={pilot.id} first={pilot.checkIns} total={pilot.checkInCount} />
      )}
    </Paper>
  );
}

/** Every check-in, newest first: the page's first ones, then older ones as asked for. */
function CheckInTimeline({ pilotId, first, total }: { pilotId: string; first: readonly FragmentType<typeof CheckInEntryFragment>[]; total: number }) {
  const [wanted, setWanted] = useState(CHECK_INS_SHOWN);
  const more = useQuery(PilotCheckInHistoryQuery, { variables: { id: pilotId, first: wanted }, skip: wanted <= CHECK_INS_SHOWN });
  const refs = (more.data ?? more.previousData)?.pilot.checkIns ?? first;
  const checkIns = refs.map((ref) => getFragmentData(CheckInEntryFragment, ref));
  const left = total - checkIns.length;
  return (
    <>
      <Timeline bulletSize={14} lineWidth={2} aria-label="Check-ins, newest first">
        {checkIns.map((checkIn) => (
          <Timeline.Item
            key={checkIn.id}
            color={RAG_STATUS_COLORS[checkIn.status]}
            data-testid="check-in"
            title={
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {checkIn.unit.name} · week of {formatLocalDate(checkIn.weekStart)}
                </Text>
                <RagStatusBadge status={checkIn.status} size="sm" />
                <Confidence value={checkIn.confidence} />
              </Group>
            }
          >
            <Stack gap={4} mt={4}>
              <Part label="Why" text={checkIn.commentary} />
              <Part label="Highlights" text={checkIn.highlights} />
              <Part label="Blockers" text={checkIn.blockers} color={checkIn.blockers.trim() ? 'red' : undefined} />
              <Part label="Asks for help" text={checkIn.asksForHelp} />
              <Text size="xs" c="dimmed">
                {checkIn.submittedBy.name} ·{' '}
                <Tooltip label={formatDateTime(checkIn.updatedAt)} withArrow openDelay={200}>
                  <Text span inherit component="time" dateTime={checkIn.submittedOn}>
                    {formatLocalDate(checkIn.submittedOn)}
                  </Text>
                </Tooltip>
              </Text>
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
      {more.error && <QueryErrorAlert error={more.error} title="Could not load older check-ins" onRetry={() => void more.refetch()} />}
      {left > 0 && (
        <Group justify="center" mt="md">
          <Button variant="default" loading={more.loading} onClick={() => setWanted(checkIns.length + CHECK_INS_MORE)}>
            Show {Math.min(left, CHECK_INS_MORE)} older of {left}
          </Button>
        </Group>
      )}
    </>
  );
}
