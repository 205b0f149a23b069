import { describe, expect, it } from 'vitest';
import { programHealth, type HealthPilot } from './program-health.js';

const pilot = (overrides: Partial<HealthPilot> = {}): HealthPilot => ({
  name: 'EMEA pilot',
  status: 'running',
  gateReviewOverdue: false,
  staleUnits: 0,
  metrics: [{ name: 'Lead response time', kind: 'primary', state: 'on_track' }],
  ...overrides,
});
const units = (...blocked: boolean[]) => blocked.map((isBlocked, index) => ({ name: ['DACH', 'Nordics', 'UK & Ireland', 'US East'][index] ?? `Unit ${index}`, blocked: isBlocked }));

describe('programHealth', () => {
  it('is on track when nothing is blocked, late or failing', () => {
    expect(programHealth({ units: units(false, false), pilots: [pilot()] })).toEqual({
      health: 'on_track',
      reason: 'On track: no unit is blocked, the running pilots’ metrics are on track and nothing is overdue.',
    });
    expect(programHealth({ units: [], pilots: [] }).reason).toBe('On track: no unit is blocked and no pilot is running.');
  });

  it('is at risk for a blocked unit, a metric at risk, an overdue gate review or a missing check-in, naming each', () => {
    const input = {
      units: units(true, false, false),
      pilots: [
        pilot({ metrics: [{ name: 'SLA adherence', kind: 'guardrail', state: 'at_risk' }], gateReviewOverdue: true }),
        pilot({ name: 'US pilot', staleUnits: 2 }),
      ],
    };
    expect(programHealth(input)).toEqual({
      health: 'at_risk',
      reason: 'At risk: DACH is blocked, SLA adherence in EMEA pilot is at risk, the gate review of EMEA pilot is overdue and 2 units owe a check-in.',
    });
  });

  it('is off track for a metric off track in a running pilot, ahead of anything at risk', () => {
    const failing = pilot({ status: 'in_review', metrics: [{ name: 'SLA adherence', kind: 'guardrail', state: 'off_track' }], staleUnits: 1 });
    expect(programHealth({ units: units(true, false, false), pilots: [failing] })).toEqual({ health: 'off_track', reason: 'Off track: SLA adherence in EMEA pilot is off track.' });
  });

  it('is off track with half the units blocked (two at least), at risk below that', () => {
    expect(programHealth({ units: units(true, true, false, false), pilots: [] })).toEqual({ health: 'off_track', reason: 'Off track: DACH and Nordics are blocked.' });
    expect(programHealth({ units: units(true, false, false), pilots: [] }).health).toBe('at_risk');
    expect(programHealth({ units: units(true), pilots: [] }).health).toBe('at_risk');
  });

  it('counts a running pilot that could not be evaluated as a risk, never as on track', () => {
    expect(programHealth({ units: units(false), pilots: [pilot({ metrics: null })] })).toEqual({
      health: 'at_risk',
      reason: 'At risk: the metrics of EMEA pilot could not be evaluated.',
    });
  });

  it('ignores pilots that are planned or decided: their metrics no longer move', () => {
    const decided = pilot({ status: 'decided', metrics: [{ name: 'Win rate', kind: 'primary', state: 'off_track' }], gateReviewOverdue: true, staleUnits: 3 });
    expect(programHealth({ units: units(false), pilots: [decided, pilot({ status: 'planned', staleUnits: 1 })] }).health).toBe('on_track');
  });
});
