import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anId } from '../../../test/fixtures';
import { renderWithApp, waitForOpeningFocus } from '../../../test/render';
import { AddActivityMutation, RemoveActivityMutation, RenameActivityMutation } from '../hooks/useAssessment';
import { CatalogDialog } from './CatalogDialog';

const activity = (name: string, filledCells: number) => ({ __typename: 'Activity' as const, id: anId(), name, version: 2, filledCells });
const capability = {
  __typename: 'Capability' as const,
  id: anId(),
  name: 'Data & insights',
  version: 1,
  activities: [activity('Dashboards', 3), activity('Data enrichment', 0)],
};
const [dashboards] = capability.activities;

/** A mocked answer that records the variables each call sent. */
function recorded<T>(query: T, data: Record<string, unknown>, sent: unknown[]) {
  return { request: { query, variables: (variables: unknown) => (sent.push(variables), true) }, result: { data } };
}

describe('CatalogDialog', () => {
  it('renames an activity with the version seen, and adds one under its capability', async () => {
    const programId = anId();
    const renamed: unknown[] = [];
    const added: unknown[] = [];
    const { user } = renderWithApp(<CatalogDialog programId={programId} capabilities={[capability]} onClose={() => undefined} />, {
      mocks: [
        recorded(RenameActivityMutation, { renameActivity: { __typename: 'Activity', id: dashboards?.id, name: 'BI dashboards', version: 3 } }, renamed),
        recorded(AddActivityMutation, { addActivity: { __typename: 'Activity', id: anId() } }, added),
      ],
    });
    await waitForOpeningFocus();
    const name = screen.getByLabelText('Name of Dashboards');
    await user.clear(name);
    await user.type(name, 'BI dashboards{Enter}');
    await waitFor(() => expect(renamed).toEqual([{ input: { id: dashboards?.id, name: 'BI dashboards', expectedVersion: 2 } }]));

    const newActivity = screen.getByLabelText('New activity under Data & insights');
    await user.type(newActivity, '  Win-loss analysis {Enter}');
    await waitFor(() => expect(added).toEqual([{ input: { programId, capabilityId: capability.id, name: 'Win-loss analysis' } }]));
    await waitFor(() => expect((newActivity as HTMLInputElement).value).toBe(''));
  });

  it('removes an activity only once confirmed, naming the filled cells that go with it', async () => {
    const removed: unknown[] = [];
    const { user } = renderWithApp(<CatalogDialog programId={anId()} capabilities={[capability]} onClose={() => undefined} />, {
      mocks: [recorded(RemoveActivityMutation, { removeActivity: true }, removed)],
    });
    await user.click(screen.getByRole('button', { name: 'Remove Dashboards' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove Dashboards?' });
    expect(confirm.textContent).toContain('Its 3 filled cells and the findings on them go with it.');
    expect(removed).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(removed).toEqual([{ input: { id: dashboards?.id, expectedVersion: 2, confirmed: true } }]));
  });

  it('shows why the server refused a rename, shows the saved name again, and lets the same name be sent again', async () => {
    let refusals = 0;
    const { user } = renderWithApp(<CatalogDialog programId={anId()} capabilities={[capability]} onClose={() => undefined} />, {
      mocks: [
        {
          request: { query: RenameActivityMutation, variables: () => (refusals++, true) },
          result: { errors: [{ message: 'Another activity of this program is called Data enrichment.', extensions: { code: 'BAD_USER_INPUT' } }] },
          maxUsageCount: 2,
        },
      ],
    });
    await waitForOpeningFocus();
    const name = screen.getByLabelText('Name of Dashboards');
    await user.clear(name);
    await user.type(name, 'Data enrichment');
    await user.tab();
    expect((await screen.findByRole('alert')).textContent).toContain('Another activity of this program is called Data enrichment.');
    // Refused: the field shows the saved name again, and the same name may be sent again.
    await waitFor(() => expect((name as HTMLInputElement).value).toBe('Dashboards'));
    await user.clear(name);
    await user.type(name, 'Data enrichment{Enter}');
    await waitFor(() => expect(refusals).toBe(2));
    await waitFor(() => expect((name as HTMLInputElement).value).toBe('Dashboards'));
  });
});
