import { Paper, Text, Title } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { LessonsByCapability } from './LessonsByCapability';

export const ProgramLessonsFragment = graphql(`
  fragment ProgramLessons on Program {
    id
    lessons {
      id
      activity {
        id
        name
        capabilityName
        placement {
          id
          placement
        }
        raciDomains {
          id
          name
        }
      }
      kind
      text
      createdBy {
        id
        name
      }
      pilot {
        id
        name
      }
    }
  }
`);

export interface LessonsForRolloutCardProps {
  program: FragmentType<typeof ProgramLessonsFragment>;
}

/** Lessons learned in the program's pilots, by capability and activity: what to carry into the roll-out waves. */
export function LessonsForRolloutCard({ program: programRef }: LessonsForRolloutCardProps) {
  const { lessons } = getFragmentData(ProgramLessonsFragment, programRef);
  return (
    <Paper withBorder p="lg" h="100%" component="section" aria-labelledby="program-lessons-title">
      <Title order={2} fz="lg" fw={600} id="program-lessons-title">
        Lessons learned
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        From the program’s pilots, by capability and activity: read them when planning the roll-out.
      </Text>
      {lessons.length === 0 ? (
        <Text size="sm" c="dimmed">
          No lessons yet. Pilot leads record them at the gate review.
        </Text>
      ) : (
        <LessonsByCapability lessons={lessons} />
      )}
    </Paper>
  );
}
