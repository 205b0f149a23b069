import { Anchor, Badge, Group, Paper, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { daysBetween, isBeforePilotStart, STALE_AFTER_DAYS, weekStart as weekStartOf } from '@rollout/domain';
import { IconAlertTriangle, IconCheck, IconClock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ThisWeekOwedCheckInFragment as OwedCheckInData } from '../../../gql/graphql';
import { formatLocalDate } from '../../../shared/lib/format';
import { CheckInButton } from './CheckInButton';
import { RagStatusBadge } from '../../pilots/components/PilotBadges';

export const ThisWeekOwedCheckInFragment = graphql(`
  fragment ThisWeekOwedCheckIn on OwedCheckIn {
    unitId
    weekStart
    stale
    unit {
      id
      name
      code
    }
    pilot {
      id
      name
      status
      startDate
      endDate
      program {
        id
        name
      }
    }
    checkIn {
      id
      version
      status
      confidence
      highlights
      blockers
      asksForHelp
      commentary
      submittedOn
      submittedBy {
        id
        name
      }
    }
    previousCheckIn {
      id
      status
      weekStart
    }
    wave {
      id
      name
      plannedStart
    }
  }
`);

export type OwedCheckIn = OwedCheckInData;

/** One pilot (or one roll-out wave of a scaled pilot) and the units the viewer reports on in it, in the order the API lists them. */
export interface ThisWeekPilotGroup {
  pilot: OwedCheckIn['pilot'];
  wave: OwedCheckIn['wave'];
  items: OwedCheckIn[];
}

/** Whether the week is before the pilot's (or the unit's wave's) first week: nothing is owed for it (the domain's rule). */
export function beforePilotStart(item: Pick<OwedCheckIn, 'weekStart' | 'pilot' | 'wave'>): boolean {
  return isBeforePilotStart(item.weekStart, item.wave ? { startDate: item.wave.plannedStart } : item.pilot);
}

/** Owed check-ins grouped by pilot, and by wave for units rolling out, in the order they first appear. */
export function groupByPilot(items: readonly OwedCheckIn[]): ThisWeekPilotGroup[] {
  const groups = new Map<string, ThisWeekPilotGroup>();
  for (const item of items) {
    const key = item.wave ? `${item.pilot.id}/${item.wave.id}` : item.pilot.id;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { pilot: item.pilot, wave: item.wave, items: [item] });
  }
  return [...groups.values()];
}

/** "Week 3 of the wave" for a wave's unit. */
function waveWeek(wave: NonNullable<OwedCheckIn['wave']>, week: string): string {
  return `week ${Math.floor(daysBetween(weekStartOf(wave.plannedStart), week) / 7) + 1} of the wave`;
}

/** "Week 3 of 4" of the pilot for the week starting `week`, or where the week lies outside it. */
function pilotWeek(pilot: OwedCheckIn['pilot'], week: string): string {
  const total = Math.max(1, Math.ceil((daysBetween(pilot.startDate, pilot.endDate) + 1) / 7));
  const current = Math.floor(daysBetween(weekStartOf(pilot.startDate), week) / 7) + 1;
  if (current < 1) return `starts ${formatLocalDate(pilot.startDate)}`;
  if (current > total) return `ended ${formatLocalDate(pilot.endDate)}`;
  return `week ${current} of ${total}`;
}

export interface ThisWeekPilotCardProps {
  group: ThisWeekPilotGroup;
  /** Monday of the week shown. */
  week: string;
}

