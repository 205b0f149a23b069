import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anId, aProgramDetail } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { ProgramQuery } from '../hooks/useProgram';
import { ProgramPage } from './ProgramPage';

function renderProgram(program: ReturnType<typeof aProgramDetail>, role: 'program_manager' | 'executive' = 'program_manager') {
  return renderWithApp(<ProgramPage />, {
    route: `/programs/${program.id}`,
    path: '/programs/:programId',
    user: aCurrentUser({ role }),
    mocks: [{ request: { query: ProgramQuery, variables: { id: program.id } }, result: { data: { program } } }],
  });
}

describe('ProgramPage', () => {
  it('shows the program, its current phase and who moved it when and why', async () => {
    const program = aProgramDetail({
      name: 'EMEA hub-and-spoke rollout',
      phase: 'align',
      status: 'at_risk',
      history: [
        { fromPhase: null, toPhase: 'assess', by: 'Priya Shah' },
        { fromPhase: 'assess', toPhase: 'design', by: 'Priya Shah' },
        { fromPhase: 'design', toPhase: 'align', reason: 'Finance disagreed with the cost weights.', by: 'Tom Becker' },
      ],
    });
    renderProgram(program);

    expect(await screen.findByRole('heading', { level: 1, name: 'EMEA hub-and-spoke rollout' })).toBeTruthy();
    expect(screen.getAllByText('At risk').length).toBeGreaterThan(0);
    expect(screen.getByText('Dana Whitfield, CRO')).toBeTruthy();
    expect(screen.getByText('Dec 18, 2026')).toBeTruthy();
    expect(screen.getByLabelText('Program phases').querySelector('[aria-current="step"]')?.getAttribute('data-phase')).toBe('align');

    const entries = screen.getAllByTestId('phase-history-entry');
    expect(entries).toHaveLength(3);
    // Newest first, with who and why.
    const newest = within(entries[0] as HTMLElement);
    expect(newest.getByText('Design → Align')).toBeTruthy();
    expect(newest.getByText('Moved back')).toBeTruthy();
    expect(newest.getByText(/Tom Becker/)).toBeTruthy();
    expect(newest.getByText('“Finance disagreed with the cost weights.”')).toBeTruthy();
    expect(within(entries[2] as HTMLElement).getByText('Started in Assess')).toBeTruthy();

    expect(screen.getByRole('button', { name: 'Move to Design' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Edit' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Archive' })).toBeTruthy();
  });

  it('is read-only for executives', async () => {
    const program = aProgramDetail({ name: 'Read-only program', phase: 'pilot' });
    renderProgram(program, 'executive');

    await screen.findByRole('heading', { level: 1, name: 'Read-only program' });
    expect(screen.queryByRole('button', { name: /^Move to/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move back…' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull();
  });

  it('offers Restore instead of changes for an archived program', async () => {
    const program = aProgramDetail({ name: 'Old program', archived: true });
    renderProgram(program);

    await screen.findByRole('heading', { level: 1, name: 'Old program' });
    expect(screen.getByRole('button', { name: 'Restore' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Move to/ })).toBeNull();
  });

  it('says so when the program does not exist', async () => {
    const id = anId();
    renderWithApp(<ProgramPage />, {
      route: `/programs/${id}`,
      path: '/programs/:programId',
      mocks: [
        { request: { query: ProgramQuery, variables: { id } }, result: graphQLError('NOT_FOUND', 'Program not found.', { entity: 'Program' }) },
      ],
    });

    expect(await screen.findByText('Program not found')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to programs' }).getAttribute('href')).toBe('/programs');
  });
});
