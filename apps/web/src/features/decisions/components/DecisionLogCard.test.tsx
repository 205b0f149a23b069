import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { DecisionLogCard, DecisionLogFragment } from './DecisionLogCard';

function aDecision(pilotName: string, decision: 'scale' | 'extend' | 'adjust' | 'stop', recommendation: typeof decision, rationale = '') {
  return {
    __typename: 'Decision' as const,
    id: anId(),
    decision,
    recommendation,
    rationale,
    lessonsLearned: '',
    decidedAt: '2026-11-20T10:00:00.000Z',
    decidedBy: { __typename: 'User' as const, id: anId(), name: 'Daniel Kim' },
    pilot: { __typename: 'Pilot' as const, id: anId(), name: pilotName },
  };
}

type LogNode = { __typename: 'DecisionLogEntry'; id: string; kind: 'gate_decision' | 'model_choice'; title: string; rationale: string; decidedAt: string; decidedBy: { __typename: 'User'; id: string; name: string }; model: 'hybrid' | null };

const logNodeOf = (decision: ReturnType<typeof aDecision>): LogNode => ({
  __typename: 'DecisionLogEntry',
  id: decision.id,
  kind: 'gate_decision',
  title: decision.pilot.name,
  rationale: decision.rationale,
  decidedAt: decision.decidedAt,
  decidedBy: decision.decidedBy,
  model: null,
});

function renderCard(decisions: ReturnType<typeof aDecision>[], extra: LogNode[] = []) {
  const decisionLog = { __typename: 'DecisionLogConnection' as const, nodes: [...extra, ...decisions.map(logNodeOf)] };
  const program = makeFragmentData({ __typename: 'Program', id: anId(), decisions, decisionLog }, DecisionLogFragment);
  return renderWithApp(<DecisionLogCard program={program} />, { route: '/programs/x' });
}

describe('DecisionLogCard', () => {
  it('lists each decision with its pilot, against the recommendation, with the rationale and who decided', () => {
    const stopped = aDecision('UK & Ireland routing wave 0', 'stop', 'extend', 'Both units lost reps; no effect against the comparison.');
    const scaled = aDecision('DACH hub routing and forecast pilot', 'scale', 'scale');
    renderCard([stopped, scaled]);

    const [first, second] = screen.getAllByTestId('decision-log-entry');
    if (!first || !second) throw new Error('Two entries expected');
    expect(within(first).getByRole('link', { name: 'UK & Ireland routing wave 0' }).getAttribute('href')).toBe(`/pilots/${stopped.pilot.id}`);
    expect(first.getAttribute('data-decision')).toBe('stop');
    expect(within(first).getByText('Recommended: Extend')).toBeTruthy();
    expect(within(first).getByText('Both units lost reps; no effect against the comparison.')).toBeTruthy();
    expect(within(first).getByText('Decided by Daniel Kim')).toBeTruthy();
    expect(within(second).getByText('As recommended')).toBeTruthy();
  });

  it('shows an operating-model choice with its kind, rationale and a link to the Align tab, before older gate decisions', () => {
    const scaled = aDecision('DACH hub routing and forecast pilot', 'scale', 'scale');
    const choice: LogNode = {
      __typename: 'DecisionLogEntry',
      id: anId(),
      kind: 'model_choice',
      title: 'Hybrid chosen as the target model',
      rationale: 'Pods per segment, one CS platform centrally.',
      decidedAt: '2026-11-21T10:00:00.000Z',
      decidedBy: { __typename: 'User', id: anId(), name: 'Daniel Kim' },
      model: 'hybrid',
    };
    renderCard([scaled], [choice]);
    const [first, second] = screen.getAllByTestId('decision-log-entry');
    if (!first || !second) throw new Error('Two entries expected');
    expect(first.getAttribute('data-kind')).toBe('model_choice');
    expect(within(first).getByRole('link', { name: 'Hybrid chosen as the target model' }).getAttribute('href')).toMatch(/\?tab=align$/);
    expect(within(first).getByText('Operating model choice')).toBeTruthy();
    expect(within(first).getByText('Pods per segment, one CS platform centrally.')).toBeTruthy();
    expect(second.getAttribute('data-decision')).toBe('scale');
  });

  it('says when no decision has been taken yet', () => {
    renderCard([]);
    expect(screen.getByText(/No decisions yet/)).toBeTruthy();
  });
});