/** A pilot on the "This week" page: each of the viewer's units, done or due. */
export function ThisWeekPilotCard({ group, week }: ThisWeekPilotCardProps) {
  const { pilot, wave, items } = group;
  const open = items.filter((item) => !beforePilotStart(item));
  const done = open.filter((item) => item.checkIn !== null).length;
  const titleId = `this-week-pilot-${pilot.id}${wave ? `-${wave.id}` : ''}`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={titleId} data-testid="this-week-pilot">
      <Group justify="space-between" align="flex-start" gap="sm" mb="md">
        <div style={{ minWidth: 0 }}>
          {wave ? (
            <Anchor component={Link} to={`/programs/${pilot.program.id}?tab=scale`} fw={600} fz="lg" id={titleId}>
              {wave.name} · roll-out of {pilot.name}
            </Anchor>
          ) : (
            <Anchor component={Link} to={`/pilots/${pilot.id}`} fw={600} fz="lg" id={titleId}>
              {pilot.name}
            </Anchor>
          )}
          <Text size="sm" c="dimmed">
            <Anchor component={Link} to={`/programs/${pilot.program.id}`} c="dimmed" inherit>
              {pilot.program.name}
            </Anchor>{' '}
            · {wave ? waveWeek(wave, week) : pilotWeek(pilot, week)}
          </Text>
        </div>
        <Badge variant="light" color={open.length > 0 && done === open.length ? 'green' : 'gray'} size="lg">
          {done} of {open.length} done
        </Badge>
      </Group>
      <Stack gap={0}>
        {items.map((item, index) => (
          <UnitRow key={item.unitId} item={item} first={index === 0} />
        ))}
      </Stack>
    </Paper>
  );
}

function UnitRow({ item, first }: { item: OwedCheckIn; first: boolean }) {
  const { checkIn, previousCheckIn } = item;
  const notStarted = beforePilotStart(item);
  const state = notStarted ? 'not-started' : checkIn ? 'done' : 'due';
  return (
    <Group
      justify="space-between"
      wrap="wrap"
      gap="sm"
      py="sm"
      data-testid="this-week-unit"
      data-unit-code={item.unit.code}
      data-state={state}
      style={first ? undefined : { borderTop: '1px solid var(--app-color-border)' }}
    >
      <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: '1 1 260px' }}>
        {checkIn ? (
          <ThemeIcon color="green" variant="light" radius="xl" size={28} role="img" aria-label="Done">
            <IconCheck size={16} />
          </ThemeIcon>
        ) : (
          <ThemeIcon color={notStarted ? 'gray' : 'orange'} variant="light" radius="xl" size={28} aria-hidden>
            <IconClock size={16} />
          </ThemeIcon>
        )}
        <div style={{ minWidth: 0 }}>
          <Group gap={8} wrap="wrap">
            <Text fw={600} size="sm">
              {item.unit.name}
            </Text>
            <Text size="xs" c="dimmed">
              {item.unit.code}
            </Text>
            {item.stale && (
              <Tooltip label="Stale units are flagged to the steering committee." withArrow>
                <Badge color="red" variant="outline" size="sm" leftSection={<IconAlertTriangle size={11} />}>
                  No check-in for more than {STALE_AFTER_DAYS} days
                </Badge>
              </Tooltip>
            )}
          </Group>
          {checkIn ? (
            <Text size="xs" c="dimmed">
              Confidence {checkIn.confidence} of 5 · by {checkIn.submittedBy.name} on {formatLocalDate(checkIn.submittedOn)}
            </Text>
          ) : previousCheckIn ? (
            <Text size="xs" c="dimmed">
              Last check-in: week of {formatLocalDate(previousCheckIn.weekStart)}
            </Text>
          ) : (
            <Text size="xs" c="dimmed">
              {notStarted ? 'The pilot had not started that week.' : 'No check-in yet.'}
            </Text>
          )}
        </div>
      </Group>
      <Group gap="sm" wrap="nowrap">
        {checkIn ? (
          <>
            <Text size="sm" c="green" fw={600}>
              Done
            </Text>
            <RagStatusBadge status={checkIn.status} />
          </>
        ) : notStarted ? (
          <Badge color="gray" variant="light">
            Not started
          </Badge>
        ) : (
          <>
            {previousCheckIn && (
              <Group gap={4} wrap="nowrap">
                <Text size="xs" c="dimmed">
                  Last:
                </Text>
                <RagStatusBadge status={previousCheckIn.status} size="sm" />
              </Group>
            )}
            <Badge color="orange" variant="outline">
              Due
            </Badge>
          </>
        )}
        {!notStarted && (
          <CheckInButton
            pilotId={item.pilot.id}
            unitId={item.unitId}
            unitName={item.unit.name}
            weekStart={item.weekStart}
            previousStatus={previousCheckIn?.status ?? null}
            existing={checkIn}
          />
        )}
      </Group>
    </Group>
  );
}
