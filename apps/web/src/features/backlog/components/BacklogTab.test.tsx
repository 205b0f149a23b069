import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { BREACHED, EMEA, PROGRAM_ID, ROUTING, TOP, backlogRead, detailRead, drawerReads, planRead } from '../testing/backlog-fixtures';
import { BacklogTab } from './BacklogTab';

describe('BacklogTab', () => {
  it('shows a partner every queue with ranks, the breach and the pending hub approval, the over-committed spoke, and a request file button but no settings', async () => {
    renderWithApp(<BacklogTab programId={PROGRAM_ID} />, { mocks: [backlogRead({ manage: false, fileable: [EMEA.key], rows: [TOP, ROUTING, BREACHED] }), planRead, backlogRead({ manage: false, fileable: [EMEA.key], breachedOnly: true, rows: [BREACHED] })] });
    const table = await screen.findByRole('table', { name: 'Requests' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['#1', '#1', '—']);
    expect(within(rows[2] as HTMLElement).getByText('Triage late')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Needs hub approval')).toBeTruthy();
    expect(screen.getByText('past a service level')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'File a request' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Settings' })).toBeNull();
    // Capacity tells the over-commitment in a sentence, beside its staffing guidance.
    expect(await screen.findByText(/^EMEA is over-committed in Jan 2027: 30 person-days/)).toBeTruthy();
    expect(screen.getByText(/Staffing guidance: EMEA: 1 RevOps person for 48 sellers/)).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Jan 2027: 30 of 12 person-days' })).toBeTruthy();

    // Breaches only: the list reads again, filtered on the server.
    await userEvent.click(screen.getByRole('switch', { name: 'Breaches only (1)' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Requests' })).getAllByRole('row')).toHaveLength(2));
  });

  it('opens a request from the list, and lets its owning team triage it with RICE, showing the score as the parts are picked', async () => {
    const { user, currentLocation } = renderWithApp(<BacklogTab programId={PROGRAM_ID} />, {
      route: '/programs/p?tab=backlog',
      mocks: [backlogRead({ manage: true, fileable: [EMEA.key], rows: [BREACHED] }), planRead, detailRead(BREACHED, true), ...drawerReads(BREACHED, [TOP])],
    });
    await user.click(await screen.findByRole('button', { name: `${BREACHED.label} · ${BREACHED.problem}` }));
    expect(currentLocation()).toContain(`request=${BREACHED.id}`);
    const drawer = await screen.findByRole('dialog', { name: `${BREACHED.label} · EMEA` });
    expect(within(drawer).getByText('The target model places Dashboards in the hub, so the hub owns it.', { exact: false })).toBeTruthy();
    const form = within(drawer).getByRole('form', { name: 'RICE score' });
    expect(within(form).getByText('Fill every part to see the score.')).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: 'Effort (person-days)' }), '5');
    await user.type(within(form).getByRole('textbox', { name: /^Reach/ }), '400');
    await user.click(within(form).getByRole('combobox', { name: 'Impact' }));
    await user.click(await screen.findByRole('option', { name: 'High (2)' }));
    await user.click(within(form).getByRole('combobox', { name: 'Confidence' }));
    await user.click(await screen.findByRole('option', { name: 'Medium (80%)' }));
    expect(within(form).getByText('Reach 400 × Impact 2 × Confidence 80% ÷ Effort 5 person-days = 128')).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Triage with this score' })).toBeTruthy();
  });
});
