import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { anId } from '../../../test/fixtures';
import { fieldErrorOf } from '../../../test/field-error';
import { graphQLError, renderWithApp } from '../../../test/render';
import { AddSuccessMetricMutation, UpdateSuccessMetricMutation } from '../hooks/usePilotMutations';
import { aSuccessMetric } from '../testing/pilot-fixtures';
import { SuccessMetricDialog } from './SuccessMetricDialog';

function capture(sent: unknown[]) {
  return (variables: unknown) => {
    sent.push(variables);
    return true;
  };
}

describe('SuccessMetricDialog', () => {
  it('adds a catalog metric with the catalog’s unit and direction, checking the target against the baseline first', async () => {
    const pilotId = anId();
    const sent: unknown[] = [];
    const onClose = vi.fn();
    const { user } = renderWithApp(<SuccessMetricDialog opened pilotId={pilotId} metric={null} onClose={onClose} />, {
      mocks: [
        {
          request: { query: AddSuccessMetricMutation, variables: capture(sent) },
          result: { data: { addSuccessMetric: { __typename: 'SuccessMetric', id: anId(), version: 1 } } },
        },
      ],
    });
    const dialog = screen.getByRole('dialog', { name: 'Add a success metric' });

    await user.click(within(dialog).getByRole('combobox', { name: /^Metric/ }));
    await user.click(await screen.findByRole('option', { name: 'Lead response time' }));
    expect(within(dialog).getByText('Measured in hours · lower is better')).toBeTruthy();
    await user.type(within(dialog).getByLabelText('Baseline'), '18');
    await user.type(within(dialog).getByLabelText(/^Target/), '20');
    await user.click(within(dialog).getByRole('button', { name: 'Add metric' }));

    await waitFor(() => expect(fieldErrorOf(within(dialog).getByLabelText(/^Target/))).toBe('Lower is better for this metric: set a target below the baseline.'));
    expect(sent).toEqual([]);

    await user.clear(within(dialog).getByLabelText(/^Target/));
    await user.type(within(dialog).getByLabelText(/^Target/), '8');
    await user.click(within(dialog).getByRole('button', { name: 'Add metric' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([
      {
        input: {
          pilotId,
          catalogKey: 'lead_response_time',
          name: 'Lead response time',
          unit: 'hours',
          direction: 'lower_is_better',
          kind: 'primary',
          baseline: 18,
          target: 8,
          tolerance: null,
          weight: null,
        },
      },
    ]);
  });

  it('asks a custom guardrail for its name, unit, direction and tolerance', async () => {
    const { user } = renderWithApp(<SuccessMetricDialog opened pilotId={anId()} metric={null} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog');

    await user.click(within(dialog).getByRole('radio', { name: 'Custom metric' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Guardrail' }));
    await user.type(within(dialog).getByLabelText(/^Level to reach/), '24');
    await user.click(within(dialog).getByRole('button', { name: 'Add metric' }));

    expect(fieldErrorOf(within(dialog).getByLabelText(/^Name/))).toBe('Name is required for a custom metric.');
    expect(fieldErrorOf(within(dialog).getByRole('combobox', { name: /^Unit/ }))).toBe('Pick a unit.');
    expect(fieldErrorOf(within(dialog).getByRole('combobox', { name: /^Better when/ }))).toBe('Pick whether higher or lower is better.');
    expect(fieldErrorOf(within(dialog).getByLabelText(/^Tolerance/))).toBe(
      'A guardrail needs a tolerance: how much worse than the baseline is still acceptable (0 or more).',
    );
  });

  it('adds a guardrail without a level to reach: it is judged on its tolerance alone', async () => {
    const pilotId = anId();
    const sent: unknown[] = [];
    const onClose = vi.fn();
    const { user } = renderWithApp(<SuccessMetricDialog opened pilotId={pilotId} metric={null} onClose={onClose} />, {
      mocks: [
        {
          request: { query: AddSuccessMetricMutation, variables: capture(sent) },
          result: { data: { addSuccessMetric: { __typename: 'SuccessMetric', id: anId(), version: 1 } } },
        },
      ],
    });
    const dialog = screen.getByRole('dialog', { name: 'Add a success metric' });
    await user.click(within(dialog).getByRole('combobox', { name: /^Metric/ }));
    await user.click(await screen.findByRole('option', { name: 'CRM data completeness' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Guardrail' }));
    expect(within(dialog).getByLabelText<HTMLInputElement>(/^Level to reach/).required).toBe(false);
    await user.type(within(dialog).getByLabelText('Baseline'), '90');
    await user.type(within(dialog).getByLabelText(/^Tolerance/), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Add metric' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(sent).toMatchObject([{ input: { pilotId, catalogKey: 'crm_data_completeness', kind: 'guardrail', baseline: 90, target: null, tolerance: 2 } }]);
  });

  it('edits a metric with the version it was opened with and shows why the API refused', async () => {
    const metric = aSuccessMetric({ name: 'Win rate', catalogKey: 'win_rate', unit: 'percent', direction: 'higher_is_better', enteredBaseline: 24, target: 27, version: 3 });
    const sent: unknown[] = [];
    const message = 'The pilot is running: its success metrics are fixed once it starts.';
    const { user } = renderWithApp(
      <SuccessMetricDialog opened pilotId={anId()} metric={metric} onClose={() => undefined} />,
      {
        mocks: [
          {
            request: { query: UpdateSuccessMetricMutation, variables: capture(sent) },
            result: graphQLError('BAD_USER_INPUT', message, { fieldErrors: [{ field: 'pilotId', message }] }),
          },
        ],
      },
    );
    const dialog = screen.getByRole('dialog', { name: 'Edit Win rate' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Baseline').value).toBe('24%');

    const target = within(dialog).getByLabelText(/^Target/);
    await user.clear(target);
    await user.type(target, '28');
    await user.click(within(dialog).getByRole('button', { name: 'Save metric' }));

    expect((await within(dialog).findByRole('alert')).textContent).toBe(message);
    expect(sent).toEqual([
      {
        input: {
          id: metric.id,
          expectedVersion: 3,
          catalogKey: 'win_rate',
          name: 'Win rate',
          unit: 'percent',
          direction: 'higher_is_better',
          kind: 'primary',
          baseline: 24,
          target: 28,
          tolerance: null,
          weight: null,
        },
      },
    ]);
  });
});
