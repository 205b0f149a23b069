import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, aProgramConnection, aProgramListNode } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { ProgramsQuery } from '../hooks/usePrograms';
import { ProgramsPage } from './ProgramsPage';

const defaultSort = { field: 'updated_at', direction: 'desc' } as const;

function programsMock(variables: Record<string, unknown>, result: object) {
  return { request: { query: ProgramsQuery, variables: { filter: {}, sort: defaultSort, first: 25, ...variables } }, result };
}

describe('ProgramsPage', () => {
  it('lists programs with phase, status, model, owner and target date', async () => {
    const emea = aProgramListNode({
      name: 'EMEA hub-and-spoke rollout',
      phase: 'pilot',
      status: 'at_risk',
      targetModel: 'hub_and_spoke',
      ownerName: 'Priya Shah',
      targetDate: '2026-11-30',
    });
    const na = aProgramListNode({ name: 'North America pod pilot', status: 'off_track', targetModel: 'pod' });
    renderWithApp(<ProgramsPage />, {
      route: '/programs',
      mocks: [programsMock({}, { data: aProgramConnection([emea, na]) })],
    });

    const rows = await screen.findAllByTestId('program-row');
    expect(rows).toHaveLength(2);
    const first = within(rows[0] as HTMLElement);
    expect(first.getByRole('link', { name: 'EMEA hub-and-spoke rollout' }).getAttribute('href')).toBe(`/programs/${emea.id}`);
    expect(first.getByText('Pilot')).toBeTruthy();
    expect(first.getByText('At risk').closest('[data-status]')?.getAttribute('data-status')).toBe('at_risk');
    expect(first.getByText('Hub-and-spoke')).toBeTruthy();
    expect(first.getByText('Priya Shah')).toBeTruthy();
    expect(first.getByText('Nov 30, 2026')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Off track')).toBeTruthy();
    expect(screen.getByTestId('program-count').textContent).toBe('2 programs');
  });

  it('invites program managers to create the first program when there are none', async () => {
    renderWithApp(<ProgramsPage />, {
      route: '/programs',
      mocks: [programsMock({}, { data: aProgramConnection([]) })],
    });

    expect(await screen.findByText('No programs yet — create the first one')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'New program' }).length).toBeGreaterThan(0);
  });

  it('shows executives an empty list without a create button', async () => {
    renderWithApp(<ProgramsPage />, {
      route: '/programs',
      user: aCurrentUser({ role: 'executive' }),
      mocks: [programsMock({}, { data: aProgramConnection([]) })],
    });

    expect(await screen.findByText('No programs yet')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'New program' })).toBeNull();
  });

  it('says nothing matches when filters hide every program, and sends the filters', async () => {
    renderWithApp(<ProgramsPage />, {
      route: '/programs?status=at_risk&phase=pilot',
      mocks: [
        programsMock({ filter: { phases: ['pilot'], statuses: ['at_risk'] } }, { data: aProgramConnection([]) }),
      ],
    });

    expect(await screen.findByText('No programs match')).toBeTruthy();
    expect(screen.queryByText('No programs yet — create the first one')).toBeNull();
  });

  it('searches once typing pauses, not on every keystroke, and keeps the search in the URL', async () => {
    const searches: unknown[] = [];
    const match = aProgramListNode({ name: 'EMEA hub-and-spoke rollout' });
    const { user, currentLocation } = renderWithApp(<ProgramsPage />, {
      route: '/programs',
      mocks: [
        programsMock({}, { data: aProgramConnection([match, aProgramListNode({ name: 'LATAM forecasting' })]) }),
        {
          request: {
            query: ProgramsQuery,
            variables: (variables: { filter?: { search?: string } }) => variables.filter?.search !== undefined,
          },
          result: (variables: { filter?: { search?: string } }) => {
            searches.push(variables.filter?.search);

            return { data: aProgramConnection([match]) };
          },
          maxUsageCount: 10,
        },
      ],
    });
    await screen.findAllByTestId('program-row');

    await user.type(screen.getByLabelText('Search programs'), 'emea');

    await waitFor(() => expect(screen.getAllByTestId('program-row')).toHaveLength(1));
    expect(searches).toEqual(['emea']);
    expect(currentLocation()).toBe('/programs?q=emea');
  });

  it('loads the next page with the cursor and appends it', async () => {
    const firstPage = [aProgramListNode({ name: 'Program A' }), aProgramListNode({ name: 'Program B' })];
    const secondPage = [aProgramListNode({ name: 'Program C' })];
    const { user } = renderWithApp(<ProgramsPage />, {
      route: '/programs',
      mocks: [
        programsMock({}, { data: aProgramConnection(firstPage, { totalCount: 3, hasNextPage: true, endCursor: 'cursor-2' }) }),
        programsMock({ after: 'cursor-2' }, { data: aProgramConnection(secondPage, { totalCount: 3, endCursor: 'cursor-3' }) }),
      ],
    });

    expect(await screen.findByText('Showing 2 of 3 programs')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(screen.getAllByTestId('program-row')).toHaveLength(3));
    expect(screen.getByText('Program C')).toBeTruthy();
    expect(screen.getByTestId('program-count').textContent).toBe('3 programs');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows an error with a retry button when the list cannot load', async () => {
    const { user } = renderWithApp(<ProgramsPage />, {
      route: '/programs',
      mocks: [
        programsMock({}, graphQLError('INTERNAL_SERVER_ERROR', 'boom')),
        programsMock({}, { data: aProgramConnection([aProgramListNode({ name: 'Recovered program' })]) }),
      ],
    });

    expect(await screen.findByText('Could not load programs')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Recovered program')).toBeTruthy();
  });
});
