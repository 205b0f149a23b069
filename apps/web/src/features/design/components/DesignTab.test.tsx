import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_DIMENSION_EMPHASIS, DESIGN_DIMENSION_KEYS, DESIGN_SHIFT_KINDS, type DesignDimensionKey, type DesignShiftKind, type Placement } from '@rollout/domain';
import { describe, expect, it } from 'vitest';
import { aCurrentUser, anId } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { ProgramDesignQuery, SavePlacementMutation, SetDimensionEmphasisMutation } from '../hooks/useDesign';
import { DesignTab } from './DesignTab';

const programId = anId();
const ids = { routing: anId(), training: anId(), dashboards: anId() };

const placementOf = (activityId: string, placement: Placement, reason: string) => ({
  __typename: 'ActivityPlacement' as const,
  id: `placement-of-${activityId}`,
  placement,
  reason,
  dimension: null,
  version: 1,
});
const activity = (id: string, name: string, capabilityName: string, dimension: DesignDimensionKey, placement: ReturnType<typeof placementOf> | null = null) => ({
  __typename: 'DesignActivity' as const,
  id,
  name,
  capabilityName,
  dimension,
  placement,
});

interface DesignState {
  viewerCanManageDesign?: boolean;
  training?: Placement | null;
  fieldProximity?: { emphasis: number; version: number | null };
  flags?: { activityId: string; sentence: string }[];
  shifts?: Partial<Record<DesignShiftKind, string[]>>;
  withActivities?: boolean;
}

const TRAINING_FLAG = 'Training is placed in the hub, but proximity to field leans local.';

/** The program's design as the API answers it: Lead routing in the hub, Training where the state says, Dashboards unplaced. */
function aDesign({ viewerCanManageDesign = true, training = 'hub', fieldProximity = { emphasis: -1, version: null }, flags, shifts = {}, withActivities = true }: DesignState = {}) {
  const capabilities = [
    {
      __typename: 'DesignCapability' as const,
      id: 'process',
      name: 'Process & planning',
      activities: withActivities ? [activity(ids.routing, 'Lead routing', 'Process & planning', 'process_standards', placementOf(ids.routing, 'hub', 'One routing engine for every region.'))] : [],
    },
    {
      __typename: 'DesignCapability' as const,
      id: 'execution',
      name: 'Execution & enablement',
      activities: withActivities ? [activity(ids.training, 'Training', 'Execution & enablement', 'field_proximity', training ? placementOf(ids.training, training, 'A central enablement team.') : null)] : [],
    },
    {
      __typename: 'DesignCapability' as const,
      id: 'data',
      name: 'Data & insights',
      activities: withActivities ? [activity(ids.dashboards, 'Dashboards', 'Data & insights', 'data_reporting')] : [],
    },
  ];
  return {
    __typename: 'ProgramDesign' as const,
    id: programId,
    viewerCanManageDesign,
    capabilities,
    dimensions: DESIGN_DIMENSION_KEYS.map((key) => ({
      __typename: 'DesignDimension' as const,
      key,
      defaultEmphasis: DEFAULT_DIMENSION_EMPHASIS[key],
      ...(key === 'field_proximity' ? fieldProximity : { emphasis: DEFAULT_DIMENSION_EMPHASIS[key], version: null }),
    })),
    flags: (flags ?? (training === 'hub' && fieldProximity.emphasis < 0 ? [{ activityId: ids.training, sentence: TRAINING_FLAG }] : [])).map((flag) => ({ __typename: 'PlacementFlag' as const, ...flag })),
    currentVsTarget: DESIGN_SHIFT_KINDS.map((kind) => {
      const sentences = shifts[kind] ?? [];
      return {
        __typename: 'DesignShiftList' as const,
        kind,
        count: sentences.length,
        items: sentences.map((sentence, index) => ({ __typename: 'DesignShift' as const, activityId: `${kind}-${index}`, sentence })),
      };
    }),
  };
}

const designQuery = (design: ReturnType<typeof aDesign>, targetModel = 'hybrid', signedOff = false): MockLink.MockedResponse => ({
  request: { query: ProgramDesignQuery, variables: { id: programId } },
  result: { data: { program: { __typename: 'Program', id: programId, targetModel, designVersions: { __typename: 'DesignVersions', id: programId, current: 1, signedOff }, design } } },
});

const renderTab = (mocks: MockLink.MockedResponse[], role: 'program_manager' | 'regional_partner' | 'executive' = 'program_manager') =>
  renderWithApp(<DesignTab programId={programId} />, { mocks, user: aCurrentUser({ role }) });

