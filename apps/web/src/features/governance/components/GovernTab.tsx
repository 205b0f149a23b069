import { Button, Card, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { shiftDays } from '@rollout/domain';
import { IconCalendarShare } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { todayLocalDate } from '../../../shared/lib/format';
import { useGovern } from '../hooks/useGovernance';
import { ActionItemsList } from './ActionItemsList';
import { CalendarFeedModal } from './CalendarFeedModal';
import { ForumsCard } from './ForumsCard';
import { WebhooksCard } from '../../notifications/components/WebhooksCard';
import { MeetingsCalendar } from './MeetingsCalendar';

/** How far the tab looks back (recent meetings and their minutes) and ahead. */
const DAYS_BACK = 28;
const DAYS_AHEAD = 14;

/** The program's Govern tab: its meetings coming up and just held, its forums, and the action items still open. */
export function GovernTab({ programId }: { programId: string }) {
  const today = todayLocalDate();
  const range = useMemo(() => ({ from: `${shiftDays(today, -DAYS_BACK)}T00:00:00Z`, to: `${shiftDays(today, DAYS_AHEAD)}T00:00:00Z` }), [today]);
  const { data, error, refetch } = useGovern(programId, range.from, range.to);
  const [feedOpen, setFeedOpen] = useState(false);
  // Coming up and recent split at the moment the tab opened; a refetch does not move meetings between them.
  const [now] = useState(() => Date.now());
  if (error && !data) return <QueryErrorAlert error={error} title="Could not load the forums" onRetry={() => void refetch()} />;
  if (!data?.program) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading the forums">
        <Skeleton height={220} />
        <Skeleton height={220} />
      </Stack>
    );
  }
  const { program } = data;
  const canManage = program.viewerCanRunForums && !program.archived;
  const upcoming = program.meetings.filter((meeting) => new Date(meeting.endsAt).getTime() >= now);
  // Past occurrences nobody opened have nothing to read: recent ones are those prepared, held or cancelled.
  const recent = program.meetings.filter((meeting) => new Date(meeting.endsAt).getTime() < now && meeting.meetingId !== null).reverse();

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <MeetingsCalendar
            programId={programId}
            title="Coming up, next two weeks"
            occurrences={upcoming}
            canManage={canManage}
            empty={program.forums.length === 0 ? 'No forums, so no meetings: set up the forums first.' : `No meetings in the next ${DAYS_AHEAD / 7} weeks.`}
          />
          <MeetingsCalendar programId={programId} title="Recent meetings" occurrences={recent} canManage={canManage} empty={`No meeting opened in the last ${DAYS_BACK / 7} weeks.`} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="lg">
          <Card withBorder padding="lg" radius="md">
            <Group justify="space-between" mb="sm">
              <Title order={2} fz="lg">
                Open action items
              </Title>
              <Text size="sm" c="dimmed">
                {program.actionItems.length}
              </Text>
            </Group>
            <ActionItemsList items={program.actionItems} empty="No open action items. Meetings hand them out in their minutes." />
          </Card>
          <ForumsCard programId={programId} forums={program.forums} canManage={canManage} />
          {canManage && <WebhooksCard programId={programId} />}
          <Button variant="default" leftSection={<IconCalendarShare size={16} />} onClick={() => setFeedOpen(true)}>
            Meetings in your calendar
          </Button>
        </Stack>
      </Grid.Col>
      <CalendarFeedModal opened={feedOpen} onClose={() => setFeedOpen(false)} />
    </Grid>
  );
}
