import { Alert, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ProgramAlignmentQuery } from '../../../gql/graphql';

type Alignment = ProgramAlignmentQuery['program']['alignment'];

const VERDICT_LABELS = { robust: 'Robust', fragile: 'Fragile', undecided: 'Not scored yet' } as const;

/** How far each weight may move before the winner changes, in sentences beside the matrix. */
export function SensitivityCard({ alignment }: { alignment: Alignment }) {
  const { sensitivity, principles } = alignment;
  const nameOf = (id: string) => principles.find((row) => row.id === id)?.name ?? '';
  const shifts = sensitivity.principles.flatMap((row) => [row.up, row.down].filter((shift) => shift !== null && shift !== undefined).map((shift) => ({ key: `${row.principleId}-${shift.sentence}`, name: nameOf(row.principleId), sentence: shift.sentence })));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sensitivity-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" fw={600} id="sensitivity-title">
          Sensitivity
        </Title>
        <Alert color={sensitivity.verdict === 'robust' ? 'teal' : sensitivity.verdict === 'fragile' ? 'orange' : 'gray'} variant="light" title={VERDICT_LABELS[sensitivity.verdict]}>
          <Text size="sm" data-testid="sensitivity-sentence">
            {sensitivity.sentence}
          </Text>
        </Alert>
        {shifts.length > 0 && (
          <List size="sm" spacing={4}>
            {shifts.map((shift) => (
              <List.Item key={shift.key}>{shift.sentence}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
