import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { getFragmentData } from '../../../gql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { RecordNotFound } from '../../../shared/components/RecordNotFound';
import { formatLocalDate } from '../../../shared/lib/format';
import { runWithNotice } from '../../../shared/lib/notify';
import { AgendaCard } from '../components/AgendaCard';
import { MeetingOutcomes } from '../components/MeetingOutcomes';
import { meetingTime, MeetingStatusBadge } from '../components/MeetingStatusBadge';
import { MinutesCard } from '../components/MinutesCard';
import { MeetingViewFragment, useEndMeeting, useMeeting, useStartMeeting } from '../hooks/useGovernance';

/** One meeting: its generated agenda, then (once started) attendance, notes, decisions and action items. */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const { data, error, refetch } = useMeeting(meetingId);
  const [start, starting] = useStartMeeting();
  const [end, ending] = useEndMeeting();
  if (error && !data) {
    if (error.message.includes('not found') || error.message.includes('Not a valid id')) return <RecordNotFound title="This meeting does not exist" />;
    return <QueryErrorAlert error={error} title="Could not load the meeting" onRetry={() => void refetch()} />;
  }
  if (!data) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading the meeting">
        <Skeleton height={60} />
        <Skeleton height={260} />
      </Stack>
    );
  }
  const meeting = getFragmentData(MeetingViewFragment, data.meeting);
  const forumName = meeting.forum?.name ?? 'Meeting';
  const programName = meeting.program?.name ?? 'Program';
  const canManage = meeting.viewerCanManage;
  const input = { meetingId: meeting.id, expectedVersion: meeting.version };

  return (
    <Stack gap="lg">
      <PageHeader
        title={`${forumName} · ${formatLocalDate(meeting.occursOn)}`}
        crumbs={[
          { label: 'Programs', to: '/programs' },
          { label: programName, to: `/programs/${meeting.programId}` },
          { label: 'Govern', to: `/programs/${meeting.programId}?tab=govern` },
        ]}
        badges={<MeetingStatusBadge status={meeting.status} moved={meeting.moved} />}
        description={
          <Text size="sm" c="dimmed">
            {meetingTime(meeting.startsAt, meeting.forum?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone)}
            {meeting.cancelledReason ? ` · Cancelled: ${meeting.cancelledReason}` : ''}
            {meeting.forum?.purpose ? ` · ${meeting.forum.purpose}` : ''}
          </Text>
        }
        actions={
          canManage && (
            <Group gap="xs">
              {meeting.status === 'scheduled' && (
                <Button leftSection={<IconPlayerPlay size={16} />} loading={starting.loading} onClick={() => void runWithNotice(() => start({ variables: { input } }), 'Meeting started: the agenda is frozen and the minutes are open.', 'Could not start the meeting')}>
                  Start meeting
                </Button>
              )}
              {meeting.status === 'in_progress' && (
                <Button variant="default" leftSection={<IconPlayerStop size={16} />} loading={ending.loading} onClick={() => void runWithNotice(() => end({ variables: { input } }), 'Meeting ended.', 'Could not end the meeting')}>
                  End meeting
                </Button>
              )}
            </Group>
          )
        }
      />
      <AgendaCard meeting={meeting} canManage={canManage} />
      {meeting.status !== 'cancelled' && <MinutesCard key={meeting.version} meeting={meeting} canManage={canManage} />}
      {(meeting.status === 'in_progress' || meeting.status === 'held') && <MeetingOutcomes meeting={meeting} canManage={canManage} />}
    </Stack>
  );
}
