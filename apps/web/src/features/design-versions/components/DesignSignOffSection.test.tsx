import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { DesignVersionsQuery, SignOffDesignMutation, StartDesignVersionMutation } from '../hooks/useDesignVersions';
import { DesignSignOffSection } from './DesignSignOffSection';

const programId = anId();
const manager = { __typename: 'User' as const, id: anId(), name: 'Maya Manager' };

interface VersionsState {
  current?: number;
  signedOff?: boolean;
  blockers?: string[];
  changesSinceSignOff?: string[];
  versions?: { number: number; note: string; changes: string[] }[];
}
const versionsOf = ({ current = 1, signedOff = false, blockers = [], changesSinceSignOff = [], versions = [] }: VersionsState) => ({
  __typename: 'DesignVersions' as const,
  id: programId,
  current,
  signedOff,
  blockers,
  changesSinceSignOff,
  versions: versions.map((version) => ({ __typename: 'DesignVersion' as const, ...version, signedOffAt: '2026-12-04T10:00:00.000Z', signedOffBy: manager })),
});
const read = (state: VersionsState, viewerCanManageDesign = true): MockLink.MockedResponse => ({
  request: { query: DesignVersionsQuery, variables: { id: programId } },
  result: { data: { program: { __typename: 'Program', id: programId, design: { __typename: 'ProgramDesign', id: programId, viewerCanManageDesign }, designVersions: versionsOf(state) } } },
});
const renderSection = (mocks: MockLink.MockedResponse[], role: 'program_manager' | 'executive' = 'program_manager') =>
  renderWithApp(<DesignSignOffSection programId={programId} />, { mocks, user: aCurrentUser({ role }) });

describe('DesignSignOffSection', () => {
  it('names what blocks a sign-off and keeps the button disabled until nothing does', async () => {
    renderSection([read({ blockers: ['Mark the RACI final (its warnings acknowledged) before signing off.'] })]);
    expect(await screen.findByText('Mark the RACI final (its warnings acknowledged) before signing off.')).toBeTruthy();
    expect(screen.getByText('Version 1 · Draft')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign off version 1' }).hasAttribute('disabled')).toBe(true);
  });

  it('signs off the draft with a note after a confirmation, then offers the next version', async () => {
    const signed = versionsOf({ signedOff: true, versions: [{ number: 1, note: 'Steering committee, 4 December', changes: [] }] });
    const { user } = renderSection([
      read({}),
      { request: { query: SignOffDesignMutation, variables: { input: { programId, version: 1, note: 'Steering committee, 4 December' } } }, result: { data: { signOffDesign: signed } } },
    ]);
    await user.type(await screen.findByRole('textbox', { name: /Sign-off note/ }), 'Steering committee, 4 December');
    await user.click(screen.getByRole('button', { name: 'Sign off version 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign off version 1?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign off' }));
    expect(await screen.findByText('Version 1 · Signed off')).toBeTruthy();
    // The badge reads from the cache before the mutation's loading flag clears: wait for the button to settle.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start version 2' }).hasAttribute('disabled')).toBe(false));
    expect(screen.getByText('“Steering committee, 4 December”')).toBeTruthy();
    expect(screen.getByText('The first signed-off version.')).toBeTruthy();
  });

  it('shows a draft’s changes since the last sign-off, and starting a version answers with it', async () => {
    const draft = versionsOf({ current: 2, changesSinceSignOff: ['Hub: Head of RevOps, 1 → 2 people.'], versions: [{ number: 1, note: '', changes: [] }] });
    const { user } = renderSection([
      read({ signedOff: true, versions: [{ number: 1, note: '', changes: [] }] }),
      { request: { query: StartDesignVersionMutation, variables: { input: { programId, version: 1 } } }, result: { data: { startDesignVersion: draft } } },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Start version 2' }));
    const changes = await screen.findByLabelText('Changes since version 1');
    expect(within(changes).getByText('Hub: Head of RevOps, 1 → 2 people.')).toBeTruthy();
    expect(screen.getByText('Version 2 · Draft')).toBeTruthy();
  });

  it('lets readers see the sign-off without any control', async () => {
    renderSection([read({ signedOff: true, versions: [{ number: 1, note: '', changes: [] }] }, false)], 'executive');
    expect(await screen.findByText(/Signed off on .* by Maya Manager/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
