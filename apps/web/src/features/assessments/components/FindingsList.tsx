import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FINDING_KIND_LABELS, FINDING_SEVERITY_LABELS } from '@rollout/domain';
import type { GridFinding } from './assessment-grid';

const SEVERITY_COLORS = { high: 'red', medium: 'orange', low: 'gray' } as const;

export interface FindingsListProps {
  findings: readonly GridFinding[];
  /** Cells answered so far: with none, no finding means nothing yet, not a clean grid. */
  filledCells: number;
  /** Shows the finding's cells in the grid. */
  onShow: (finding: GridFinding) => void;
}

/** Duplications, gaps and conflicts derived from the grid, most severe first, each linking to its cells. */
export function FindingsList({ findings, filledCells, onShow }: FindingsListProps) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb="sm">
        Findings
      </Title>
      {findings.length === 0 ? (
        <Text c="dimmed" size="sm">
          {filledCells === 0
            ? 'Nothing to find yet: duplications, gaps and conflicts appear here as the grid is filled.'
            : 'No duplication, gap or conflict in the cells filled so far.'}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" aria-label="Findings" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {findings.map((finding) => (
            <li key={`${finding.kind}-${finding.activityId}`}>
              <Group gap="xs" mb={2}>
                <Badge variant="light" color={SEVERITY_COLORS[finding.severity]}>
                  {FINDING_SEVERITY_LABELS[finding.severity]}
                </Badge>
                <Text size="sm" fw={600}>
                  {FINDING_KIND_LABELS[finding.kind]}
                </Text>
              </Group>
              <Text size="sm">{finding.summary}</Text>
              <Anchor component="button" type="button" size="sm" onClick={() => onShow(finding)}>
                Show {finding.cells.length === 1 ? 'the cell' : `the ${finding.cells.length} cells`}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
