import { Button, EmptyState, Group, Paper, Progress, Select, Skeleton, Stack, Text } from '@mantine/core';
import { isoWeekStart, shiftDays, STALE_AFTER_DAYS, weekStart as weekStartOf } from '@rollout/domain';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getFragmentData } from '../../../gql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { formatLocalDate, todayLocalDate } from '../../../shared/lib/format';
import { beforePilotStart, groupByPilot, ThisWeekOwedCheckInFragment, ThisWeekPilotCard } from '../components/ThisWeekPilotCard';
import { GateReviewsCard } from '../../decisions/components/GateReviewsCard';
import { useThisWeek } from '../hooks/useThisWeek';
import { MyActionItemsCard } from '../../governance/components/MyActionItemsCard';

/** How many earlier weeks the week picker offers. */
const PAST_WEEKS = 8;

/** The `week` search parameter as a Monday no later than this week; this week when absent or invalid. */
function weekFromParam(value: string | null, thisWeek: string): string {
  if (!value) return thisWeek;
  try {
    const monday = isoWeekStart(value);
    return monday === value && monday <= thisWeek ? monday : thisWeek;
  } catch {
    return thisWeek;
  }
}

const shortDay = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

function weekOptions(thisWeek: string) {
  return Array.from({ length: PAST_WEEKS + 1 }, (_, index) => {
    const value = shiftDays(thisWeek, -7 * index);
    const monday = shortDay.format(new Date(`${value}T00:00:00Z`));
    const label = index === 0 ? `This week · ${monday}` : index === 1 ? `Last week · ${monday}` : `Week of ${monday}`;
    return { value, label };
  });
}

function ThisWeekSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading check-ins">
      <Skeleton height={72} />
      <Skeleton height={200} />
      <Skeleton height={160} />
    </Stack>
  );
}

/** A partner's weekly to-do: the check-ins they owe, by pilot, with what is done and what is due. */
export function ThisWeekPage() {
  const [params, setParams] = useSearchParams();
  const thisWeek = weekStartOf(todayLocalDate());
  const week = weekFromParam(params.get('week'), thisWeek);
  const { data, error, refetch } = useThisWeek(week);
  const options = useMemo(() => weekOptions(thisWeek), [thisWeek]);

  const items = useMemo(() => (data ? data.checkInsOwed.map((item) => getFragmentData(ThisWeekOwedCheckInFragment, item)) : []), [data]);
  const groups = useMemo(() => groupByPilot(items), [items]);

  const open = items.filter((item) => !beforePilotStart(item));
  const done = open.filter((item) => item.checkIn !== null).length;
  const stale = items.filter((item) => item.stale).length;
  const gateReviews = data?.gateReviews ?? [];
  const gateReviewsCard = gateReviews.length > 0 ? <GateReviewsCard pilots={gateReviews} /> : null;

  const pickWeek = (value: string | null) => {
    if (!value) return;
    const next = new URLSearchParams(params);
    if (value === thisWeek) next.delete('week');
    else next.set('week', value);
    setParams(next, { replace: true });
  };

  const picker = (
    <Select
      aria-label="Week"
      data={options}
      value={week}
      onChange={pickWeek}
      allowDeselect={false}
      w={220}
      leftSection={<IconCalendarCheck size={16} />}
    />
  );

  let content;
  if (error && !data) {
    content = <QueryErrorAlert error={error} title="Could not load your check-ins" onRetry={() => void refetch()} />;
  } else if (!data) {
    content = <ThisWeekSkeleton />;
  } else if (items.length === 0 && gateReviewsCard) {
    // Nothing to report this week (an executive on a steering committee, or pilots that ended): what comes up for decision.
    content = gateReviewsCard;
  } else if (items.length === 0) {
    content = (
      <EmptyState
        mt={40}
        icon={<IconCalendarCheck size={26} />}
        variant="light"
        color="gray"
        title="No check-ins to do"
        description="You have no units in a running pilot. When a pilot starts in a unit you report on, its weekly check-in appears here."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/programs" variant="default">
            Browse programs
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else {
    const allDone = open.length > 0 && done === open.length;
    content = (
      <Stack gap="lg">
        <Paper withBorder p="lg" data-testid="this-week-summary">
          <Group justify="space-between" align="flex-end" gap="sm" mb="xs">
            <div>
              <Text fw={600} size="lg">
                {done} of {open.length} check-ins done
              </Text>
              <Text size="sm" c="dimmed">
                {allDone
                  ? 'All done for this week. You can still update a check-in until the week is over.'
                  : `Week of ${formatLocalDate(week)}. Each pilot unit reports once a week; its steering committee reads them.`}
              </Text>
            </div>
            {stale > 0 && (
              <Text size="sm" c="red" fw={500}>
                {stale} {stale === 1 ? 'unit has' : 'units have'} had no check-in for more than {STALE_AFTER_DAYS} days
              </Text>
            )}
          </Group>
          <Progress
            value={open.length === 0 ? 0 : (done / open.length) * 100}
            color={allDone ? 'green' : 'blue'}
            size="md"
            aria-label={`${done} of ${open.length} check-ins done`}
          />
        </Paper>
        {groups.map((group) => (
          <ThisWeekPilotCard key={group.pilot.id} group={group} week={week} />
        ))}
        {gateReviewsCard}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="This week"
        description="Your action items and weekly check-ins: status, confidence, what went well and what is in the way."
        actions={picker}
      />
      <Stack gap="lg">
        <MyActionItemsCard />
        {content}
      </Stack>
    </>
  );
}
