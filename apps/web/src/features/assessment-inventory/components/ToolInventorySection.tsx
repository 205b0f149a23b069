import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { canExportToolInventory, formatAnnualAmount, renewsSoon, spendByCategory, TOOL_CATEGORY_LABELS, RENEWAL_WINDOW_DAYS } from '@rollout/domain';
import { IconPlus } from '@tabler/icons-react';
import { lazy, Suspense, useId, useState } from 'react';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { editRemoveColumn } from '../../../shared/components/EditRemoveColumn';
import { ExportMenu } from '../../../shared/components/ExportMenu';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
import { formatLocalDate, todayLocalDate } from '../../../shared/lib/format';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { useCurrentUser } from '../../../shared/session/current-user';
import { useDeleteTool, type AssessmentProgram, type InventoryToolRow } from '../hooks/useAssessmentInventory';
import { ImportToolsButton } from './ImportToolsButton';
import { RedundancySummary } from './RedundancySummary';
import { ToolFormDialog } from './ToolFormDialog';

const ToolSpendChart = lazy(() => import('./ToolSpendChart').then((module) => ({ default: module.ToolSpendChart })));

export interface ToolInventorySectionProps {
  program: AssessmentProgram;
}

/** The program's tools, their redundancy per category and the yearly spend per category. */
export function ToolInventorySection({ program }: ToolInventorySectionProps) {
  const [editing, setEditing] = useState<InventoryToolRow | null>(null);
  const [formOpened, setFormOpened] = useState(false);
  const [deleting, setDeleting] = useState<InventoryToolRow | null>(null);
  const [deleteTool, { loading: removing }] = useDeleteTool();
  const canManage = program.viewerCanManageTools && !program.archived;
  const canExport = canExportToolInventory(useCurrentUser());
  const today = todayLocalDate();
  const total = program.tools.reduce((sum, tool) => sum + tool.annualCost, 0);
  const units = program.units.map((row) => row.unit);
  const headingId = useId();

  const openForm = (tool: InventoryToolRow | null) => {
    setEditing(tool);
    setFormOpened(true);
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await deleteTool({ variables: { id: deleting.id } });
      notifySuccess(`${deleting.name} removed from the inventory.`);
      setDeleting(null);
    } catch (error) {
      notifyError(error);
    }
  };

  const columns: ResponsiveColumn<InventoryToolRow>[] = [
    { key: 'name', header: 'Tool', cardRole: 'title', render: (tool) => <Text fw={600}>{tool.name}</Text> },
    { key: 'category', header: 'Category', render: (tool) => TOOL_CATEGORY_LABELS[tool.category] },
    { key: 'units', header: 'Units using it', render: (tool) => (tool.units.length > 0 ? tool.units.map((unit) => unit.name).join(', ') : '—') },
    { key: 'cost', header: 'Annual cost', render: (tool) => formatAnnualAmount(tool.annualCost), tdProps: { style: { whiteSpace: 'nowrap' } } },
    { key: 'owner', header: 'Owner', render: (tool) => tool.owner?.name ?? (tool.ownerName || '—') },
    {
      key: 'renewal',
      header: 'Renewal',
      render: (tool) =>
        tool.renewalDate ? (
          <Group gap={6} wrap="nowrap">
            <span>{formatLocalDate(tool.renewalDate)}</span>
            {renewsSoon(tool, today) && (
              <Badge color="orange" variant="light" size="sm">
                Renews soon
              </Badge>
            )}
          </Group>
        ) : (
          '—'
        ),
    },
    ...(canManage ? [editRemoveColumn<InventoryToolRow>({ nameOf: (tool) => tool.name, onEdit: openForm, onRemove: setDeleting })] : []),
  ];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <div>
            <Title order={2} size="h4" id={headingId}>
              Tool inventory
            </Title>
            {program.tools.length > 0 && (
              <Text size="sm" c="dimmed">
                {program.tools.length} {program.tools.length === 1 ? 'tool' : 'tools'}, {formatAnnualAmount(total)} a year. Renewals in the next {RENEWAL_WINDOW_DAYS} days are
                marked.
              </Text>
            )}
          </div>
          <Group gap="xs">
            {canManage && <ImportToolsButton programId={program.id} />}
            {canExport && <ExportMenu href={`/api/programs/${program.id}/tool-inventory`} what="tool inventory" />}
            {canManage && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => openForm(null)}>
                Add tool
              </Button>
            )}
          </Group>
        </Group>
        {program.tools.length > 0 && <RedundancySummary rows={program.toolRedundancy} />}
        {program.tools.length === 0 ? (
          <Text size="sm" c="dimmed">
            No tools yet. {canManage ? 'Add the CRM, marketing automation, analytics and other tools each unit pays for.' : ''}
          </Text>
        ) : (
          <>
            <ResponsiveTable rows={program.tools} columns={columns} rowKey={(tool) => tool.id} aria-label="Tool inventory" minWidth={720} />
            <div>
              <Title order={3} size="h5" mb="xs">
                Spend by category
              </Title>
              <Suspense fallback={<Skeleton height={160} />}>
                <ToolSpendChart spend={spendByCategory(program.tools)} />
              </Suspense>
            </div>
          </>
        )}
      </Stack>
      <ToolFormDialog programId={program.id} units={units} editing={editing} opened={formOpened} onClose={() => setFormOpened(false)} />
      <ConfirmDialog opened={deleting !== null} title="Remove this tool?" confirmLabel="Remove tool" loading={removing} onConfirm={() => void confirmDelete()} onClose={() => setDeleting(null)}>
        <b>{deleting?.name}</b> will be removed from the inventory; its history keeps the record.
      </ConfirmDialog>
    </Paper>
  );
}
