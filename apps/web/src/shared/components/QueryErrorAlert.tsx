import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { apiErrorMessage } from '../lib/api-errors';

export interface QueryErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

export function QueryErrorAlert({ error, title = 'Could not load this page', onRetry }: QueryErrorAlertProps) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title={title} role="alert">
      <Group justify="space-between" align="center" gap="md">
        <Text size="sm">{apiErrorMessage(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} />} onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}
