import { ActionIcon, Anchor, Badge, Group, Stack, Text, Tooltip, type MantineColor } from '@mantine/core';
import { LESSON_KIND_LABELS, LESSON_KINDS, PLACEMENT_SHORT_LABELS, type LessonKind, type Placement } from '@rollout/domain';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';

export const LESSON_KIND_COLORS: Record<LessonKind, MantineColor> = {
  worked: 'green',
  did_not_work: 'red',
  change_before_scaling: 'orange',
};

/** Shown where a lesson's activity is gone (removing a tagged activity is refused, so only mid-request). */
export const REMOVED_ACTIVITY = 'A removed activity';

/** What the list shows of a lesson. */
export interface LessonRow {
  id: string;
  /** Its place in the target model and the RACI domains it carries, where the design is shown beside it. */
  activity: { name: string; capabilityName: string; placement?: { placement: Placement } | null; raciDomains?: readonly { name: string }[] } | null;
  kind: LessonKind;
  text: string;
  createdBy: { name: string };
  /** Shown on the program page, where lessons come from several pilots. */
  pilot?: { id: string; name: string };
}

export interface LessonGroup<T extends LessonRow> {
  capability: string;
  lessons: T[];
}

const capabilityOf = (lesson: LessonRow) => lesson.activity?.capabilityName ?? REMOVED_ACTIVITY;
const activityOf = (lesson: LessonRow) => lesson.activity?.name ?? REMOVED_ACTIVITY;

/**
 * Lessons grouped by their activity's capability, capabilities in the order they first come (the
 * program's lessons come in catalog order); within one, by activity name, then what worked first,
 * then what did not, then what to change.
 */
export function groupLessonsByCapability<T extends LessonRow>(lessons: readonly T[]): LessonGroup<T>[] {
  const groups = new Map<string, LessonGroup<T>>();
  for (const lesson of lessons) {
    const capability = capabilityOf(lesson);
    const group = groups.get(capability);
    if (group) group.lessons.push(lesson);
    else groups.set(capability, { capability, lessons: [lesson] });
  }
  return [...groups.values()].map((group) => ({
    ...group,
    // Array.prototype.sort is stable: lessons of one activity and kind keep their order.
    lessons: [...group.lessons].sort((a, b) => activityOf(a).localeCompare(activityOf(b)) || LESSON_KINDS.indexOf(a.kind) - LESSON_KINDS.indexOf(b.kind)),
  }));
}

export interface LessonsByCapabilityProps<T extends LessonRow> {
  lessons: readonly T[];
  /** Offers a remove button per lesson when given. */
  onRemove?: (lesson: T) => void;
}

/** Lessons learned, one block per capability, each lesson with its activity and what kind of lesson it is. */
export function LessonsByCapability<T extends LessonRow>({ lessons, onRemove }: LessonsByCapabilityProps<T>) {
  const groups = groupLessonsByCapability(lessons);
  return (
    <Stack gap="md">
      {groups.map((group) => (
        <Stack key={group.capability} gap="xs" data-testid="lesson-group" data-capability={group.capability}>
          <Text fw={600} size="sm" component="h3" m={0}>
            {group.capability}
          </Text>
          {group.lessons.map((lesson) => (
            <Stack key={lesson.id} gap={2} data-testid="lesson" data-kind={lesson.kind}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Group gap={8} wrap="wrap" miw={0}>
                  <Text size="sm" fw={500} data-testid="lesson-activity">
                    {activityOf(lesson)}
                    {lesson.activity?.placement ? ` · ${PLACEMENT_SHORT_LABELS[lesson.activity.placement.placement]}` : ''}
                  </Text>
                  <Badge color={LESSON_KIND_COLORS[lesson.kind]} variant="light" size="sm">
                    {LESSON_KIND_LABELS[lesson.kind]}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {lesson.pilot && (
                      <>
                        <Anchor component={Link} to={`/pilots/${lesson.pilot.id}`} inherit c="dimmed" underline="always">
                          {lesson.pilot.name}
                        </Anchor>
                        {' · '}
                      </>
                    )}
                    {lesson.createdBy.name}
                  </Text>
                </Group>
                {onRemove && (
                  <Tooltip label="Remove lesson" withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      aria-label={`Remove lesson: ${lesson.text}`}
                      onClick={() => onRemove(lesson)}
                    >
                      <IconTrash size={15} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {lesson.text}
              </Text>
              {lesson.activity?.raciDomains && lesson.activity.raciDomains.length > 0 && (
                <Text size="xs" c="dimmed" data-testid="lesson-raci-domains">
                  Decision rights: {lesson.activity.raciDomains.map((domain) => domain.name).join(', ')}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
