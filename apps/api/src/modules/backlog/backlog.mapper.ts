import { FRAMEWORK_DESCRIPTIONS, FRAMEWORK_FORMULAS, ownershipSentence, requestNumber } from '@rollout/domain';
import type { BacklogModel, RevopsRequestModel } from './backlog.model.js';
import type { BacklogView, RequestView } from './backlog.view.js';

export function toRequestModel(view: RequestView): RevopsRequestModel {
  const { row } = view;
  return {
    id: row.id,
    version: row.version,
    programId: row.program_id,
    number: row.number,
    label: requestNumber(row.number),
    problem: row.problem,
    impact: row.impact,
    wishedOn: row.wished_on,
    status: row.status,
    typeId: row.type_id,
    typeName: row.type_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    activityId: row.activity_id,
    activityName: row.activity_name === null ? null : `${row.capability_name ?? ''} › ${row.activity_name}`,
    teamKey: view.teamKey,
    teamName: view.teamName,
    ownership: ownershipSentence(row.placement, row.activity_name, row.unit_name),
    filedByName: row.filed_by_name,
    filedAt: row.created_at,
    requesterCount: row.requester_count,
    score: { ...view.parts, value: view.score, formula: view.formula },
    rank: view.rank,
    rankReason: view.rankReason,
    sla: view.sla,
    approval:
      view.approvalNeeded && row.standard_domain && row.standard_role
        ? { domainName: row.standard_domain, accountableRole: row.standard_role, status: row.approval ?? 'pending', decidedByName: row.approved_by_name, note: row.approval_note }
        : null,
    plannedMonth: row.planned_month,
    declineReason: row.decline_reason,
    mergedIntoId: row.merged_into_id,
    mergedIntoLabel: row.merged_into_number === null ? null : requestNumber(row.merged_into_number),
    spokeUnitId: view.spokeUnitId,
  };
}

export function toBacklogModel(view: BacklogView, publicUrl: string): BacklogModel {
  const { records } = view;
  const { settings } = records;
  return {
    programId: records.programId,
    settingsVersion: settings.version,
    framework: settings.framework,
    formula: FRAMEWORK_FORMULAS[settings.framework],
    frameworkDescription: FRAMEWORK_DESCRIPTIONS[settings.framework],
    focusDaysPerPersonMonth: settings.focusDaysPerPersonMonth,
    inboundConfigured: settings.inboundConfigured,
    inboundUrl: `${publicUrl}/api/programs/${records.programId}/requests/inbound`,
    types: records.types.map(({ id, name, triageDays, deliverDays }) => ({ id, name, triageDays, deliverDays })),
    teams: view.teams,
    breachedCount: view.teams.reduce((sum, team) => sum + team.breached, 0),
    awaitingTriageCount: view.teams.reduce((sum, team) => sum + team.awaitingTriage, 0),
  };
}
