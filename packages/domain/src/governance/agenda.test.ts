import { describe, expect, it } from 'vitest';
import { buildAgenda, editAgenda, MAX_AGENDA_FINDINGS, refreshAgenda, type AgendaFacts } from './agenda.js';
import { createForumSchema, DEFAULT_FORUMS } from './forum.js';
import { agendaFrozenReason, isActionOverdue, meetingStatus, minutesClosedReason } from './minutes.js';

const none: AgendaFacts = { stageChanges: [], gateDecisions: [], redUnits: [], staleUnits: [], pilotsAtGate: [], pausedWaves: [], blockedWaveUnits: [], overdueActions: [], openFindings: [], backlogBreaches: [], topRequests: [] };

const facts: AgendaFacts = {
  ...none,
  stageChanges: [{ unitId: 'u-fr', unitName: 'France', waveName: 'Wave 1', from: 'ready', to: 'live', movedAt: new Date('2026-03-10T10:00:00Z') }],
  redUnits: [{ pilotId: 'p-uk', pilotName: 'UK routing', unitId: 'u-uk', unitName: 'UK', blockers: 'Routing rules missing\nand more' }],
  staleUnits: [{ pilotId: 'p-uk', pilotName: 'UK routing', unitId: 'u-ie', unitName: 'Ireland', lastCheckInOn: '2026-02-23' }],
  pilotsAtGate: [
    { pilotId: 'p-uk', pilotName: 'UK routing', endDate: '2026-03-20' },
    { pilotId: 'p-de', pilotName: 'DACH pods', endDate: '2026-03-01' },
  ],
  pausedWaves: [{ waveId: 'w-2', waveName: 'Wave 2', reason: 'Paused: a guardrail is breached.' }],
  overdueActions: [{ actionItemId: 'a-1', title: 'Fix routing', ownerName: 'Ana Lopez', dueOn: '2026-03-05' }],
};

describe('the generated agenda', () => {
  it('groups the program’s live state in section order, each line worded for people and linked to its record', () => {
    const items = buildAgenda(facts, '2026-03-16');
    expect(items.map((item) => [item.section, item.text, item.link?.kind])).toEqual([
      ['since_last', 'France moved from ready to live (Wave 1)', 'unit'],
      ['red', 'UK reports red in UK routing: Routing rules missing', 'pilot'],
      ['stale', 'Ireland has no check-in since Feb 23, 2026 (UK routing)', 'pilot'],
      ['gates', 'UK routing ends on Mar 20, 2026: prepare its gate review', 'pilot'],
      ['decisions', 'DACH pods ended on Mar 1, 2026 and awaits its gate decision', 'pilot'],
      ['waves', 'Wave 2: Paused: a guardrail is breached.', 'wave'],
      ['actions', 'Fix routing (Ana Lopez, due Mar 5, 2026)', 'action_item'],
    ]);
    expect(buildAgenda(none, '2026-03-16')).toEqual([]);
  });

  it('lists backlog breaches and each queue’s top requests, a breached top request once', () => {
    const items = buildAgenda(
      {
        ...none,
        backlogBreaches: [{ requestId: 'r-7', label: 'REQ-7', problem: 'Pipeline by segment', teamName: 'Hub', breach: 'Waiting 3 days past its triage target' }],
        topRequests: [
          { requestId: 'r-7', label: 'REQ-7', problem: 'Pipeline by segment', teamName: 'Hub', rank: 1 },
          { requestId: 'r-2', label: 'REQ-2', problem: 'Fix lead routing', teamName: 'EMEA', rank: 1 },
        ],
      },
      '2026-03-16',
    );
    expect(items.map((item) => [item.section, item.text, item.link?.id])).toEqual([
      ['backlog', 'REQ-7 Pipeline by segment (Hub): Waiting 3 days past its triage target', 'r-7'],
      ['backlog', 'EMEA #1: REQ-2 Fix lead routing', 'r-2'],
    ]);
  });

  it('lists the most severe findings and sums up the rest in one line', () => {
    const openFindings = Array.from({ length: MAX_AGENDA_FINDINGS + 2 }, (_, index) => ({ key: `f${index}`, summary: `Finding ${index}`, severity: index === 9 ? ('high' as const) : ('low' as const) }));
    const items = buildAgenda({ ...none, openFindings }, '2026-03-16');
    expect(items[0]?.text).toBe('Finding 9');
    expect(items.at(-1)?.text).toBe('2 more findings in the assessment');
    expect(items).toHaveLength(MAX_AGENDA_FINDINGS + 1);
  });

  it('refreshes without losing edits: added lines and reworded ones stay, resolved facts leave, taken-off lines stay off', () => {
    const first = { items: buildAgenda(facts, '2026-03-16'), dismissedKeys: [] };
    const keyAt = (index: number) => first.items[index]?.key ?? '';
    let key = 0;
    const edited = editAgenda(
      first,
      [
        { key: keyAt(1), text: 'UK is red: routing' },
        { key: null, text: 'Budget for enablement' },
        ...first.items.slice(3).map((item) => ({ key: item.key, text: item.text })),
      ],
      () => String(++key),
    );
    expect(edited.dismissedKeys).toEqual([keyAt(0), keyAt(2)]);
    expect(edited.items.at(-1)).toMatchObject({ key: 'added:1', section: 'other', source: 'added', text: 'Budget for enablement' });

    // The stale unit checked in and the wave resumed; a new unit went red.
    const later = buildAgenda(
      { ...facts, staleUnits: [], pausedWaves: [], redUnits: [...facts.redUnits, { pilotId: 'p-uk', pilotName: 'UK routing', unitId: 'u-nl', unitName: 'Netherlands', blockers: '' }] },
      '2026-03-16',
    );
    const refreshed = refreshAgenda(edited, later);
    expect(refreshed.items.map((item) => item.text)).toEqual([
      'UK is red: routing',
      'Netherlands reports red in UK routing',
      'UK routing ends on Mar 20, 2026: prepare its gate review',
      'DACH pods ended on Mar 1, 2026 and awaits its gate decision',
      'Fix routing (Ana Lopez, due Mar 5, 2026)',
      'Budget for enablement',
    ]);
    expect(refreshed.dismissedKeys).toEqual([keyAt(0)]);
  });

  it('refuses an edit naming a line that is not on the agenda', () => {
    expect(() => editAgenda({ items: [], dismissedKeys: [] }, [{ key: 'red:gone', text: 'x' }], () => '1')).toThrow('not on the agenda');
  });
});

