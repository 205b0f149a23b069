import { formatDay, isoWeekStart, shiftDays } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckInEntity } from '../src/modules/check-ins/check-in.entity.js';
import { DecisionEntity } from '../src/modules/decisions/decision.entity.js';
import { PilotEntity } from '../src/modules/pilots/pilot.entity.js';
import { aProgram, aTeam, aUnit } from './factories/organization.factory.js';
import { aCheckIn, aPilot, aSuccessMetric, weeklyMeasurements } from './factories/pilot.factory.js';
import { auditEventCount, createTestApp, errorCode, gql, type GraphQLResponse, type TestApp } from './support/test-app.js';

const CREATE = `mutation($input: CreatePilotInput!) { createPilot(input: $input) { id status startDate endDate version } }`;
const ADD_METRIC = `mutation($input: AddSuccessMetricInput!) { addSuccessMetric(input: $input) { id name unit direction baseline target } }`;
const STATUS = `mutation($input: ChangePilotStatusInput!) { changePilotStatus(input: $input) { status version } }`;
const DECIDE = `mutation($input: RecordGateDecisionInput!) { recordGateDecision(input: $input) { decision recommendation rationale reasons decidedBy { id } } }`;
const CHECK_IN = `mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) { id status commentary version submittedBy { id } } }`;
const EVALUATION = `query($id: ID!, $asOf: String) { pilot(id: $id) { evaluation(asOf: $asOf) {
  recommendation { decision summary reasons flags { unitId message } stage tooEarly onCourseFor whatWouldChange }
  metrics { state stage plannedWeeks howSure missingWeeks { weekStart units { id } } baseline baselineSource current
    effect { effect low high boundary verdict method looks { weekStart boundary verdict } } weekly { weekStart pilot comparison } summary } } } }`;

const today = formatDay(new Date());

/** The first error's code with its first field error, for compact assertions. */
function firstFieldError(res: GraphQLResponse<unknown>): { code?: string; field?: string; message: string } {
  const extensions = res.errors?.[0]?.extensions;
  const [fieldError] = (extensions?.fieldErrors ?? []) as { field: string; message: string }[];
  return { code: extensions?.code, field: fieldError?.field, message: fieldError?.message ?? '' };
}
const thisMonday = isoWeekStart(today);

type Team = Awaited<ReturnType<typeof aTeam>>;

