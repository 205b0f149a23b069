import { ActionIcon, Anchor, Badge, Group, Stack, Text, Tooltip, type MantineColor } from '@mantine/core';
import { LESSON_KIND_LABELS, LESSON_KINDS, type LessonKind } from '@rollout/domain';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';

export const LESSON_KIND_COLORS: Record<LessonKind, MantineColor> = {
  worked: 'green',
  did_not_work: 'red',
  change_before_scaling: 'orange',
};

/** What the list shows of a lesson. */
export interface LessonRow {
  id: string;
  capability: string;
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

/**
 * Lessons grouped by capability (spelling and case differences put together), capabilities
 * alphabetically; within one, what worked first, then what did not, then what to change.
 */
export function groupLessonsByCapability<T extends LessonRow>(lessons: readonly T[]): LessonGroup<T>[] {
  const groups = new Map<string, LessonGroup<T>>();
  for (const lesson of lessons) {
    const key = lesson.capability.trim().toLocaleLowerCase();
    const group = groups.get(key);
    if (group) group.lessons.push(lesson);
    else groups.set(key, { capability: lesson.capability.trim(), lessons: [lesson] });
  }
  return [...groups.values()]
    .sort((a, b) => a.capability.localeCompare(b.capability))
    .map((group) => ({
      ...group,
      // Array.prototype.sort is stable: lessons of one kind keep their order.
      lessons: [...group.lessons].sort((a, b) => LESSON_KINDS.indexOf(a.kind) - LESSON_KINDS.indexOf(b.kind)),
    }));
}

export interface LessonsByCapabilityProps<T extends LessonRow> {
  lessons: readonly T[];
  /** Offers a remove button per lesson when given. */
  onRemove?: (lesson: T) => void;
}

/** Lessons learned, one block per capability, each lesson with what kind of lesson it is. */
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
            </Stack>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
