import { Badge, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { GTM_COMPLEXITIES, GTM_COMPLEXITY_LABELS, STAFFING_VERDICT_LABELS, type GtmComplexity, type StaffingVerdict } from '@rollout/domain';
import { useState } from 'react';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useSetStaffing, type AssessmentProgram, type StaffingRow } from '../hooks/useAssessmentInventory';

// Guidance, never an error: off-guidance reads as a caution, not red.
const VERDICT_COLORS: Record<StaffingVerdict, string> = { within: 'teal', under_staffed: 'yellow', over_staffed: 'yellow', no_sellers: 'gray' };
const COMPLEXITY_OPTIONS = GTM_COMPLEXITIES.map((value) => ({ value, label: GTM_COMPLEXITY_LABELS[value] }));

export interface StaffingSectionProps {
  program: AssessmentProgram;
}

/** RevOps people and sellers per unit, compared with the ratio guidance; partners fill their own units. */
export function StaffingSection({ program }: StaffingSectionProps) {
  const byUnit = new Map(program.staffing.map((row) => [row.unitId, row]));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            Staffing
          </Title>
          <Text size="sm" c="dimmed">
            Guidance: 1 RevOps person per 10–15 sellers in an early or mid-stage go-to-market, 1 per 8–10 when complex, 1 per 5–8 when highly complex. It is
            guidance, not a rule.
          </Text>
        </div>
        {program.units.length === 0 ? (
          <Text size="sm" c="dimmed">
            Add units to the program to record their staffing.
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {program.units.map((row) => (
              <UnitStaffingCard
                key={row.id}
                programId={program.id}
                unit={row.unit}
                staffing={byUnit.get(row.unit.id) ?? null}
                canRecord={row.viewerCanRecordAssessment && !program.archived}
              />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}

interface UnitStaffingCardProps {
  programId: string;
  unit: { id: string; name: string };
  staffing: StaffingRow | null;
  canRecord: boolean;
}

function UnitStaffingCard({ programId, unit, staffing, canRecord }: UnitStaffingCardProps) {
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="unit-staffing" aria-label={`Staffing of ${unit.name}`} component="section">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{unit.name}</Text>
          {staffing && (
            <Badge color={VERDICT_COLORS[staffing.guidance.verdict]} variant="light">
              {STAFFING_VERDICT_LABELS[staffing.guidance.verdict]}
            </Badge>
          )}
        </Group>
        {editing ? (
          <StaffingForm programId={programId} unit={unit} staffing={staffing} onDone={() => setEditing(false)} />
        ) : (
          <>
            {staffing ? (
              <>
                <Text size="sm">
                  {staffing.revopsPeople} RevOps {staffing.revopsPeople === 1 ? 'person' : 'people'}, {staffing.sellers} sellers ·{' '}
                  {GTM_COMPLEXITY_LABELS[staffing.complexity]}
                </Text>
                <Text size="sm" c="dimmed" data-testid="staffing-guidance">
                  {staffing.guidance.sentence}
                </Text>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                Not recorded yet.
              </Text>
            )}
            {canRecord && (
              <Group justify="flex-end">
                <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                  {staffing ? 'Update staffing' : 'Record staffing'}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function StaffingForm({ programId, unit, staffing, onDone }: { programId: string; unit: { id: string; name: string }; staffing: StaffingRow | null; onDone: () => void }) {
  const [save, { loading }] = useSetStaffing();
  const [revopsPeople, setRevopsPeople] = useState<number | ''>(staffing?.revopsPeople ?? '');
  const [sellers, setSellers] = useState<number | ''>(staffing?.sellers ?? '');
  const [complexity, setComplexity] = useState<GtmComplexity>(staffing?.complexity ?? 'standard');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (revopsPeople === '' || sellers === '') {
      setError('Enter both headcounts.');
      return;
    }
    try {
      await save({ variables: { input: { programId, unitId: unit.id, revopsPeople, sellers, complexity, expectedVersion: staffing?.version ?? null } } });
      notifySuccess(`Staffing of ${unit.name} saved.`);
      onDone();
    } catch (caught) {
      setError(apiErrorMessage(caught));
    }
  };

  const headcount = (value: string | number): number | '' => (typeof value === 'number' ? value : '');
  return (
    <form
      aria-label={`Staffing of ${unit.name}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <Group grow gap="xs" align="flex-start">
          <NumberInput label="RevOps people" min={0} allowDecimal={false} allowNegative={false} inputMode="numeric" value={revopsPeople} onChange={(value) => setRevopsPeople(headcount(value))} />
          <NumberInput label="Sellers" min={0} allowDecimal={false} allowNegative={false} inputMode="numeric" value={sellers} onChange={(value) => setSellers(headcount(value))} />
        </Group>
        <Select label="Go-to-market complexity" data={COMPLEXITY_OPTIONS} value={complexity} onChange={(value) => setComplexity(GTM_COMPLEXITIES.find((known) => known === value) ?? complexity)} allowDeselect={false} />
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={onDone} disabled={loading}>
            Cancel
          </Button>
          <Button size="xs" type="submit" loading={loading}>
            Save staffing
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
