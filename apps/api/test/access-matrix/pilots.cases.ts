import { anActivity } from '../factories/assessment.factory.js';
import { aCheckIn, aSuccessMetric } from '../factories/pilot.factory.js';
import { EVERYONE, field, none, PROGRAM_MANAGERS, recordIs, removed, type Case } from './world.js';

/** Pilots: the metric catalog, pilots and their success metrics, check-ins, gate reviews and decisions, lessons. */
export const PILOT_CASES: Case[] = [
  { operation: 'metricCatalog', document: '{ metricCatalog { key } }', variables: none, allowed: EVERYONE },
  { operation: 'pilot', document: 'query($id: ID!) { pilot(id: $id) { id evaluation { recommendation { decision } } } }', variables: async (w) => ({ id: (await w.pilot()).id }), allowed: EVERYONE },
  { operation: 'checkInsOwed', document: '{ checkInsOwed { unitId } }', variables: none, allowed: EVERYONE },
  { operation: 'gateReviews', document: '{ gateReviews { id } }', variables: none, allowed: EVERYONE },
  {
    operation: 'createPilot',
    scope: 'program owned by manager',
    document: 'mutation($input: CreatePilotInput!) { createPilot(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program()).id, name: 'Matrix pilot', hypothesis: 'It works.', unitIds: [w.country.id], startDate: '2026-01-05' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT name, unit_ids::text[] AS unit_ids, status FROM pilot WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: (w) => [{ name: 'Matrix pilot', unit_ids: [w.country.id], status: 'planned' }] },
  },
  {
    operation: 'updatePilot',
    scope: 'program owned by manager',
    document: 'mutation($input: UpdatePilotInput!) { updatePilot(input: $input) { id } }',
    variables: async (w) => {
      const p = await w.pilot();
      return { input: { id: p.id, expectedVersion: 1, name: 'Renamed pilot', hypothesis: p.hypothesis, unitIds: p.unitIds, startDate: p.startDate } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('pilot', { name: 'Renamed pilot', version: 2 }),
  },
  {
    operation: 'changePilotStatus',
    scope: 'program owned by manager',
    document: 'mutation($input: ChangePilotStatusInput!) { changePilotStatus(input: $input) { id } }',
    variables: async (w) => {
      const p = await w.pilot();
      await aSuccessMetric(w.app.dataSource, p);
      return { input: { id: p.id, expectedVersion: 1, status: 'running' } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('pilot', { status: 'running', version: 2 }),
  },
  {
    operation: 'deletePilot',
    scope: 'program owned by manager',
    document: 'mutation($id: ID!) { deletePilot(id: $id, expectedVersion: 1) }',
    variables: async (w) => ({ id: (await w.pilot()).id }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('pilot'),
  },
  {
    operation: 'addSuccessMetric',
    scope: 'program owned by manager',
    document: 'mutation($input: AddSuccessMetricInput!) { addSuccessMetric(input: $input) { id } }',
    variables: async (w) => ({ input: { pilotId: (await w.pilot()).id, catalogKey: 'win_rate', baseline: 20, target: 30 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT catalog_key, baseline, target FROM success_metric WHERE pilot_id = $1', params: (v) => [field(v, 'pilotId')], rows: [{ catalog_key: 'win_rate', baseline: 20, target: 30 }] },
  },
  {
    operation: 'updateSuccessMetric',
    scope: 'program owned by manager',
    document: 'mutation($input: UpdateSuccessMetricInput!) { updateSuccessMetric(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await aSuccessMetric(w.app.dataSource, await w.pilot())).id, expectedVersion: 1, catalogKey: 'lead_response_time', baseline: 20, target: 6 } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('success_metric', { baseline: 20, target: 6, version: 2 }),
  },
  {
    operation: 'removeSuccessMetric',
    scope: 'program owned by manager',
    document: 'mutation($id: ID!) { removeSuccessMetric(id: $id) }',
    variables: async (w) => ({ id: (await aSuccessMetric(w.app.dataSource, await w.pilot())).id }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('success_metric'),
  },
  {
    operation: 'submitCheckIn',
    scope: 'unit inside the partner’s region',
    document: 'mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) { id } }',
    variables: async (w) => ({ input: { pilotId: (await w.pilot({ status: 'running' })).id, unitId: w.country.id, weekStart: '2026-01-12', status: 'green', confidence: 4 } }),
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: { sql: 'SELECT status, confidence FROM check_in WHERE pilot_id = $1 AND unit_id = $2', params: (v) => [field(v, 'pilotId'), field(v, 'unitId')], rows: [{ status: 'green', confidence: 4 }] },
  },
  {
    operation: 'submitCheckIn',
    scope: 'unit outside the partner’s region',
    document: 'mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) { id } }',
    variables: async (w) => ({ input: { pilotId: (await w.pilot({ status: 'running' })).id, unitId: w.elsewhere.id, weekStart: '2026-01-12', status: 'green', confidence: 4 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT status, confidence FROM check_in WHERE pilot_id = $1 AND unit_id = $2', params: (v) => [field(v, 'pilotId'), field(v, 'unitId')], rows: [{ status: 'green', confidence: 4 }] },
  },
  {
    operation: 'recordGateDecision',
    scope: 'program owned by manager',
    document: 'mutation($input: RecordGateDecisionInput!) { recordGateDecision(input: $input) { id } }',
    variables: async (w) => {
      const p = await w.pilot({ status: 'in_review' });
      await aCheckIn(w.app.dataSource, p, w.country.id, w.users.partner.id, { weekStart: '2026-01-12' });
      return { input: { pilotId: p.id, expectedVersion: 1, decision: 'extend', extendedEndDate: '2026-03-01' } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT decision FROM decision WHERE pilot_id = $1', params: (v) => [field(v, 'pilotId')], rows: [{ decision: 'extend' }] },
  },
  {
    operation: 'addLesson',
    scope: 'program owned by manager',
    document: 'mutation($input: AddLessonInput!) { addLesson(input: $input) { id } }',
    variables: async (w) => {
      const p = await w.pilot();
      const activity = await anActivity(w.app.dataSource, w.org.id, p.programId, 'Lead routing');
      return { input: { pilotId: p.id, activityId: activity.id, kind: 'worked', text: 'Fix the web forms first.' } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: {
      sql: 'SELECT a.name AS activity, l.kind, l.text FROM lesson l JOIN activity a ON a.id = l.activity_id WHERE l.pilot_id = $1',
      params: (v) => [field(v, 'pilotId')],
      rows: [{ activity: 'Lead routing', kind: 'worked', text: 'Fix the web forms first.' }],
    },
  },
  {
    operation: 'removeLesson',
    scope: 'program owned by manager',
    document: 'mutation($id: ID!) { removeLesson(id: $id) }',
    variables: async (w) => {
      const p = await w.pilot();
      const activity = await anActivity(w.app.dataSource, w.org.id, p.programId);
      const res = await w.app.dataSource.query<{ id: string }[]>(
        `INSERT INTO lesson (org_id, pilot_id, program_id, activity_id, kind, text, created_by_id) VALUES ($1, $2, $3, $4, 'worked', 'Fix the web forms first.', $5) RETURNING id`,
        [w.org.id, p.id, p.programId, activity.id, w.users.manager.id],
      );
      return { id: res[0]?.id };
    },
    allowed: PROGRAM_MANAGERS,
    effect: removed('lesson'),
  },
];
