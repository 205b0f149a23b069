import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { DESIGN_SHIFT_LABELS } from '@rollout/domain';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const CurrentVsTargetCardFragment = graphql(`
  fragment CurrentVsTargetCard on ProgramDesign {
    id
    currentVsTarget {
      kind
      count
      items {
        activityId
        sentence
      }
    }
  }
`);

/** What the target changes against the assessment: work moving, duplications removed, gaps filled or open, activities still unplaced. */
export function CurrentVsTargetCard({ design: designRef }: { design: FragmentType<typeof CurrentVsTargetCardFragment> }) {
  const design = getFragmentData(CurrentVsTargetCardFragment, designRef);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="current-vs-target-title">
      <Title order={3} size="h4" id="current-vs-target-title" mb="sm">
        Current vs target
      </Title>
      <Stack gap="md">
        {design.currentVsTarget.map((list) => (
          <Stack key={list.kind} gap={4} aria-label={DESIGN_SHIFT_LABELS[list.kind]} data-testid="design-shift-list">
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" fw={600}>
                {DESIGN_SHIFT_LABELS[list.kind]}
              </Text>
              <Badge variant="light" color={list.count === 0 ? 'gray' : 'blue'}>
                {list.count}
              </Badge>
            </Group>
            {list.items.length > 0 && (
              <List size="sm" spacing={2}>
                {list.items.map((item) => (
                  <List.Item key={item.activityId}>{item.sentence}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
