import { assessed, field, PROGRAM_MANAGERS, recordIs, type Case, type Effect } from './world.js';

/** The assessment grid and its catalog of capabilities and activities: cells, the threshold, reminders. */

const SET_CELL = 'mutation($input: SetAssessmentCellInput!) { setAssessmentCell(input: $input) { id } }';
const cellIs = (performer: string): Effect => ({
  sql: 'SELECT performer FROM assessment_cell WHERE activity_id = $1 AND unit_id IS NOT DISTINCT FROM $2',
  params: (v) => [field(v, 'activityId'), field(v, 'unitId')],
  rows: [{ performer }],
});

export const ASSESSMENT_CASES: Case[] = [
  {
    operation: 'setAssessmentCell',
    scope: 'unit inside the partner’s region',
    document: SET_CELL,
    variables: async (w) => {
      const { programId, activityId } = await assessed(w, w.country.id);
      return { input: { programId, activityId, unitId: w.country.id, performer: 'local', maturity: 2 } };
    },
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: cellIs('local'),
  },
  {
    operation: 'setAssessmentCell',
    scope: 'unit outside the partner’s region',
    document: SET_CELL,
    variables: async (w) => {
      const { programId, activityId } = await assessed(w, w.elsewhere.id);
      return { input: { programId, activityId, unitId: w.elsewhere.id, performer: 'local', maturity: 2 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: cellIs('local'),
  },
  {
    operation: 'setAssessmentCell',
    scope: 'the central team’s column',
    document: SET_CELL,
    variables: async (w) => {
      const { programId, activityId } = await assessed(w);
      return { input: { programId, activityId, unitId: null, performer: 'central', maturity: 4 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: cellIs('central'),
  },
  {
    operation: 'addActivity',
    scope: 'owned by manager',
    document: 'mutation($input: AddActivityInput!) { addActivity(input: $input) { id } }',
    variables: async (w) => {
      const { programId, capabilityId } = await assessed(w);
      return { input: { programId, capabilityId, name: 'Win-loss analysis' } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT name FROM activity WHERE program_id = $1 ORDER BY position', params: (v) => [field(v, 'programId')], rows: [{ name: 'Dashboards' }, { name: 'Win-loss analysis' }] },
  },
  {
    operation: 'renameActivity',
    scope: 'owned by manager',
    document: 'mutation($input: RenameCatalogItemInput!) { renameActivity(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await assessed(w)).activityId, name: 'Executive dashboards', expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('activity', { name: 'Executive dashboards', version: 2 }),
  },
  {
    operation: 'renameCapability',
    scope: 'owned by manager',
    document: 'mutation($input: RenameCatalogItemInput!) { renameCapability(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await assessed(w)).capabilityId, name: 'Data, insights & AI', expectedVersion: 1 } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('capability', { name: 'Data, insights & AI', version: 2 }),
  },
  {
    operation: 'removeActivity',
    scope: 'owned by manager',
    document: 'mutation($input: RemoveActivityInput!) { removeActivity(input: $input) }',
    variables: async (w) => ({ input: { id: (await assessed(w)).activityId, expectedVersion: 1, confirmed: true } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT id FROM activity WHERE id = $1', params: (v) => [field(v, 'id')], rows: [] },
  },
  {
    operation: 'setAssessmentThreshold',
    scope: 'owned by manager',
    document: 'mutation($programId: ID!) { setAssessmentThreshold(programId: $programId, threshold: 60, expectedVersion: 1) { id } }',
    variables: async (w) => ({ programId: (await w.program()).id }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT assessment_threshold FROM program WHERE id = $1', params: (v) => [v.programId], rows: [{ assessment_threshold: 60 }] },
  },
  {
    operation: 'remindAssessmentUnit',
    scope: 'owned by manager',
    document: 'mutation($programId: ID!, $unitId: ID!) { remindAssessmentUnit(programId: $programId, unitId: $unitId) { id } }',
    variables: async (w) => ({ programId: (await assessed(w, w.country.id)).programId, unitId: w.country.id }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT count(*)::int AS reminders FROM assessment_reminder WHERE program_id = $1', params: (v) => [v.programId], rows: [{ reminders: 1 }] },
  },
];
