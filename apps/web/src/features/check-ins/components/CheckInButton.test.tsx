import type { MockLink } from '@apollo/client/testing';
import type { RagStatus } from '@rollout/domain';
import type { FormattedExecutionResult } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../../../test/field-error';
import { anId } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { CheckInSubmitMutation } from '../hooks/useSubmitCheckIn';
import type { ExistingCheckIn } from './check-in-conflict';
import { CheckInButton, type CheckInButtonProps } from './CheckInButton';

const WEEK = '2026-11-16';

type Sent = { input: Record<string, unknown> };

function savedCheckIn(input: Record<string, unknown>, version: number) {
  return {
    data: {
      submitCheckIn: {
        __typename: 'CheckIn',
        id: anId(),
        version,
        pilotId: input['pilotId'],
        unitId: input['unitId'],
        weekStart: input['weekStart'],
        status: input['status'],
        confidence: input['confidence'],
        highlights: input['highlights'] ?? '',
        blockers: input['blockers'] ?? '',
        asksForHelp: input['asksForHelp'] ?? '',
        commentary: input['commentary'] ?? '',
        submittedOn: '2026-11-20',
        updatedAt: '2026-11-20T09:00:00.000Z',
        submittedBy: { __typename: 'User', id: anId(), name: 'Marco Rossi' },
      },
    },
  };
}

/** A submitCheckIn mock that records what it was sent; `respond` picks the answer per call. */
function submitMocks(sent: Sent[], responses: ((input: Record<string, unknown>) => FormattedExecutionResult)[]) {
  return responses.map(
    (respond): MockLink.MockedResponse => ({
      request: {
        query: CheckInSubmitMutation,
        variables: (variables: Sent) => {
          sent.push(variables);
          return true;
        },
      },
      result: () => respond(sent[sent.length - 1]?.input ?? {}),
    }),
  );
}

function renderButton(props: Partial<CheckInButtonProps> = {}, mocks: MockLink.MockedResponse[] = []) {
  const defaults: CheckInButtonProps = { pilotId: anId(), unitId: anId(), unitName: 'DACH', weekStart: WEEK };
  return renderWithApp(<CheckInButton {...defaults} {...props} />, { route: '/this-week', mocks });
}

function existing(overrides: Partial<ExistingCheckIn> = {}): ExistingCheckIn {
  return { version: 2, status: 'green', confidence: 4, highlights: 'Routing live.', blockers: '', asksForHelp: '', commentary: '', ...overrides };
}

async function openDialog(user: ReturnType<typeof renderButton>['user'], name = /^Check in for DACH$/) {
  await user.click(screen.getByRole('button', { name }));
  return screen.findByRole('dialog');
}

async function pickStatus(user: ReturnType<typeof renderButton>['user'], dialog: HTMLElement, status: 'Green' | 'Amber' | 'Red') {
  await user.click(within(within(dialog).getByRole('radiogroup', { name: 'Status' })).getByRole('radio', { name: status }));
}