describe('DesignTab', () => {
  it('shows each activity’s placement by capability, its flag inline, the dimensions and what the target changes', async () => {
    renderTab([designQuery(aDesign({ shifts: { localToCentral: ['Lead routing moves to the hub: EMEA and APAC do it themselves today.'], unplaced: ['Dashboards has no placement yet.'] } }))]);
    expect(await screen.findByText('2 of 3 activities placed; 1 against its dimension’s emphasis.')).toBeTruthy();
    const training = screen.getByRole('listitem', { name: 'Training' });
    expect(within(training).getByText('Answers to Proximity to field')).toBeTruthy();
    expect(within(training).getByTestId('placement-flag').textContent).toBe(TRAINING_FLAG);
    expect(within(training).getByRole('radio', { name: 'Hub' })).toHaveProperty('checked', true);
    expect(within(screen.getByRole('listitem', { name: 'Dashboards' })).getByRole('radio', { name: 'Hub' })).toHaveProperty('checked', false);
    expect(within(screen.getByRole('region', { name: 'Process & planning' })).getByRole('listitem', { name: 'Lead routing' })).toBeTruthy();

    const proximity = screen.getByRole('listitem', { name: 'Proximity to field' });
    expect(within(proximity).getByTestId('dimension-emphasis').textContent).toBe('Leans local (default)');
    expect(within(proximity).getByText('Owner: Regional / segment RevOps · Trade-off metric: Stakeholder satisfaction & time-to-change')).toBeTruthy();

    const moving = screen.getByRole('generic', { name: 'Moving from the units to the hub' });
    expect(within(moving).getByText('1')).toBeTruthy();
    expect(within(moving).getByText('Lead routing moves to the hub: EMEA and APAC do it themselves today.')).toBeTruthy();
    expect(within(screen.getByRole('generic', { name: 'Gaps left open' })).getByText('0')).toBeTruthy();
  });

  it('moves an activity to the spokes with its reason and version, and the flag goes', async () => {
    const sent: unknown[] = [];
    const { user } = renderTab([
      designQuery(aDesign()),
      {
        request: { query: SavePlacementMutation, variables: (variables: unknown) => (sent.push(variables), true) },
        result: { data: { savePlacement: aDesign({ training: 'spoke' }) } },
      },
    ]);
    const training = await screen.findByRole('listitem', { name: 'Training' });
    await user.click(within(training).getByText('Spokes'));
    await waitFor(() => expect(within(training).queryByTestId('placement-flag')).toBeNull());
    expect(sent).toEqual([
      { input: { programId, activityId: ids.training, placement: 'spoke', reason: 'A central enablement team.', dimension: null, expectedVersion: 1 } },
    ]);
    expect(screen.getByText('2 of 3 activities placed.')).toBeTruthy();
  });

  it('sets a dimension’s emphasis from the slider once it stops, and says why when it is refused', async () => {
    const sent: unknown[] = [];
    const { user } = renderTab([
      designQuery(aDesign()),
      {
        request: { query: SetDimensionEmphasisMutation, variables: (variables: unknown) => (sent.push(variables), true) },
        result: { data: { setDimensionEmphasis: aDesign({ fieldProximity: { emphasis: 1, version: 1 } }) } },
      },
      {
        request: { query: SetDimensionEmphasisMutation, variables: { input: { programId, dimension: 'field_proximity', emphasis: 0, expectedVersion: 1 } } },
        result: graphQLError('FORBIDDEN', 'You do not have permission to do this.'),
      },
    ]);
    const slider = await screen.findByRole('slider', { name: 'Emphasis of Proximity to field' });
    slider.focus();
    // Two steps in a row, from leans local through neutral: saved once, where the slider stopped.
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const proximity = screen.getByRole('listitem', { name: 'Proximity to field' });
    await waitFor(() => expect(screen.queryByTestId('placement-flag')).toBeNull());
    expect(sent).toEqual([{ input: { programId, dimension: 'field_proximity', emphasis: 1, expectedVersion: null } }]);
    expect(within(proximity).getByTestId('dimension-emphasis').textContent).toBe('Leans central');

    await user.keyboard('{ArrowLeft}');
    expect((await within(proximity).findByRole('alert')).textContent).toBe('You do not have permission to do this.');
    expect(within(proximity).getByTestId('dimension-emphasis').textContent).toBe('Leans central');
  });

  it('shows partners and executives the same design without any control', async () => {
    renderTab([designQuery(aDesign({ viewerCanManageDesign: false }))], 'regional_partner');
    const training = await screen.findByRole('listitem', { name: 'Training' });
    expect(within(training).getByText('Central hub')).toBeTruthy();
    expect(within(training).getByText('A central enablement team.')).toBeTruthy();
    expect(within(training).getByTestId('placement-flag').textContent).toBe(TRAINING_FLAG);
    expect(within(screen.getByRole('listitem', { name: 'Dashboards' })).getByText('Not placed yet')).toBeTruthy();
    expect(within(screen.getByRole('listitem', { name: 'Proximity to field' })).getByTestId('dimension-emphasis').textContent).toBe('Leans local (default)');
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryAllByRole('slider')).toHaveLength(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Clear placement' })).toBeNull();
  });

  it('reads only once the design is signed off, even for its manager, and says which version to start', async () => {
    renderTab([designQuery(aDesign(), 'hybrid', true)]);
    expect(await screen.findByText('Version 1 is signed off')).toBeTruthy();
    expect(screen.getByText('The design reads only. To change it, start version 2 under Sign-off at the end of this tab.')).toBeTruthy();
    expect(within(screen.getByRole('listitem', { name: 'Training' })).getByText('Central hub')).toBeTruthy();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryAllByRole('slider')).toHaveLength(0);
  });

  it('says the model is not chosen yet and links to Align', async () => {
    renderTab([designQuery(aDesign(), 'undecided')]);
    expect(await screen.findByText('No operating model chosen yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Choose it on the Align tab' }).getAttribute('href')).toBe('/?tab=align');
  });

  it('says so when the catalog has no activities', async () => {
    renderTab([designQuery(aDesign({ withActivities: false }))]);
    expect(await screen.findByText('Nothing to place yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add them on the Assess tab' }).getAttribute('href')).toBe('/?tab=assess');
  });

  it('reports a design that cannot be loaded, with a retry', async () => {
    renderTab([{ request: { query: ProgramDesignQuery, variables: { id: programId } }, result: graphQLError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side.') }]);
    expect(await screen.findByText('Could not load the design')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
