import {
  HUB_TEAM_NAME,
  formatCalendarDate,
  formatDay,
  isOpenRequest,
  needsStandardApproval,
  owningTeam,
  rankQueue,
  rankReason,
  requestSla,
  scoreFormula,
  scoreOf,
  teamKey,
  type Framework,
  type RequestSla,
  type ScoreParts,
} from '@rollout/domain';
import type { BacklogRecords, RequestRow } from './backlog.repository.js';

// A program's backlog as people read it, derived in one pass from its records: each request's
// owning team (from the placement), score, rank and the reason, service levels, approval step.

export interface RequestView {
  row: RequestRow;
  teamKey: string;
  teamName: string;
  /** The team's queue in sentences: "the hub’s queue", "EMEA’s queue". */
  queueName: string;
  /** The unit whose partners triage it; null = the hub (the program's leads). */
  spokeUnitId: string | null;
  parts: ScoreParts;
  score: number | null;
  formula: string | null;
  rank: number | null;
  rankReason: string | null;
  sla: RequestSla;
  approvalNeeded: boolean;
}

export interface TeamView {
  key: string;
  name: string;
  spokeUnitId: string | null;
  openCount: number;
  awaitingTriage: number;
  breached: number;
}

export interface BacklogView {
  records: BacklogRecords;
  requests: RequestView[];
  teams: TeamView[];
}

const num = (value: string | number | null) => (value === null ? null : Number(value));

export function partsOf(row: Pick<RequestRow, 'effort_days' | 'reach' | 'impact_score' | 'confidence' | 'business_value' | 'time_criticality' | 'risk_reduction'>): ScoreParts {
  return {
    effortDays: num(row.effort_days),
    reach: row.reach,
    impact: num(row.impact_score),
    confidence: row.confidence,
    businessValue: row.business_value,
    timeCriticality: row.time_criticality,
    riskReduction: row.risk_reduction,
  };
}

const day = (value: Date | null) => (value === null ? null : formatDay(value));

/** A request against its type's service levels on `today`, from its row (the backlog and the portfolio read it alike). */
export function slaOf(row: Pick<RequestRow, 'status' | 'type_name' | 'triage_days' | 'deliver_days' | 'created_at' | 'triaged_at' | 'delivered_at'>, today: string): RequestSla {
  return requestSla(
    { status: row.status, typeName: row.type_name, triageDays: row.triage_days, deliverDays: row.deliver_days, filedOn: formatDay(row.created_at), triagedOn: day(row.triaged_at), deliveredOn: day(row.delivered_at) },
    today,
  );
}

export function buildBacklogView(records: BacklogRecords, today: string): BacklogView {
  const framework: Framework = records.settings.framework;
  const base = records.requests.map((row) => {
    const team = owningTeam(row.placement, row.unit_id);
    const key = teamKey(team);
    const teamName = team.kind === 'hub' ? HUB_TEAM_NAME : row.unit_name;
    const parts = partsOf(row);
    return {
      row,
      teamKey: key,
      teamName,
      queueName: team.kind === 'hub' ? 'the hub’s queue' : `${row.unit_name}’s queue`,
      spokeUnitId: team.kind === 'spoke' ? team.unitId : null,
      parts,
      score: scoreOf(framework, parts),
      formula: scoreFormula(framework, parts),
      sla: slaOf(row, today),
      approvalNeeded: needsStandardApproval(team, row.standard_domain && row.standard_role ? { domainName: row.standard_domain, accountableRole: row.standard_role } : null),
    };
  });

  // Only requests still asking for work are ranked: a delivered one has no place in the queue.
  const ranks = new Map<string, { rank: number | null; tiedWith: number[] }>();
  const rankedOrder = new Map<string, string[]>();
  for (const key of new Set(base.map((request) => request.teamKey))) {
    const queue = base.filter((request) => request.teamKey === key && isOpenRequest(request.row.status) && request.row.status !== 'new');
    const ranked = rankQueue(queue.map((request) => ({ id: request.row.id, number: request.row.number, score: request.score, raisedAt: request.row.raised_at, filedAt: request.row.created_at })));
    for (const entry of ranked) ranks.set(entry.id, entry);
    rankedOrder.set(key, ranked.filter((entry) => entry.rank !== null).map((entry) => entry.id));
  }
  const byId = new Map(base.map((request) => [request.row.id, request]));

  const requests: RequestView[] = base.map((request) => {
    const ranked = ranks.get(request.row.id);
    if (!ranked) return { ...request, rank: null, rankReason: null };
    const order = rankedOrder.get(request.teamKey) ?? [];
    const position = order.indexOf(request.row.id);
    const above = position > 0 ? byId.get(order[position - 1] ?? '') : undefined;
    const raisedBy = request.row.raised_title && request.row.raised_at ? { title: request.row.raised_title, forumName: request.row.raised_forum ?? 'forum', decidedOn: formatCalendarDate(formatDay(request.row.raised_at)) } : null;
    return {
      ...request,
      rank: ranked.rank,
      rankReason: rankReason({
        framework,
        queueName: request.queueName,
        rank: ranked.rank,
        rankedCount: order.length,
        parts: request.parts,
        tiedWith: ranked.tiedWith,
        above: above && !above.row.raised_at ? { number: above.row.number, score: above.score } : null,
        raisedBy,
      }),
    };
  });

  const teams: TeamView[] = [{ key: 'hub', name: HUB_TEAM_NAME, spokeUnitId: null }, ...records.units.map((unit) => ({ key: unit.id, name: unit.name, spokeUnitId: unit.id }))].map((team) => {
    const open = requests.filter((request) => request.teamKey === team.key && isOpenRequest(request.row.status));
    return { ...team, openCount: open.length, awaitingTriage: open.filter((request) => request.row.status === 'new').length, breached: open.filter((request) => request.sla.breach !== null).length };
  });
  return { records, requests, teams };
}

