import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { RemoveStakeholderWeightsMutation, SaveStakeholderWeightsMutation } from '../hooks/useAlignment';
import { StakeholderWeightsDialog } from './StakeholderWeightsDialog';

const principles = [
  { __typename: 'DesignPrinciple' as const, id: anId(), name: 'Cost', version: 1 },
  { __typename: 'DesignPrinciple' as const, id: anId(), name: 'Speed of change', version: 1 },
];

describe('StakeholderWeightsDialog', () => {
  it('sends the points typed per principle and shows each one’s share of the total as it is typed', async () => {
    const programId = anId();
    const sent: unknown[] = [];
    const onClose = vi.fn();
    const { user } = renderWithApp(<StakeholderWeightsDialog programId={programId} principles={principles} onClose={onClose} />, {
      mocks: [
        {
          request: { query: SaveStakeholderWeightsMutation, variables: (variables: unknown) => (sent.push(variables), true) },
          result: { data: { saveStakeholderWeights: { __typename: 'StakeholderWeights', id: anId(), version: 1 } } },
        },
      ],
    });
    const dialog = screen.getByRole('dialog', { name: 'Add a stakeholder’s weights' });
    await user.type(within(dialog).getByLabelText(/^Stakeholder/), 'CFO');
    const cost = within(dialog).getByLabelText('Cost');
    await user.clear(cost);
    await user.type(cost, '60');
    const speed = within(dialog).getByLabelText('Speed of change');
    await user.clear(speed);
    await user.type(speed, '20');
    expect(within(dialog).getByText('75%')).toBeTruthy();
    expect(within(dialog).getByText('25%')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Save weights' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([
      {
        input: {
          programId,
          stakeholder: 'CFO',
          weights: [
            { principleId: principles[0]?.id, weight: 60 },
            { principleId: principles[1]?.id, weight: 20 },
          ],
        },
      },
    ]);
  });

  it('removes a stakeholder only once the removal is confirmed', async () => {
    const existing = {
      __typename: 'StakeholderWeights' as const,
      id: anId(),
      stakeholder: 'VP Sales',
      version: 3,
      weights: principles.map((principle) => ({ __typename: 'PrincipleWeight' as const, principleId: principle.id, points: 50, percent: 50 })),
    };
    const removed: unknown[] = [];
    const onClose = vi.fn();
    const { user } = renderWithApp(<StakeholderWeightsDialog programId={anId()} principles={principles} existing={existing} onClose={onClose} />, {
      mocks: [{ request: { query: RemoveStakeholderWeightsMutation, variables: (variables: unknown) => (removed.push(variables), true) }, result: { data: { removeStakeholderWeights: true } } }],
    });
    const dialog = screen.getByRole('dialog', { name: 'VP Sales’s weights' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Cost').value).toBe('50');
    await user.click(within(dialog).getByRole('button', { name: 'Remove stakeholder' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove VP Sales’s weights?' });
    expect(removed).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(removed).toEqual([{ id: existing.id }]);
  });
});
