import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PLACEMENT_LABELS, PLACEMENTS, type Placement } from '@rollout/domain';
import { IconAlertTriangle } from '@tabler/icons-react';

export interface PlacementMapActivity {
  id: string;
  name: string;
  capability: string;
  placement: Placement | null;
  reason: string;
  flag: string | null;
}

/** The order the map reads in: the hub, what is shared, then the spokes. */
const COLUMNS: readonly Placement[] = ['hub', 'shared', 'spoke'];

/** Where every activity lives in the target model: one column per place, each activity with its capability, reason and flag. */
export function PlacementMap({ activities }: { activities: readonly PlacementMapActivity[] }) {
  const unplaced = activities.filter((activity) => activity.placement === null);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="placement-map-title" data-print-section>
      <Title order={2} size="h4" id="placement-map-title" mb="sm">
        Placement map
      </Title>
      <SimpleGrid cols={{ base: 1, md: PLACEMENTS.length }} spacing="md">
        {COLUMNS.map((place) => {
          const placed = activities.filter((activity) => activity.placement === place);
          return (
            <Stack key={place} gap="xs" component="section" aria-label={PLACEMENT_LABELS[place]}>
              <Text fw={650} size="sm">
                {PLACEMENT_LABELS[place]} ({placed.length})
              </Text>
              {placed.length === 0 ? (
                <Text size="sm" c="dimmed">
                  None
                </Text>
              ) : (
                <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {placed.map((activity) => (
                    <li key={activity.id}>
                      <Text size="sm" fw={600}>
                        {activity.name}{' '}
                        <Text span size="xs" c="dimmed" fw={400}>
                          {activity.capability}
                        </Text>
                      </Text>
                      {activity.reason && <Text size="sm">{activity.reason}</Text>}
                      {activity.flag && (
                        <Group gap={6} wrap="nowrap" align="flex-start">
                          <IconAlertTriangle size={16} color="var(--mantine-color-orange-text)" style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
                          <Text size="sm" c="var(--mantine-color-orange-text)">
                            {activity.flag}
                          </Text>
                        </Group>
                      )}
                    </li>
                  ))}
                </Stack>
              )}
            </Stack>
          );
        })}
      </SimpleGrid>
      {unplaced.length > 0 && (
        <Group gap={6} mt="md" wrap="nowrap" align="flex-start">
          <Badge variant="light" color="gray" style={{ flex: 'none' }}>
            Not placed yet
          </Badge>
          <Text size="sm">{unplaced.map((activity) => activity.name).join(', ')}</Text>
        </Group>
      )}
    </Paper>
  );
}
