import { Card, Group, Text, Title } from '@mantine/core';
import { useMyActionItems } from '../hooks/useGovernance';
import { ActionItemsList } from './ActionItemsList';

/** The signed-in user's open action items from every forum, by due day; nothing while they have none. */
export function MyActionItemsCard() {
  const { data } = useMyActionItems();
  const items = data?.myActionItems ?? [];
  if (items.length === 0) return null;
  const programByItem = new Map(items.map((item) => [item.id, item.program?.name ?? 'Program']));
  return (
    <Card withBorder padding="lg" radius="md" data-testid="my-action-items">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg">
          Your action items
        </Title>
        <Text size="sm" c="dimmed">
          {items.length} open
        </Text>
      </Group>
      <ActionItemsList items={items} empty="" programByItem={programByItem} />
    </Card>
  );
}
