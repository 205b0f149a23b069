import { Alert, Anchor, Badge, Button, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { OPERATING_MODEL_LABELS } from '@rollout/domain';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { getFragmentData } from '../../../gql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { RecordNotFound } from '../../../shared/components/RecordNotFound';
import { hasApiErrorCode } from '../../../shared/lib/api-errors';
import { formatDateTime } from '../../../shared/lib/format';
import { LessonsForRolloutCard } from '../../decisions/components/LessonsForRolloutCard';
import { CurrentVsTargetCard } from '../../design/components/CurrentVsTargetCard';
import { HeadcountSection } from '../../headcount/components/HeadcountSection';
import { RaciMatrixFields } from '../../raci/hooks/useRaci';
import { cellKey, RaciLegend, RaciMatrixTable } from '../../raci/components/RaciMatrixTable';
import { PlacementMap } from '../components/PlacementMap';
import { useTargetModelSummary } from '../hooks/useTargetModelSummary';
import classes from './TargetModelPage.module.css';

/**
 * The target model on one page, for the steering committee: the model and why, where every activity
 * lives, who decides what, the roles and their cost against the guidance, what changes from today,
 * and what is still open. Prints as a document (the print stylesheet drops the app around it) and
 * downloads as a workbook.
 */
export function TargetModelPage() {
  const { programId = '' } = useParams();
  const { data, error, refetch } = useTargetModelSummary(programId);

  if (error && !data) {
    if (hasApiErrorCode(error, 'NOT_FOUND')) return <RecordNotFound title="Program not found" />;
    return <QueryErrorAlert error={error} title="Could not load the target model summary" onRetry={() => void refetch()} />;
  }
  if (!data) return <Skeleton height={480} aria-label="Loading the target model summary" />;

  const { program } = data;
  const { designVersions: versions, design, targetModelSummary: summary } = program;
  const raci = getFragmentData(RaciMatrixFields, program.raci);
  const signed = versions.signedOff ? versions.versions.find((version) => version.number === versions.current) : undefined;
  const flagOf = new Map(design.flags.map((flag) => [flag.activityId, flag.sentence]));
  const activities = design.capabilities.flatMap((capability) =>
    capability.activities.map((activity) => ({
      id: activity.id,
      name: activity.name,
      capability: capability.name,
      placement: activity.placement?.placement ?? null,
      reason: activity.placement?.reason ?? '',
      flag: flagOf.get(activity.id) ?? null,
    })),
  );
  const letters = new Map(raci.cells.map((cell) => [cellKey(cell.domainId, cell.roleId), cell.value]));

  return (
    <Stack gap="lg" className={classes.page}>
      <PageHeader
        title="Target model summary"
        description={program.name}
        crumbs={[
          { label: 'Programs', to: '/programs' },
          { label: program.name, to: `/programs/${program.id}?tab=design` },
        ]}
        badges={
          <Badge variant="light" color={versions.signedOff ? 'teal' : 'gray'}>
            Version {versions.current} · {versions.signedOff ? 'Signed off' : 'Draft'}
          </Badge>
        }
      />
      {/* Below the title rather than beside it: on a phone the two buttons wrap instead of widening the page. */}
      <Group gap="xs" className={classes.noPrint} mt={-24}>
        <Button variant="default" leftSection={<IconDownload size={16} />} component="a" href={`/api/programs/${program.id}/target-model.xlsx`} download>
          Download XLSX
        </Button>
        <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          Print or save as PDF
        </Button>
      </Group>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="model-why-title" data-print-section>
        <Title order={2} size="h4" id="model-why-title" mb="xs">
          The model and why
        </Title>
        <Text size="lg" fw={650}>
          {program.targetModel === 'undecided' ? 'No model chosen yet' : OPERATING_MODEL_LABELS[program.targetModel]}
        </Text>
        {summary.choice ? (
          <Stack gap={4} mt="xs">
            <Text size="sm">“{summary.choice.rationale}”</Text>
            <Text size="sm" c="dimmed">
              Chosen on {formatDateTime(summary.choice.decidedAt)}
              {summary.choice.decidedBy ? ` by ${summary.choice.decidedBy.name}` : ''}, from the decision log.
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" mt="xs">
            No choice of model is recorded in the decision log yet.{' '}
            <Anchor component={Link} to={`/programs/${program.id}?tab=align`} inherit className={classes.noPrint}>
              Record it on the Align tab
            </Anchor>
          </Text>
        )}
        <Text size="sm" mt="sm">
          {signed
            ? `Version ${signed.number} signed off on ${formatDateTime(signed.signedOffAt)}${signed.signedOffBy ? ` by ${signed.signedOffBy.name}` : ''}${signed.note ? `: “${signed.note}”` : '.'}`
            : `Version ${versions.current} is a draft: the steering committee has not signed it off.`}
        </Text>
      </Paper>

      <PlacementMap activities={activities} />

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="summary-raci-title" data-print-section>
        <Group gap="xs" mb="xs">
          <Title order={2} size="h4" id="summary-raci-title">
            Decision rights (RACI)
          </Title>
          <Badge color={raci.final ? 'teal' : 'gray'} variant="light">
            {raci.final ? 'Final' : 'Draft'}
          </Badge>
        </Group>
        <Stack gap="sm">
          <RaciLegend />
          <RaciMatrixTable raci={raci} valueOf={(domainId, roleId) => letters.get(cellKey(domainId, roleId)) ?? null} />
        </Stack>
      </Paper>

      <HeadcountSection programId={program.id} readOnly />

      <CurrentVsTargetCard design={design} />

      <LessonsForRolloutCard program={program} />

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="open-risks-title" data-print-section>
        <Title order={2} size="h4" id="open-risks-title" mb="xs">
          Open risks
        </Title>
        {summary.openRisks.length === 0 ? (
          <Alert color="teal" variant="light">
            Nothing is open: every activity is placed, the RACI is final and the headcount sits within the guidance.
          </Alert>
        ) : (
          <List size="sm" spacing={4}>
            {summary.openRisks.map((risk) => (
              <List.Item key={risk}>{risk}</List.Item>
            ))}
          </List>
        )}
      </Paper>
    </Stack>
  );
}
