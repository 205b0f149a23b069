import type { MockLink } from '@apollo/client/testing';
import type { LessonKind } from '@rollout/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { fieldErrorOf } from '../../../test/field-error';
import { anId } from '../../../test/fixtures';
import { anActivity, catalogMock } from '../../assessments/testing/catalog-fixtures';
import { renderWithApp } from '../../../test/render';
import { LessonAddMutation, LessonRemoveMutation } from '../hooks/useLessons';
import { groupLessonsByCapability } from './LessonsByCapability';
import { LessonsPanel, LessonsPanelFragment } from './LessonsPanel';

const routing = anActivity('Lead routing', 'Process & planning');
const forecasting = anActivity('Forecasting framework', 'Process & planning');
const dashboards = anActivity('Dashboards', 'Data & insights');
const programId = anId();

function aLesson(activity: ReturnType<typeof anActivity>, kind: LessonKind, text: string) {
  return {
    __typename: 'Lesson' as const,
    id: anId(),
    activity,
    kind,
    text,
    createdAt: '2026-11-20T10:00:00.000Z',
    createdBy: { __typename: 'User' as const, id: anId(), name: 'Daniel Kim' },
  };
}

function renderPanel(lessons: ReturnType<typeof aLesson>[], options: { viewerCanManage?: boolean; mocks?: MockLink.MockedResponse[] } = {}) {
  const pilotId = anId();
  const pilot = makeFragmentData(
    {
      __typename: 'Pilot',
      id: pilotId,
      activityIds: [routing.id, forecasting.id],
      viewerCanManage: options.viewerCanManage ?? true,
      program: { __typename: 'Program', id: programId, archived: false },
      lessons,
    },
    LessonsPanelFragment,
  );
  const mocks = [catalogMock(programId, [routing, forecasting, dashboards]), ...(options.mocks ?? [])];
  return { ...renderWithApp(<LessonsPanel pilot={pilot} />, { route: '/pilots/x/gate', mocks }), pilotId };
}

function recording(sent: unknown[], query: MockLink.MockedResponse['request']['query'], result: MockLink.MockedResponse['result']) {
  return {
    request: {
      query,
      variables: (variables: unknown) => {
        sent.push(variables);
        return true;
      },
    },
    result,
  };
}

const routingForms = aLesson(routing, 'change_before_scaling', 'Give each region a named routing owner for exceptions.');
const routingWorked = aLesson(routing, 'worked', 'Auditing every inbound form before go-live removed the bypasses.');
const forecastCall = aLesson(forecasting, 'did_not_work', 'A forecast call run only by the hub lost the deal context.');
const dashboardsWorked = aLesson(dashboards, 'worked', 'One dashboard per region was enough for the steering call.');

describe('LessonsPanel', () => {
  it('lists the lessons grouped by capability as they come, by activity then what worked first within one', () => {
    renderPanel([dashboardsWorked, routingForms, forecastCall, routingWorked]);

    const groups = screen.getAllByTestId('lesson-group');
    expect(groups.map((group) => group.getAttribute('data-capability'))).toEqual(['Data & insights', 'Process & planning']);
    const [data, process] = groups;
    if (!data || !process) throw new Error('Two groups expected');
    expect(within(process).getAllByTestId('lesson-activity').map((activity) => activity.textContent)).toEqual(['Forecasting framework', 'Lead routing', 'Lead routing']);
    expect(within(process).getAllByTestId('lesson').map((lesson) => lesson.getAttribute('data-kind'))).toEqual(['did_not_work', 'worked', 'change_before_scaling']);
    expect(within(process).getByText('What worked')).toBeTruthy();
    expect(within(process).getByText('Change before scaling')).toBeTruthy();
    expect(within(process).getByText('A forecast call run only by the hub lost the deal context.')).toBeTruthy();
    expect(within(data).getByText('Dashboards')).toBeTruthy();
  });

  it('keeps a lesson whose activity is gone, under a group that says so', () => {
    const groups = groupLessonsByCapability([{ ...routingWorked, activity: null }]);
    expect(groups.map((group) => [group.capability, group.lessons.length])).toEqual([['A removed activity', 1]]);
  });

  it('offers no add or remove to someone who cannot manage the pilot', () => {
    renderPanel([routingWorked], { viewerCanManage: false });

    expect(screen.queryByRole('button', { name: 'Add lesson' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove lesson/ })).toBeNull();
  });

  it('adds a lesson about a catalog activity, the pilot’s first preselected, checking its length first', async () => {
    const sent: unknown[] = [];
    const { user, pilotId } = renderPanel([], {
      mocks: [
        recording(sent, LessonAddMutation, {
          data: {
            addLesson: {
              ...aLesson(dashboards, 'did_not_work', 'Too short: regional sales leads must attend the forecast call.'),
              pilot: { __typename: 'Pilot', id: anId(), program: { __typename: 'Program', id: anId() } },
            },
          },
        }),
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Add lesson' }));
    const form = screen.getByRole('form', { name: 'New lesson' });
    const activity = within(form).getByRole('combobox', { name: /^Activity/ });
    await waitFor(() => expect((activity as HTMLInputElement).value).toBe('Lead routing'));
    await user.click(activity);
    await user.click(await screen.findByRole('option', { name: 'Dashboards' }));
    await user.click(within(form).getByRole('combobox', { name: /^Kind/ }));
    await user.click(await screen.findByRole('option', { name: 'What did not work' }));
    const text = within(form).getByLabelText(/^Lesson/);
    await user.type(text, 'Too short');
    await user.click(within(form).getByRole('button', { name: 'Add lesson' }));
    await waitFor(() => expect(fieldErrorOf(text)).toBe('Lesson needs at least 10 characters.'));
    expect(sent).toEqual([]);

    await user.type(text, ': regional sales leads must attend the forecast call.');
    await user.click(within(form).getByRole('button', { name: 'Add lesson' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'New lesson' })).toBeNull());
    expect(sent).toEqual([
      {
        input: {
          pilotId,
          activityId: dashboards.id,
          kind: 'did_not_work',
          text: 'Too short: regional sales leads must attend the forecast call.',
        },
      },
    ]);
  });

  it('removes a lesson only after confirmation', async () => {
    const sent: unknown[] = [];
    const { user } = renderPanel([routingWorked, forecastCall], {
      mocks: [recording(sent, LessonRemoveMutation, { data: { removeLesson: true } })],
    });

    await user.click(screen.getByRole('button', { name: `Remove lesson: ${forecastCall.text}` }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Remove this lesson?')).toBeTruthy();
    expect(sent).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Remove lesson' }));

    await waitFor(() => expect(sent).toEqual([{ id: forecastCall.id }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
