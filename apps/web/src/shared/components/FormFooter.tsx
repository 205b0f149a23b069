import { Alert, Button, Group, type ButtonProps, type MantineSize } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface FormFooterProps {
  /** The form's root error (`errors.root?.server`): a conflict shows in yellow, anything else in red. */
  error?: { type?: string | number; message?: string } | undefined;
  /** Omitted on a form that is a page of its own rather than a dialog: nothing to cancel. */
  onCancel?: () => void;
  submitting: boolean;
  submitLabel: ReactNode;
  submitColor?: ButtonProps['color'];
  submitDisabled?: boolean;
  size?: MantineSize;
}

/** The end of every form: what went wrong (if anything) above Cancel (in dialogs) and the submit button. */
export function FormFooter({ error, onCancel, submitting, submitLabel, submitColor, submitDisabled = false, size }: FormFooterProps) {
  return (
    <>
      {error?.message && (
        <Alert color={error.type === 'conflict' ? 'yellow' : 'red'} variant="light" icon={<IconAlertCircle size={18} />} role="alert">
          {error.message}
        </Alert>
      )}
      <Group justify="flex-end" gap={size === 'xs' ? 'xs' : 'sm'}>
        {onCancel && (
          <Button variant="default" size={size} onClick={onCancel} disabled={submitting}>
            Cancel
          </Button>
        )}
        <Button type="submit" size={size} loading={submitting} color={submitColor} disabled={submitDisabled}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
