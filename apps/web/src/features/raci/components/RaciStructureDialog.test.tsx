import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { anId } from '../../../test/fixtures';
import { renderWithApp, waitForOpeningFocus } from '../../../test/render';
import { CatalogActivitiesQuery } from '../../assessments/hooks/useCatalogActivities';
import { RemoveRaciDomainMutation, RenameRaciRoleMutation } from '../hooks/useRaci';
import { aRaci } from '../testing/raci-fixtures';
import { RaciStructureDialog } from './RaciStructureDialog';

describe('RaciStructureDialog', () => {
  const programId = anId();
  const raci = aRaci(programId, { 'Quota allocation': { Finance: 'A', 'Sales leadership': 'A', 'Head/VP RevOps': 'R' } });
  const catalog = {
    request: { query: CatalogActivitiesQuery, variables: { programId } },
    result: { data: { program: { __typename: 'Program' as const, id: programId, assessment: { __typename: 'Assessment' as const, id: programId, capabilities: [] } } } },
  };

  it('removes a domain only once confirmed, saying which filled cells go with it', async () => {
    const sent: unknown[] = [];
    const { user } = renderWithApp(<RaciStructureDialog programId={programId} raci={raci} onClose={vi.fn()} />, {
      mocks: [
        catalog,
        { request: { query: RemoveRaciDomainMutation, variables: (variables: unknown) => (sent.push(variables), true) }, result: { data: { removeRaciDomain: raci } } },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Remove Quota allocation' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove Quota allocation?' });
    expect(within(confirm).getByText('Its 3 filled cells go with it; its history keeps them.')).toBeTruthy();
    expect(sent).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(sent).toEqual([{ input: { programId, id: `${programId}-Quota allocation`, expectedVersion: 1, confirmed: true } }]));
  });

  it('renames a role in place when the field is left, at the version shown', async () => {
    const sent: unknown[] = [];
    const { user } = renderWithApp(<RaciStructureDialog programId={programId} raci={raci} onClose={vi.fn()} />, {
      mocks: [catalog, { request: { query: RenameRaciRoleMutation, variables: (variables: unknown) => (sent.push(variables), true) }, result: { data: { renameRaciRole: raci } } }],
    });

    await waitForOpeningFocus();
    const name = screen.getByRole('textbox', { name: 'Name of Finance' });
    await user.clear(name);
    await user.type(name, 'FP&A{Enter}');
    await waitFor(() => expect(sent).toEqual([{ input: { programId, id: `${programId}-Finance`, name: 'FP&A', expectedVersion: 1 } }]));
  });
});
