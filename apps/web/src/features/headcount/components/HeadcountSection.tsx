import { Badge, Button, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { formatUsd, GUIDANCE_VERDICT_LABELS, HUB_TEAM_NAME, type GuidanceVerdict } from '@rollout/domain';
import { IconPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { editRemoveColumn } from '../../../shared/components/EditRemoveColumn';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
import { isConflict } from '../../../shared/lib/conflict';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { useHeadcount, useRemovePlannedRole, type HeadcountPlan, type PlannedRoleRow } from '../hooks/useHeadcount';
import { PlannedRoleFormDialog } from './PlannedRoleFormDialog';

const VERDICT_COLORS: Record<GuidanceVerdict, string> = { within: 'teal', below: 'orange', above: 'orange', missing: 'gray' };
const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;

export interface HeadcountSectionProps {
  programId: string;
  /** No controls: a signed-off design (its changes go into the next version), or the printable summary. */
  readOnly: boolean;
}

/**
 * The target model's roles per hub and spoke with their cost, and how the plan compares with the
 * staffing and budget guidance, in sentences per team. Guidance only: nothing is refused for it.
 */
export function HeadcountSection({ programId, readOnly }: HeadcountSectionProps) {
  const { plan, canManage: viewerCanManage, error, refetch } = useHeadcount(programId);
  const [remove, { loading: removing }] = useRemovePlannedRole();
  const [editing, setEditing] = useState<PlannedRoleRow | null>(null);
  const [formOpened, setFormOpened] = useState(false);
  const [deleting, setDeleting] = useState<PlannedRoleRow | null>(null);
  const headingId = useId();

  if (error && !plan) return <QueryErrorAlert error={error} title="Could not load the headcount plan" onRetry={() => void refetch()} />;
  if (!plan) return <Skeleton height={240} aria-label="Loading the headcount plan" />;
  const canManage = viewerCanManage && !readOnly;

  const openForm = (role: PlannedRoleRow | null) => {
    setEditing(role);
    setFormOpened(true);
  };
  const confirmRemove = async () => {
    if (!deleting) return;
    try {
      await remove({ variables: { input: { programId, id: deleting.id, expectedVersion: deleting.version } } });
      notifySuccess(`${deleting.title} removed from the plan.`);
      setDeleting(null);
    } catch (removeError) {
      notifyError(removeError, `Could not remove ${deleting.title}`);
      // Someone changed it first: show their version and let the reader decide again.
      if (isConflict(removeError)) {
        setDeleting(null);
        await refetch();
      }
    }
  };

  const columns: ResponsiveColumn<PlannedRoleRow>[] = [
    {
      key: 'title',
      header: 'Role',
      cardRole: 'title',
      render: (role) => (
        <Group gap={6} wrap="nowrap">
          <Text fw={600} size="sm">
            {role.title}
          </Text>
          {role.isManager && (
            <Badge variant="light" color="gray" size="sm">
              Manager
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'team', header: 'Team', render: (role) => role.teamName ?? HUB_TEAM_NAME },
    { key: 'count', header: 'People', render: (role) => role.count, tdProps: { ta: 'right' }, thProps: { ta: 'right' } },
    { key: 'cost', header: 'Cost per person', render: (role) => formatUsd(role.annualCostPerHead), tdProps: { ta: 'right', style: { whiteSpace: 'nowrap' } }, thProps: { ta: 'right' } },
    { key: 'total', header: 'Yearly cost', render: (role) => formatUsd(role.count * role.annualCostPerHead), tdProps: { ta: 'right', style: { whiteSpace: 'nowrap' } }, thProps: { ta: 'right' } },
    { key: 'line', header: 'Reports to', render: (role) => role.reportsToTitle ?? '—' },
    ...(canManage ? [editRemoveColumn<PlannedRoleRow>({ nameOf: (role) => `${role.title} (${role.teamName ?? HUB_TEAM_NAME})`, onEdit: openForm, onRemove: setDeleting })] : []),
  ];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <div>
            <Title order={2} size="h4" id={headingId}>
              Roles and headcount
            </Title>
            <Text size="sm" c="dimmed">
              {plan.roles.length > 0
                ? `${people(plan.overall.heads)} in ${plan.roles.length} ${plan.roles.length === 1 ? 'role' : 'roles'}, ${formatUsd(plan.overall.annualCost)} a year. Compared with the guidance, never enforced.`
                : 'The roles of the hub and each spoke, with what they cost, compared with the staffing and budget guidance.'}
            </Text>
          </div>
          {canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => openForm(null)}>
              Add role
            </Button>
          )}
        </Group>
        <CheckList title="The whole plan" checks={plan.overall.checks} />
        {plan.roles.length === 0 ? (
          <Text size="sm" c="dimmed">
            No roles planned yet.{canManage ? ' Add the hub’s roles first, then each spoke’s.' : ''}
          </Text>
        ) : (
          <ResponsiveTable rows={plan.roles} columns={columns} rowKey={(role) => role.id} aria-label="Planned roles" minWidth={760} />
        )}
        <TeamChecks plan={plan} />
      </Stack>
      <PlannedRoleFormDialog programId={programId} plan={plan} editing={editing} opened={formOpened} onClose={() => setFormOpened(false)} />
      <ConfirmDialog opened={deleting !== null} title="Remove this role?" confirmLabel="Remove role" loading={removing} onConfirm={() => void confirmRemove()} onClose={() => setDeleting(null)}>
        <b>{deleting?.title}</b> ({people(deleting?.count ?? 0)}) leaves the plan; roles reporting to it are left without a line.
      </ConfirmDialog>
    </Paper>
  );
}

/** Each team's heads, cost and comparisons, the hub first. */
function TeamChecks({ plan }: { plan: HeadcountPlan }) {
  if (plan.teams.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {plan.teams.map((team) => (
        <CheckList key={team.unitId ?? 'hub'} title={team.name} subtitle={`${people(team.heads)}, ${formatUsd(team.annualCost)} a year`} checks={team.checks} />
      ))}
    </SimpleGrid>
  );
}

function CheckList({ title, subtitle, checks }: { title: string; subtitle?: string; checks: HeadcountPlan['overall']['checks'] }) {
  if (checks.length === 0) return null;
  return (
    <Stack gap={6} component="section" aria-label={title}>
      <Group gap="xs" align="baseline">
        <Title order={3} size="h5">
          {title}
        </Title>
        {subtitle && (
          <Text size="sm" c="dimmed">
            {subtitle}
          </Text>
        )}
      </Group>
      <List spacing={6} listStyleType="none" withPadding={false}>
        {checks.map((check, index) => (
          // A team can have a check of one kind per manager: the kind alone is no key.
          <List.Item key={`${check.kind}-${index}`}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Badge variant="light" color={VERDICT_COLORS[check.verdict]} style={{ flex: 'none' }} w={150}>
                {GUIDANCE_VERDICT_LABELS[check.verdict]}
              </Badge>
              <Text size="sm">{check.sentence}</Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
