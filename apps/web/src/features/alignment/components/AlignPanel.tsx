import { Alert, Button, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { OPERATING_MODEL_LABELS } from '@rollout/domain';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { notifyError } from '../../../shared/lib/notify';
import { useAlignment, useStartAlignment } from '../hooks/useAlignment';
import { ChooseModelDialog } from './ChooseModelDialog';
import { GuidanceCard } from './GuidanceCard';
import { MatrixCard } from './MatrixCard';
import { SensitivityCard } from './SensitivityCard';
import { WeightsCard } from './WeightsCard';

export interface AlignPanelProps {
  programId: string;
  canEdit: boolean;
}

/** The Align tab: principles and weights, the decision matrix with sensitivity, guidance, and the choice. */
export function AlignPanel({ programId, canEdit }: AlignPanelProps) {
  const { data, error, refetch } = useAlignment(programId);
  const [start, { loading: starting }] = useStartAlignment();
  const [choosing, chooseDialog] = useDisclosure(false);
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} aria-label="Loading the alignment" />;
  const { program } = data;
  const { alignment } = program;
  if (alignment.principles.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Stack gap="sm" align="flex-start">
          <Title order={2} fz="lg" fw={600}>
            Align on design principles
          </Title>
          <Text size="sm" c="dimmed">
            No design principles yet. Start with the six usual ones (consistency of defaults, speed of change, local ownership, cost, compliance, proximity to the field).
          </Text>
          {canEdit && (
            <Button loading={starting} onClick={() => void start({ variables: { id: programId } }).catch((caught: unknown) => notifyError(caught))}>
              Start with the default principles
            </Button>
          )}
        </Stack>
      </Paper>
    );
  }
  const chosen = program.targetModel;
  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" data-testid="chosen-model">
            {chosen === 'undecided' ? 'No operating model chosen yet.' : `Chosen model: ${OPERATING_MODEL_LABELS[chosen]}`}
          </Text>
          {canEdit && <Button onClick={chooseDialog.open}>Choose model</Button>}
        </Group>
      </Paper>
      {alignment.scores.length === 0 && !canEdit && <Alert variant="light">The decision matrix is not scored yet.</Alert>}
      <WeightsCard alignment={alignment} canEdit={canEdit} />
      {/* The matrix takes the full width: a model per column fits without scrolling sideways on a laptop. */}
      <MatrixCard programId={programId} alignment={alignment} canEdit={canEdit} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <SensitivityCard alignment={alignment} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <GuidanceCard alignment={alignment} canEdit={canEdit} />
        </Grid.Col>
      </Grid>
      {choosing && (
        <ChooseModelDialog
          opened={choosing}
          onClose={chooseDialog.close}
          programId={programId}
          programVersion={program.version}
          matrixWinner={(alignment.matrixWinner) ?? null}
          guidanceModel={(alignment.guidance?.model) ?? null}
        />
      )}
    </Stack>
  );
}