describe('CheckInButton', () => {
  it('refuses an amber check-in without commentary, beside the field, and sends nothing', async () => {
    const sent: Sent[] = [];
    const { user } = renderButton({}, submitMocks(sent, [(input) => savedCheckIn(input, 1)]));

    const dialog = await openDialog(user);
    expect(within(dialog).getByText('Week of Nov 16, 2026')).toBeTruthy();
    await pickStatus(user, dialog, 'Amber');
    // The rule shows as soon as the status asks for it, before any submit.
    expect(within(dialog).getByText(/Required: say why the status is amber/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Submit check-in' }));

    const commentary = within(dialog).getByLabelText(/^Commentary/);
    await waitFor(() => expect(fieldErrorOf(commentary)).toBe('Say why the status is amber (at least 10 characters).'));
    expect(sent).toEqual([]);
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('asks for commentary when the status changed since the last check-in, even to green', async () => {
    const sent: Sent[] = [];
    const { user } = renderButton({ previousStatus: 'amber' }, submitMocks(sent, [(input) => savedCheckIn(input, 1)]));

    const dialog = await openDialog(user);
    // A new week starts from last week's status.
    expect(within(dialog).getByRole('radio', { name: 'Amber' })).toHaveProperty('checked', true);
    await pickStatus(user, dialog, 'Green');
    expect(within(dialog).getByText(/Required: say why the status changed from amber to green/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Submit check-in' }));

    const commentary = within(dialog).getByLabelText(/^Commentary/);
    await waitFor(() => expect(fieldErrorOf(commentary)).toBe('Say why the status changed from amber to green (at least 10 characters).'));
    expect(sent).toEqual([]);

    await user.type(commentary, 'Routing backlog cleared on Tuesday.');
    await user.click(within(dialog).getByRole('button', { name: 'Submit check-in' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent[0]?.input).toMatchObject({ status: 'green', commentary: 'Routing backlog cleared on Tuesday.' });
  });

  it('needs no commentary for green after green, and sends the week, status and confidence', async () => {
    const sent: Sent[] = [];
    const pilotId = anId();
    const unitId = anId();
    const { user } = renderButton({ pilotId, unitId, previousStatus: 'green' }, submitMocks(sent, [(input) => savedCheckIn(input, 1)]));

    const dialog = await openDialog(user);
    expect(within(dialog).getByText('Optional while the status stays green.')).toBeTruthy();
    await user.click(within(within(dialog).getByRole('radiogroup', { name: 'Confidence' })).getByRole('radio', { name: '4' }));
    await user.type(within(dialog).getByLabelText(/^Highlights/), 'First hub-run forecast call.');
    await user.click(within(dialog).getByRole('button', { name: 'Submit check-in' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([
      {
        input: {
          pilotId,
          unitId,
          weekStart: WEEK,
          status: 'green',
          confidence: 4,
          highlights: 'First hub-run forecast call.',
          blockers: '',
          asksForHelp: '',
          commentary: '',
        },
      },
    ]);
  });

  it('updates this week’s check-in with the version it was opened with', async () => {
    const sent: Sent[] = [];
    const { user } = renderButton({ existing: existing({ version: 2 }) }, submitMocks(sent, [(input) => savedCheckIn(input, 3)]));

    const dialog = await openDialog(user, /^Update the check-in for DACH$/);
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>(/^Highlights/).value).toBe('Routing live.');
    await user.click(within(dialog).getByRole('button', { name: 'Save update' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent[0]?.input).toMatchObject({ expectedVersion: 2, status: 'green', highlights: 'Routing live.' });
  });

  it('on a conflict shows the other check-in, keeps the edits, and saves them over it with its version', async () => {
    const sent: Sent[] = [];
    const theirs: Record<string, unknown> = {
      id: anId(),
      version: 3,
      status: 'red' satisfies RagStatus,
      confidence: 2,
      highlights: '',
      blockers: 'CRM sandbox down.',
      asksForHelp: '',
      commentary: 'Routing broke on Friday; leads queued all weekend.',
    };
    const { user } = renderButton(
      { existing: existing({ version: 2 }) },
      submitMocks(sent, [
        () => graphQLError('CONFLICT', 'Someone else changed this check-in since you opened it.', { currentVersion: 3, current: theirs }),
        (input) => savedCheckIn(input, 4),
      ]),
    );

    const dialog = await openDialog(user, /^Update the check-in for DACH$/);
    const highlights = within(dialog).getByLabelText<HTMLTextAreaElement>(/^Highlights/);
    await user.clear(highlights);
    await user.type(highlights, 'Two more reps onboarded.');
    await user.click(within(dialog).getByRole('button', { name: 'Save update' }));

    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('Someone else updated this check-in')).toBeTruthy();
    expect(within(alert).getByText('Red')).toBeTruthy();
    expect(within(alert).getByText('“Routing broke on Friday; leads queued all weekend.”')).toBeTruthy();
    // Their check-in is shown, the edits are kept.
    expect(highlights.value).toBe('Two more reps onboarded.');

    await user.click(within(dialog).getByRole('button', { name: 'Save mine over theirs' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent.map((call) => call.input['expectedVersion'])).toEqual([2, 3]);
    expect(sent[1]?.input).toMatchObject({ highlights: 'Two more reps onboarded.' });
  });

  it('on a conflict can load the other check-in instead', async () => {
    const sent: Sent[] = [];
    const theirs = { version: 5, status: 'amber', confidence: 3, highlights: 'Half the forms fixed.', blockers: '', asksForHelp: '', commentary: 'Two forms still bypass routing.' };
    const { user } = renderButton(
      {},
      submitMocks(sent, [() => graphQLError('CONFLICT', 'Someone else changed this check-in since you opened it.', { currentVersion: 5, current: theirs })]),
    );

    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Submit check-in' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Load their check-in' }));

    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(within(dialog).getByRole('radio', { name: 'Amber' })).toHaveProperty('checked', true);
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>(/^Commentary/).value).toBe('Two forms still bypass routing.');
    expect(within(dialog).getByRole('button', { name: 'Submit check-in' })).toBeTruthy();
  });

  it('puts the API’s field errors beside the fields they name', async () => {
    const sent: Sent[] = [];
    const { user } = renderButton(
      {},
      submitMocks(sent, [
        () =>
          graphQLError('BAD_USER_INPUT', 'Say why the status changed from red to green (at least 10 characters).', {
            fieldErrors: [{ field: 'commentary', message: 'Say why the status changed from red to green (at least 10 characters).' }],
          }),
      ]),
    );

    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Submit check-in' }));

    const commentary = within(dialog).getByLabelText(/^Commentary/);
    await waitFor(() => expect(fieldErrorOf(commentary)).toBe('Say why the status changed from red to green (at least 10 characters).'));
    expect(sent).toHaveLength(1);
  });
});
