import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { RaciValue } from '@rollout/domain';
import { useId, useState } from 'react';
import { ExportMenu } from '../../../shared/components/ExportMenu';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { isConflict } from '../../../shared/lib/conflict';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { useRaci, useRaciEditing, type RaciDomainRow, type RaciRoleColumn } from '../hooks/useRaci';
import { ImportRaciButton } from './ImportRaciButton';
import { cellKey, RaciLegend, RaciMatrixTable } from './RaciMatrixTable';
import { RaciSignOff } from './RaciSignOff';
import { RaciStructureDialog } from './RaciStructureDialog';

export interface RaciSectionProps {
  programId: string;
  /** A signed-off design reads only: no cell, file, structure or reopen until the next version. */
  frozen: boolean;
}

/**
 * A program's decision rights: the RACI matrix (domains × roles), its errors and warnings as each
 * cell changes, marking it final and reopening it, its files, and its domains and roles. The
 * program's leads and admins edit it; everyone else reads it. Self-contained, for the Design tab.
 */
export function RaciSection({ programId, frozen }: RaciSectionProps) {
  const { raci, canManage: viewerCanManage, error, refetch } = useRaci(programId);
  const canManage = viewerCanManage && !frozen;
  const editing = useRaciEditing();
  // Letters being saved, shown until the answer comes back.
  const [pending, setPending] = useState<ReadonlyMap<string, RaciValue | null>>(new Map());
  // Warnings the viewer ticked or unticked; the others show as last acknowledged.
  const [picked, setPicked] = useState<Readonly<Record<string, boolean>>>({});
  const [editingStructure, setEditingStructure] = useState(false);
  const headingId = useId();

  if (error && !raci) return <QueryErrorAlert error={error} title="Could not load the RACI" onRetry={() => void refetch()} />;
  if (!raci) return <Skeleton height={320} aria-label="Loading the RACI" />;

  const saved = new Map(raci.cells.map((cell) => [cellKey(cell.domainId, cell.roleId), cell]));
  const valueOf = (domainId: string, roleId: string): RaciValue | null => {
    const key = cellKey(domainId, roleId);
    return pending.has(key) ? (pending.get(key) ?? null) : (saved.get(key)?.value ?? null);
  };
  const acknowledged = new Set(raci.validation.warnings.filter((warning) => picked[warning.key] ?? warning.acknowledged).map((warning) => warning.key));
  const editable = canManage && !raci.final;

  const setCell = async (domain: RaciDomainRow, role: RaciRoleColumn, value: RaciValue | null) => {
    const key = cellKey(domain.id, role.id);
    const where = `${domain.name} × ${role.name}`;
    setPending((current) => new Map(current).set(key, value));
    try {
      await editing.setCell({ variables: { input: { programId, domainId: domain.id, roleId: role.id, value, expectedVersion: saved.get(key)?.version ?? null } } });
    } catch (saveError) {
      if (isConflict(saveError)) {
        await refetch();
        notifyError(saveError, `Someone else changed ${where}; it now shows their answer`);
      } else {
        notifyError(saveError, `Could not save ${where}`);
      }
    } finally {
      setPending((current) => {
        const next = new Map(current);
        next.delete(key);
        return next;
      });
    }
  };

  /** Marks final or reopens at the version shown; a CONFLICT reloads the matrix someone else changed. */
  const signOff = async (write: () => Promise<unknown>, done: string, failed: string) => {
    try {
      await write();
      notifySuccess(done);
    } catch (signOffError) {
      if (isConflict(signOffError)) await refetch();
      notifyError(signOffError, failed);
    }
  };
  const input = { programId, expectedVersion: raci.version };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <div>
            <Group gap="xs">
              <Title order={2} size="h4" id={headingId}>
                Decision rights (RACI)
              </Title>
              <Badge color={raci.final ? 'teal' : 'gray'} variant="light">
                {raci.final ? 'Final' : 'Draft'}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              Who is Responsible, Accountable, Consulted and Informed for each disputed decision.
            </Text>
          </div>
          <Group gap="xs">
            {editable && <ImportRaciButton programId={programId} />}
            <ExportMenu href={`/api/programs/${programId}/raci`} what="RACI" />
            {editable && (
              <Button variant="default" size="xs" onClick={() => setEditingStructure(true)}>
                Edit domains and roles
              </Button>
            )}
          </Group>
        </Group>
        <RaciLegend />
        <RaciMatrixTable raci={raci} valueOf={valueOf} onSetCell={editable ? (domain, role, value) => void setCell(domain, role, value) : undefined} />
        <RaciSignOff
          raci={raci}
          canManage={canManage}
          acknowledged={acknowledged}
          onAcknowledge={(key, checked) => setPicked((current) => ({ ...current, [key]: checked }))}
          onMarkFinal={() =>
            void signOff(
              () => editing.markFinal({ variables: { input: { ...input, acknowledgedWarningKeys: [...acknowledged] } } }),
              'The RACI is marked final.',
              'Could not mark the RACI final',
            )
          }
          onReopen={() => void signOff(() => editing.reopen({ variables: { input } }), 'The RACI is open for changes again.', 'Could not reopen the RACI')}
          busy={editing.marking || editing.reopening}
        />
      </Stack>
      {editingStructure && <RaciStructureDialog programId={programId} raci={raci} onClose={() => setEditingStructure(false)} />}
    </Paper>
  );
}
