import { describe, expect, it } from 'vitest';
import { can } from '../access/policy.js';
import type { Actor } from '../access/roles.js';
import { teamCapacity } from './capacity.js';
import { monthsFrom, quarterOf } from './months.js';
import { assertFrameworkParts, rankQueue, rankReason, scoreOf, type ScoreParts } from './prioritisation.js';
import { mergeRequesters, needsStandardApproval, owningTeam } from './request.js';
import { quarterStart, roadmapLanes, type RoadmapItem } from './roadmap.js';
import { requestSla } from './service-levels.js';

const none: ScoreParts = { effortDays: null, reach: null, impact: null, confidence: null, businessValue: null, timeCriticality: null, riskReduction: null };

describe('scoring', () => {
  it('scores RICE as reach × impact × confidence ÷ effort', () => {
    // 400 × 2 × 0.8 ÷ 5 = 128
    expect(scoreOf('rice', { ...none, effortDays: 5, reach: 400, impact: 2, confidence: 80 })).toBe(128);
    // 30 × 0.5 × 0.5 ÷ 4 = 1.875 → 1.88
    expect(scoreOf('rice', { ...none, effortDays: 4, reach: 30, impact: 0.5, confidence: 50 })).toBe(1.88);
  });

  it('scores WSJF as cost of delay ÷ job size', () => {
    // (8 + 13 + 3) ÷ 6 = 4
    expect(scoreOf('wsjf', { ...none, effortDays: 6, businessValue: 8, timeCriticality: 13, riskReduction: 3 })).toBe(4);
  });

  it('leaves a request unscored when the framework misses a part, and names the part', () => {
    const riceOnly = { ...none, effortDays: 5, reach: 400, impact: 2, confidence: 80 };
    expect(scoreOf('wsjf', riceOnly)).toBeNull();
    expect(() => assertFrameworkParts('wsjf', riceOnly)).toThrow(/Business value is part of the WSJF score/);
  });
});

describe('ranking', () => {
  const filed = (day: number) => new Date(Date.UTC(2026, 10, day));
  it('shares a rank between equal scores, lists the older first, and puts raised requests on top', () => {
    const ranked = rankQueue([
      { id: 'a', number: 1, score: 50, raisedAt: null, filedAt: filed(3) },
      { id: 'b', number: 2, score: 80, raisedAt: null, filedAt: filed(4) },
      { id: 'c', number: 3, score: 50, raisedAt: null, filedAt: filed(1) },
      { id: 'd', number: 4, score: 10, raisedAt: null, filedAt: filed(1) },
      { id: 'e', number: 5, score: null, raisedAt: null, filedAt: filed(1) },
      { id: 'f', number: 6, score: 1, raisedAt: filed(20), filedAt: filed(9) },
    ]);
    expect(ranked.map((entry) => [entry.id, entry.rank])).toEqual([
      ['f', 1],
      ['b', 2],
      ['c', 3],
      ['a', 3],
      ['d', 5],
      ['e', null],
    ]);
    expect(ranked.find((entry) => entry.id === 'a')?.tiedWith).toEqual([3]);
  });

  it('says why a request ranks where it does', () => {
    const parts = { ...none, effortDays: 5, reach: 400, impact: 2, confidence: 80 };
    expect(rankReason({ framework: 'rice', queueName: 'the hub’s queue', rank: 2, rankedCount: 7, parts, tiedWith: [], above: { number: 9, score: 200 }, raisedBy: null })).toBe(
      'Ranks 2 of 7 in the hub’s queue with RICE Reach 400 × Impact 2 × Confidence 80% ÷ Effort 5 person-days = 128; REQ-9 above it scores 200.',
    );
    expect(rankReason({ framework: 'wsjf', queueName: 'EMEA’s queue', rank: null, rankedCount: 3, parts: none, tiedWith: [], above: null, raisedBy: null })).toBe('Not ranked yet: EMEA’s queue scores it with WSJF at triage.');
  });
});

describe('ownership and merging', () => {
  it('sends spoke and shared activities to the unit’s spoke, and the rest to the hub', () => {
    expect(owningTeam('spoke', 'u1')).toEqual({ kind: 'spoke', unitId: 'u1' });
    expect(owningTeam('shared', 'u1')).toEqual({ kind: 'spoke', unitId: 'u1' });
    expect(owningTeam('hub', 'u1')).toEqual({ kind: 'hub' });
    expect(owningTeam(null, 'u1')).toEqual({ kind: 'hub' });
  });

  it('asks the hub to approve a spoke request that changes a standard the hub is accountable for', () => {
    const standard = { domainName: 'Lead routing', accountableRole: 'Head/VP RevOps' };
    expect(needsStandardApproval({ kind: 'spoke', unitId: 'u1' }, standard)).toBe(true);
    expect(needsStandardApproval({ kind: 'hub' }, standard)).toBe(false);
    expect(needsStandardApproval({ kind: 'spoke', unitId: 'u1' }, null)).toBe(false);
  });

  it('keeps each requester once when a duplicate is merged', () => {
    const into = [{ userId: 'ana', unitId: 'emea' }];
    const duplicate = [
      { userId: 'bo', unitId: 'apac' },
      { userId: 'ana', unitId: 'dach' },
    ];
    expect(mergeRequesters(mergeRequesters(into, duplicate), [{ userId: 'cy', unitId: 'na' }])).toEqual([
      { userId: 'ana', unitId: 'emea' },
      { userId: 'bo', unitId: 'apac' },
      { userId: 'cy', unitId: 'na' },
    ]);
  });
});

