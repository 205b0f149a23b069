import { describe, expect, it } from 'vitest';
import { checkWaveMove, waveMoveTargets, wavePause, wentLive, weeksMetInARow, WAVE_UNIT_STAGES, type WaveMove, type WaveUnitStage } from './wave-stage.js';

const manager = { canManage: true, reportsForUnit: false };
const partner = { canManage: false, reportsForUnit: true };
const stranger = { canManage: false, reportsForUnit: false };
const move = (from: WaveUnitStage, to: WaveUnitStage, overrides: Partial<WaveMove> = {}): WaveMove => ({
  from,
  to,
  mover: manager,
  reason: '',
  checklist: { done: 5, total: 5 },
  adoption: { weeksMet: 4, weeksNeeded: 4 },
  ...overrides,
});
const allowed = (m: WaveMove) => checkWaveMove(m).allowed;
const message = (m: WaveMove) => {
  const check = checkWaveMove(m);
  return check.allowed ? null : check.message;
};

describe('checkWaveMove', () => {
  it('allows the forward path for a program manager when each step’s condition holds', () => {
    for (const [from, to] of [
      ['not_started', 'preparing'],
      ['preparing', 'ready'],
      ['ready', 'live'],
      ['live', 'adopted'],
    ] as const) {
      expect(allowed(move(from, to)), `${from} → ${to}`).toBe(true);
    }
  });

  it('refuses ready without the checklist done and adopted without the weeks, saying how far it is', () => {
    expect(message(move('preparing', 'ready', { checklist: { done: 3, total: 5 } }))).toBe('Finish the readiness checklist first: 3 of 5 items done.');
    expect(message(move('live', 'adopted', { adoption: { weeksMet: 2, weeksNeeded: 4 } }))).toBe('Adopted needs the primary metrics met for 4 weeks in a row; 2 weeks so far.');
  });

  it('lets a manager go live before ready only with an override and a reason', () => {
    expect(message(move('preparing', 'live'))).toBe('A unit goes live once it is ready; going live before needs an override.');
    expect(message(move('preparing', 'live', { override: true, reason: 'short' }))).toBe('Going live before the unit is ready needs a reason (10 characters or more).');
    expect(allowed(move('preparing', 'live', { override: true, reason: 'Board date is fixed; checklist closes next week.' }))).toBe(true);
  });

  it('blocks with a reason from any stage before adopted, and unblocks to where it was', () => {
    for (const from of ['not_started', 'preparing', 'ready', 'live'] as const) expect(allowed(move(from, 'blocked', { reason: 'CRM migration slipped a month.' })), from).toBe(true);
    expect(message(move('ready', 'blocked'))).toBe('Blocking a unit needs a reason (10 characters or more).');
    expect(message(move('adopted', 'blocked', { reason: 'CRM migration slipped a month.' }))).toBe('A unit that is adopted cannot be blocked.');
    expect(allowed(move('blocked', 'ready', { blockedFrom: 'ready' }))).toBe(true);
    expect(message(move('blocked', 'live', { blockedFrom: 'ready' }))).toBe('Unblocking returns the unit to ready, where it was blocked.');
  });

  it('rolls back only a live or adopted unit, with a reason; a rolled-back unit prepares again', () => {
    expect(allowed(move('live', 'rolled_back', { reason: 'Guardrail breached for three weeks.' }))).toBe(true);
    expect(allowed(move('adopted', 'rolled_back', { reason: 'Guardrail breached for three weeks.' }))).toBe(true);
    expect(message(move('ready', 'rolled_back', { reason: 'Guardrail breached for three weeks.' }))).toBe('Only a live or adopted unit can be rolled back.');
    expect(message(move('live', 'rolled_back'))).toBe('Rolling a unit back needs a reason (10 characters or more).');
    expect(allowed(move('rolled_back', 'preparing'))).toBe(true);
  });

  it('lets no unit of a paused wave go live', () => {
    expect(message(move('ready', 'live', { wavePaused: true }))).toBe('The wave is paused for a breached guardrail: no unit goes live until it resumes.');
    expect(allowed(move('preparing', 'live', { wavePaused: true, override: true, reason: 'Board date is fixed; checklist closes next week.' }))).toBe(false);
    expect(allowed(move('preparing', 'ready', { wavePaused: true }))).toBe(true);
  });

  it('refuses skipping steps and standing still', () => {
    expect(message(move('not_started', 'live', { override: true, reason: 'We are in a hurry here.' }))).toBe('A unit does not move from not started to live.');
    expect(message(move('ready', 'adopted'))).toBe('A unit does not move from ready to adopted.');
    expect(message(move('live', 'live'))).toBe('The unit is already live.');
  });

  it('lets a partner move their own unit as far as ready and report it blocked, nothing more', () => {
    expect(allowed(move('not_started', 'preparing', { mover: partner }))).toBe(true);
    expect(allowed(move('preparing', 'ready', { mover: partner }))).toBe(true);
    expect(allowed(move('ready', 'blocked', { mover: partner, reason: 'Sponsor left the company.' }))).toBe(true);
    expect(allowed(move('blocked', 'preparing', { mover: partner, blockedFrom: 'preparing' }))).toBe(true);
    expect(message(move('ready', 'live', { mover: partner }))).toBe('Partners move their units as far as ready and report them blocked; ready to live is for the program’s leads.');
    expect(allowed(move('live', 'blocked', { mover: partner, reason: 'Sponsor left the company.' }))).toBe(true);
    expect(message(move('blocked', 'live', { mover: partner, blockedFrom: 'live' }))).toBe('A unit blocked while live is unblocked by the program’s leads.');
    expect(message(move('not_started', 'preparing', { mover: stranger }))).toBe('Only the program’s leads and the unit’s partners move it through the roll-out.');
  });
});

