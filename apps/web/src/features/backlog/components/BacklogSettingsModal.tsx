import { ActionIcon, Alert, Button, Code, CopyButton, Divider, Group, Modal, NumberInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { FRAMEWORK_DESCRIPTIONS, FRAMEWORK_FORMULAS, FRAMEWORK_LABELS, FRAMEWORKS, MAX_REQUEST_TYPES, type Framework } from '@rollout/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { FormFooter } from '../../../shared/components/FormFooter';
import { serverFormError } from '../../../shared/lib/form-errors';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { useRemoveInboundWebhook, useRotateInboundSecret, useSaveBacklogSettings, useSaveRequestTypes, type Backlog } from '../hooks/useBacklog';

export interface BacklogSettingsModalProps {
  programId: string;
  backlog: Backlog;
  opened: boolean;
  onClose: () => void;
}

/** The program's leads set how the backlog runs: the framework, the capacity basis, the request types and their service levels, the inbound webhook. */
export function BacklogSettingsModal(props: BacklogSettingsModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={<Text fw={600}>Backlog settings</Text>} size="lg">
      {props.opened && (
        <Stack gap="xl">
          <RankingSettings {...props} />
          <Divider />
          <RequestTypes {...props} />
          <Divider />
          <InboundWebhook {...props} />
        </Stack>
      )}
    </Modal>
  );
}

function RankingSettings({ programId, backlog }: BacklogSettingsModalProps) {
  const [framework, setFramework] = useState<Framework>(backlog.framework);
  const [focusDays, setFocusDays] = useState<number>(backlog.focusDaysPerPersonMonth);
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const [save, { loading }] = useSaveBacklogSettings();
  const submit = async () => {
    setError(undefined);
    try {
      await save({ variables: { input: { programId, expectedVersion: backlog.settingsVersion, framework, focusDaysPerPersonMonth: focusDays } } });
      notifySuccess('Backlog settings saved.');
    } catch (saveError) {
      setError(serverFormError(saveError));
    }
  };
  return (
    <Stack gap="sm" component="form" aria-label="Ranking and capacity" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <Title order={3} fz="md">
        Ranking and capacity
      </Title>
      <SegmentedControl aria-label="Prioritisation framework" data={FRAMEWORKS.map((value) => ({ value, label: FRAMEWORK_LABELS[value] }))} value={framework} onChange={(value) => setFramework(value)} />
      <Text size="sm">
        {FRAMEWORK_FORMULAS[framework]}. {FRAMEWORK_DESCRIPTIONS[framework]}
      </Text>
      {framework !== backlog.framework && (
        <Text size="sm" c="orange">
          Requests scored only with {FRAMEWORK_LABELS[backlog.framework]} lose their rank until their team scores them with {FRAMEWORK_LABELS[framework]}.
        </Text>
      )}
      <NumberInput label="Focus days per person a month" description="The days a person of a team gives to backlog work; the rest is run work." value={focusDays} onChange={(value) => typeof value === 'number' && setFocusDays(value)} min={1} max={23} step={0.5} decimalScale={1} w={260} />
      <FormFooter error={error} submitting={loading} submitLabel="Save" size="xs" />
    </Stack>
  );
}

interface TypeRow {
  id: string | null;
  name: string;
  triageDays: number;
  deliverDays: number;
}