describe('pilots: setup, life cycle, check-ins, evaluation and the gate', () => {
  let app: TestApp;
  let team: Team;
  let programId: string;
  let otherUnitId: string;

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
    programId = (await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' })).id;
    otherUnitId = (await aUnit(app.dataSource, team.org.id)).id;
  });
  afterAll(async () => {
    await app.close();
  });

  /** A running pilot in the team's region, started two Mondays ago, with the manager's program. */
  const runningPilot = (overrides: Partial<PilotEntity> = {}) =>
    aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id, otherUnitId], status: 'running', startDate: shiftDays(thisMonday, -14), endDate: shiftDays(thisMonday, 13), ...overrides });

  it('refuses the same catalog metric twice on one pilot, and two metrics with one name, so an export re-imports cleanly', async () => {
    const pilot = await aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id] });
    const first = await gql(team.agents.manager, ADD_METRIC, { input: { pilotId: pilot.id, catalogKey: 'lead_response_time', baseline: 18, target: 8 } });
    expect(first.errors).toBeUndefined();
    const twice = await gql(team.agents.manager, ADD_METRIC, { input: { pilotId: pilot.id.toUpperCase(), catalogKey: 'lead_response_time', name: 'Lead response time (inbound)', baseline: 20, target: 10 } });
    expect(firstFieldError(twice)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'catalogKey' });
    expect(firstFieldError(twice).message).toContain('Lead response time already');
    const sameName = await gql(team.agents.manager, ADD_METRIC, {
      input: { pilotId: pilot.id, name: 'lead response time', unit: 'hours', direction: 'lower_is_better', baseline: 20, target: 10 },
    });
    expect(firstFieldError(sameName)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const other = await gql(team.agents.manager, ADD_METRIC, { input: { pilotId: pilot.id, catalogKey: 'win_rate', baseline: 20, target: 30 } });
    expect(other.errors).toBeUndefined();
    expect(await app.dataSource.query(`SELECT catalog_key FROM success_metric WHERE pilot_id = $1 ORDER BY created_at`, [pilot.id])).toEqual([
      { catalog_key: 'lead_response_time' },
      { catalog_key: 'win_rate' },
    ]);
  });

  it('runs a pilot from setup to decision: end date defaults to four weeks, metrics lock at the start, the decision is logged', async () => {
    const created = await gql<{ createPilot: { id: string; status: string; endDate: string; version: number } }>(team.agents.manager, CREATE, {
      input: { programId, name: 'Hub routing pilot', hypothesis: 'Hub routing halves response time.', unitIds: [team.region.id], comparisonUnitIds: [otherUnitId], startDate: '2026-03-02' },
    });
    const pilot = created.data?.createPilot;
    expect(pilot).toMatchObject({ status: 'planned', endDate: '2026-03-29' });
    const id = pilot?.id ?? '';

    // A metric without a baseline and no measurements before the start: the pilot cannot start.
    await gql(team.agents.manager, ADD_METRIC, { input: { pilotId: id, catalogKey: 'win_rate', target: 30 } });
    const refused = await gql(team.agents.manager, STATUS, { input: { id, expectedVersion: 1, status: 'running' } });
    expect(firstFieldError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(firstFieldError(refused).message).toContain('baseline');

    const metric = await gql(team.agents.manager, ADD_METRIC, { input: { pilotId: id, catalogKey: 'lead_response_time', baseline: 18, target: 8 } });
    expect(metric.data).toMatchObject({ addSuccessMetric: { name: 'Lead response time', unit: 'hours', direction: 'lower_is_better' } });
    const started = await gql(team.agents.manager, STATUS, { input: { id, expectedVersion: 1, status: 'running' } });
    expect(started.data).toEqual({ changePilotStatus: { status: 'running', version: 2 } });

    const moved = await gql(team.agents.manager, ADD_METRIC, { input: { pilotId: id, catalogKey: 'win_rate', baseline: 20, target: 30 } });
    expect(firstFieldError(moved)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pilotId' });
    expect(firstFieldError(moved).message).toContain('fixed once it starts');

    const skipped = await gql(team.agents.manager, STATUS, { input: { id, expectedVersion: 2, status: 'decided' } });
    expect(errorCode(skipped)).toBe('BAD_USER_INPUT');
    await gql(team.agents.manager, STATUS, { input: { id, expectedVersion: 2, status: 'in_review' } });

    // No measurements: the recommendation is extend; deciding otherwise needs a rationale.
    const bare = await gql(team.agents.manager, DECIDE, { input: { pilotId: id, expectedVersion: 3, decision: 'stop' } });
    expect(firstFieldError(bare)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rationale' });
    expect(firstFieldError(bare).message).toContain('Extend');
    const decided = await gql<{ recordGateDecision: { decision: string; recommendation: string; reasons: string[] } }>(team.agents.manager, DECIDE, {
      input: { pilotId: id, expectedVersion: 3, decision: 'stop', rationale: 'The region is being reorganised; the pilot cannot run.' },
    });
    expect(decided.data?.recordGateDecision).toMatchObject({ decision: 'stop', recommendation: 'extend', decidedBy: { id: team.users.manager.id } });
    expect(decided.data?.recordGateDecision.reasons[0]).toMatch(/^Extend/);

    const log = await gql<{ program: { decisions: { decision: string; pilot: { id: string; status: string } }[] } }>(
      team.agents.executive,
      `query($id: ID!) { program(id: $id) { decisions { decision pilot { id status } } } }`,
      { id: programId },
    );
    expect(log.data?.program.decisions).toContainEqual({ decision: 'stop', pilot: { id, status: 'decided' } });
  });

  it('extends a pilot in review: a later end date is required and the pilot runs again', async () => {
    const pilot = await runningPilot({ status: 'in_review' });
    const noDate = await gql(team.agents.manager, DECIDE, { input: { pilotId: pilot.id, expectedVersion: 1, decision: 'extend' } });
    expect(noDate.errors?.[0]?.extensions).toMatchObject({ fieldErrors: [{ field: 'extendedEndDate' }] });
    const res = await gql(team.agents.manager, DECIDE, { input: { pilotId: pilot.id, expectedVersion: 1, decision: 'extend', extendedEndDate: shiftDays(pilot.endDate, 14) } });
    expect(res.data).toMatchObject({ recordGateDecision: { decision: 'extend', recommendation: 'extend' } });
    expect(await app.dataSource.getRepository(PilotEntity).findOneByOrFail({ id: pilot.id })).toMatchObject({ status: 'running', endDate: shiftDays(pilot.endDate, 14), version: 2 });
  });

  it('evaluates against comparison units and recommends scale only when the effect is clear', async () => {
    const pilot = await aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id], comparisonUnitIds: [otherUnitId], status: 'running' });
    const metric = await aSuccessMetric(app.dataSource, pilot);
    // Two baseline weeks, then four pilot weeks from 2026-03-02 (the pilot ends 2026-03-29).
    await weeklyMeasurements(app.dataSource, metric, team.region.id, team.users.manager.id, '2026-02-16', [18, 18, 9, 8, 7, 6]);
    await weeklyMeasurements(app.dataSource, metric, otherUnitId, team.users.manager.id, '2026-02-16', [18, 18, 17, 17, 16, 16]);
    type Evaluation = {
      recommendation: { decision: string; stage: string; tooEarly: boolean; reasons: string[] };
      metrics: { state: string; stage: string; plannedWeeks: number; howSure: string; missingWeeks: unknown[]; effect: { effect: number; verdict: string; method: string; boundary: number; looks: unknown[] }; weekly: unknown[] }[];
    };
    const res = await gql<{ pilot: { evaluation: Evaluation } }>(team.agents.executive, EVALUATION, { id: pilot.id, asOf: '2026-03-30' });
    const evaluation = res.data?.pilot.evaluation;
    // Pilot mean over the 4 weeks 7.5 (−10.5 from 18); comparison 16.5 (−1.5): effect −9 h. One unit a
    // side: weekly differences −8, −9, −9, −10 against 0, 0 before the start (se 0.61 h), weaker evidence but clear.
    expect(evaluation?.metrics[0]).toMatchObject({ state: 'met', stage: 'final', plannedWeeks: 4, missingWeeks: [] });
    expect(evaluation?.metrics[0]?.effect).toMatchObject({ verdict: 'improved', method: 'weeks' });
    expect(evaluation?.metrics[0]?.effect.effect).toBeCloseTo(-9, 6);
    expect(evaluation?.metrics[0]?.effect.boundary).toBeLessThan(0);
    expect(evaluation?.metrics[0]?.effect.looks).toHaveLength(4);
    expect(evaluation?.metrics[0]?.howSure).toMatch(/^Very likely improved by [\d.]+ to [\d.]+ h; with a single unit in a group/);
    expect(evaluation?.metrics[0]?.weekly).toHaveLength(4);
    expect(evaluation?.recommendation).toMatchObject({ decision: 'scale', stage: 'final', tooEarly: false });
    expect(evaluation?.recommendation.reasons[0]).toContain('fell from 18 h to 6 h, target 8 h');

    // Half way through, with only one pilot week, there is not enough data: extend, not a guess.
    const early = await gql<{ pilot: { evaluation: { recommendation: { decision: string }; metrics: { state: string }[] } } }>(team.agents.executive, EVALUATION, {
      id: pilot.id,
      asOf: '2026-03-03',
    });
    expect(early.data?.pilot.evaluation).toMatchObject({ recommendation: { decision: 'extend' }, metrics: [{ state: 'not_enough_data' }] });
    expect(early.data?.pilot.evaluation).toMatchObject({ recommendation: { stage: 'interim', tooEarly: true, onCourseFor: null } });
  });

  it('flags a unit that reports green while its metric is off track', async () => {
    const pilot = await aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id], status: 'running' });
    const metric = await aSuccessMetric(app.dataSource, pilot);
    await weeklyMeasurements(app.dataSource, metric, team.region.id, team.users.manager.id, '2026-03-02', [19, 20, 21]);
    await aCheckIn(app.dataSource, pilot, team.region.id, team.users.partner.id, { weekStart: '2026-03-16', status: 'green' });
    const res = await gql<{ pilot: { evaluation: { recommendation: { decision: string; flags: { unitId: string; message: string }[] } } } }>(team.agents.manager, EVALUATION, {
      id: pilot.id,
      asOf: '2026-03-20',
    });
    const recommendation = res.data?.pilot.evaluation.recommendation;
    expect(recommendation?.decision).toBe('stop');
    expect(recommendation?.flags.map((flag) => flag.unitId)).toEqual([team.region.id]);
    expect(recommendation?.flags[0]?.message).toContain('green');
  });

  it('lets a partner check in for a unit in scope only, with commentary when amber or changed', async () => {
    const pilot = await runningPilot();
    const input = { pilotId: pilot.id, unitId: team.region.id, weekStart: shiftDays(thisMonday, -7), status: 'green', confidence: 4, highlights: 'Routing live.' };
    const first = await gql<{ submitCheckIn: { id: string; version: number; submittedBy: { id: string } } }>(team.agents.partner, CHECK_IN, { input });
    expect(first.data?.submitCheckIn.submittedBy.id).toBe(team.users.partner.id);

    const before = await auditEventCount(app);
    const elsewhere = await gql(team.agents.partner, CHECK_IN, { input: { ...input, unitId: otherUnitId } });
    expect(errorCode(elsewhere)).toBe('FORBIDDEN');
    expect(await auditEventCount(app)).toBe(before);

    // This week turns amber: commentary is required, and it names the change.
    const thisWeek = { ...input, weekStart: thisMonday, status: 'amber', confidence: 3 };
    const silent = await gql(team.agents.partner, CHECK_IN, { input: thisWeek });
    expect(silent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'commentary' }] });
    const amber = await gql<{ submitCheckIn: { version: number } }>(team.agents.partner, CHECK_IN, { input: { ...thisWeek, commentary: 'Named accounts still bypass routing.' } });
    expect(amber.data?.submitCheckIn.version).toBe(1);

    // Resubmitting the same week must name the version seen; a stale one is a conflict.
    const blind = await gql(team.agents.partner, CHECK_IN, { input: { ...thisWeek, commentary: 'Second try without a version.' } });
    expect(blind.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const updated = await gql(team.agents.partner, CHECK_IN, { input: { ...thisWeek, status: 'red', commentary: 'Routing is down since Tuesday.', expectedVersion: 1 } });
    expect(updated.data).toMatchObject({ submitCheckIn: { status: 'red', version: 2 } });

    const future = await gql(team.agents.partner, CHECK_IN, { input: { ...input, weekStart: shiftDays(thisMonday, 7) } });
    expect(future.errors?.[0]?.extensions).toMatchObject({ fieldErrors: [{ field: 'weekStart' }] });
    expect(await app.dataSource.getRepository(CheckInEntity).countBy({ pilotId: pilot.id })).toBe(2);
  });

  it('lists what a partner owes this week, only for their units, and marks units silent for over 7 days stale', async () => {
    // Two running pilots in one program: each is listed with its own program's permissions.
    const sibling = await runningPilot();
    const pilot = await runningPilot();
    await aCheckIn(app.dataSource, pilot, team.region.id, team.users.partner.id, { weekStart: shiftDays(thisMonday, -14), submittedOn: shiftDays(today, -10) });
    type Owed = { pilot: { id: string }; unitId: string; weekStart: string; stale: boolean; checkIn: null | { id: string }; previousCheckIn: null | { weekStart: string } };
    const owed = await gql<{ checkInsOwed: Owed[] }>(team.agents.partner, `{ checkInsOwed { pilot { id } unitId weekStart stale checkIn { id } previousCheckIn { weekStart } } }`);
    expect(owed.data?.checkInsOwed.filter((o) => o.pilot.id === sibling.id)).toHaveLength(1);
    const mine = owed.data?.checkInsOwed.filter((o) => o.pilot.id === pilot.id);
    expect(mine).toEqual([{ pilot: { id: pilot.id }, unitId: team.region.id, weekStart: thisMonday, stale: true, checkIn: null, previousCheckIn: { weekStart: shiftDays(thisMonday, -14) } }]);
    const reports = await gql<{ pilot: { unitReports: { unitId: string; stale: boolean; viewerCanReport: boolean }[] } }>(
      team.agents.partner,
      `query($id: ID!) { pilot(id: $id) { unitReports { unitId stale viewerCanReport } } }`,
      { id: pilot.id },
    );
    expect(reports.data?.pilot.unitReports).toEqual([
      { unitId: team.region.id, stale: true, viewerCanReport: true },
      { unitId: otherUnitId, stale: true, viewerCanReport: false },
    ]);
    const executive = await gql<{ checkInsOwed: Owed[] }>(team.agents.executive, `{ checkInsOwed { unitId } }`);
    expect(executive.data?.checkInsOwed).toEqual([]);
    // Checked in this week, with older history: this week's and the latest before it, not the older ones.
    await aCheckIn(app.dataSource, pilot, team.region.id, team.users.partner.id, { weekStart: shiftDays(thisMonday, -21), submittedOn: shiftDays(today, -17) });
    const current = await aCheckIn(app.dataSource, pilot, team.region.id, team.users.partner.id, { weekStart: thisMonday, submittedOn: today });
    const again = await gql<{ checkInsOwed: Owed[] }>(team.agents.partner, `{ checkInsOwed { pilot { id } unitId weekStart stale checkIn { id } previousCheckIn { weekStart } } }`);
    expect(again.data?.checkInsOwed.filter((o) => o.pilot.id === pilot.id)).toEqual([
      { pilot: { id: pilot.id }, unitId: team.region.id, weekStart: thisMonday, stale: false, checkIn: { id: current.id }, previousCheckIn: { weekStart: shiftDays(thisMonday, -14) } },
    ]);
  });

  it('keeps units and start date fixed once running, and detects concurrent edits', async () => {
    const pilot = await runningPilot();
    const update = (changes: Record<string, unknown>) =>
      gql(team.agents.manager, `mutation($input: UpdatePilotInput!) { updatePilot(input: $input) { name version } }`, {
        input: { id: pilot.id, expectedVersion: 1, name: pilot.name, hypothesis: pilot.hypothesis, unitIds: pilot.unitIds, startDate: pilot.startDate, endDate: pilot.endDate, ...changes },
      });
    expect((await update({ unitIds: [team.region.id] })).errors?.[0]?.extensions).toMatchObject({ fieldErrors: [{ field: 'unitIds' }] });
    expect((await update({ name: 'Renamed pilot' })).data).toEqual({ updatePilot: { name: 'Renamed pilot', version: 2 } });
    expect((await update({ name: 'Stale rename' })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('records the decision and the pilot status together, or neither', async () => {
    const pilot = await runningPilot({ status: 'in_review' });
    const stale = await gql(team.agents.manager, DECIDE, { input: { pilotId: pilot.id, expectedVersion: 7, decision: 'extend', extendedEndDate: shiftDays(pilot.endDate, 7) } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(await app.dataSource.getRepository(DecisionEntity).countBy({ pilotId: pilot.id })).toBe(0);
  });

  it('answers every other pilot when one stored pilot has dates off the calendar: a field error on that pilot’s evaluation only', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' });
    const good = await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [team.region.id], status: 'running', startDate: shiftDays(thisMonday, -14), endDate: shiftDays(thisMonday, 13) });
    const bad = await aPilot(app.dataSource, team.org.id, program.id, { unitIds: [team.region.id], status: 'planned' });
    for (const pilot of [good, bad]) await aSuccessMetric(app.dataSource, pilot);
    // Stored before dates were bounded: what createPilot(startDate: "9999-12-31") used to write.
    await app.dataSource.query(`UPDATE pilot SET start_date = '9999-12-31', end_date = '10000-01-28' WHERE id = $1`, [bad.id]);

    // The program page's pilot list, as the web asks for it.
    const list = await gql<{ program: { pilots: { id: string; startDate: string; evaluation: { asOf: string; recommendation: { decision: string } } | null; unitReports: unknown[] }[] } }>(
      team.agents.executive,
      `query($id: ID!) { program(id: $id) { pilots { id name status startDate endDate units { id } metrics { id } evaluation { asOf recommendation { decision summary } }
        unitReports { unitId stale lastCheckIn { id } } decisions { id } } } }`,
      { id: program.id },
    );
    const pilots = list.data?.program.pilots ?? [];
    expect(pilots.map((pilot) => pilot.id).sort()).toEqual([good.id, bad.id].sort());
    expect(pilots.find((pilot) => pilot.id === good.id)?.evaluation).toMatchObject({ asOf: today, recommendation: { decision: expect.any(String) as string } });
    expect(pilots.find((pilot) => pilot.id === bad.id)).toMatchObject({ startDate: '9999-12-31', evaluation: null });
    const badIndex = pilots.findIndex((pilot) => pilot.id === bad.id);
    expect(list.errors).toEqual([
      expect.objectContaining({
        path: ['program', 'pilots', badIndex, 'evaluation'],
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fieldErrors: [
            { field: 'startDate', message: 'The start date 9999-12-31 is not a day from 2000-01-01 to 2100-12-31: edit the pilot’s dates.' },
            { field: 'endDate', message: 'The end date 10000-01-28 is not a day from 2000-01-01 to 2100-12-31: edit the pilot’s dates.' },
          ],
        }) as unknown,
      }),
    ]);

    // And the bad pilot can be repaired: a new start, and null resets the end to the default four weeks.
    const repaired = await gql<{ updatePilot: { startDate: string; endDate: string } }>(team.agents.manager, `mutation($input: UpdatePilotInput!) { updatePilot(input: $input) { startDate endDate } }`, {
      input: { id: bad.id, expectedVersion: bad.version, startDate: '2026-03-02', endDate: null },
    });
    expect(repaired.data?.updatePilot).toEqual({ startDate: '2026-03-02', endDate: '2026-03-29' });
  });

  it('refuses dates off the calendar and metrics with values beyond their unit, with field errors', async () => {
    const created = await gql(team.agents.manager, CREATE, {
      input: { programId, name: 'Far future pilot', hypothesis: 'Dates at the edge of the calendar.', unitIds: [team.region.id], startDate: '9999-12-31' },
    });
    expect(firstFieldError(created)).toEqual({ code: 'BAD_USER_INPUT', field: 'startDate', message: 'Pick a date from 2000-01-01 to 2100-12-31.' });
    const pilot = await aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id], status: 'planned' });
    const extreme = await gql(team.agents.manager, ADD_METRIC, {
      input: { pilotId: pilot.id, name: 'Revenue', unit: 'currency', direction: 'higher_is_better', baseline: -1.7e308, target: 1.7e308 },
    });
    expect(errorCode(extreme)).toBe('BAD_USER_INPUT');
    expect(extreme.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'baseline', message: 'Enter a value from -1,000,000,000,000 to 1,000,000,000,000.' },
      { field: 'target', message: 'Enter a value from -1,000,000,000,000 to 1,000,000,000,000.' },
    ]);
    const share = await gql(team.agents.manager, ADD_METRIC, { input: { pilotId: pilot.id, catalogKey: 'win_rate', baseline: 20, target: 130 } });
    expect(firstFieldError(share)).toEqual({ code: 'BAD_USER_INPUT', field: 'target', message: 'Enter a value from 0 to 100 %.' });
  });

  it('takes a guardrail without a target (and can clear one), but never a primary metric', async () => {
    const pilot = await aPilot(app.dataSource, team.org.id, programId, { unitIds: [team.region.id], status: 'planned' });
    const guardrail = await gql<{ addSuccessMetric: { id: string; target: number | null } }>(team.agents.manager, ADD_METRIC, {
      input: { pilotId: pilot.id, catalogKey: 'crm_data_completeness', kind: 'guardrail', baseline: 90, tolerance: 2 },
    });
    expect(guardrail.errors).toBeUndefined();
    expect(guardrail.data?.addSuccessMetric.target).toBeNull();
    const primary = await gql(team.agents.manager, ADD_METRIC, { input: { pilotId: pilot.id, catalogKey: 'win_rate', baseline: 20 } });
    expect(firstFieldError(primary)).toEqual({ code: 'BAD_USER_INPUT', field: 'target', message: 'Enter a target: a primary metric is judged on reaching it.' });

    const UPDATE = `mutation($input: UpdateSuccessMetricInput!) { updateSuccessMetric(input: $input) { target version } }`;
    const withTarget = await gql<{ updateSuccessMetric: { target: number | null; version: number } }>(team.agents.manager, UPDATE, {
      input: { id: guardrail.data?.addSuccessMetric.id, target: 92, expectedVersion: 1 },
    });
    expect(withTarget.data?.updateSuccessMetric).toEqual({ target: 92, version: 2 });
    const cleared = await gql(team.agents.manager, UPDATE, { input: { id: guardrail.data?.addSuccessMetric.id, target: null, expectedVersion: 2 } });
    expect(cleared.data).toEqual({ updateSuccessMetric: { target: null, version: 3 } });
  });
});
