import type { MockLink } from '@apollo/client/testing';
import type { LessonKind } from '@rollout/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { fieldErrorOf } from '../../../test/field-error';
import { anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { LessonAddMutation, LessonRemoveMutation } from '../hooks/useLessons';
import { groupLessonsByCapability } from './LessonsByCapability';
import { LessonsPanel, LessonsPanelFragment } from './LessonsPanel';

function aLesson(capability: string, kind: LessonKind, text: string) {
  return {
    __typename: 'Lesson' as const,
    id: anId(),
    capability,
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
      capabilities: ['Lead routing', 'Forecasting framework'],
      viewerCanManage: options.viewerCanManage ?? true,
      program: { __typename: 'Program', id: anId(), archived: false },
      lessons,
    },
    LessonsPanelFragment,
  );
  return { ...renderWithApp(<LessonsPanel pilot={pilot} />, { route: '/pilots/x/gate', mocks: options.mocks ?? [] }), pilotId };
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

const routingForms = aLesson('Lead routing', 'change_before_scaling', 'Give each region a named routing owner for exceptions.');
const routingWorked = aLesson('Lead routing', 'worked', 'Auditing every inbound form before go-live removed the bypasses.');
const forecastCall = aLesson('Forecasting framework', 'did_not_work', 'A forecast call run only by the hub lost the deal context.');

describe('LessonsPanel', () => {
  it('lists the lessons grouped by capability, what worked first within one', () => {
    renderPanel([routingForms, forecastCall, routingWorked]);

    const groups = screen.getAllByTestId('lesson-group');
    expect(groups.map((group) => group.getAttribute('data-capability'))).toEqual(['Forecasting framework', 'Lead routing']);
    const [forecasting, routing] = groups;
    if (!forecasting || !routing) throw new Error('Two groups expected');
    expect(within(routing).getAllByTestId('lesson').map((lesson) => lesson.getAttribute('data-kind'))).toEqual(['worked', 'change_before_scaling']);
    expect(within(routing).getByText('What worked')).toBeTruthy();
    expect(within(routing).getByText('Change before scaling')).toBeTruthy();
    expect(within(forecasting).getByText('What did not work')).toBeTruthy();
    expect(within(forecasting).getByText('A forecast call run only by the hub lost the deal context.')).toBeTruthy();
  });

  it('groups capabilities regardless of case and spacing', () => {
    const groups = groupLessonsByCapability([
      aLesson('Lead routing', 'worked', 'First lesson text.'),
      aLesson(' lead routing ', 'did_not_work', 'Second lesson text.'),
    ]);
    expect(groups.map((group) => [group.capability, group.lessons.length])).toEqual([['Lead routing', 2]]);
  });

  it('offers no add or remove to someone who cannot manage the pilot', () => {
    renderPanel([routingWorked], { viewerCanManage: false });

    expect(screen.queryByRole('button', { name: 'Add lesson' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove lesson/ })).toBeNull();
  });

  it('adds a lesson for a capability of the pilot, checking its length first', async () => {
    const sent: unknown[] = [];
    const { user, pilotId } = renderPanel([], {
      mocks: [
        recording(sent, LessonAddMutation, {
          data: {
            addLesson: {
              ...aLesson('Forecasting framework', 'did_not_work', 'Too short: regional sales leads must attend the forecast call.'),
              pilot: { __typename: 'Pilot', id: anId(), program: { __typename: 'Program', id: anId() } },
            },
          },
        }),
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Add lesson' }));
    const form = screen.getByRole('form', { name: 'New lesson' });
    const capability = within(form).getByRole('combobox', { name: /^Capability/ });
    await user.clear(capability);
    await user.click(capability);
    await user.click(await screen.findByRole('option', { name: 'Forecasting framework' }));
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
          capability: 'Forecasting framework',
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
