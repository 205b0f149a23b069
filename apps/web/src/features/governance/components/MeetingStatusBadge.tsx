import { Badge } from '@mantine/core';
import { MEETING_STATUS_LABELS, type MeetingStatus } from '@rollout/domain';

const COLORS: Record<MeetingStatus, string> = { scheduled: 'gray', cancelled: 'red', in_progress: 'blue', held: 'green' };

export function MeetingStatusBadge({ status, moved = false }: { status: MeetingStatus; moved?: boolean }) {
  return (
    <Badge size="sm" variant="light" color={COLORS[status]}>
      {status === 'scheduled' && moved ? 'Moved' : MEETING_STATUS_LABELS[status]}
    </Badge>
  );
}

const dayTime = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "Mon, Dec 7, 09:00" in the viewer's time zone, and the forum's own time when its zone differs. */
export function meetingTime(startsAt: string, timeZone: string): string {
  const start = new Date(startsAt);
  const local = dayTime.format(start);
  const clock = (zone?: string) => new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(start);
  const there = clock(timeZone);
  // The forum's own time only when it reads differently from the viewer's.
  return there === clock() ? local : `${local} (${there} ${timeZone})`;
}
