import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, aPilotEngagement, aUnit, aUnitRollout } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { CreateUnitMutation, UnitsQuery } from '../hooks/useUnits';
import { UnitsPage } from './UnitsPage';

function demoUnits() {
  const emea = aUnit({ name: 'EMEA', code: 'EMEA', kind: 'region' });
  const dach = aUnit({
    name: 'DACH',
    code: 'EMEA-DACH',
    kind: 'sub_region',
    parentId: emea.id,
    rollouts: [aUnitRollout('Global hub-and-spoke RevOps', [aPilotEngagement({ status: 'decided', startDate: '2026-10-05', endDate: '2026-11-01', decision: 'scale' })])],
  });
  const germany = aUnit({ name: 'Germany', code: 'EMEA-DE', kind: 'country', parentId: dach.id });
  const nordics = aUnit({ name: 'Nordics', code: 'EMEA-NORD', kind: 'sub_region', parentId: emea.id, rollouts: [aUnitRollout('Global hub-and-spoke RevOps', [], true)] });
  const na = aUnit({ name: 'North America', code: 'NA', kind: 'region' });
  const enterprise = aUnit({ name: 'Enterprise', code: 'SEG-ENT', kind: 'segment' });
  return { emea, dach, germany, nordics, na, enterprise, all: [na, germany, enterprise, dach, emea, nordics] };
}

function unitsMock(units: ReturnType<typeof aUnit>[], includeArchived = false) {
  return { request: { query: UnitsQuery, variables: { includeArchived } }, result: { data: { units } } };
}

const row = (name: string) => screen.getByRole('listitem', { name });
const rowOrNull = (name: string) => screen.queryByRole('listitem', { name });
/** Whether a unit's branch is open, as its disclosure button says. */
const expandedOf = (name: string) => within(row(name)).getAllByRole('button', { name: new RegExp(`^(Expand|Collapse) ${name}$`) })[0]?.getAttribute('aria-expanded');

describe('UnitsPage', () => {
  it('shows the tree with kinds and codes, top level open', async () => {
    const { all } = demoUnits();
    renderWithApp(<UnitsPage />, { route: '/units', mocks: [unitsMock(all)] });

    await screen.findByRole('region', { name: 'Organization units' });
    const emea = row('EMEA');
    expect(expandedOf('EMEA')).toBe('true');
    expect(within(emea).getByText('Region')).toBeTruthy();
    const dach = row('DACH');
    expect(within(dach).getByText('EMEA-DACH')).toBeTruthy();
    expect(within(dach).getByText('Sub-region')).toBeTruthy();
    // Each unit's stage in each program, the same badge as on the program page; a partner's block beside it.
    expect(within(dach).getByTestId('unit-rollout').textContent).toBe('Global hub-and-spoke RevOps:Decided: scale');
    expect(within(row('Nordics')).getByTestId('unit-rollout').textContent).toBe('Global hub-and-spoke RevOps:Not startedBlocked');
    expect(within(emea).queryAllByTestId('unit-rollout').filter((item) => item.closest('[role=treeitem]') === emea)).toEqual([]);
    // Second level starts closed.
    expect(expandedOf('DACH')).toBe('false');
    expect(rowOrNull('Germany')).toBeNull();
    // Regions come before segments.
    const names = screen.getAllByRole('listitem').filter((item) => item.getAttribute('aria-level') === '1').map((item) => item.getAttribute('aria-label'));
    expect(names).toEqual(['EMEA', 'North America', 'Enterprise']);
  });

  it('expands and collapses branches', async () => {
    const { all } = demoUnits();
    const { user } = renderWithApp(<UnitsPage />, { route: '/units', mocks: [unitsMock(all)] });
    await screen.findByRole('region', { name: 'Organization units' });

    await user.click(screen.getByRole('button', { name: 'Expand DACH' }));
    expect(await screen.findByRole('listitem', { name: 'Germany' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Collapse EMEA' }));
    await waitFor(() => expect(rowOrNull('DACH')).toBeNull());
    expect(expandedOf('EMEA')).toBe('false');
  });

  it('filters by name or code and keeps each match under its parents', async () => {
    const { all } = demoUnits();
    const { user } = renderWithApp(<UnitsPage />, { route: '/units', mocks: [unitsMock(all)] });
    await screen.findByRole('region', { name: 'Organization units' });

    await user.type(screen.getByLabelText('Search units'), 'emea-de');

    await waitFor(() => expect(rowOrNull('Germany')).not.toBeNull());
    expect(row('DACH')).toBeTruthy();
    expect(row('EMEA')).toBeTruthy();
    expect(rowOrNull('Nordics')).toBeNull();
    expect(rowOrNull('North America')).toBeNull();
    expect(screen.getByText('1 of 6 units match')).toBeTruthy();
  });

  it('lets a program manager add a unit under a parent', async () => {
    const { all, emea } = demoUnits();
    const created = aUnit({ name: 'Southern Europe', code: 'EMEA-SOUTH', kind: 'sub_region', parentId: emea.id });
    const sent: unknown[] = [];
    const { user } = renderWithApp(<UnitsPage />, {
      route: '/units',
      mocks: [
        unitsMock(all),
        {
          request: {
            query: CreateUnitMutation,
            variables: (variables: unknown) => {
              sent.push(variables);
              return true;
            },
          },
          result: { data: { createUnit: created } },
        },
        unitsMock([...all, created]),
      ],
    });
    await screen.findByRole('region', { name: 'Organization units' });

    await user.click(within(row('EMEA')).getByRole('button', { name: 'Actions for EMEA' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Add sub-unit' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Southern Europe');
    await user.type(within(dialog).getByLabelText(/^Code/), 'emea-south');
    await user.click(within(dialog).getByRole('button', { name: 'Add unit' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([{ input: { name: 'Southern Europe', code: 'EMEA-SOUTH', kind: 'sub_region', parentId: emea.id } }]);
    expect(await screen.findByRole('listitem', { name: 'Southern Europe' })).toBeTruthy();
  });

  it('shows validation beside the field for a bad code', async () => {
    const { all } = demoUnits();
    const { user } = renderWithApp(<UnitsPage />, { route: '/units', mocks: [unitsMock(all)] });
    await screen.findByRole('region', { name: 'Organization units' });

    await user.click(screen.getByRole('button', { name: 'Add unit' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Iberia');
    await user.type(within(dialog).getByLabelText(/^Code/), 'x');
    await user.click(within(dialog).getByRole('button', { name: 'Add unit' }));

    expect(await within(dialog).findByText('Use 2–20 capital letters, digits or dashes (e.g. EMEA-DACH).')).toBeTruthy();
  });

  it('has no editing controls for executives', async () => {
    const { all } = demoUnits();
    renderWithApp(<UnitsPage />, { route: '/units', user: aCurrentUser({ role: 'executive' }), mocks: [unitsMock(all)] });
    await screen.findByRole('region', { name: 'Organization units' });

    expect(screen.queryByRole('button', { name: 'Add unit' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Actions for/ })).toBeNull();
  });

  it('shows an empty state when there are no units', async () => {
    renderWithApp(<UnitsPage />, { route: '/units', mocks: [unitsMock([])] });
    expect(await screen.findByText('No units yet')).toBeTruthy();
  });
});
