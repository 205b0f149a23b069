import { Alert, Checkbox, Modal, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { NOTIFICATION_DELIVERIES, NOTIFICATION_DELIVERY_LABELS, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, type NotificationDelivery, type NotificationKind } from '@rollout/domain';
import { useState } from 'react';
import { FormFooter } from '../../../shared/components/FormFooter';
import { serverFormError } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { PreferencesQuery, useSavePreferences } from '../hooks/useNotifications';

/** What the signed-in user hears about, and how often by email. */
export function NotificationPreferencesModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { data } = useQuery(PreferencesQuery, { skip: !opened });
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Notification preferences</Text>}>
      {data && <PreferencesForm key={data.notificationPreferences.mutedKinds.join()} saved={data.notificationPreferences} onClose={onClose} />}
    </Modal>
  );
}

function PreferencesForm({ saved, onClose }: { saved: { mutedKinds: NotificationKind[]; delivery: NotificationDelivery; emailEnabled: boolean }; onClose: () => void }) {
  const [wanted, setWanted] = useState<string[]>(NOTIFICATION_KINDS.filter((kind) => !saved.mutedKinds.includes(kind)));
  const [delivery, setDelivery] = useState<NotificationDelivery>(saved.delivery);
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const [save, saving] = useSavePreferences();
  const submit = async () => {
    try {
      await save({ variables: { input: { mutedKinds: NOTIFICATION_KINDS.filter((kind) => !wanted.includes(kind)), delivery } } });
      notifySuccess('Notification preferences saved.');
      onClose();
    } catch (saveError) {
      setError(serverFormError(saveError));
    }
  };
  return (
    <Stack component="form" gap="md" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <Checkbox.Group label="Tell me about" value={wanted} onChange={setWanted}>
        <Stack gap="xs" mt="xs">
          {NOTIFICATION_KINDS.map((kind) => (
            <Checkbox key={kind} value={kind} label={NOTIFICATION_KIND_LABELS[kind]} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Select
        label="Email"
        data={NOTIFICATION_DELIVERIES.map((value) => ({ value, label: NOTIFICATION_DELIVERY_LABELS[value] }))}
        value={delivery}
        onChange={(value) => value && setDelivery(value)}
        allowDeselect={false}
        disabled={!saved.emailEnabled}
      />
      {!saved.emailEnabled && (
        <Alert variant="light" color="gray">
          This server sends no email: notifications stay in the app.
        </Alert>
      )}
      <FormFooter error={error} onCancel={onClose} submitting={saving.loading} submitLabel="Save preferences" />
    </Stack>
  );
}
