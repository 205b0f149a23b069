import { Badge, Box, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ProgramAlignmentQuery } from '../../../gql/graphql';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
import { PrinciplesDialog } from './PrinciplesDialog';
import { StakeholderWeightsDialog } from './StakeholderWeightsDialog';

type Alignment = ProgramAlignmentQuery['program']['alignment'];
type Principle = Alignment['principles'][number];

const percent = (value: number) => `${Math.round(value)}%`;

export interface WeightsCardProps {
  alignment: Alignment;
  canEdit: boolean;
}

/** Which dialog is open: the principles, a new stakeholder, or one stakeholder's weights. */
type Editing = { kind: 'principles' } | { kind: 'stakeholder'; id: string | null } | null;

/** Each stakeholder's weights, the average the matrix uses, and the spread: where they disagree most. */
export function WeightsCard({ alignment, canEdit }: WeightsCardProps) {
  const { principles, stakeholders, weighting, mostDisputedPrincipleId } = alignment;
  const [editing, setEditing] = useState<Editing>(null);
  const weightingOf = (id: string) => weighting.find((row) => row.principleId === id);
  const columns: ResponsiveColumn<Principle>[] = [
    { key: 'principle', header: 'Principle', cardRole: 'title', render: (row) => row.name },
    ...stakeholders.map(
      (set): ResponsiveColumn<Principle> => ({
        key: set.id,
        header: set.stakeholder,
        cardLabel: set.stakeholder,
        render: (row) => percent(set.weights.find((weight) => weight.principleId === row.id)?.percent ?? 0),
      }),
    ),
    { key: 'average', header: 'Average', render: (row) => <Text fw={600} size="sm">{percent(weightingOf(row.id)?.average ?? 0)}</Text> },
    {
      key: 'spread',
      header: 'Spread',
      render: (row) => {
        const weight = weightingOf(row.id);
        if (!weight) return null;
        return (
          <Group gap="xs" wrap="nowrap">
            {/* A range, not progress: read as one picture of the lowest and highest weight. */}
            <Box role="img" aria-label={`${row.name}: weights from ${percent(weight.min)} to ${percent(weight.max)}`}>
              <Progress.Root w={120} size="lg" aria-hidden>
                <Progress.Section value={weight.min} color="transparent" />
                <Progress.Section value={Math.max(weight.spread, 1)} color="var(--app-chart-pilot)" />
              </Progress.Root>
            </Box>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {Math.round(weight.spread)} pts
            </Text>
            {row.id === mostDisputedPrincipleId && (
              <Badge size="sm" variant="light" color="orange" style={{ flexShrink: 0 }}>
                Most disputed
              </Badge>
            )}
          </Group>
        );
      },
    },
  ];
  const disputed = principles.find((row) => row.id === mostDisputedPrincipleId);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="weights-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" fw={600} id="weights-title">
          Design principles and weights
        </Title>
        <Text size="sm" c="dimmed">
          {stakeholders.length === 0
            ? 'No stakeholder has weighed the principles yet; the matrix weighs them equally.'
            : disputed
              ? `${stakeholders.length} stakeholders weighed the principles; they disagree most on ${disputed.name}.`
              : `${stakeholders.length} stakeholder${stakeholders.length === 1 ? '' : 's'} weighed the principles.`}
        </Text>
        <ResponsiveTable aria-label="Weights per stakeholder" rows={principles} columns={columns} rowKey={(row) => row.id} minWidth={520} />
        {canEdit && (
          <Group gap="xs" wrap="wrap">
            <Button size="xs" onClick={() => setEditing({ kind: 'stakeholder', id: null })}>
              Add a stakeholder
            </Button>
            {stakeholders.map((set) => (
              <Button key={set.id} size="xs" variant="default" onClick={() => setEditing({ kind: 'stakeholder', id: set.id })}>
                Edit {set.stakeholder}
              </Button>
            ))}
            <Button size="xs" variant="subtle" onClick={() => setEditing({ kind: 'principles' })}>
              Edit principles
            </Button>
          </Group>
        )}
      </Stack>
      {editing?.kind === 'principles' && <PrinciplesDialog programId={alignment.programId} principles={principles} onClose={() => setEditing(null)} />}
      {editing?.kind === 'stakeholder' && (
        <StakeholderWeightsDialog
          programId={alignment.programId}
          principles={principles}
          existing={stakeholders.find((set) => set.id === editing.id)}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}
