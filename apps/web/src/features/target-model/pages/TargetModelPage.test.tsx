import type { MockLink } from '@apollo/client/testing';
import { DESIGN_SHIFT_KINDS } from '@rollout/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { anActivity } from '../../assessments/testing/catalog-fixtures';
import { head, headcountRead, partner } from '../../headcount/testing/headcount-fixtures';
import { aRaci } from '../../raci/testing/raci-fixtures';
import { TargetModelSummaryQuery } from '../hooks/useTargetModelSummary';
import { TargetModelPage } from './TargetModelPage';

const programId = anId();
const TRAINING_FLAG = 'Training is placed in the hub, but proximity to field leans local.';
const RISK = '1 activity has no placement yet.';

const activity = (name: string, placement: string | null, reason = '') => ({
  __typename: 'DesignActivity' as const,
  id: `${programId}-${name}`,
  name,
  placement: placement ? { __typename: 'ActivityPlacement' as const, id: `${name}-placement`, placement, reason } : null,
});

function summaryQuery({ signedOff }: { signedOff: boolean }): MockLink.MockedResponse {
  const daniel = { __typename: 'User' as const, id: anId(), name: 'Daniel Kim' };
  return {
    request: { query: TargetModelSummaryQuery, variables: { id: programId } },
    result: {
      data: {
        program: {
          __typename: 'Program',
          id: programId,
          name: 'CS ops consolidation',
          targetModel: 'hybrid',
          designVersions: {
            __typename: 'DesignVersions',
            id: programId,
            current: 1,
            signedOff,
            versions: signedOff ? [{ __typename: 'DesignVersion', number: 1, signedOffAt: '2026-12-04T10:00:00.000Z', note: 'Steering committee, 4 December', signedOffBy: daniel }] : [],
          },
          design: {
            __typename: 'ProgramDesign',
            id: programId,
            capabilities: [
              {
                __typename: 'DesignCapability',
                id: 'process',
                name: 'Process & planning',
                activities: [activity('Lead routing', 'hub', 'One router for every region.'), activity('Playbooks', 'spoke', 'Each pod writes its plays.')],
              },
              { __typename: 'DesignCapability', id: 'enablement', name: 'Enablement', activities: [activity('Training', 'hub'), activity('Dashboards', null)] },
            ],
            flags: [{ __typename: 'PlacementFlag', activityId: `${programId}-Training`, sentence: TRAINING_FLAG }],
            currentVsTarget: DESIGN_SHIFT_KINDS.map((kind) => ({
              __typename: 'DesignShiftList',
              kind,
              count: kind === 'localToCentral' ? 1 : 0,
              items: kind === 'localToCentral' ? [{ __typename: 'DesignShift', activityId: 'x', sentence: 'Lead routing moves to the hub: EMEA does it itself today.' }] : [],
            })),
          },
          raci: aRaci(programId, { Forecasting: { 'Head/VP RevOps': 'A', Finance: 'R' }, 'Quota allocation': { 'Sales leadership': 'A', 'Regional RevOps partner': 'R' } }, { final: true }),
          lessons: [
            {
              __typename: 'Lesson',
              id: anId(),
              kind: 'worked',
              text: 'Route by territory before round-robin.',
              createdBy: daniel,
              pilot: { __typename: 'Pilot', id: anId(), name: 'EMEA lead routing pilot' },
              activity: { ...anActivity('Lead routing', 'Process & planning', { placement: 'hub', raciDomains: ['Lead routing'] }) },
            },
          ],
          targetModelSummary: {
            __typename: 'TargetModelSummary',
            id: programId,
            openRisks: signedOff ? [] : [RISK],
            choice: { __typename: 'ModelChoice', model: 'hybrid', rationale: 'Central data, local renewal plays.', decidedAt: '2026-11-06T10:00:00.000Z', decidedBy: daniel },
          },
        },
      },
    },
  };
}

const renderPage = (signedOff: boolean) =>
  renderWithApp(<TargetModelPage />, {
    route: `/programs/${programId}/target-model`,
    path: '/programs/:programId/target-model',
    mocks: [summaryQuery({ signedOff }), headcountRead(programId, [head, partner])],
    user: aCurrentUser({ role: 'executive' }),
  });

describe('TargetModelPage', () => {
  it('tells the whole target model on one page: the model and why, the map, the RACI, headcount, changes and open risks', async () => {
    renderPage(false);
    expect(await screen.findByRole('heading', { name: 'Target model summary' })).toBeTruthy();
    expect(screen.getByText('Version 1 · Draft')).toBeTruthy();
    const why = screen.getByRole('region', { name: 'The model and why' });
    expect(within(why).getByText('Hybrid')).toBeTruthy();
    expect(within(why).getByText('“Central data, local renewal plays.”')).toBeTruthy();
    expect(within(why).getByText(/^Chosen on .* by Daniel Kim, from the decision log\.$/)).toBeTruthy();
    expect(within(why).getByText('Version 1 is a draft: the steering committee has not signed it off.')).toBeTruthy();

    const hub = screen.getByRole('region', { name: 'Central hub' });
    expect(within(hub).getByText('Central hub (2)')).toBeTruthy();
    expect(within(hub).getByText('One router for every region.')).toBeTruthy();
    expect(within(hub).getByText(TRAINING_FLAG)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Regional / BU spoke' })).getByText('Playbooks')).toBeTruthy();
    expect(screen.getByText('Dashboards')).toBeTruthy();

    const raci = screen.getByRole('table', { name: 'RACI matrix' });
    expect(within(raci).getAllByTitle('Accountable')).toHaveLength(2);
    expect(await screen.findByRole('table', { name: 'Planned roles' })).toBeTruthy();
    expect(screen.getByText('Lead routing moves to the hub: EMEA does it itself today.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Open risks' })).getByText(RISK)).toBeTruthy();
    // What the pilots learned, on the activity as placed and the decision rights it carries.
    const lesson = screen.getByTestId('lesson');
    expect(within(lesson).getByTestId('lesson-activity').textContent).toBe('Lead routing · Hub');
    expect(within(lesson).getByTestId('lesson-raci-domains').textContent).toBe('Decision rights: Lead routing');

    expect(screen.getByRole('link', { name: 'Download XLSX' }).getAttribute('href')).toBe(`/api/programs/${programId}/target-model.xlsx`);
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('says who signed the version off, and that nothing is open', async () => {
    renderPage(true);
    expect(await screen.findByText(/^Version 1 signed off on .* by Daniel Kim: “Steering committee, 4 December”$/)).toBeTruthy();
    expect(screen.getByText('Version 1 · Signed off')).toBeTruthy();
    expect(screen.getByText('Nothing is open: every activity is placed, the RACI is final and the headcount sits within the guidance.')).toBeTruthy();
  });
});
