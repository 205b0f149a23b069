import { describe, expect, it } from 'vitest';
import { attentionItems, firstBreachesInListOrder, portfolioDigest, type AttentionFacts } from './attention.js';

const program = { programId: 'p1', programName: 'Global RevOps' };
const none: AttentionFacts = { pilots: [], blockedUnits: [], overdueActions: [], breachedRequests: [], greenOffTrack: [], pausedWaves: [] };

describe('the portfolio’s attention list', () => {
  it('says what is late and what is coming, overdue kinds first and the latest first within a kind, each linked to its record', () => {
    const items = attentionItems(
      {
        ...none,
        pilots: [
          { ...program, id: 'a', name: 'DACH pods', status: 'in_review', endDate: '2026-11-01' }, // 36 days waiting
          { ...program, id: 'b', name: 'UK routing', status: 'in_review', endDate: '2026-12-01' }, // 6 days: not yet
          { ...program, id: 'c', name: 'Nordics forecast', status: 'running', endDate: '2026-12-04' }, // 3 days past
          { ...program, id: 'd', name: 'US East wave', status: 'running', endDate: '2026-12-17' }, // in 10 days
          { ...program, id: 'e', name: 'Japan playbook', status: 'running', endDate: '2027-02-01' }, // far away
        ],
        blockedUnits: [{ ...program, unitId: 'u1', unitName: 'France & Benelux', note: 'CRM sandbox not ready\nmore' }],
        overdueActions: [{ ...program, id: 'x', meetingId: 'm', title: 'Fix routing', ownerName: 'Ana Lopez', dueOn: '2026-12-02' }],
        breachedRequests: [{ ...program, id: 'r', label: 'REQ-23', problem: 'Fix duplicates', breach: 'Waiting 4 days past its triage target' }],
        pausedWaves: [{ ...program, waveName: 'Wave 1', breaches: ['Win rate in UK', 'Win rate and SLA adherence in Iberia'] }],
        greenOffTrack: [{ ...program, pilotId: 'c', pilotName: 'Nordics forecast', unitId: 'u2', unitName: 'Nordics', message: 'Reports green for the week of Nov 30, 2026, but Forecast accuracy is off track in this unit.' }],
      },
      '2026-12-07',
    );
    expect(items.map((item) => [item.kind, item.text, item.link])).toEqual([
      ['gate_overdue', 'Nordics forecast ended 3 days ago (Dec 4, 2026) and is not in review yet', '/pilots/c'],
      ['decision_waiting', 'DACH pods has waited 36 days since its last day (Nov 1, 2026) for its gate decision', '/pilots/a'],
      ['wave_paused', 'Wave 1 is paused: a guardrail is breached (Win rate in UK; Win rate and SLA adherence in Iberia)', '/programs/p1?tab=scale'],
      ['green_off_track', 'Nordics in Nordics forecast: Reports green for the week of Nov 30, 2026, but Forecast accuracy is off track in this unit.', '/pilots/c#check-in-u2'],
      ['unit_blocked', 'France & Benelux is blocked: CRM sandbox not ready', '/programs/p1?tab=units'],
      ['action_overdue', 'Fix routing (Ana Lopez) was due Dec 2, 2026, 5 days ago', '/programs/p1/meetings/m'],
      ['request_breached', 'REQ-23 Fix duplicates: Waiting 4 days past its triage target', '/programs/p1?tab=backlog&request=r'],
      ['gate_due', 'US East wave ends in 10 days (Dec 17, 2026): its gate review follows', '/pilots/d'],
    ]);
    expect(attentionItems(none, '2026-12-07')).toEqual([]);

    const digest = portfolioDigest(items, 3, '2026-12-07');
    expect(digest).toMatchObject({ kind: 'portfolio_digest', key: 'portfolio:2026-12-07', title: 'The portfolio this week: 7 late, 1 coming', link: '/portfolio' });
    expect(digest.body.split('\n')).toEqual([
      '- Gate review overdue: Nordics forecast ended 3 days ago (Dec 4, 2026) and is not in review yet (Global RevOps)',
      '- Decision waiting: DACH pods has waited 36 days since its last day (Nov 1, 2026) for its gate decision (Global RevOps)',
      '- Wave paused: Wave 1 is paused: a guardrail is breached (Win rate in UK; Win rate and SLA adherence in Iberia) (Global RevOps)',
      '- Green but off track: Nordics in Nordics forecast: Reports green for the week of Nov 30, 2026, but Forecast accuracy is off track in this unit. (Global RevOps)',
      '- Unit blocked: France & Benelux is blocked: CRM sandbox not ready (Global RevOps)',
      '- Action item overdue: Fix routing (Ana Lopez) was due Dec 2, 2026, 5 days ago (Global RevOps)',
      '- Request overdue: REQ-23 Fix duplicates: Waiting 4 days past its triage target (Global RevOps)',
      '- Gate review coming: US East wave ends in 10 days (Dec 17, 2026): its gate review follows (Global RevOps)',
      'RevOps delivered 3 requests last week.',
    ]);
  });

  it('keeps the first requests of the list, and those tied with the last that only their words order', () => {
    const requests = [
      { programName: 'Psi', label: 'REQ-1', id: 'psi-a' },
      { programName: 'Omega', label: 'REQ-2', id: 'omega-2' },
      { programName: 'Omega', label: 'REQ-10', id: 'omega-10' },
      { programName: 'Psi', label: 'REQ-1', id: 'psi-b' },
      { programName: 'Omega', label: 'REQ-1', id: 'omega-1' },
    ];
    const ids = (count: number) => firstBreachesInListOrder(requests, count).map((request) => request.id);
    expect(ids(2)).toEqual(['omega-1', 'omega-10']);
    expect(ids(0)).toEqual([]);
    // Two programs named Psi, both with a REQ-1: the fourth line of the list is one of them, which one their words decide.
    expect(ids(4)).toEqual(['omega-1', 'omega-10', 'omega-2', 'psi-a', 'psi-b']);
    expect(ids(9)).toHaveLength(5);
  });
});
