import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatCalendarDate } from '@rollout/domain';
import { Link } from 'react-router';
import { KeyMetricLine } from './KeyMetricLine';
import type { PortfolioProgram } from './PortfolioProgramsTable';

const WIDTH = 280;
const HEIGHT = 84;
const LABELS = 14;

const shortDate = (week: string) => formatCalendarDate(week).replace(/, \d{4}$/, '');

/** Units live and adopted week by week as shares of the program's units: adopted below, the rest of live above it. */
function AdoptionChart({ program }: { program: PortfolioProgram }) {
  const weeks = program.adoption;
  const whole = Math.max(1, program.unitCount);
  const x = (i: number) => (weeks.length <= 1 ? WIDTH / 2 : (i / (weeks.length - 1)) * WIDTH);
  const y = (count: number) => HEIGHT - (count / whole) * HEIGHT;
  const area = (top: (week: (typeof weeks)[number]) => number, bottom: (week: (typeof weeks)[number]) => number) =>
    [...weeks.map((week, i) => `${x(i).toFixed(1)},${y(top(week)).toFixed(1)}`), ...weeks.map((week, i) => `${x(i).toFixed(1)},${y(bottom(week)).toFixed(1)}`).reverse()].join(' ');
  const first = weeks[0];
  const last = weeks.at(-1);
  const summary = last && first ? `Units live from ${first.live} to ${last.live} of ${program.unitCount}, adopted from ${first.adopted} to ${last.adopted}, ${shortDate(first.week)} to ${shortDate(last.week)}` : 'No weeks';
  return (
    <svg width="100%" viewBox={`0 0 ${WIDTH} ${HEIGHT + LABELS}`} role="img" aria-label={summary} style={{ display: 'block' }}>
      {[0.5, 1].map((share) => (
        <line key={share} x1={0} x2={WIDTH} y1={HEIGHT - share * HEIGHT} y2={HEIGHT - share * HEIGHT} stroke="var(--mantine-color-default-border)" strokeDasharray="2 3" />
      ))}
      <polygon points={area((week) => week.live, (week) => week.adopted)} fill="var(--mantine-color-green-filled)" fillOpacity={0.6} />
      <polygon points={area((week) => week.adopted, () => 0)} fill="var(--mantine-color-teal-filled)" />
      <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} stroke="var(--mantine-color-default-border)" />
      {first && last && (
        <>
          <text x={0} y={HEIGHT + 11} fontSize={10} fill="var(--mantine-color-dimmed)">
            {shortDate(first.week)}
          </text>
          <text x={WIDTH} y={HEIGHT + 11} fontSize={10} textAnchor="end" fill="var(--mantine-color-dimmed)">
            {shortDate(last.week)}
          </text>
        </>
      )}
    </svg>
  );
}

function ProgramTrend({ program }: { program: PortfolioProgram }) {
  const last = program.adoption.at(-1);
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={`${program.name}: trends`} data-testid="program-trend">
      <Stack gap={6}>
        <div>
          <Anchor component={Link} to={`/programs/${program.id}?tab=scale`} fw={600} size="sm" lineClamp={2}>
            {program.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {last ? `${last.live} of ${program.unitCount} units live · ${last.adopted} adopted` : `${program.unitCount} units`}
          </Text>
        </div>
        {program.adoption.some((week) => week.live > 0) ? (
          <AdoptionChart program={program} />
        ) : (
          <Text size="sm" c="dimmed" py="md">
            {program.unitCount === 0 ? 'No units yet.' : 'No unit live in the last twelve weeks.'}
          </Text>
        )}
        {program.pilots.map((pilot) =>
          pilot.keyMetric ? (
            <KeyMetricLine
              key={pilot.id}
              keyMetric={pilot.keyMetric}
              size={{ width: 96, height: 24 }}
              lead={
                <>
                  <Anchor component={Link} to={`/pilots/${pilot.id}`} inherit>
                    {pilot.name}
                  </Anchor>
                  {' · '}
                </>
              }
            />
          ) : null,
        )}
      </Stack>
    </Paper>
  );
}

/** A chart per program, side by side: its roll-out over twelve weeks and its pilots' key metrics against their targets. */
export function ProgramTrends({ programs }: { programs: readonly PortfolioProgram[] }) {
  return (
    <Stack gap="xs">
      <Group gap="md">
        {[
          { label: 'Adopted', color: 'teal', opacity: 1 },
          { label: 'Live, not adopted yet', color: 'green', opacity: 0.6 },
        ].map((legend) => (
          <Group key={legend.label} gap={6} wrap="nowrap">
            <span style={{ width: 10, height: 10, borderRadius: 2, background: `var(--mantine-color-${legend.color}-filled)`, opacity: legend.opacity }} />
            <Text size="xs">{legend.label}</Text>
          </Group>
        ))}
        <Text size="xs" c="dimmed">
          Dashed lines: half and all of the program’s units; a metric’s target.
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {programs.map((program) => (
          <ProgramTrend key={program.id} program={program} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
