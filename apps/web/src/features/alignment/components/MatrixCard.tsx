import { Badge, Box, Group, NativeSelect, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { CANDIDATE_MODELS, OPERATING_MODEL_LABELS, type CandidateModel } from '@rollout/domain';
import type { ProgramAlignmentQuery } from '../../../gql/graphql';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
import { notifyError } from '../../../shared/lib/notify';
import { useScoreOperatingModel } from '../hooks/useAlignment';

type Alignment = ProgramAlignmentQuery['program']['alignment'];
type Principle = Alignment['principles'][number];

const SCORE_OPTIONS = [{ value: '', label: '–' }, ...[1, 2, 3, 4, 5].map((score) => ({ value: String(score), label: String(score) }))];

export interface MatrixCardProps {
  programId: string;
  alignment: Alignment;
  canEdit: boolean;
}

/** The decision matrix: each model scored 1–5 per principle, then weighted totals as bars with ranks. */
export function MatrixCard({ programId, alignment, canEdit }: MatrixCardProps) {
  const [score, { loading }] = useScoreOperatingModel();
  const cell = (principleId: string, model: CandidateModel) => alignment.scores.find((row) => row.principleId === principleId && row.model === model);
  const onScore = (principle: Principle, model: CandidateModel, value: string) => {
    if (!value) return;
    const current = cell(principle.id, model);
    score({
      variables: { input: { programId, principleId: principle.id, model: model, score: Number(value), note: current?.note ?? '', expectedVersion: current?.version } },
    }).catch((error: unknown) => notifyError(error, 'The score was not saved'));
  };
  const columns: ResponsiveColumn<Principle>[] = [
    { key: 'principle', header: 'Principle', cardRole: 'title', render: (row) => row.name },
    ...CANDIDATE_MODELS.map(
      (model): ResponsiveColumn<Principle> => ({
        key: model,
        header: OPERATING_MODEL_LABELS[model],
        cardLabel: OPERATING_MODEL_LABELS[model],
        render: (row) => {
          const current = cell(row.id, model);
          if (!canEdit) return <Text size="sm" title={current?.note || undefined}>{current?.score ?? '–'}</Text>;
          return (
            <NativeSelect
              size="xs"
              w={64}
              data={SCORE_OPTIONS}
              value={current ? String(current.score) : ''}
              disabled={loading}
              aria-label={`Score of ${OPERATING_MODEL_LABELS[model]} on ${row.name}`}
              onChange={(event) => onScore(row, model, event.currentTarget.value)}
            />
          );
        },
      }),
    ),
  ];
  const best = Math.max(5, ...alignment.totals.map((row) => row.total));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="matrix-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" fw={600} id="matrix-title">
          Decision matrix
        </Title>
        <Text size="sm" c="dimmed">
          Score each model 1 (fits badly) to 5 (fits well) on each principle; totals weigh the scores by the average weights.
          {alignment.matrixComplete ? '' : ' Unscored cells count as 0.'}
        </Text>
        <ResponsiveTable aria-label="Decision matrix scores" rows={alignment.principles} columns={columns} rowKey={(row) => row.id} minWidth={620} />
        <Title order={3} fz="md" fw={600} mt="sm">
          Weighted totals
        </Title>
        <Stack gap={6} data-testid="matrix-totals">
          {alignment.totals.map((row) => (
            <Group key={row.model} gap="sm" wrap="nowrap" data-testid="matrix-total" data-model={row.model}>
              <Text size="sm" w={120} fw={row.rank === 1 ? 700 : 400} style={{ flexShrink: 0 }}>
                {row.rank}. {OPERATING_MODEL_LABELS[row.model]}
              </Text>
              <Progress
                flex={1}
                size="lg"
                value={(row.total / best) * 100}
                color={row.rank === 1 ? 'var(--app-chart-pilot)' : 'var(--app-chart-comparison)'}
                // The rank, model and total are written beside it: the bar only draws them.
                aria-hidden
              />
              <Text size="sm" w={40} ta="right" style={{ flexShrink: 0 }}>
                {row.total.toFixed(2)}
              </Text>
              {/* Every row keeps the badge's room, so all bars share one track and compare truly. */}
              <Box w={64} style={{ flexShrink: 0 }}>
                {row.rank === 1 && alignment.matrixWinner === row.model && (
                  <Badge size="sm" variant="light">
                    Winner
                  </Badge>
                )}
              </Box>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
