import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anId } from '../../../test/fixtures';
import { CONFLICT_MESSAGE } from '../../../shared/lib/api-errors';
import { graphQLError, renderWithApp } from '../../../test/render';
import { RemovePlannedRoleMutation, SavePlannedRoleMutation } from '../hooks/useHeadcount';
import { aPlan, BUDGET, emea, head, headcountRead, partner, SELLERS, type RoleRow } from '../testing/headcount-fixtures';
import { HeadcountSection } from './HeadcountSection';

const programId = anId();
const read = (roles: RoleRow[], viewerCanManageDesign = true) => headcountRead(programId, roles, viewerCanManageDesign);

describe('HeadcountSection', () => {
  it('lists the roles with their cost and the guidance in sentences, per team', async () => {
    renderWithApp(<HeadcountSection programId={programId} readOnly={false} />, { mocks: [read([head, partner])] });
    const table = await screen.findByRole('table', { name: 'Planned roles' });
    const partnerRow = within(table).getByText('RevOps partner').closest('tr');
    if (!partnerRow) throw new Error('no row for the partner role');
    expect([...partnerRow.querySelectorAll('td')].slice(1, 6).map((cell) => cell.textContent)).toEqual(['EMEA', '2', '$140,000', '$280,000', 'Head of RevOps']);
    expect(screen.getByText('3 people in 2 roles, $500,000 a year. Compared with the guidance, never enforced.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'The whole plan' })).getByText(BUDGET)).toBeTruthy();
    const emeaChecks = screen.getByRole('region', { name: 'EMEA' });
    expect(within(emeaChecks).getByText(SELLERS)).toBeTruthy();
    expect(within(emeaChecks).getByText('Within the guidance')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Hub' })).getByText('Below the guidance')).toBeTruthy();
  });

  it('adds a spoke role reporting to the hub’s head, and the plan answers with it', async () => {
    const sent: unknown[] = [];
    const { user } = renderWithApp(<HeadcountSection programId={programId} readOnly={false} />, {
      mocks: [read([head]), { request: { query: SavePlannedRoleMutation, variables: (variables: unknown) => (sent.push(variables), true) }, result: { data: { savePlannedRole: aPlan(programId, [head, partner]) } } }],
    });
    await user.click(await screen.findByRole('button', { name: 'Add role' }));
    const form = await screen.findByRole('form', { name: 'Add role' });
    await user.type(within(form).getByRole('textbox', { name: /^Role/ }), 'RevOps partner');
    await user.click(within(form).getByRole('combobox', { name: /^Team/ }));
    await user.click(await screen.findByRole('option', { name: 'EMEA spoke' }));
    await user.type(within(form).getByRole('textbox', { name: /^People/ }), '2');
    await user.type(within(form).getByRole('textbox', { name: /^Cost per person/ }), '140000');
    await user.click(within(form).getByRole('combobox', { name: /^Reports to/ }));
    await user.click(await screen.findByRole('option', { name: 'Head of RevOps (Hub)' }));
    await user.click(within(form).getByRole('button', { name: 'Add role' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add role' })).toBeNull());
    expect(sent).toEqual([{ input: { programId, title: 'RevOps partner', unitId: emea.id, count: 2, annualCostPerHead: 140_000, reportsToId: head.id, isManager: false } }]);
    expect(await screen.findByText('3 people in 2 roles, $500,000 a year. Compared with the guidance, never enforced.')).toBeTruthy();
  });

  it('after a conflict shows the plan as it is now, and saving again sends the version it now shows', async () => {
    const sent: { input: { expectedVersion?: number } }[] = [];
    const theirs = { ...partner, count: 3, version: 4 };
    const { user } = renderWithApp(<HeadcountSection programId={programId} readOnly={false} />, {
      mocks: [
        read([head, partner]),
        {
          request: { query: SavePlannedRoleMutation, variables: (variables: { input: { expectedVersion?: number } }) => (sent.push(variables), variables.input.expectedVersion === 3) },
          result: graphQLError('CONFLICT', 'Someone else changed this role; it now shows their version.'),
        },
        read([head, theirs]),
        {
          request: { query: SavePlannedRoleMutation, variables: (variables: { input: { expectedVersion?: number } }) => (sent.push(variables), variables.input.expectedVersion === 4) },
          result: { data: { savePlannedRole: aPlan(programId, [head, { ...theirs, count: 5, version: 5 }]) } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Edit RevOps partner (EMEA)' }));
    const form = await screen.findByRole('form', { name: 'Edit role' });
    const people = within(form).getByRole('textbox', { name: /^People/ });
    await user.clear(people);
    await user.type(people, '5');
    await user.click(within(form).getByRole('button', { name: 'Save role' }));
    expect(await within(form).findByText(CONFLICT_MESSAGE)).toBeTruthy();
    // Their change is read again: 3 people × $140,000.
    expect(await screen.findByText('$420,000')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Save role' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit role' })).toBeNull());
    expect(sent.map((variables) => variables.input.expectedVersion)).toEqual([3, 4]);
  });

  it('says what is wrong with a role before sending it', async () => {
    const { user } = renderWithApp(<HeadcountSection programId={programId} readOnly={false} />, { mocks: [read([])] });
    expect(await screen.findByText('No roles planned yet. Add the hub’s roles first, then each spoke’s.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add role' }));
    const form = await screen.findByRole('form', { name: 'Add role' });
    await user.click(within(form).getByRole('button', { name: 'Add role' }));
    expect(await within(form).findByText('Enter the number of people.')).toBeTruthy();
    expect(within(form).getByText('Enter what one person costs a year, in dollars.')).toBeTruthy();
  });

  it('removes a role after a confirmation, sending the version it showed', async () => {
    const sent: unknown[] = [];
    const { user } = renderWithApp(<HeadcountSection programId={programId} readOnly={false} />, {
      mocks: [read([head, partner]), { request: { query: RemovePlannedRoleMutation, variables: (variables: unknown) => (sent.push(variables), true) }, result: { data: { removePlannedRole: aPlan(programId, [head]) } } }],
    });
    await user.click(await screen.findByRole('button', { name: 'Remove RevOps partner (EMEA)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this role?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove role' }));
    await waitFor(() => expect(screen.queryByText('RevOps partner')).toBeNull());
    expect(sent).toEqual([{ input: { programId, id: partner.id, expectedVersion: 3 } }]);
  });

  it('reads only for readers and once the design is signed off', async () => {
    const reader = renderWithApp(<HeadcountSection programId={programId} readOnly={false} />, { mocks: [read([head, partner], false)], user: aCurrentUser({ role: 'executive' }) });
    await screen.findByRole('table', { name: 'Planned roles' });
    expect(screen.queryByRole('button')).toBeNull();
    reader.unmount();

    renderWithApp(<HeadcountSection programId={programId} readOnly />, { mocks: [read([head, partner])] });
    await screen.findByRole('table', { name: 'Planned roles' });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
