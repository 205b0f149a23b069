import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { formatAnnualAmount, TOOL_CATEGORY_LABELS, type ToolCategory } from '@rollout/domain';

export interface RedundancyRow {
  category: ToolCategory;
  summary: string;
  savingSentence: string;
  overlapAnnualCost: number;
}

export interface RedundancySummaryProps {
  /** Redundant categories, most savings first (as the API sorts them). */
  rows: readonly RedundancyRow[];
}

/** The overlap rule, said where the figures are shown (the domain's toolRedundancy applies it). */
export const OVERLAP_RULE =
  'Overlap is what a category spends above the tool it would keep: the one used by the most units (ties: the cheaper one).';

/** "4 analytics platforms, $310k a year" per redundant category, sorted by savings, with the total overlap. */
export function RedundancySummary({ rows }: RedundancySummaryProps) {
  const total = rows.reduce((sum, row) => sum + row.overlapAnnualCost, 0);
  return (
    <Paper withBorder p="md" radius="md" data-testid="redundancy-summary">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Redundancy
        </Title>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No category holds more than one tool.
          </Text>
        ) : (
          <>
            <Text size="sm" fw={600}>
              Up to {formatAnnualAmount(total)} a year in overlapping tools.
            </Text>
            <List size="sm" spacing={4} aria-label="Redundant tool categories">
              {rows.map((row) => (
                <List.Item key={row.category} data-testid="redundancy-line">
                  <Text span size="sm" fw={600}>
                    {TOOL_CATEGORY_LABELS[row.category]}:
                  </Text>{' '}
                  {row.summary}. {row.savingSentence}
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Text size="xs" c="dimmed">
          {OVERLAP_RULE}
        </Text>
      </Stack>
    </Paper>
  );
}
