import type { MockLink } from '@apollo/client/testing';
import type { RaciValue } from '@rollout/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { onPhone } from '../../../test/viewport';
import { MarkRaciFinalMutation, RaciQuery, SetRaciCellMutation } from '../hooks/useRaci';
import { aRaci, RACI_DOMAINS as DOMAINS, RACI_ROLES as ROLES } from '../testing/raci-fixtures';
import { RaciSection } from './RaciSection';

const queryMock = (programId: string, raci: ReturnType<typeof aRaci>, viewerCanManageRaci = true): MockLink.MockedResponse => ({
  request: { query: RaciQuery, variables: { id: programId } },
  result: { data: { program: { __typename: 'Program', id: programId, viewerCanManageRaci, raci } } },
});

const TWO_ACCOUNTABLES = {
  Forecasting: { 'Head/VP RevOps': 'A', 'Regional RevOps partner': 'R' },
  'Quota allocation': { Finance: 'A', 'Sales leadership': 'A', 'Head/VP RevOps': 'R' },
} satisfies Record<string, Record<string, RaciValue>>;
// Forecasting with four Consulted roles: a warning, no error.
const FOUR_CONSULTED = {
  Forecasting: { 'Head/VP RevOps': 'A', 'Regional RevOps partner': 'R', 'Sales leadership': 'C', 'Marketing ops': 'C', 'CS ops': 'C', Finance: 'C' },
  'Quota allocation': { Finance: 'A', 'Head/VP RevOps': 'R' },
} satisfies Record<string, Record<string, RaciValue>>;

describe('RaciSection', () => {
  it('shows each domain’s errors as cells change, and offers Mark final only once none is left', async () => {
    const programId = anId();
    const sent: unknown[] = [];
    const fixed = { ...TWO_ACCOUNTABLES, 'Quota allocation': { ...TWO_ACCOUNTABLES['Quota allocation'], 'Sales leadership': 'R' as const } };
    const { user } = renderWithApp(<RaciSection programId={programId} frozen={false} />, {
      mocks: [
        queryMock(programId, aRaci(programId, TWO_ACCOUNTABLES)),
        {
          request: { query: SetRaciCellMutation, variables: (variables: unknown) => (sent.push(variables), true) },
          result: { data: { setRaciCell: aRaci(programId, fixed, { version: 6 }) } },
        },
      ],
    });

    const quota = (await screen.findByText('Quota allocation')).closest('tr');
    if (!quota) throw new Error('Quota allocation has no row');
    expect(within(quota).getByText('Quota allocation has 2 Accountables (Sales leadership and Finance): keep exactly one.')).toBeTruthy();
    expect(screen.getByText('1 error to fix')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark final' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('The RACI cannot be marked final yet: 1 error to fix.')).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Quota allocation × Sales leadership' }), 'R');
    await waitFor(() => expect(screen.queryByText(/Quota allocation has 2 Accountables/)).toBeNull());
    expect(sent).toEqual([{ input: { programId, domainId: `${programId}-Quota allocation`, roleId: `${programId}-Sales leadership`, value: 'R', expectedVersion: 2 } }]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Mark final' }).hasAttribute('disabled')).toBe(false));
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Quota allocation × Sales leadership' }).value).toBe('R');
  });

  it('needs every warning acknowledged before marking final, then shows who marked it and Reopen, with the cells read-only', async () => {
    const programId = anId();
    const open = aRaci(programId, FOUR_CONSULTED);
    const [warning] = open.validation.warnings;
    const sent: unknown[] = [];
    const { user } = renderWithApp(<RaciSection programId={programId} frozen={false} />, {
      mocks: [
        queryMock(programId, open),
        {
          request: { query: MarkRaciFinalMutation, variables: (variables: unknown) => (sent.push(variables), true) },
          result: { data: { markRaciFinal: aRaci(programId, FOUR_CONSULTED, { final: true, version: 6, acknowledged: [warning?.key ?? ''] }) } },
        },
      ],
    });

    const warnings = await screen.findByRole('region', { name: 'Warnings' });
    expect(
      within(warnings).getByText(
        'Forecasting has 4 Consulted roles (Sales leadership, Marketing ops, CS ops and Finance): more than 3 slows every decision; inform some instead.',
      ),
    ).toBeTruthy();
    const markFinal = screen.getByRole('button', { name: 'Mark final' });
    expect(markFinal.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('The RACI cannot be marked final yet: 1 warning to acknowledge.')).toBeTruthy();

    await user.click(within(warnings).getByRole('checkbox', { name: /^Acknowledge: Forecasting has 4 Consulted roles/ }));
    expect(markFinal.hasAttribute('disabled')).toBe(false);
    await user.click(markFinal);

    expect(await screen.findByText(/^Marked final on .* by Daniel Kim\. Reopen it to change it\.$/)).toBeTruthy();
    expect(sent).toEqual([{ input: { programId, expectedVersion: 5, acknowledgedWarningKeys: [warning?.key] } }]);
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit domains and roles' })).toBeNull();
    expect(within(warnings).getByText('Acknowledged')).toBeTruthy();
  });

  it('shows a regional partner the letters and warnings, with the export but nothing to change', async () => {
    const programId = anId();
    renderWithApp(<RaciSection programId={programId} frozen={false} />, {
      mocks: [queryMock(programId, aRaci(programId, FOUR_CONSULTED), false)],
      user: aCurrentUser({ role: 'regional_partner', unitIds: [anId()] }),
    });

    const table = await screen.findByRole('table', { name: 'RACI matrix' });
    expect(within(table).getAllByTitle('Accountable')).toHaveLength(2);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    for (const name of ['Mark final', 'Import…', 'Edit domains and roles']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export the RACI' })).toBeTruthy();
    expect(screen.getByText(/Forecasting has 4 Consulted roles/)).toBeTruthy();
  });

  it('lists each domain with its roles on a phone, instead of a wide table', async () => {
    onPhone();
    const programId = anId();
    renderWithApp(<RaciSection programId={programId} frozen={false} />, { mocks: [queryMock(programId, aRaci(programId, TWO_ACCOUNTABLES))] });

    const list = await screen.findByRole('list', { name: 'RACI matrix' });
    expect(screen.queryByRole('table')).toBeNull();
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(DOMAINS.length);
    expect(within(cards[1] as HTMLElement).getAllByRole('combobox').map((select) => select.getAttribute('aria-label'))).toEqual(ROLES.map(([role]) => `Quota allocation × ${role}`));
  });
});
