import { Alert, Badge, Button, Group, List, Paper, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { getFragmentData } from '../../../gql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { isConflict } from '../../../shared/lib/conflict';
import { formatDateTime } from '../../../shared/lib/format';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { DesignVersionsFields, useDesignVersions, useDesignVersionWrites } from '../hooks/useDesignVersions';

export interface DesignSignOffSectionProps {
  programId: string;
}

/**
 * The steering committee's sign-off of the target design: where the current version stands, what
 * still blocks a sign-off, what the draft changes from the last signed version, the sign-off (a
 * decision in the log) and, once signed, starting the next version. Every signed version follows,
 * with what it changed.
 */
export function DesignSignOffSection({ programId }: DesignSignOffSectionProps) {
  const { data, error, refetch } = useDesignVersions(programId);
  const writes = useDesignVersionWrites();
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();

  if (error && !data) return <QueryErrorAlert error={error} title="Could not load the sign-off" onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={160} aria-label="Loading the sign-off" />;
  const versions = getFragmentData(DesignVersionsFields, data.program.designVersions);
  const canManage = data.program.design.viewerCanManageDesign;
  const current = versions.versions.find((version) => version.number === versions.current);

  const run = async (write: () => Promise<unknown>, done: string, failed: string) => {
    try {
      await write();
      notifySuccess(done);
    } catch (writeError) {
      if (isConflict(writeError)) await refetch();
      notifyError(writeError, failed);
    }
  };
  const signOff = async () => {
    await run(() => writes.signOff({ variables: { input: { programId, version: versions.current, note } } }), `Version ${versions.current} signed off`, 'Could not sign off the design');
    setConfirming(false);
    setNote('');
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <Title order={3} size="h4" id={headingId}>
            Sign-off
          </Title>
          <Badge variant="light" color={versions.signedOff ? 'teal' : 'gray'}>
            Version {versions.current} · {versions.signedOff ? 'Signed off' : 'Draft'}
          </Badge>
        </Group>
        {versions.signedOff && current ? (
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconCircleCheck size={18} color="var(--mantine-color-teal-filled)" aria-hidden style={{ flex: 'none', marginTop: 2 }} />
              <Text size="sm">
                Signed off on {formatDateTime(current.signedOffAt)}
                {current.signedOffBy ? ` by ${current.signedOffBy.name}` : ''}. The design is frozen: changes go into version {versions.current + 1}.
              </Text>
            </Group>
            {canManage && (
              <Button
                variant="default"
                size="xs"
                loading={writes.busy}
                onClick={() =>
                  void run(
                    () => writes.startVersion({ variables: { input: { programId, version: versions.current } } }),
                    `Version ${versions.current + 1} started`,
                    'Could not start the next version',
                  )
                }
              >
                Start version {versions.current + 1}
              </Button>
            )}
          </Group>
        ) : (
          <Stack gap="sm">
            {versions.blockers.length > 0 ? (
              <Alert color="yellow" variant="light" title="Not ready to sign off">
                <List size="sm" spacing={2}>
                  {versions.blockers.map((blocker) => (
                    <List.Item key={blocker}>{blocker}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <Text size="sm">Every activity is placed and the RACI is final: the design is ready for the steering committee.</Text>
            )}
            {versions.changesSinceSignOff.length > 0 && <ChangeList title={`Changes since version ${versions.current - 1}`} changes={versions.changesSinceSignOff} />}
            {canManage && (
              <Group align="flex-end" gap="sm" wrap="wrap">
                <Textarea
                  label="Sign-off note"
                  description="Who agreed, and on what terms"
                  value={note}
                  onChange={(event) => setNote(event.currentTarget.value)}
                  maxLength={2000}
                  autosize
                  minRows={1}
                  style={{ flex: '1 1 16rem' }}
                />
                <Button onClick={() => setConfirming(true)} disabled={versions.blockers.length > 0}>
                  Sign off version {versions.current}
                </Button>
              </Group>
            )}
          </Stack>
        )}
        {versions.versions.length > 0 && (
          <Stack gap="sm" component="section" aria-label="Signed-off versions">
            <Title order={4} size="h5">
              Signed-off versions
            </Title>
            {versions.versions.map((version) => (
              <Stack key={version.number} gap={2}>
                <Text size="sm" fw={600}>
                  Version {version.number}, signed off on {formatDateTime(version.signedOffAt)}
                  {version.signedOffBy ? ` by ${version.signedOffBy.name}` : ''}
                </Text>
                {version.note && <Text size="sm">“{version.note}”</Text>}
                {version.changes.length > 0 ? (
                  <ChangeList title={`What changed from version ${version.number - 1}`} changes={version.changes} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {version.number === 1 ? 'The first signed-off version.' : 'No change from the version before.'}
                  </Text>
                )}
              </Stack>
            ))}
          </Stack>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={`Sign off version ${versions.current}?`}
        confirmLabel="Sign off"
        confirmColor="teal"
        loading={writes.busy}
        onConfirm={() => void signOff()}
        onClose={() => setConfirming(false)}
      >
        The sign-off is recorded in the decision log with your name. After it, the placements, the RACI and the headcount are frozen: changing them starts version{' '}
        {versions.current + 1}.
      </ConfirmDialog>
    </Paper>
  );
}

function ChangeList({ title, changes }: { title: string; changes: readonly string[] }) {
  return (
    <Stack gap={2} aria-label={title}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {changes.map((change) => (
          <List.Item key={change}>{change}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
