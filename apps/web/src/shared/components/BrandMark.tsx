import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconTrendingUp } from '@tabler/icons-react';

export interface BrandMarkProps {
  /** White text for dark backgrounds. */
  inverted?: boolean;
}

export function BrandMark({ inverted = false }: BrandMarkProps) {
  return (
    <Group gap={10} wrap="nowrap">
      <ThemeIcon size={32} radius="md" variant={inverted ? 'white' : 'filled'} color="indigo">
        <IconTrendingUp size={20} stroke={2.2} />
      </ThemeIcon>
      <Text fw={700} fz={19} c={inverted ? 'white' : undefined} style={{ letterSpacing: '-0.01em' }}>
        Rollout
      </Text>
    </Group>
  );
}
