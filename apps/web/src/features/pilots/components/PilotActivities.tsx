import { Badge, Group, Stack, Text } from '@mantine/core';
import { PLACEMENT_SHORT_LABELS, type Placement } from '@rollout/domain';

/** An activity a pilot changes, as the pilot page and the roll-out show it. */
export interface ChangedActivity {
  id: string;
  name: string;
  capabilityName: string;
  placement: { placement: Placement } | null;
  raciDomains: readonly { name: string }[];
}

function groupByCapability<T extends { capabilityName: string }>(activities: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const activity of activities) groups.set(activity.capabilityName, [...(groups.get(activity.capabilityName) ?? []), activity]);
  return [...groups.entries()];
}

/** The decision rights (RACI domains) a pilot's activities change, each once. */
export function decisionDomainsOf(activities: readonly ChangedActivity[]): string[] {
  return [...new Set(activities.flatMap((activity) => activity.raciDomains.map((domain) => domain.name)))];
}

/** The activities a pilot changes, by capability, each with where the target model places it. */
export function PilotActivities({ activities }: { activities: readonly ChangedActivity[] }) {
  return (
    <Stack gap={4}>
      {groupByCapability(activities).map(([capability, members]) => (
        <Group key={capability} gap={6} data-testid="pilot-activity-group">
          <Text size="xs" c="dimmed">
            {capability}:
          </Text>
          {members.map((activity) => (
            <Badge key={activity.id} variant="outline" color="gray">
              {activity.name}
              {activity.placement ? ` · ${PLACEMENT_SHORT_LABELS[activity.placement.placement]}` : ''}
            </Badge>
          ))}
        </Group>
      ))}
    </Stack>
  );
}