describe('meetings and action items', () => {
  it('derive a meeting’s status from what happened, freezing the agenda at the start and opening the minutes', () => {
    const at = new Date();
    expect(meetingStatus({ cancelledReason: null, startedAt: null, endedAt: null })).toBe('scheduled');
    expect(meetingStatus({ cancelledReason: 'Holiday', startedAt: null, endedAt: null })).toBe('cancelled');
    expect(meetingStatus({ cancelledReason: null, startedAt: at, endedAt: null })).toBe('in_progress');
    expect(meetingStatus({ cancelledReason: null, startedAt: at, endedAt: at })).toBe('held');
    expect(agendaFrozenReason('scheduled')).toBeNull();
    expect(agendaFrozenReason('in_progress')).toMatch(/frozen/);
    expect(minutesClosedReason('scheduled')).toMatch(/Start the meeting/);
    expect(minutesClosedReason('held')).toBeNull();
  });

  it('call an open action item overdue after its due day only', () => {
    expect(isActionOverdue({ status: 'open', dueOn: '2026-03-05' }, '2026-03-06')).toBe(true);
    expect(isActionOverdue({ status: 'open', dueOn: '2026-03-06' }, '2026-03-06')).toBe(false);
    expect(isActionOverdue({ status: 'done', dueOn: '2026-03-05' }, '2026-03-06')).toBe(false);
  });
});

describe('forum fields', () => {
  const forum = { programId: '6f1c1d0e-8f59-4a47-9a53-1b2f3c4d5e6f', name: 'Forecast call', purpose: '', cadence: 'weekly', weekday: 'TH', weekOfMonth: null, startsOn: '2026-03-02', startTime: '16:00', timeZone: 'Europe/Berlin', durationMinutes: 30, attendeeIds: [] };
  const problems = (input: object) => (createForumSchema.safeParse(input).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it('accept a weekly forum and refuse a week of the month on it, an unknown time zone and a time that is not HH:MM', () => {
    expect(problems(forum)).toEqual([]);
    expect(problems({ ...forum, weekOfMonth: 2 })).toEqual(['weekOfMonth: A weekly forum meets every week: leave the week of the month empty.']);
    expect(problems({ ...forum, cadence: 'monthly' })).toEqual(['weekOfMonth: Pick which week of the month it meets.']);
    expect(problems({ ...forum, timeZone: 'Mars/Olympus', startTime: '25:00' })).toEqual(['startTime: Use a 24-hour time, HH:MM.', 'timeZone: Pick a time zone from the list (for example Europe/Berlin).']);
  });

  it('offer the default cadence of domain.md, each valid', () => {
    expect(DEFAULT_FORUMS.map((f) => f.cadence)).toEqual(['weekly', 'weekly', 'weekly', 'monthly', 'monthly', 'monthly', 'quarterly', 'annually']);
    for (const { name, purpose, cadence, weekday, weekOfMonth, startTime, durationMinutes } of DEFAULT_FORUMS) {
      expect(problems({ ...forum, name, purpose, cadence, weekday, weekOfMonth, startTime, durationMinutes })).toEqual([]);
    }
  });
});
