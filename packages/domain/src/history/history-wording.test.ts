import { describe, expect, it } from 'vitest';
import { joinNames } from '../common/words.js';
import { auditReferences, describeAuditChange, formatAuditValue } from './audit-values.js';
import { auditRecordLabel, auditSentence, describeAuditEntry } from './history-wording.js';
import type { AuditEntryFacts, AuditNameOf } from './history.types.js';

const NAMES: Record<string, string> = {
  'unit-frb': 'France & Benelux',
  'unit-anz': 'Australia & New Zealand',
  'unit-nord': 'Nordics',
  'unit-dach': 'DACH',
  'user-erin': 'Erin Walsh',
  'user-priya': 'Priya Shah',
  'program-1': 'Global hub-and-spoke RevOps',
  'pilot-uk': 'UK lead routing',
  'activity-routing': 'Lead routing',
  'activity-forecast': 'Forecasting framework',
};
const nameOf: AuditNameOf = (_kind, id) => NAMES[id];

const entry = (overrides: Partial<AuditEntryFacts>): AuditEntryFacts => ({
  operation: 'update',
  recordType: 'pilot',
  recordId: 'pilot-uk',
  actorId: 'user-priya',
  changes: [],
  ...overrides,
});

const sentence = (facts: AuditEntryFacts, label = auditRecordLabel(facts, {}, nameOf)) => auditSentence(describeAuditEntry(facts, label, nameOf));

