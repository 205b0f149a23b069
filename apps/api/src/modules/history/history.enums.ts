import { registerEnumType } from '@nestjs/graphql';
import { AUDIT_OPERATIONS } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';
import { AUDIT_RECORD_TYPES } from '../../database/audited-tables.js';

// GraphQL enums owned by the history feature, registered when its models load.
export const AuditRecordTypeEnum = enumOf(AUDIT_RECORD_TYPES);
export const AuditOperationEnum = enumOf(AUDIT_OPERATIONS);

registerEnumType(AuditRecordTypeEnum, {
  name: 'AuditRecordType',
  description: 'Kind of audited record.',
  valuesMap: described({
    program: 'A program.',
    program_unit: 'A unit’s rollout status in a program.',
    program_member: 'A user’s role in a program.',
    unit: 'An organization unit.',
    user: 'A user account.',
    unit_assignment: 'A regional partner’s assignment to a unit.',
    pilot: 'A pilot.',
    success_metric: 'A pilot’s success metric.',
    measurement: 'A measured value of a success metric.',
    check_in: 'A pilot unit’s weekly check-in.',
    decision: 'A gate decision on a pilot.',
    lesson: 'A lesson learned in a pilot.',
    organization: 'The organization itself.',
    phase_change: 'A program moving to another phase, with who moved it and why.',
    measurement_import: 'A spreadsheet of measured values uploaded to a pilot, and its import.',
    capability: 'A capability in a program’s assessment catalog.',
    activity: 'An activity in a program’s assessment catalog.',
    assessment_cell: 'Who does an activity for a unit (or the central team) today.',
    assessment_reminder: 'A reminder to a unit to fill its rows of the assessment.',
    program_tool: 'A tool in a program’s tool inventory.',
    assessment_baseline: 'A KPI’s baseline value recorded in a program’s assessment.',
    unit_staffing: 'A unit’s staffing snapshot (RevOps people, sellers) in a program’s assessment.',
    design_principle: 'A design principle of a program’s Align phase.',
    stakeholder_weights: 'One stakeholder’s weights for the design principles.',
    model_score: 'A score in the decision matrix: one model against one principle.',
    company_profile: 'The company facts behind the operating-model guidance.',
    model_choice: 'A recorded choice of operating model, with its rationale.',
    activity_placement: 'Where a catalog activity sits in a program’s target model (hub, spokes or shared), and why.',
    design_dimension_emphasis: 'How far a design dimension leans central or local in a program’s target model.',
    raci_matrix: 'A program’s RACI as a whole: marked final or reopened.',
    raci_domain: 'A decision domain (row) of a program’s RACI.',
    raci_role: 'A role (column) of a program’s RACI.',
    raci_cell: 'One letter of a program’s RACI: a role’s part in a domain.',
    planned_role: 'A role of a program’s target headcount plan, in the hub or a unit’s spoke.',
    design_version: 'A version of a program’s target design: started as a draft, signed off by the steering committee.',
    rollout_plan: 'A program’s roll-out plan: the pilot it scales, the adoption rule and the readiness weights.',
    rollout_wave: 'A wave of a program’s roll-out: its name and planned dates.',
    wave_unit: 'A unit in a roll-out wave: which wave, its readiness checklist, people trained and local sponsor.',
    wave_unit_move: 'A unit’s move through the roll-out (e.g. ready to live), with who moved it and why.',
    forum: 'A recurring forum of a program’s operating rhythm: its schedule, purpose and attendees.',
    meeting: 'A meeting of a forum: cancelled, moved, started, ended; its attendance and notes.',
    meeting_decision: 'A decision a forum took, in the program’s decision log.',
    action_item: 'An action item a forum handed out: its owner, due day and status.',
    webhook: 'Where a program’s reminders are posted: its name, address, format and whether it is on (never its secret).',
    request: 'A request to the RevOps backlog: its wording, score, status, approval and merges.',
    request_type: 'A kind of backlog request and its service levels.',
    backlog_settings: 'How a program ranks its backlog and counts capacity (never the inbound secret).',
  }),
});
registerEnumType(AuditOperationEnum, {
  name: 'AuditOperation',
  description: 'What happened to the record.',
  valuesMap: described({ insert: 'Created.', update: 'Changed.', delete: 'Deleted.' }),
});
