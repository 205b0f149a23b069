import { AGENDA_TOP_REQUESTS, GATE_DUE_WITHIN_DAYS, isOpenRequest, requestNumber, shiftDays, type AgendaFacts } from '@rollout/domain';
import type { RequestLoaders } from '../../common/graphql/loaders.js';
import { ASSESSMENT_BY_PROGRAM } from '../assessments/assessments.loaders.js';
import { BACKLOG_BY_PROGRAM } from '../backlog/backlog.loaders.js';
import { UNIT_REPORTS_BY_PILOT } from '../check-ins/check-ins.loaders.js';
import { DECISIONS_BY_PROGRAM } from '../decisions/decisions.loaders.js';
import { PILOTS_BY_PROGRAM } from '../pilots/pilots.loaders.js';
import { UNIT_BY_ID } from '../units/units.loaders.js';
import { ROLLOUT_PLAN_BY_PROGRAM } from '../waves/waves.loaders.js';
import type { GovernanceRepository } from './governance.repository.js';

/**
 * What the program's state says a meeting on `meetingDay` should look at, read through the other
 * features' loaders so each fact (a unit's staleness, a wave's pause, a finding) is derived by the
 * one rule that derives it everywhere else. `since` is the forum's previous meeting.
 */
export async function readAgendaFacts(loaders: RequestLoaders, governance: GovernanceRepository, programId: string, since: Date, now: Date, meetingDay: string): Promise<AgendaFacts> {
  const [pilots, decisions, plan, assessment, backlog, stageChanges, overdueActions] = await Promise.all([
    loaders.get(PILOTS_BY_PROGRAM).load(programId),
    loaders.get(DECISIONS_BY_PROGRAM).load(programId),
    loaders.get(ROLLOUT_PLAN_BY_PROGRAM).load(programId),
    loaders.get(ASSESSMENT_BY_PROGRAM).load(programId),
    loaders.get(BACKLOG_BY_PROGRAM).load(programId),
    governance.stageChanges(programId, since, now),
    governance.overdueActions(programId, meetingDay),
  ]);
  const running = pilots.filter((pilot) => pilot.status === 'running');
  const reports = (await Promise.all(running.map((pilot) => loaders.get(UNIT_REPORTS_BY_PILOT).load(pilot)))).flat();
  const units = await loaders.get(UNIT_BY_ID).loadMany([...new Set(reports.map((report) => report.unitId))]);
  const unitName = new Map(units.flatMap((unit) => (unit && !(unit instanceof Error) ? [[unit.id, unit.name] as const] : [])));
  const pilotName = new Map(pilots.map((pilot) => [pilot.id, pilot.name]));
  const named = (report: (typeof reports)[number]) => ({ pilotId: report.pilotId, pilotName: pilotName.get(report.pilotId) ?? 'a pilot', unitId: report.unitId, unitName: unitName.get(report.unitId) ?? 'A unit' });
  const gateDay = shiftDays(meetingDay, GATE_DUE_WITHIN_DAYS);

  return {
    stageChanges,
    gateDecisions: decisions.filter((decision) => decision.decidedAt >= since).map((decision) => ({ pilotId: decision.pilotId, pilotName: pilotName.get(decision.pilotId) ?? 'a pilot', decision: decision.decision, decidedAt: decision.decidedAt })),
    redUnits: reports.filter((report) => report.lastCheckIn?.status === 'red').map((report) => ({ ...named(report), blockers: report.lastCheckIn?.blockers ?? '' })),
    staleUnits: reports.filter((report) => report.stale).map((report) => ({ ...named(report), lastCheckInOn: report.lastCheckIn?.submittedOn ?? null })),
    pilotsAtGate: pilots
      .filter((pilot) => pilot.status === 'in_review' || (pilot.status === 'running' && pilot.endDate <= gateDay))
      .map((pilot) => ({ pilotId: pilot.id, pilotName: pilot.name, endDate: pilot.endDate })),
    pausedWaves: (plan?.waves ?? []).flatMap((wave) => (wave.pausedReason ? [{ waveId: wave.id, waveName: wave.name, reason: wave.pausedReason }] : [])),
    blockedWaveUnits: (plan?.waves ?? []).flatMap((wave) =>
      wave.units.filter((unit) => unit.stage === 'blocked').map((unit) => ({ waveId: wave.id, waveName: wave.name, unitName: unit.unitName, reason: unit.stageReason })),
    ),
    overdueActions,
    openFindings: (assessment?.findings ?? []).map((finding) => ({ key: `${finding.kind}:${finding.activityId}`, summary: finding.summary, severity: finding.severity })),
    backlogBreaches: backlog.requests.flatMap((request) =>
      request.sla.breach !== null && isOpenRequest(request.row.status) ? [{ ...requestFacts(request), breach: request.sla.breach }] : [],
    ),
    topRequests: backlog.requests
      .filter((request) => request.rank !== null && request.rank <= AGENDA_TOP_REQUESTS)
      .sort((a, b) => a.teamName.localeCompare(b.teamName) || (a.rank ?? 0) - (b.rank ?? 0))
      .map((request) => ({ ...requestFacts(request), rank: request.rank ?? 0 })),
  };
}

const requestFacts = (request: { row: { id: string; number: number; problem: string }; teamName: string }) => ({
  requestId: request.row.id,
  label: requestNumber(request.row.number),
  problem: request.row.problem,
  teamName: request.teamName,
});