describe('waveMoveTargets', () => {
  it('offers exactly the moves the rule can allow from each stage (every other target is refused whatever the conditions)', () => {
    for (const from of WAVE_UNIT_STAGES) {
      const offered = waveMoveTargets(from, 'ready');
      for (const to of WAVE_UNIT_STAGES) {
        const best = move(from, to, { override: true, reason: 'Board date is fixed; checklist closes next week.', blockedFrom: 'ready' });
        expect(allowed(best), `${from} → ${to}`).toBe(offered.includes(to));
      }
    }
  });
});

describe('adoption and pausing', () => {
  it('counts the weeks in a row with every primary metric met, back from the latest', () => {
    const weeks = [
      { week: '2026-11-02', primaryMet: true },
      { week: '2026-11-09', primaryMet: false },
      { week: '2026-11-16', primaryMet: true },
      { week: '2026-11-30', primaryMet: true },
      { week: '2026-11-23', primaryMet: true },
    ];
    expect(weeksMetInARow(weeks)).toBe(3);
    expect(weeksMetInARow([])).toBe(0);
    // Four met weeks months apart are not four in a row: the gap breaks the run.
    expect(weeksMetInARow(['2026-06-01', '2026-08-03', '2026-10-05', '2026-11-30'].map((week) => ({ week, primaryMet: true })))).toBe(1);
  });

  it('pauses a wave for a guardrail breached in a unit on the new model (live, adopted, or blocked while live), not in one preparing', () => {
    expect(
      wavePause([
        { name: 'DACH', stage: 'adopted', breachedGuardrails: ['Win rate'] },
        { name: 'Nordics', stage: 'live', breachedGuardrails: ['SLA adherence'] },
        { name: 'Benelux', stage: 'ready', breachedGuardrails: ['SLA adherence'] },
        { name: 'Iberia', stage: 'blocked', blockedFrom: 'preparing', breachedGuardrails: ['Win rate'] },
      ]),
    ).toEqual({ reason: 'Paused: a guardrail is breached (Win rate in DACH; SLA adherence in Nordics). Look at it before more units go live.', breaches: ['Win rate in DACH', 'SLA adherence in Nordics'] });
    // Reporting the breaching unit blocked does not lift the pause.
    expect(wavePause([{ name: 'Nordics', stage: 'blocked', blockedFrom: 'live', breachedGuardrails: ['SLA adherence'] }])).not.toBeNull();
    expect(wavePause([{ name: 'DACH', stage: 'live', breachedGuardrails: [] }])).toBeNull();
  });

  it('keeps a unit that went live in its wave, blocked since or not', () => {
    expect((['not_started', 'preparing', 'ready', 'live', 'adopted', 'rolled_back'] as const).filter((stage) => wentLive({ stage }))).toEqual(['live', 'adopted', 'rolled_back']);
    expect(wentLive({ stage: 'blocked', blockedFrom: 'live' })).toBe(true);
    expect(wentLive({ stage: 'blocked', blockedFrom: 'ready' })).toBe(false);
  });
});
