import { Group, Text } from '@mantine/core';
import { formatCalendarDate, RAG_STATUS_LABELS, RAG_STATUSES } from '@rollout/domain';
import type { PortfolioQuery } from '../../../gql/graphql';
import { RAG_STATUS_COLORS } from '../../pilots/pilot-display';

type RagWeek = PortfolioQuery['portfolio']['checkInMix'][number];

const HEIGHT = 96;
const BAR = 18;
const GAP = 6;

/** Check-ins week by week across the portfolio, stacked by status (red at the bottom, where the eye starts). */
export function CheckInMixChart({ weeks }: { weeks: readonly RagWeek[] }) {
  const totals = weeks.map((week) => week.green + week.amber + week.red);
  const most = Math.max(1, ...totals);
  const width = weeks.length * (BAR + GAP);
  const order = ['red', 'amber', 'green'] as const;
  const summary = weeks.map((week) => `${formatCalendarDate(week.weekStart)}: ${week.green} green, ${week.amber} amber, ${week.red} red`).join('; ');
  if (totals.every((total) => total === 0)) {
    return (
      <Text size="sm" c="dimmed">
        No check-ins in the last twelve weeks.
      </Text>
    );
  }
  return (
    <>
      <svg width="100%" viewBox={`0 0 ${width} ${HEIGHT + 16}`} role="img" aria-label={`Check-ins by week: ${summary}`} style={{ maxWidth: 560 }}>
        {weeks.map((week, i) => {
          let y = HEIGHT;
          return (
            <g key={week.weekStart}>
              {order.map((rag) => {
                const height = (week[rag] / most) * HEIGHT;
                y -= height;
                return height > 0 ? <rect key={rag} x={i * (BAR + GAP)} y={y} width={BAR} height={height} fill={`var(--mantine-color-${RAG_STATUS_COLORS[rag]}-filled)`} /> : null;
              })}
              {(i === 0 || i === weeks.length - 1) && (
                <text x={i === 0 ? 0 : i * (BAR + GAP) + BAR} y={HEIGHT + 12} fontSize={9} textAnchor={i === 0 ? 'start' : 'end'} fill="var(--mantine-color-dimmed)">
                  {formatCalendarDate(week.weekStart).replace(/, \d{4}$/, '')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <Group gap="md" mt={4}>
        {RAG_STATUSES.map((rag) => (
          <Group key={rag} gap={6} wrap="nowrap">
            <span style={{ width: 10, height: 10, borderRadius: 2, background: `var(--mantine-color-${RAG_STATUS_COLORS[rag]}-filled)` }} />
            <Text size="xs">
              {RAG_STATUS_LABELS[rag]}: {weeks.reduce((sum, week) => sum + week[rag], 0)}
            </Text>
          </Group>
        ))}
      </Group>
    </>
  );
}
