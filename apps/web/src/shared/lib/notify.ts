import { notifications } from '@mantine/notifications';
import { apiErrorMessage } from './api-errors';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}

export function notifyError(error: unknown, title = 'That did not work'): void {
  notifications.show({ color: 'red', title, message: apiErrorMessage(error), autoClose: 8000 });
}

/** Runs a change and says how it went: `done` when it worked, the error under `failed` when not (never thrown on). */
export async function runWithNotice(work: () => Promise<unknown>, done: string, failed: string): Promise<void> {
  try {
    await work();
    notifySuccess(done);
  } catch (error) {
    notifyError(error, failed);
  }
}
