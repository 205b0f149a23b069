import { aBaseline, aTool } from '../factories/assessment-inventory.factory.js';
import { field, PROGRAM_MANAGERS, recordIs, removed, type Case } from './world.js';

/** The assessment inventory: the program's tools, baselines and unit staffing. */
export const ASSESSMENT_INVENTORY_CASES: Case[] = [
  {
    operation: 'createProgramTool',
    scope: 'owned by manager',
    document: 'mutation($input: CreateProgramToolInput!) { createProgramTool(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program()).id, name: 'Looker', category: 'analytics_bi', annualCost: 90000 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT name, annual_cost FROM program_tool WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ name: 'Looker', annual_cost: 90000 }] },
  },
  {
    operation: 'updateProgramTool',
    scope: 'owned by manager',
    document: 'mutation($input: UpdateProgramToolInput!) { updateProgramTool(input: $input) { id } }',
    variables: async (w) => ({ input: { id: (await aTool(w.app.dataSource, w.org.id, (await w.program()).id)).id, expectedVersion: 1, annualCost: 12345 } }),
    allowed: PROGRAM_MANAGERS,
    effect: recordIs('program_tool', { annual_cost: 12345, version: 2 }),
  },
  {
    operation: 'deleteProgramTool',
    scope: 'owned by manager',
    document: 'mutation($id: ID!) { deleteProgramTool(id: $id) }',
    variables: async (w) => ({ id: (await aTool(w.app.dataSource, w.org.id, (await w.program()).id)).id }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('program_tool'),
  },
  {
    operation: 'setAssessmentBaseline',
    scope: 'unit inside the partner’s region',
    document: 'mutation($input: SetAssessmentBaselineInput!) { setAssessmentBaseline(input: $input) { id } }',
    variables: async (w) => {
      const programUnit = await w.programUnit(w.country.id);
      return { input: { programId: programUnit.programId, unitId: w.country.id, catalogKey: 'win_rate', value: 21.5, measuredOn: '2026-11-30', source: 'CRM report' } };
    },
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: { sql: 'SELECT value, data_source FROM assessment_baseline WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ value: 21.5, data_source: 'CRM report' }] },
  },
  {
    operation: 'setAssessmentBaseline',
    scope: 'program-wide',
    document: 'mutation($input: SetAssessmentBaselineInput!) { setAssessmentBaseline(input: $input) { id } }',
    variables: async (w) => ({ input: { programId: (await w.program()).id, catalogKey: 'crm_data_completeness', value: 71, measuredOn: '2026-11-30', source: 'CRM audit' } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT value, unit_id FROM assessment_baseline WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ value: 71, unit_id: null }] },
  },
  {
    operation: 'deleteAssessmentBaseline',
    scope: 'unit inside the partner’s region',
    document: 'mutation($id: ID!) { deleteAssessmentBaseline(id: $id) }',
    variables: async (w) => {
      const programUnit = await w.programUnit(w.country.id);
      return { id: (await aBaseline(w.app.dataSource, w.org.id, programUnit.programId, { unitId: w.country.id })).id };
    },
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: removed('assessment_baseline'),
  },
  {
    operation: 'deleteAssessmentBaseline',
    scope: 'program-wide',
    document: 'mutation($id: ID!) { deleteAssessmentBaseline(id: $id) }',
    variables: async (w) => ({ id: (await aBaseline(w.app.dataSource, w.org.id, (await w.program()).id)).id }),
    allowed: PROGRAM_MANAGERS,
    effect: removed('assessment_baseline'),
  },
  {
    operation: 'setUnitStaffing',
    scope: 'unit inside the partner’s region',
    document: 'mutation($input: SetUnitStaffingInput!) { setUnitStaffing(input: $input) { id } }',
    variables: async (w) => {
      const programUnit = await w.programUnit(w.country.id);
      return { input: { programId: programUnit.programId, unitId: w.country.id, revopsPeople: 1, sellers: 30 } };
    },
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: { sql: 'SELECT revops_people, sellers FROM unit_staffing WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ revops_people: 1, sellers: 30 }] },
  },
  {
    operation: 'setUnitStaffing',
    scope: 'unit outside the partner’s region',
    document: 'mutation($input: SetUnitStaffingInput!) { setUnitStaffing(input: $input) { id } }',
    variables: async (w) => {
      const programUnit = await w.programUnit(w.elsewhere.id);
      return { input: { programId: programUnit.programId, unitId: w.elsewhere.id, revopsPeople: 1, sellers: 30 } };
    },
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT revops_people, sellers FROM unit_staffing WHERE program_id = $1', params: (v) => [field(v, 'programId')], rows: [{ revops_people: 1, sellers: 30 }] },
  },
];
