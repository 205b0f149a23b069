import { notifications } from '@mantine/notifications';
import { apiErrorMessage } from './api-errors';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}

export function notifyError(error: unknown, title = 'That did not work'): void {
  notifications.show({ color: 'red', title, message: apiErrorMessage(error), autoClose: 8000 });
}