describe('service levels', () => {
  const base = { typeName: 'Data fix', triageDays: 2, deliverDays: 10, filedOn: '2026-12-01', triagedOn: null, deliveredOn: null } as const;
  it('breaches triage the day after its target and counts the days late', () => {
    expect(requestSla({ ...base, status: 'new' }, '2026-12-03').triage.state).toBe('due_soon');
    const late = requestSla({ ...base, status: 'new' }, '2026-12-06');
    expect(late.triage).toEqual({ state: 'breached', dueOn: '2026-12-03', daysLate: 3 });
    expect(late.ageDays).toBe(5);
    expect(late.breach).toBe('Waiting 3 days past its triage target (Data fix: 2 days, due Dec 3, 2026)');
  });

  it('records a step done late as met late, and breaches delivery once triaged', () => {
    const sla = requestSla({ ...base, status: 'committed', triagedOn: '2026-12-04' }, '2026-12-15');
    expect(sla.triage).toEqual({ state: 'missed', dueOn: '2026-12-03', daysLate: 1 });
    expect(sla.delivery).toEqual({ state: 'breached', dueOn: '2026-12-11', daysLate: 4 });
    expect(sla.breach).toMatch(/^4 days past its delivery target/);
    expect(requestSla({ ...base, status: 'declined', triagedOn: '2026-12-02' }, '2026-12-20')).toMatchObject({ delivery: null, breach: null, ageDays: 0 });
  });
});

describe('capacity', () => {
  it('compares committed effort with people × focus days and words the worst month', () => {
    const months = monthsFrom('2027-01-15', 3);
    expect(months).toEqual(['2027-01-01', '2027-02-01', '2027-03-01']);
    const team = teamCapacity(
      {
        teamKey: 'u1',
        teamName: 'EMEA',
        heads: 2,
        work: [
          { plannedMonth: '2027-01-01', effortDays: 10 },
          { plannedMonth: '2027-02-01', effortDays: 20 },
          { plannedMonth: '2027-02-01', effortDays: 12 },
        ],
      },
      12,
      months,
    );
    // capacity 2 × 12 = 24 a month; February holds 32 = 133%
    expect(team.months.map((month) => [month.committedDays, month.loadPercent, month.overCommitted])).toEqual([
      [10, 42, false],
      [32, 133, true],
      [0, 0, false],
    ]);
    expect(team.sentence).toBe('EMEA is over-committed in Feb 2027: 32 person-days of committed work against 24 available (2 people × 12 days), 133% of capacity; move work to a later month, decline some, or add people.');
  });
});

describe('roadmap', () => {
  it('lays committed work out by team (hub first) and quarter', () => {
    const item = (number: number, teamKey: string, teamName: string, plannedMonth: string): RoadmapItem => ({ requestId: `r${number}`, number, problem: 'p', typeName: 't', unitName: 'u', teamKey, teamName, plannedMonth, status: 'committed', effortDays: 1, requesterCount: 1 });
    const lanes = roadmapLanes([item(1, 'u1', 'EMEA', '2027-04-01'), item(2, 'hub', 'Hub', '2027-02-01'), item(3, 'u1', 'EMEA', '2027-01-01')]);
    expect(quarterOf('2027-04-01')).toBe('2027 Q2');
    expect(lanes.map((lane) => [lane.teamName, lane.quarters.map((quarter) => [quarter.quarter, quarter.items.map((entry) => entry.number)])])).toEqual([
      ['Hub', [['2027 Q1', [2]], ['2027 Q2', []]]],
      ['EMEA', [['2027 Q1', [3]], ['2027 Q2', [1]]]],
    ]);
    expect(quarterStart('2027-05-17')).toBe('2027-04-01');
    expect(quarterStart('2026-12-07')).toBe('2026-10-01');
  });
});

describe('who may do what with a request', () => {
  const program = { ownerId: 'pm', leadIds: [] };
  const partner: Actor = { id: 'p', orgId: 'o', role: 'regional_partner', unitIds: ['emea'], scopeUnitIds: ['emea'] };
  const executive: Actor = { id: 'x', orgId: 'o', role: 'executive', unitIds: [], scopeUnitIds: [] };
  const lead: Actor = { id: 'pm', orgId: 'o', role: 'program_manager', unitIds: [], scopeUnitIds: [] };
  it('lets a partner file and triage for their spoke only, the leads triage the hub, executives read', () => {
    expect(can(partner, 'request.file', { program, unitId: 'emea' })).toBe(true);
    expect(can(partner, 'request.file', { program, unitId: 'apac' })).toBe(false);
    expect(can(partner, 'request.triage', { program, unitId: 'emea' })).toBe(true);
    expect(can(partner, 'request.triage', { program })).toBe(false);
    expect(can(lead, 'request.triage', { program })).toBe(true);
    expect(can(partner, 'backlog.manage', { program })).toBe(false);
    expect(can(executive, 'request.file', { program, unitId: 'emea' })).toBe(false);
  });
});
