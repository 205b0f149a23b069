import { Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatCalendarDate, PROGRAM_PHASE_LABELS, PROGRAM_STATUS_LABELS, type ProgramStatus } from '@rollout/domain';
import { IconPrinter } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { NoMatches } from '../../../shared/components/NoMatches';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { DeliveryCard } from '../../backlog/components/DeliveryCard';
import { PROGRAM_STATUS_COLORS } from '../../programs/components/ProgramStatusBadge';
import { AttentionCard } from '../components/AttentionCard';
import { CheckInMixChart } from '../components/CheckInMixChart';
import { ProgramTrends } from '../components/ProgramTrends';
import { HeatMap } from '../components/HeatMap';
import { PortfolioExportMenu } from '../components/PortfolioExportMenu';
import { PortfolioFilters } from '../components/PortfolioFilters';
import { PortfolioProgramsTable, type PortfolioProgram } from '../components/PortfolioProgramsTable';
import { portfolioSearch, usePortfolio, usePortfolioParams, type PortfolioParams } from '../hooks/usePortfolio';
import classes from './PortfolioPage.module.css';

const HEALTH_ORDER: readonly ProgramStatus[] = ['off_track', 'at_risk', 'on_track', 'on_hold', 'completed'];

function Section({ title, description, children, id }: { title: string; description?: string; children: ReactNode; id: string }) {
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={id} data-print-section>
      <Title order={2} fz="lg" id={id}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      )}
      {children}
    </Card>
  );
}

/** The figures the page leads with: how many programs in each health, how far the roll-out has come, how many pilots are under way. */
function Headline({ programs }: { programs: readonly PortfolioProgram[] }) {
  const units = programs.reduce((sum, program) => sum + program.unitCount, 0);
  const live = programs.reduce((sum, program) => sum + program.liveCount, 0);
  const adopted = programs.reduce((sum, program) => sum + program.adoptedCount, 0);
  const pilots = programs.flatMap((program) => program.pilots);
  const underWay = pilots.filter((pilot) => pilot.status === 'running' || pilot.status === 'in_review').length;
  const byHealth = HEALTH_ORDER.map((status) => ({ status, count: programs.filter((program) => (program.health ?? program.status) === status).length })).filter((row) => row.count > 0);
  const percent = (part: number) => (units === 0 ? 0 : Math.round((part / units) * 100));
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" data-testid="portfolio-headline">
      <Stat label="Programs" value={String(programs.length)}>
        {byHealth.map((row) => (
          <Text key={row.status} span size="sm" c={`var(--mantine-color-${PROGRAM_STATUS_COLORS[row.status]}-text)`} fw={500} mr={8}>
            {row.count} {PROGRAM_STATUS_LABELS[row.status].toLowerCase()}
          </Text>
        ))}
      </Stat>
      <Stat label="Units live" value={`${percent(live)}%`}>
        {live} of {units} program units; {percent(adopted)}% adopted
      </Stat>
      <Stat label="Pilots under way" value={String(underWay)}>
        {pilots.length} pilots in all
      </Stat>
      <Stat label="Blocked units" value={String(programs.reduce((sum, program) => sum + program.blockedCount, 0))}>
        as their partners report
      </Stat>
    </SimpleGrid>
  );
}

function Stat({ label, value, children }: { label: string; value: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {children}
      </Text>
    </Paper>
  );
}

/** What the filter narrows to, for the printed page (which has no filter controls). */
function filterInWords(params: PortfolioParams, portfolio: { filterUnits: readonly { id: string; name: string }[]; owners: readonly { id: string; name: string }[] }): string {
  const unit = (id: string | null) => portfolio.filterUnits.find((row) => row.id === id)?.name;
  const parts = [
    params.region && `region ${unit(params.region) ?? ''}`,
    params.businessUnit && `business unit ${unit(params.businessUnit) ?? ''}`,
    params.owner && `owned by ${portfolio.owners.find((owner) => owner.id === params.owner)?.name ?? ''}`,
    params.phase && `in ${PROGRAM_PHASE_LABELS[params.phase]}`,
  ].filter(Boolean);
  return `Programs ${parts.join(', ')}.`;
}

/** The executive's home: the whole portfolio on one page, narrowed by the filters in its address, exported and printed as it shows. */
export function PortfolioPage() {
  const { params, update, reset, filtered } = usePortfolioParams();
  const { data, error, refetch, stale, shownFilter } = usePortfolio(params);
  const portfolio = data?.portfolio;
  const programIds = useMemo(() => (filtered && portfolio ? new Set(portfolio.programs.map((program) => program.id)) : null), [filtered, portfolio]);
  const search = portfolioSearch(params);

  let body: ReactNode;
  if (error && !portfolio) {
    body = <QueryErrorAlert error={error} title="Could not load the portfolio" onRetry={() => void refetch()} />;
  } else if (!portfolio) {
    body = (
      <Paper withBorder>
        <PortfolioProgramsTable programs={[]} loading />
      </Paper>
    );
  } else if (portfolio.programs.length === 0) {
    body = filtered ? (
      <NoMatches title="No programs match" description="No active program works in that region or business unit, has that owner or is in that phase." onClear={reset} />
    ) : (
      <Text c="dimmed">No active programs yet: they appear here once a program manager sets one up.</Text>
    );
  } else {
    body = (
      <Stack gap="lg" className={stale ? classes.stale : undefined} aria-busy={stale}>
        <Headline programs={portfolio.programs} />
        <Section id="portfolio-programs-title" title="Programs" description="Health is computed from each program’s units, check-ins, metrics and gates; the status its team reported shows beside it when the two disagree.">
          <PortfolioProgramsTable programs={portfolio.programs} />
        </Section>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <AttentionCard programIds={programIds} />
          <Section id="portfolio-check-ins-title" title="Check-ins by week" description="Every unit’s weekly status across these programs, the last twelve weeks.">
            <CheckInMixChart weeks={portfolio.checkInMix} />
          </Section>
        </SimpleGrid>
        <Section id="portfolio-trends-title" title="Trends by program" description="Each program’s roll-out over the last twelve weeks, and its pilots’ key metrics against their targets.">
          <ProgramTrends programs={portfolio.programs} />
        </Section>
        <Section id="portfolio-heat-map-title" title="Heat map" description="Each unit in each program: coloured by its last check-in, else by its stage. Unfold a region for its units; open a unit’s cell for its check-in or the program’s units.">
          <HeatMap programs={portfolio.programs} filter={shownFilter} />
        </Section>
        <DeliveryCard />
      </Stack>
    );
  }

  return (
    <div className={classes.page}>
      <PageHeader
        title="Portfolio"
        description={portfolio ? `Every active program on one page, as of ${formatCalendarDate(portfolio.asOf)}.` : 'Every active program on one page.'}
        actions={
          <Group gap="xs" data-print-hide>
            <PortfolioExportMenu search={search} />
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
              Print
            </Button>
          </Group>
        }
      />
      {portfolio && filtered && (
        <Text className={classes.printOnly} mb="md" data-testid="printed-filter">
          {filterInWords(params, portfolio)}
        </Text>
      )}
      {portfolio && (
        <Stack mb="lg" data-print-hide>
          <PortfolioFilters params={params} units={portfolio.filterUnits} owners={portfolio.owners} onChange={update} onReset={reset} filtered={filtered} />
        </Stack>
      )}
      {body}
    </div>
  );
}
