import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DATA_QUALITY_METRIC_KEYS, formatMetricValue, METRIC_CATALOG } from '@rollout/domain';
import { useState } from 'react';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
import { formatLocalDate, todayLocalDate } from '../../../shared/lib/format';
import { notifySuccess } from '../../../shared/lib/notify';
import { useSetBaseline, type AssessmentProgram, type BaselineRow } from '../hooks/useAssessmentInventory';

const CATALOG = new Map(METRIC_CATALOG.map((metric) => [metric.key, metric]));
const WHOLE_PROGRAM = 'program';

function shownValue(row: Pick<BaselineRow, 'catalogKey' | 'value'>): string {
  const metric = CATALOG.get(row.catalogKey);
  return metric ? formatMetricValue(row.value, metric.unit) : String(row.value);
}

const columns: ResponsiveColumn<BaselineRow>[] = [
  { key: 'metric', header: 'KPI', cardRole: 'title', render: (row) => <Text fw={600}>{CATALOG.get(row.catalogKey)?.name ?? 'Unknown metric'}</Text> },
  { key: 'scope', header: 'Where', render: (row) => row.unit?.name ?? 'Whole program' },
  { key: 'value', header: 'Baseline', render: shownValue },
  { key: 'date', header: 'Measured on', render: (row) => formatLocalDate(row.measuredOn) },
  { key: 'source', header: 'Source', render: (row) => row.source },
];

export interface BaselinesSectionProps {
  program: AssessmentProgram;
}

/** The KPIs' values before the change, with the data-quality figures first; pilots without a baseline take theirs from here. */
export function BaselinesSection({ program }: BaselinesSectionProps) {
  const [adding, setAdding] = useState(false);
  const quality = program.baselines.filter((row) => DATA_QUALITY_METRIC_KEYS.includes(row.catalogKey));
  const kpis = program.baselines.filter((row) => !DATA_QUALITY_METRIC_KEYS.includes(row.catalogKey));
  const scopes = [
    ...(program.viewerCanRecordProgramBaselines ? [{ value: WHOLE_PROGRAM, label: 'Whole program' }] : []),
    ...program.units.filter((row) => row.viewerCanRecordAssessment).map((row) => ({ value: row.unit.id, label: row.unit.name })),
  ];
  const canRecord = scopes.length > 0 && !program.archived;

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <div>
            <Title order={2} size="h4">
              Baselines
            </Title>
            <Text size="sm" c="dimmed">
              Where the KPIs stand before the change. A pilot metric without a baseline of its own takes its unit’s value here, else the program’s.
            </Text>
          </div>
          {canRecord && !adding && <Button onClick={() => setAdding(true)}>Record baseline</Button>}
        </Group>
        {adding && <BaselineForm program={program} scopes={scopes} onDone={() => setAdding(false)} />}
        <div>
          <Title order={3} size="h5" mb="xs">
            Data quality
          </Title>
          {quality.length === 0 ? (
            <Text size="sm" c="dimmed">
              No CRM completeness or duplicate rate recorded yet.
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {quality.map((row) => (
                <Paper key={row.id} withBorder p="sm" radius="md">
                  <Text size="sm" c="dimmed">
                    {CATALOG.get(row.catalogKey)?.name} · {row.unit?.name ?? 'Whole program'}
                  </Text>
                  <Text size="xl" fw={700}>
                    {shownValue(row)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatLocalDate(row.measuredOn)} · {row.source}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
          )}
        </div>
        <div>
          <Title order={3} size="h5" mb="xs">
            KPIs
          </Title>
          {kpis.length === 0 ? (
            <Text size="sm" c="dimmed">
              No KPI baselines yet.
            </Text>
          ) : (
            <ResponsiveTable rows={kpis} columns={columns} rowKey={(row) => row.id} aria-label="KPI baselines" minWidth={640} />
          )}
        </div>
      </Stack>
    </Paper>
  );
}

interface BaselineFormProps {
  program: AssessmentProgram;
  scopes: readonly { value: string; label: string }[];
  onDone: () => void;
}

function BaselineForm({ program, scopes, onDone }: BaselineFormProps) {
  const [save, { loading }] = useSetBaseline();
  const [catalogKey, setCatalogKey] = useState<string | null>(null);
  const [scope, setScope] = useState<string | null>(scopes[0]?.value ?? null);
  const [value, setValue] = useState<number | ''>('');
  const [measuredOn, setMeasuredOn] = useState(todayLocalDate());
  const [source, setSource] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!catalogKey || !scope || value === '') {
      setError('Pick the KPI and where it applies, and enter its value.');
      return;
    }
    const unitId = scope === WHOLE_PROGRAM ? null : scope;
    // Recording a KPI that already has a baseline here replaces it, knowingly.
    const existing = program.baselines.find((row) => row.catalogKey === catalogKey && (row.unitId ?? null) === unitId);
    try {
      await save({ variables: { input: { programId: program.id, catalogKey, unitId, value, measuredOn, source, expectedVersion: existing?.version ?? null } } });
      notifySuccess('Baseline saved.');
      onDone();
    } catch (caught) {
      setError(apiErrorMessage(caught));
    }
  };

  return (
    <Paper withBorder p="md" radius="md" bg="var(--app-color-surface-muted)">
      <form
        aria-label="Record baseline"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label="KPI" required searchable data={METRIC_CATALOG.map((metric) => ({ value: metric.key, label: metric.name }))} value={catalogKey} onChange={setCatalogKey} />
            <Select label="Where" required data={scopes} value={scope} onChange={setScope} allowDeselect={false} />
            <NumberInput label="Value" required value={value} onChange={(next) => setValue(typeof next === 'number' ? next : '')} />
            <TextInput label="Measured on" type="date" required value={measuredOn} onChange={(event) => setMeasuredOn(event.currentTarget.value)} />
          </SimpleGrid>
          <TextInput label="Source" required description="The report or system the value comes from." value={source} onChange={(event) => setSource(event.currentTarget.value)} />
          {error && (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onDone} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save baseline
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