describe('history wording', () => {
  it('says which units were added to and removed from a list, by name', () => {
    expect(describeAuditChange({ field: 'comparisonUnitIds', from: ['unit-nord'], to: ['unit-nord', 'unit-frb', 'unit-anz'] }, 'update', nameOf)).toBe(
      'added France & Benelux and Australia & New Zealand as comparison units',
    );
    expect(describeAuditChange({ field: 'comparisonUnitIds', from: ['unit-nord', 'unit-frb'], to: ['unit-anz'] }, 'update', nameOf)).toBe(
      'added Australia & New Zealand as a comparison unit and removed Nordics and France & Benelux from the comparison units',
    );
    expect(describeAuditChange({ field: 'capabilities', from: ['Lead routing'], to: ['Lead routing', 'Forecasting framework'] }, 'update', nameOf)).toBe(
      'added Forecasting framework as a capability',
    );
    expect(describeAuditChange({ field: 'steeringMemberIds', from: [], to: ['user-erin'] }, 'insert', nameOf)).toBe('Steering committee: Erin Walsh');
  });

  it('words a pilot’s catalog activities as tags, by name, and a removed one as such', () => {
    const retagged = entry({ changes: [{ field: 'activityIds', from: ['activity-forecast'], to: ['activity-routing'] }] });
    expect(sentence(retagged, auditRecordLabel(retagged, { name: 'UK lead routing' }, nameOf))).toBe(
      'updated the pilot UK lead routing: tagged the pilot with Lead routing and untagged Forecasting framework',
    );
    expect(describeAuditChange({ field: 'activityIds', from: [], to: ['activity-routing', 'activity-gone'] }, 'insert', nameOf)).toBe(
      'Activities: Lead routing and a removed activity',
    );
  });

  it('names a lesson by its activity', () => {
    const lesson = entry({ recordType: 'lesson', recordId: 'lesson-1', operation: 'insert', changes: [{ field: 'activityId', from: null, to: 'activity-routing' }] });
    expect(auditRecordLabel(lesson, { name: 'Lead routing' }, nameOf)).toBe('Lead routing');
    const removed = entry({ recordType: 'lesson', recordId: 'lesson-1', operation: 'delete', changes: [{ field: 'activityId', from: 'activity-routing', to: null }] });
    expect(sentence(removed)).toBe('removed a lesson on Lead routing');
    expect(auditRecordLabel({ ...lesson, changes: [{ field: 'activityId', from: null, to: 'activity-gone' }] }, {}, nameOf)).toBe('a removed activity');
  });

  it('names a matrix score by its model and principle, also once the principle is gone', () => {
    const score = (operation: AuditEntryFacts['operation'], changes: AuditEntryFacts['changes']) => entry({ recordType: 'model_score', recordId: 'score-1', operation, changes });
    const rescored = score('update', [{ field: 'score', from: '3', to: '4' }]);
    expect(sentence(rescored, auditRecordLabel(rescored, { name: 'Cost', metricName: 'hybrid' }, nameOf))).toBe('rescored Hybrid on Cost: changed the score from 3 to 4');
    const removed = score('delete', [
      { field: 'model', from: 'pod', to: null },
      { field: 'score', from: '2', to: null },
    ]);
    expect(sentence(removed)).toBe('removed the score of Pod on a removed principle');
  });

  it('words a placement as where the activity sits, with its reason and dimension by label', () => {
    const placement = (operation: AuditEntryFacts['operation'], changes: AuditEntryFacts['changes']) =>
      entry({ recordType: 'activity_placement', recordId: 'placement-1', operation, changes });
    const placed = placement('insert', [
      { field: 'activityId', from: null, to: 'activity-routing' },
      { field: 'placement', from: null, to: 'hub' },
      { field: 'reason', from: null, to: 'One routing engine for every region.' },
      { field: 'dimension', from: null, to: 'data_reporting' },
    ]);
    expect(sentence(placed)).toBe('placed Lead routing in the hub: Design dimension: Data & reporting; Reason: “One routing engine for every region.”');
    const moved = placement('update', [
      { field: 'placement', from: 'hub', to: 'spoke' },
      { field: 'reason', from: 'One engine.', to: 'Regions route their own leads.' },
    ]);
    expect(sentence(moved, auditRecordLabel(moved, { name: 'Lead routing' }, nameOf))).toBe(
      'moved Lead routing from the hub to the spokes: changed the reason to “Regions route their own leads.”',
    );
    const redimensioned = placement('update', [{ field: 'dimension', from: 'data_reporting', to: null }]);
    expect(sentence(redimensioned, 'Lead routing')).toBe('updated the placement of Lead routing: cleared the design dimension');
    const cleared = placement('delete', [
      { field: 'activityId', from: 'activity-gone', to: null },
      { field: 'placement', from: 'shared', to: null },
    ]);
    expect(sentence(cleared)).toBe('cleared the placement of a removed activity in shared ownership');
  });

  it('words a dimension’s emphasis by the dimension’s label and the emphasis labels', () => {
    const emphasis = (operation: AuditEntryFacts['operation'], changes: AuditEntryFacts['changes']) =>
      entry({ recordType: 'design_dimension_emphasis', recordId: 'emphasis-1', operation, changes });
    const set = emphasis('insert', [
      { field: 'dimension', from: null, to: 'field_proximity' },
      { field: 'emphasis', from: null, to: 1 },
    ]);
    expect(sentence(set)).toBe('set the emphasis of Proximity to field to Leans central');
    const changed = emphasis('update', [{ field: 'emphasis', from: 1, to: -2 }]);
    expect(sentence(changed, auditRecordLabel(changed, { metricName: 'field_proximity' }, nameOf))).toBe(
      'changed the emphasis of Proximity to field from Leans central to Strongly local',
    );
    expect(auditRecordLabel(changed, {}, nameOf)).toBe('a design dimension');
  });

  it('uses labels for enum values, never the key', () => {
    expect(describeAuditChange({ field: 'direction', from: 'lower_is_better', to: 'higher_is_better' }, 'update', nameOf)).toBe(
      'changed the direction from Lower is better to Higher is better',
    );
    expect(describeAuditChange({ field: 'unit', from: 'hours', to: 'percent' }, 'update', nameOf)).toBe('changed the unit of measure from Hours to Percent');
    expect(formatAuditValue('status', 'in_review', nameOf)).toBe('In review');
    expect(formatAuditValue('targetModel', 'hub_and_spoke', nameOf)).toBe('Hub-and-spoke');
    expect(formatAuditValue('role', 'regional_partner', nameOf)).toBe('Regional RevOps partner');
  });

  it('names referenced records and never shows an id, even when the record is gone', () => {
    expect(formatAuditValue('ownerId', 'user-erin', nameOf)).toBe('Erin Walsh');
    expect(formatAuditValue('ownerId', '6f1d0c8e-0000-4000-8000-000000000000', nameOf)).toBe('a former member');
    expect(formatAuditValue('unitIds', ['unit-dach', 'gone'], nameOf)).toBe('DACH and a removed unit');
  });

  it('formats dates, booleans, numbers and empty values', () => {
    expect(formatAuditValue('targetDate', '2026-12-18', nameOf)).toBe('Dec 18, 2026');
    expect(formatAuditValue('archivedAt', '2026-03-02T10:15:00+00:00', nameOf)).toBe('Mar 2, 2026');
    expect(formatAuditValue('active', false, nameOf)).toBe('No');
    expect(formatAuditValue('target', 8.5, nameOf)).toBe('8.5');
    expect(formatAuditValue('note', '', nameOf)).toBe('—');
    expect(describeAuditChange({ field: 'note', from: 'Old words', to: '' }, 'update', nameOf)).toBe('cleared the note');
    expect(describeAuditChange({ field: 'note', from: '', to: 'Waiting on IT' }, 'update', nameOf)).toBe('changed the note to “Waiting on IT”');
    expect(describeAuditChange({ field: 'targetDate', from: null, to: '2026-12-18' }, 'update', nameOf)).toBe('set the target date to Dec 18, 2026');
  });

  it('reads as one sentence with the record named', () => {
    expect(sentence(entry({ changes: [{ field: 'status', from: 'running', to: 'decided' }] }), 'UK lead routing')).toBe(
      'updated the pilot UK lead routing: changed the status from Running to Decided',
    );
    expect(
      sentence(
        entry({
          recordType: 'program_unit',
          operation: 'insert',
          recordId: 'row-1',
          changes: [
            { field: 'unitId', from: null, to: 'unit-dach' },
            { field: 'programId', from: null, to: 'program-1' },
            { field: 'status', from: null, to: 'not_started' },
            { field: 'note', from: null, to: '' },
          ],
        }),
      ),
    ).toBe('added DACH to the rollout');
    expect(sentence(entry({ recordType: 'program_member', operation: 'insert', recordId: 'user-erin', changes: [{ field: 'role', from: null, to: 'steering' }] }))).toBe(
      'added Erin Walsh as Steering committee',
    );
    expect(
      sentence(
        entry({
          recordType: 'phase_change',
          operation: 'insert',
          recordId: 'pc-1',
          changes: [
            { field: 'programId', from: null, to: 'program-1' },
            { field: 'fromPhase', from: null, to: 'design' },
            { field: 'toPhase', from: null, to: 'pilot' },
            { field: 'reason', from: null, to: 'Design signed off' },
          ],
        }),
      ),
    ).toBe('moved Global hub-and-spoke RevOps to the Pilot phase: Previous phase: Design; Reason: “Design signed off”');
    expect(sentence(entry({ recordType: 'user', recordId: 'user-erin', actorId: 'user-priya', changes: [{ field: 'passwordChangedAt', from: null, to: '2026-11-02T09:00:00Z' }] }))).toBe(
      'reset the password of Erin Walsh',
    );
    expect(sentence(entry({ recordType: 'user', recordId: 'user-erin', actorId: 'user-erin', changes: [{ field: 'passwordChangedAt', from: null, to: '2026-11-02T09:00:00Z' }] }))).toBe(
      'changed the password of Erin Walsh',
    );
    expect(sentence(entry({ recordType: 'program_unit', recordId: 'row-1', changes: [{ field: 'status', from: 'preparing', to: 'blocked' }] }), 'US West')).toBe(
      'updated US West: changed the status from Preparing to Blocked',
    );
  });

  it('words the assessment grid, its catalog and reminders with names and labels', () => {
    const cell = entry({
      recordType: 'assessment_cell',
      operation: 'update',
      recordId: 'cell-1',
      changes: [
        { field: 'performer', from: 'central', to: 'both' },
        { field: 'maturity', from: 2, to: 3 },
        { field: 'decides', from: false, to: true },
        { field: 'activityId', from: 'activity-1', to: 'activity-1' },
      ],
    });
    const cellLabel = auditRecordLabel(cell, { name: 'Lead routing', unitName: 'DACH' }, nameOf);
    expect(cellLabel).toBe('Lead routing for DACH');
    expect(sentence(cell, cellLabel)).toBe(
      'updated the assessment of Lead routing for DACH: claimed the decision; changed the maturity from 2/5 to 3/5; changed who does it from Central team to Both',
    );
    const centralCell = entry({ recordType: 'assessment_cell', operation: 'insert', recordId: 'cell-2', changes: [{ field: 'performer', from: null, to: 'nobody' }] });
    expect(sentence(centralCell, auditRecordLabel(centralCell, { name: 'Dashboards' }, nameOf))).toBe('assessed Dashboards for the central team: Who does it: Nobody');
    const activity = entry({ recordType: 'activity', operation: 'update', recordId: 'a-1', changes: [{ field: 'name', from: 'Routing', to: 'Lead routing' }] });
    expect(sentence(activity, 'Lead routing')).toBe('updated the activity Lead routing: changed the name from Routing to Lead routing');
    const reminder = entry({ recordType: 'assessment_reminder', operation: 'insert', recordId: 'r-1', changes: [{ field: 'unitId', from: null, to: 'unit-dach' }, { field: 'sentById', from: null, to: 'user-priya' }] });
    expect(sentence(reminder)).toBe('reminded DACH to fill its rows of the assessment');
    const override = entry({
      recordType: 'phase_change',
      operation: 'insert',
      recordId: 'pc-2',
      changes: [
        { field: 'programId', from: null, to: 'program-1' },
        { field: 'fromPhase', from: null, to: 'assess' },
        { field: 'toPhase', from: null, to: 'align' },
        { field: 'gateOverrideReason', from: null, to: 'Workshop is booked' },
      ],
    });
    expect(sentence(override)).toBe('moved Global hub-and-spoke RevOps to the Align phase: Previous phase: Assess; Reason for overriding the gate: “Workshop is booked”');
  });

  it('labels records from the server’s facts, then from the entry’s own values', () => {
    const checkIn = entry({ recordType: 'check_in', recordId: 'ci-1', changes: [{ field: 'status', from: 'green', to: 'amber' }] });
    expect(auditRecordLabel(checkIn, { unitName: 'DACH', day: '2026-11-23' }, nameOf)).toBe('DACH, week of Nov 23, 2026');
    const deletedPilot = entry({ operation: 'delete', changes: [{ field: 'name', from: 'Old pilot', to: null }] });
    expect(auditRecordLabel(deletedPilot, {}, nameOf)).toBe('Old pilot');
    expect(auditRecordLabel(entry({ recordId: 'gone', changes: [] }), {}, nameOf)).toBe('a deleted pilot');
    const value = entry({ recordType: 'measurement', recordId: 'm-1', changes: [{ field: 'value', from: 12, to: 11.5 }] });
    expect(auditRecordLabel(value, { metricName: 'Lead response time', unitName: 'DACH', day: '2026-11-23' }, nameOf)).toBe('Lead response time in DACH on Nov 23, 2026');
  });

  it('lists the ids an entry refers to, by kind, so the server can name them in one batch', () => {
    expect(
      auditReferences(
        entry({
          changes: [
            { field: 'comparisonUnitIds', from: ['unit-nord'], to: ['unit-frb'] },
            { field: 'ownerId', from: null, to: 'user-erin' },
            { field: 'name', from: 'a', to: 'b' },
          ],
        }),
      ),
    ).toEqual([
      { kind: 'unit', id: 'unit-nord' },
      { kind: 'unit', id: 'unit-frb' },
      { kind: 'user', id: 'user-erin' },
    ]);
  });

  it('joins names as a reader would', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('history wording of the assessment inventory', () => {
  it('names a tool, its category and the units using it; a baseline by its KPI and unit; staffing by its unit', () => {
    const tool = entry({
      operation: 'update',
      recordType: 'program_tool',
      recordId: 'tool-1',
      changes: [
        { field: 'category', from: 'other', to: 'analytics_bi' },
        { field: 'usingUnitIds', from: [], to: ['unit-nord'] },
        { field: 'annualCost', from: 50000, to: 60000 },
      ],
    });
    expect(sentence(tool, auditRecordLabel(tool, { name: 'Looker' }, nameOf))).toBe(
      'updated the tool Looker: changed the annual cost ($) from 50000 to 60000; changed the category from Other to Analytics / BI; added Nordics as a unit using it',
    );
    const baseline = entry({ operation: 'insert', recordType: 'assessment_baseline', recordId: 'b-1', changes: [{ field: 'value', from: null, to: 64.5 }] });
    expect(sentence(baseline, auditRecordLabel(baseline, { metricName: 'crm_data_completeness', unitName: 'Nordics' }, nameOf))).toBe(
      'recorded the baseline of CRM data completeness in Nordics: Value: 64.5',
    );
    const staffing = entry({ operation: 'update', recordType: 'unit_staffing', recordId: 's-1', changes: [{ field: 'complexity', from: 'standard', to: 'highly_complex' }] });
    expect(sentence(staffing, auditRecordLabel(staffing, { unitName: 'DACH' }, nameOf))).toBe('updated the staffing of DACH: changed the go-to-market complexity from Standard (early or mid stage) to Highly complex');
  });
});

describe('history wording of the RACI', () => {
  const cell = (operation: AuditEntryFacts['operation'], changes: AuditEntryFacts['changes']) => entry({ operation, recordType: 'raci_cell', recordId: 'cell-1', changes });
  const cellFacts = { name: 'Forecasting', metricName: 'Finance' };
  const said = (facts: AuditEntryFacts, label: string) => auditSentence(describeAuditEntry(facts, label, nameOf));

  it('tells a cell by its domain and role, with the letter’s label', () => {
    const set = cell('insert', [
      { field: 'domainId', from: null, to: 'domain-1' },
      { field: 'roleId', from: null, to: 'role-1' },
      { field: 'value', from: null, to: 'A' },
    ]);
    expect(said(set, auditRecordLabel(set, cellFacts, nameOf))).toBe('set Forecasting × Finance to Accountable');
    expect(said(cell('update', [{ field: 'value', from: 'R', to: 'C' }]), 'Forecasting × Finance')).toBe('changed Forecasting × Finance from Responsible to Consulted');
    expect(said(cell('delete', [{ field: 'value', from: 'I', to: null }]), 'Forecasting × Finance')).toBe('cleared Forecasting × Finance (was Informed)');
    // A cell whose domain and role are gone still reads as a sentence.
    expect(auditRecordLabel(cell('delete', []), {}, nameOf)).toBe('a removed domain × a removed role');
  });

  it('names domains with their linked activity, roles with their side, and the matrix’s sign-off', () => {
    const domain = entry({
      operation: 'insert',
      recordType: 'raci_domain',
      recordId: 'domain-1',
      changes: [
        { field: 'name', from: null, to: 'Lead routing' },
        { field: 'activityId', from: null, to: 'activity-routing' },
        { field: 'position', from: null, to: 3 },
      ],
    });
    expect(sentence(domain)).toBe('added the RACI domain Lead routing: Linked activity: Lead routing');
    const relinked = entry({ recordType: 'raci_domain', recordId: 'domain-1', changes: [{ field: 'activityId', from: 'activity-routing', to: 'activity-forecast' }] });
    expect(said(relinked, 'Lead routing')).toBe('updated the RACI domain Lead routing: changed the linked activity from Lead routing to Forecasting framework');
    const role = entry({ recordType: 'raci_role', recordId: 'role-1', changes: [{ field: 'side', from: 'either', to: 'hub' }] });
    expect(said(role, 'Sales leadership')).toBe('updated the RACI role Sales leadership: changed the side from Either side to Hub');

    const matrix = (changes: AuditEntryFacts['changes'], operation: AuditEntryFacts['operation'] = 'update') => entry({ operation, recordType: 'raci_matrix', recordId: 'm-1', changes });
    expect(said(matrix([{ field: 'programId', from: null, to: 'program-1' }], 'insert'), 'Global hub-and-spoke RevOps')).toBe('started the RACI of Global hub-and-spoke RevOps');
    const final = matrix([
      { field: 'final', from: false, to: true },
      { field: 'acknowledgedWarningKeys', from: [], to: ['many_consulted:d:a,b,c,e', 'accountable_side:d:r:hub'] },
      { field: 'markedFinalById', from: null, to: 'user-priya' },
    ]);
    expect(said(final, 'Global hub-and-spoke RevOps')).toBe('marked the RACI of Global hub-and-spoke RevOps final: acknowledged 2 warnings');
    expect(said(matrix([{ field: 'final', from: true, to: false }]), 'Global hub-and-spoke RevOps')).toBe('reopened the RACI of Global hub-and-spoke RevOps');
  });
});
