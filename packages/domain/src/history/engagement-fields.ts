import { FRAMEWORK_LABELS } from '../engagement/prioritisation.js';

// The change history's words for the backlog's fields, apart from its wording (audit-values reads them at load).

/** The words for the fields of requests, their types and the backlog's settings. */
export const ENGAGEMENT_FIELD_LABELS: Readonly<Record<string, string>> = {
  problem: 'problem',
  impact: 'business impact',
  wishedOn: 'wished date',
  typeId: 'type',
  effortDays: 'effort (person-days)',
  reach: 'reach',
  impactScore: 'impact',
  businessValue: 'business value',
  timeCriticality: 'time criticality',
  riskReduction: 'risk reduction',
  plannedMonth: 'planned month',
  declineReason: 'reason for declining',
  approvalNote: 'the hub’s note',
  triageDays: 'days to triage',
  deliverDays: 'days to deliver',
  framework: 'prioritisation framework',
  focusDaysPerPersonMonth: 'focus days per person a month',
};

export const ENGAGEMENT_ENUM_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = { framework: FRAMEWORK_LABELS };
