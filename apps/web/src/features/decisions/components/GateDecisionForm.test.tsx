import type { MockLink } from '@apollo/client/testing';
import type { GateDecision } from '@rollout/domain';
import type { FormattedExecutionResult } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../../../test/field-error';
import { anId } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { GateRecordDecisionMutation } from '../hooks/useGateReview';
import { GateDecisionForm } from './GateDecisionForm';

type Sent = { input: Record<string, unknown> };

function recordMock(sent: Sent[], result?: FormattedExecutionResult): MockLink.MockedResponse {
  return {
    request: {
      query: GateRecordDecisionMutation,
      variables: (variables: Sent) => {
        sent.push(variables);
        return true;
      },
    },
    result: () => {
      if (result) return result;
      const input = sent[sent.length - 1]?.input ?? {};
      return {
        data: {
          recordGateDecision: {
            __typename: 'Decision',
            id: anId(),
            programId: anId(),
            decision: input['decision'],
            recommendation: 'extend',
            rationale: input['rationale'] ?? '',
            lessonsLearned: input['lessonsLearned'] ?? '',
            decidedAt: '2026-12-01T15:00:00.000Z',
            decidedBy: { __typename: 'User', id: anId(), name: 'Daniel Kim' },
            pilot: { __typename: 'Pilot', id: input['pilotId'], version: 5, status: 'decided', endDate: '2026-12-14' },
          },
        },
      };
    },
  };
}

function renderForm(recommendation: GateDecision, mocks: MockLink.MockedResponse[] = []) {
  const pilot = { id: anId(), version: 4, endDate: '2026-12-14' };
  return { ...renderWithApp(<GateDecisionForm pilot={pilot} recommendation={recommendation} />, { route: '/pilots/x/gate', mocks }), pilot };
}

const form = () => screen.getByRole('form', { name: 'Gate decision' });
const decision = (label: string) => within(form()).getByRole('radio', { name: new RegExp(`^${label}`) });

describe('GateDecisionForm', () => {
  it('starts from the recommendation and records it without a rationale', async () => {
    const sent: Sent[] = [];
    const { user, pilot } = renderForm('scale', [recordMock(sent)]);

    expect(decision('Scale').getAttribute('aria-checked')).toBe('true');
    expect(within(decision('Scale')).getByText('Recommended')).toBeTruthy();
    expect(within(form()).getByText('Optional: the decision follows the recommendation.')).toBeTruthy();
    await user.type(within(form()).getByLabelText(/^Lessons learned/), 'Fix the forms before routing goes live.');
    await user.click(within(form()).getByRole('button', { name: 'Record decision: Scale' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      input: {
        pilotId: pilot.id,
        expectedVersion: 4,
        decision: 'scale',
        rationale: '',
        lessonsLearned: 'Fix the forms before routing goes live.',
      },
    });
  });

  it('requires a rationale only once the decision differs from the recommendation', async () => {
    const sent: Sent[] = [];
    const { user } = renderForm('extend', [recordMock(sent)]);

    const rationale = within(form()).getByLabelText(/^Rationale/);
    expect(rationale.hasAttribute('required')).toBe(false);
    await user.click(decision('Stop'));
    // Shown live, before any submit.
    expect(within(form()).getByText(/Required: the recommendation is Extend\. Say why you chose Stop/)).toBeTruthy();
    await user.click(within(form()).getByRole('button', { name: 'Record decision: Stop' }));

    await waitFor(() =>
      expect(fieldErrorOf(rationale)).toBe('The recommendation is Extend: say why you chose Stop (at least 10 characters).'),
    );
    expect(sent).toEqual([]);

    await user.type(rationale, 'Both units lost two reps; the comparison shows no effect.');
    await user.click(within(form()).getByRole('button', { name: 'Record decision: Stop' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.input).toMatchObject({ decision: 'stop', rationale: 'Both units lost two reps; the comparison shows no effect.' });
    expect(sent[0]?.input).not.toHaveProperty('extendedEndDate');
  });

  it('extends with a new end date after the current one', async () => {
    const sent: Sent[] = [];
    const { user } = renderForm('extend', [recordMock(sent)]);

    const endDate = within(form()).getByLabelText<HTMLInputElement>(/^New end date/);
    // Two more weeks are proposed.
    expect(endDate.value).toBe('2026-12-28');
    await user.clear(endDate);
    await user.type(endDate, '2026-12-10');
    await user.click(within(form()).getByRole('button', { name: 'Record decision: Extend' }));
    await waitFor(() => expect(fieldErrorOf(endDate)).toBe('The new end date must be after the current one (Dec 14, 2026).'));
    expect(sent).toEqual([]);

    await user.clear(endDate);
    await user.type(endDate, '2027-01-11');
    await user.click(within(form()).getByRole('button', { name: 'Record decision: Extend' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.input).toMatchObject({ decision: 'extend', extendedEndDate: '2027-01-11' });
  });

  it('asks for the end date only when extending', async () => {
    const { user } = renderForm('scale');

    expect(within(form()).queryByLabelText(/^New end date/)).toBeNull();
    await user.click(decision('Extend'));
    expect(within(form()).getByLabelText(/^New end date/)).toBeTruthy();
    await user.click(decision('Adjust'));
    expect(within(form()).queryByLabelText(/^New end date/)).toBeNull();
  });

  it('shows the API’s refusal beside the field it names', async () => {
    const sent: Sent[] = [];
    const message = 'The recommendation is Scale: say why you chose Adjust (at least 10 characters).';
    const { user } = renderForm('adjust', [
      recordMock(sent, graphQLError('BAD_USER_INPUT', message, { fieldErrors: [{ field: 'rationale', message }] })),
    ]);

    await user.click(within(form()).getByRole('button', { name: 'Record decision: Adjust' }));

    await waitFor(() => expect(fieldErrorOf(within(form()).getByLabelText(/^Rationale/))).toBe(message));
  });
});
