import { screen, waitFor, within } from '@testing-library/react';
import type { ProgramPhase } from '@rollout/domain';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { anId } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { ProgramPhaseCard, ProgramPhasesFragment, type PhaseChangeRequest } from './ProgramPhaseCard';

function aPhasesFragment(id: string, phase: ProgramPhase, version = 4) {
  return makeFragmentData({ __typename: 'Program', id, phase, version, archived: false }, ProgramPhasesFragment);
}

function renderCard(phase: ProgramPhase, options: { canEdit?: boolean; canOverrideGate?: boolean; onChangePhase?: (request: PhaseChangeRequest) => Promise<void> } = {}) {
  const onChangePhase = vi.fn(options.onChangePhase ?? (() => Promise.resolve()));
  const programId = anId();
  const program = aPhasesFragment(programId, phase);
  const view = renderWithApp(
    <ProgramPhaseCard program={program} canEdit={options.canEdit ?? true} canOverrideGate={options.canOverrideGate ?? false} onChangePhase={onChangePhase} />,
    { route: '/programs/x' },
  );
  return { ...view, onChangePhase, programId };
}

describe('ProgramPhaseCard', () => {
  it('highlights the current phase among all six, with descriptions', () => {
    renderCard('pilot');

    const stepper = screen.getByLabelText('Program phases');
    for (const label of ['Assess', 'Align', 'Design', 'Pilot', 'Scale', 'Govern']) {
      expect(within(stepper).getByText(label)).toBeTruthy();
    }
    const current = stepper.querySelector('[aria-current="step"]');
    expect(current?.getAttribute('data-phase')).toBe('pilot');
    expect(within(stepper).getByText(/Run the model in one unit for about four weeks/)).toBeTruthy();
    expect(screen.getByText('Step 4 of 6: Pilot')).toBeTruthy();
  });

  it('moves forward one phase with the version it was shown', async () => {
    const { user, onChangePhase, programId } = renderCard('pilot');

    await user.click(screen.getByRole('button', { name: 'Move to Scale' }));

    expect(onChangePhase).toHaveBeenCalledWith({ programId, toPhase: 'scale', expectedVersion: 4 });
  });

  it('requires a reason of the minimum length before moving back', async () => {
    const { user, onChangePhase } = renderCard('pilot');

    await user.click(screen.getByRole('button', { name: 'Move back…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Move back' }));

    expect(await within(dialog).findByText('Moving back to Design needs a reason of at least 10 characters.')).toBeTruthy();

    await user.type(within(dialog).getByLabelText(/^Reason/), 'too short');
    await user.click(within(dialog).getByRole('button', { name: 'Move back' }));
    expect(await within(dialog).findByText('Moving back to Design needs a reason of at least 10 characters.')).toBeTruthy();
    expect(onChangePhase).not.toHaveBeenCalled();
  });

  it('moves back to the chosen earlier phase with the reason', async () => {
    const { user, onChangePhase, programId } = renderCard('pilot');

    await user.click(screen.getByRole('button', { name: 'Move back…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: /^Move back to/ }));
    await user.click(await screen.findByRole('option', { name: 'Align' }));
    await user.type(within(dialog).getByLabelText(/^Reason/), 'Leaders disagree on the design principles.');
    await user.click(within(dialog).getByRole('button', { name: 'Move back' }));

    await waitFor(() =>
      expect(onChangePhase).toHaveBeenCalledWith({
        programId,
        toPhase: 'align',
        reason: 'Leaders disagree on the design principles.',
        expectedVersion: 4,
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows a server rejection of the reason beside the reason field and stays open', async () => {
    const rejection = new CombinedGraphQLErrors(
      graphQLError('BAD_USER_INPUT', 'Some fields are not valid.', {
        fieldErrors: [{ field: 'reason', message: 'Say what changed since the design was agreed.' }],
      }),
    );
    const { user } = renderCard('pilot', { onChangePhase: () => Promise.reject(rejection) });

    await user.click(screen.getByRole('button', { name: 'Move back…' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Reason/), 'Because we said so, again.');
    await user.click(within(dialog).getByRole('button', { name: 'Move back' }));

    expect(await within(dialog).findByText('Say what changed since the design was agreed.')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('offers an admin the override of a closed gate, with a reason it sends; others are not offered it', async () => {
    const refusal = 'The assessment is 40% complete; moving to Align needs 80%.';
    const closed = (request: PhaseChangeRequest) =>
      request.overrideReason ? Promise.resolve() : Promise.reject(new CombinedGraphQLErrors(graphQLError('BAD_USER_INPUT', refusal, { fieldErrors: [{ field: 'toPhase', message: refusal }] })));
    const manager = renderCard('assess', { onChangePhase: closed });
    await manager.user.click(screen.getByRole('button', { name: 'Move to Align' }));
    await waitFor(() => expect(manager.onChangePhase).toHaveBeenCalledTimes(1));
    // A program manager is told why in a notification; no override is offered.
    expect(screen.queryByRole('dialog')).toBeNull();
    manager.unmount();

    const { user, onChangePhase, programId } = renderCard('assess', { canOverrideGate: true, onChangePhase: closed });
    await user.click(screen.getByRole('button', { name: 'Move to Align' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move to Align anyway?' });
    expect(within(dialog).getByText(refusal)).toBeTruthy();
    await user.type(within(dialog).getByLabelText(/^Reason for the override/), 'Workshop booked with every region');
    await user.click(within(dialog).getByRole('button', { name: 'Override and move on' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onChangePhase).toHaveBeenLastCalledWith({ programId, toPhase: 'align', overrideReason: 'Workshop booked with every region', expectedVersion: 4 });
  });

  it('offers no phase controls to read-only roles', () => {
    renderCard('pilot', { canEdit: false });

    expect(screen.queryByRole('button', { name: 'Move to Scale' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move back…' })).toBeNull();
  });

  it('cannot move back from the first phase or forward from the last', () => {
    const { unmount } = renderCard('assess');
    expect(screen.getByRole('button', { name: 'Move back…' }).hasAttribute('disabled')).toBe(true);
    unmount();

    renderCard('govern');
    expect(screen.getByText('Final phase')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Move to/ })).toBeNull();
  });
});