function RequestTypes({ programId, backlog }: BacklogSettingsModalProps) {
  const [rows, setRows] = useState<TypeRow[]>(backlog.types.map(({ id, name, triageDays, deliverDays }) => ({ id, name, triageDays, deliverDays })));
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const [save, { loading }] = useSaveRequestTypes();
  const change = (index: number, values: Partial<TypeRow>) => setRows((current) => current.map((row, at) => (at === index ? { ...row, ...values } : row)));
  const submit = async () => {
    setError(undefined);
    try {
      await save({ variables: { input: { programId, types: rows } } });
      notifySuccess('Request types saved.');
    } catch (saveError) {
      setError(serverFormError(saveError));
    }
  };
  return (
    <Stack gap="sm" component="form" aria-label="Request types and service levels" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <Title order={3} fz="md">
        Request types and service levels
      </Title>
      <Text size="sm" c="dimmed">
        Days from filing: to triage (scored or declined) and to deliver. Breaches show on the backlog and on the forums’ agendas.
      </Text>
      {rows.map((row, index) => (
        <Group key={row.id ?? `new-${index}`} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput label={index === 0 ? 'Type' : undefined} aria-label="Type" value={row.name} onChange={(event) => change(index, { name: event.currentTarget.value })} maxLength={60} style={{ flex: 1 }} required />
          <NumberInput label={index === 0 ? 'Triage (days)' : undefined} aria-label="Days to triage" value={row.triageDays} onChange={(value) => typeof value === 'number' && change(index, { triageDays: value })} min={1} max={90} allowDecimal={false} w={110} />
          <NumberInput label={index === 0 ? 'Deliver (days)' : undefined} aria-label="Days to deliver" value={row.deliverDays} onChange={(value) => typeof value === 'number' && change(index, { deliverDays: value })} min={1} max={365} allowDecimal={false} w={110} />
          <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Remove ${row.name || 'this type'}`} onClick={() => setRows((current) => current.filter((_, at) => at !== index))} disabled={rows.length === 1}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group justify="space-between">
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setRows((current) => [...current, { id: null, name: '', triageDays: 5, deliverDays: 30 }])} disabled={rows.length >= MAX_REQUEST_TYPES}>
          Add a type
        </Button>
      </Group>
      <FormFooter error={error} submitting={loading} submitLabel="Save the types" size="xs" />
    </Stack>
  );
}

function InboundWebhook({ programId, backlog }: BacklogSettingsModalProps) {
  const [secret, setSecret] = useState<string | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [rotate, { loading: rotating }] = useRotateInboundSecret();
  const [remove, { loading: removing }] = useRemoveInboundWebhook();
  const makeSecret = async () => {
    try {
      const { data } = await rotate({ variables: { programId } });
      setSecret(data?.rotateInboundRequestSecret.secret ?? null);
    } catch (rotateError) {
      notifyError(rotateError, 'Could not make a secret');
    }
  };
  const switchOff = async () => {
    try {
      await remove({ variables: { programId } });
      setSecret(null);
      setConfirmingRemove(false);
      notifySuccess('Inbound webhook switched off.');
    } catch (removeError) {
      setConfirmingRemove(false);
      notifyError(removeError, 'Could not switch it off');
    }
  };
  return (
    <Stack gap="sm">
      <Title order={3} fz="md">
        File requests from other tools
      </Title>
      <Text size="sm" c="dimmed">
        A Slack workflow or a form posts JSON to the address below, signed with the secret (header <Code>Rollout-Signature: t=&lt;unix seconds&gt;,v1=&lt;HMAC-SHA256 of “t.body”&gt;</Code>). The requester named by email files it with their own permissions.
      </Text>
      <Code block>{backlog.inboundUrl}</Code>
      {secret && (
        <Alert color="yellow" variant="light" title="The signing secret, shown this once">
          <Group gap="xs" wrap="nowrap">
            <Code style={{ wordBreak: 'break-all' }}>{secret}</Code>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => void makeSecret()} loading={rotating}>
          {backlog.inboundConfigured ? 'Make a new secret' : 'Switch on'}
        </Button>
        {backlog.inboundConfigured && (
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirmingRemove(true)}>
            Switch off
          </Button>
        )}
      </Group>
      <ConfirmDialog opened={confirmingRemove} title="Switch the inbound webhook off?" confirmLabel="Switch off" loading={removing} onClose={() => setConfirmingRemove(false)} onConfirm={() => void switchOff()}>
        Tools posting to it get 401 until a new secret is made.
      </ConfirmDialog>
    </Stack>
  );
}
