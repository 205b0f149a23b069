import { ActionIcon, Alert, Badge, Button, Card, Code, Collapse, CopyButton, Group, Menu, Modal, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { WEBHOOK_DELIVERY_STATUS_LABELS, WEBHOOK_FORMAT_LABELS, WEBHOOK_FORMATS, type WebhookFormat } from '@rollout/domain';
import { IconDots, IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ProgramWebhooksQuery } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { FormFooter } from '../../../shared/components/FormFooter';
import { formatRelative } from '../../../shared/lib/format';
import { serverFormError } from '../../../shared/lib/form-errors';
import { runWithNotice } from '../../../shared/lib/notify';
import { useCreateWebhook, useRemoveWebhook, useSendTestWebhook, useSetWebhookActive, WebhooksQuery } from '../hooks/useNotifications';

type Webhook = ProgramWebhooksQuery['programWebhooks'][number];
const STATUS_COLORS = { delivered: 'green', pending: 'yellow', failed: 'red' } as const;

/** A program's webhooks (its leads only): where its reminders are posted, each with its delivery log and a test. */
export function WebhooksCard({ programId }: { programId: string }) {
  const { data } = useQuery(WebhooksQuery, { variables: { programId }, fetchPolicy: 'cache-and-network' });
  const [adding, setAdding] = useState(false);
  const webhooks = data?.programWebhooks ?? [];
  return (
    <Card withBorder padding="lg" radius="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="lg">
          Webhooks
        </Title>
        <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
          Add webhook
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        The program’s reminders (stale check-ins, overdue action items, pilots near their gate, waves with units not ready) posted to Slack, Teams or any endpoint.
      </Text>
      {webhooks.length === 0 ? (
        <Text size="sm" c="dimmed">
          No webhooks.
        </Text>
      ) : (
        <Stack gap="md">
          {webhooks.map((webhook) => (
            <WebhookRow key={webhook.id} webhook={webhook} />
          ))}
        </Stack>
      )}
      <AddWebhookDialog programId={programId} opened={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}

function WebhookRow({ webhook }: { webhook: Webhook }) {
  const [showLog, setShowLog] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [setActive] = useSetWebhookActive();
  const [sendTest, testing] = useSendTestWebhook();
  const [remove, removal] = useRemoveWebhook();
  const last = webhook.deliveries[0];
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {webhook.name}
            </Text>
            <Badge size="xs" variant="light" color="gray">
              {WEBHOOK_FORMAT_LABELS[webhook.format]}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed" truncate>
            {new URL(webhook.url).host} · {last ? `last: ${WEBHOOK_DELIVERY_STATUS_LABELS[last.status].toLowerCase()} ${formatRelative(last.createdAt)}` : 'nothing posted yet'}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Switch
            size="sm"
            aria-label={`Post to ${webhook.name}`}
            checked={webhook.active}
            onChange={(event) => {
              const active = event.currentTarget.checked;
              void runWithNotice(() => setActive({ variables: { input: { id: webhook.id, expectedVersion: webhook.version, active } } }), active ? `${webhook.name} switched on.` : `${webhook.name} switched off.`, 'Could not change the webhook');
            }}
          />
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${webhook.name}`}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconSend size={14} />} disabled={!webhook.active || testing.loading} onClick={() => void runWithNotice(() => sendTest({ variables: { id: webhook.id } }), 'Test sent: its delivery shows in the log.', 'Could not send the test')}>
                Send test
              </Menu.Item>
              <Menu.Item onClick={() => setShowLog((shown) => !shown)}>{showLog ? 'Hide delivery log' : 'Show delivery log'}</Menu.Item>
              <Menu.Item leftSection={<IconTrash size={14} />} color="red" onClick={() => setRemoving(true)}>
                Remove
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Collapse expanded={showLog}>
        <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={`Deliveries to ${webhook.name}`}>
          {webhook.deliveries.length === 0 && (
            <Text size="xs" c="dimmed">
              No deliveries yet.
            </Text>
          )}
          {webhook.deliveries.map((delivery) => (
            <Group key={delivery.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
              <Badge size="xs" variant="light" color={STATUS_COLORS[delivery.status]}>
                {WEBHOOK_DELIVERY_STATUS_LABELS[delivery.status]}
              </Badge>
              <Text size="xs" style={{ minWidth: 0 }}>
                {delivery.title}
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {formatRelative(delivery.createdAt)} · {delivery.attempts} {delivery.attempts === 1 ? 'attempt' : 'attempts'}
                  {delivery.responseCode !== null ? ` · HTTP ${delivery.responseCode}` : ''}
                  {delivery.durationMs !== null ? ` · ${delivery.durationMs} ms` : ''}
                  {delivery.error ? ` · ${delivery.error}` : ''}
                </Text>
              </Text>
            </Group>
          ))}
        </Stack>
      </Collapse>
      <ConfirmDialog
        opened={removing}
        title={`Remove ${webhook.name}?`}
        confirmLabel="Remove webhook"
        confirmColor="red"
        loading={removal.loading}
        onClose={() => setRemoving(false)}
        onConfirm={() => void runWithNotice(() => remove({ variables: { id: webhook.id, expectedVersion: webhook.version } }), `${webhook.name} removed.`, 'Could not remove the webhook').then(() => setRemoving(false))}
      >
        Nothing more is posted to it, and its delivery log goes with it.
      </ConfirmDialog>
    </Stack>
  );
}

function AddWebhookDialog({ programId, opened, onClose }: { programId: string; opened: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [format, setFormat] = useState<WebhookFormat>('slack');
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const [create, creating] = useCreateWebhook();
  const close = () => {
    setName('');
    setUrl('');
    setSecret(null);
    setError(undefined);
    onClose();
  };
  const submit = async () => {
    setError(undefined);
    try {
      const result = await create({ variables: { input: { programId, name, url, format } } });
      setSecret(result.data?.createWebhook.secret ?? null);
    } catch (saveError) {
      setError(serverFormError(saveError));
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={600}>{secret ? 'Webhook added' : 'Add a webhook'}</Text>}>
      {secret ? (
        <Stack gap="md">
          <Alert color="yellow" variant="light" title="Copy the signing secret now">
            It is not shown again. Each delivery carries <Code>Rollout-Signature: t=…,v1=…</Code>: the HMAC-SHA256 of <Code>t.body</Code> with this secret.
          </Alert>
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <TextInput label="Signing secret" value={secret} readOnly style={{ flex: 1 }} onFocus={(event) => event.currentTarget.select()} />
            <CopyButton value={secret}>{({ copied, copy }) => <Button onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>}</CopyButton>
          </Group>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack component="form" gap="md" onSubmit={(event) => (event.preventDefault(), void submit())}>
          <TextInput label="Name" value={name} onChange={(event) => setName(event.currentTarget.value)} placeholder="#revops-emea" required maxLength={120} data-autofocus />
          <TextInput label="Address" type="url" value={url} onChange={(event) => setUrl(event.currentTarget.value)} placeholder="https://hooks.slack.com/services/…" required />
          <Select label="Format" data={WEBHOOK_FORMATS.map((value) => ({ value, label: WEBHOOK_FORMAT_LABELS[value] }))} value={format} onChange={(value) => value && setFormat(value)} allowDeselect={false} />
          <FormFooter error={error} onCancel={close} submitting={creating.loading} submitLabel="Add webhook" submitDisabled={name.trim().length < 2 || !url} />
        </Stack>
      )}
    </Modal>
  );
}
