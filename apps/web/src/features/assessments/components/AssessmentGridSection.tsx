import { Alert, Button, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { WORK_PERFORMER_LABELS, WORK_PERFORMERS } from '@rollout/domain';
import { useState } from 'react';
import { ExportMenu } from '../../../shared/components/ExportMenu';
import { NARROW_SCREEN_QUERY } from '../../../shared/components/ResponsiveTable';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { isConflict } from '../../../shared/lib/conflict';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { useAssessment, useRemindAssessmentUnit, useSetAssessmentCell, useSetAssessmentThreshold } from '../hooks/useAssessment';
import type { CellAddress, GridFinding } from './assessment-grid';
import { cellDomId, cellKey, cellsByKey } from './assessment-grid';
import { AssessmentHeatmap } from './AssessmentHeatmap';
import classes from './AssessmentHeatmap.module.css';
import { CatalogDialog } from './CatalogDialog';
import { CellEditor, type CellValues } from './CellEditor';
import { CompletenessCard } from './CompletenessCard';
import { FindingsList } from './FindingsList';
import { ImportGridButton } from './ImportGridDialog';
import { columnKey, UnitActivityList } from './UnitActivityList';

/** The grid of who does what today, its findings and completeness; partners fill their own columns, on a phone as a list. */
export function AssessmentGridSection({ programId }: { programId: string }) {
  const { data, error, refetch } = useAssessment(programId);
  const [setCell, { loading: saving }] = useSetAssessmentCell(programId);
  const [remind, { loading: reminding }] = useRemindAssessmentUnit(programId);
  const [setThreshold] = useSetAssessmentThreshold(programId);
  const narrow = useMediaQuery(NARROW_SCREEN_QUERY, false, { getInitialValueInEffect: false });
  const [open, setOpen] = useState<CellAddress | null>(null);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const [pickedUnit, setPickedUnit] = useState<string | null>(null);
  const [editingCatalog, setEditingCatalog] = useState(false);

  if (error && !data) return <QueryErrorAlert error={error} title="Could not load the assessment" onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} aria-label="Loading the assessment" />;
  const program = data.program;
  const assessment = program.assessment;
  if (assessment.columns.length <= 1 && assessment.capabilities.length === 0) {
    return <Alert title="Nothing to assess yet">This program has no activities in its catalog.</Alert>;
  }
  const cells = cellsByKey(assessment.cells);
  const activities = assessment.capabilities.flatMap((capability) => capability.activities);
  const openColumn = open ? assessment.columns.find((column) => column.unitId === open.unitId) : undefined;
  const openActivity = open ? activities.find((activity) => activity.id === open.activityId) : undefined;
  // On a phone, a partner starts on the first unit they may fill.
  const unitKey = pickedUnit ?? columnKey((assessment.columns.find((column) => column.viewerCanFill && column.unitId !== null) ?? assessment.columns[0])?.unitId ?? null);

  const save = async (address: CellAddress, values: CellValues) => {
    const existing = cells.get(cellKey(address));
    try {
      await setCell({ programId, activityId: address.activityId, unitId: address.unitId, ...values, expectedVersion: existing?.version ?? null });
      setOpen(null);
      notifySuccess('Cell saved.');
    } catch (saveError) {
      if (isConflict(saveError)) {
        await refetch();
        notifyError(saveError, 'Someone else changed this cell; it now shows their answer');
      } else {
        notifyError(saveError, 'Could not save the cell');
      }
    }
  };

  const show = (finding: GridFinding) => {
    setHighlighted(new Set(finding.cells.map(cellKey)));
    const [first] = finding.cells;
    if (!first) return;
    if (narrow) setPickedUnit(columnKey(first.unitId));
    // After the list re-renders with the finding's column.
    requestAnimationFrame(() => {
      const element = document.getElementById(cellDomId(first));
      element?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' });
      element?.focus();
    });
  };

  return (
    <Stack>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Title order={3} size="h4">
                Where the work happens today
              </Title>
              <Group gap="xs">
                {program.viewerCanManage && !program.archived && (
                  <Button variant="default" size="xs" onClick={() => setEditingCatalog(true)}>
                    Edit activities
                  </Button>
                )}
                {!program.archived && assessment.columns.some((column) => column.viewerCanFill) && <ImportGridButton programId={programId} />}
                <ExportMenu href={`/api/programs/${programId}/assessment-grid`} what="assessment grid" />
              </Group>
            </Group>
            {narrow ? null : (
              <Group gap="md" aria-label="Legend">
                {WORK_PERFORMERS.map((performer) => (
                  <Group key={performer} gap={4}>
                    <span className={classes.cell} data-performer={performer} style={{ width: 16, minWidth: 16, minHeight: 16, display: 'inline-block' }} />
                    <Text size="xs">{WORK_PERFORMER_LABELS[performer]}</Text>
                  </Group>
                ))}
                <Text size="xs" c="dimmed">
                  Figures are maturity 1–5; a flag marks who decides.
                </Text>
              </Group>
            )}
            {narrow ? (
              <UnitActivityList assessment={assessment} unitKey={unitKey} onUnitKeyChange={setPickedUnit} onOpenCell={setOpen} />
            ) : (
              <AssessmentHeatmap assessment={assessment} highlighted={highlighted} onOpenCell={setOpen} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <FindingsList findings={assessment.findings} filledCells={assessment.cells.length} onShow={show} />
            <CompletenessCard
              assessment={assessment}
              phase={program.phase}
              canRemind={program.viewerCanManage && !program.archived}
              onChangeThreshold={program.viewerCanManage && !program.archived ? (threshold) => setThreshold(threshold, program.version) : undefined}
              reminding={reminding}
              onRemind={(column) => {
                if (!column.unitId) return;
                remind(column.unitId).then(
                  () => notifySuccess(`Reminder to ${column.name} recorded.`),
                  (remindError: unknown) => notifyError(remindError, 'Could not record the reminder'),
                );
              }}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      {open && openColumn && openActivity ? (
        <CellEditor
          key={cellKey(open)}
          activityName={openActivity.name}
          columnName={openColumn.name}
          cell={cells.get(cellKey(open))}
          canEdit={openColumn.viewerCanFill && !program.archived}
          saving={saving}
          onSave={(values) => void save(open, values)}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {editingCatalog && <CatalogDialog programId={programId} capabilities={assessment.capabilities} onClose={() => setEditingCatalog(false)} />}
    </Stack>
  );
}
