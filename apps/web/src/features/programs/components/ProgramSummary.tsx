import { Avatar, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { OPERATING_MODEL_LABELS } from '@rollout/domain';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatLocalDate, formatRelative, initials } from '../../../shared/lib/format';

export const ProgramSummaryFragment = graphql(`
  fragment ProgramSummary on Program {
    id
    name
    targetModel
    sponsor
    objective
    startDate
    targetDate
    archived
    owner {
      id
      name
    }
  }
`);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

export interface ProgramSummaryProps {
  program: FragmentType<typeof ProgramSummaryFragment>;
}

/** Key facts and objective of a program, shown under its title. */
export function ProgramSummary({ program: programRef }: ProgramSummaryProps) {
  const program = getFragmentData(ProgramSummaryFragment, programRef);
  const targetInstant = `${program.targetDate.slice(0, 10)}T00:00:00`;
  return (
    <Paper withBorder p="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="lg" verticalSpacing="md">
        <Fact label="Target model">
          <Text size="sm" fw={500}>
            {OPERATING_MODEL_LABELS[program.targetModel]}
          </Text>
        </Fact>
        <Fact label="Owner">
          <Group gap={8} wrap="nowrap">
            <Avatar size={24} radius="xl" color="indigo">
              {initials(program.owner.name)}
            </Avatar>
            <Text size="sm" fw={500}>
              {program.owner.name}
            </Text>
          </Group>
        </Fact>
        <Fact label="Sponsor">
          <Text size="sm" fw={500}>
            {program.sponsor}
          </Text>
        </Fact>
        <Fact label="Start date">
          <Text size="sm" fw={500}>
            {formatLocalDate(program.startDate)}
          </Text>
        </Fact>
        <Fact label="Target date">
          <Text size="sm" fw={500}>
            {formatLocalDate(program.targetDate)}
          </Text>
          <Text size="xs" c="dimmed">
            {formatRelative(targetInstant)}
          </Text>
        </Fact>
      </SimpleGrid>
      <Stack gap={4} mt="lg">
        <Text size="xs" tt="uppercase" fw={600} c="dimmed" style={{ letterSpacing: '0.04em' }}>
          Objective
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }} c={program.objective ? undefined : 'dimmed'}>
          {program.objective || 'No objective written yet.'}
        </Text>
      </Stack>
    </Paper>
  );
}
