import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttentionFacts, ProgramPhase, ProgramStatus, RagStatus, UnitKind, WaveMetric, WaveUnitStage } from '@rollout/domain';
import { DataSource } from 'typeorm';

export interface PortfolioProgramRow {
  id: string;
  name: string;
  phase: ProgramPhase;
  status: ProgramStatus;
  ownerId: string;
  ownerName: string;
  /** Moved by the database in the commit of any change to what the portfolio computes for the program (`program_data_version`). */
  dataVersion: string;
}

/** An active pilot as the attention list reads it, with what its evaluation is computed from. */
export type AttentionPilotRow = AttentionFacts['pilots'][number] & { startDate: string; unitIds: string[]; comparisonUnitIds: string[] };

/** A wave unit working on the new model (live, adopted, or blocked while live), where a breached guardrail pauses its wave. */
export interface WaveUnitOnTheModel {
  waveId: string;
  waveName: string;
  /** The wave's planned start: its units' metrics count from that week. */
  since: string;
  programId: string;
  programName: string;
  pilotId: string;
  unitId: string;
  unitName: string;
  stage: WaveUnitStage;
  blockedFrom: WaveUnitStage | null;
  baselines: Record<string, number | null>;
}

// Wave units of active programs that work on the new model; the pause rule itself is the domain's `wavePause`.
const waveUnitsOnTheModel = (joins: string) => `wave_unit wu JOIN rollout_wave w ON w.id = wu.wave_id JOIN rollout_plan pl ON pl.id = wu.plan_id
   JOIN program p ON p.id = wu.program_id AND p.archived_at IS NULL ${joins}
  WHERE wu.org_id = $1 AND (wu.stage IN ('live', 'adopted') OR (wu.stage = 'blocked' AND wu.blocked_from = 'live'))`;

/** The portfolio's SQL: its programs, their units and trends; what needs attention, one statement per kind (the backlog's breaches are the backlog repository's). */
@Injectable()
export class PortfolioRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each organization with active executives: who they are, and how many requests RevOps delivered in the seven days before `today`. */
  async digestAudiences(today: string): Promise<{ orgId: string; executiveIds: string[]; deliveredLastWeek: number }[]> {
    return this.dataSource.query(
      `SELECT u.org_id AS "orgId", array_agg(u.id ORDER BY u.id) AS "executiveIds",
              (SELECT count(*)::int FROM revops_request r WHERE r.org_id = u.org_id AND r.status = 'delivered' AND r.delivered_at >= $1::date - 7 AND r.delivered_at < $1::date) AS "deliveredLastWeek"
         FROM app_user u WHERE u.role = 'executive' AND u.active GROUP BY u.org_id`,
      [today],
    );
  }

  /** Units' names by id. */
  async unitNames(unitIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.dataSource.query<{ id: string; name: string }[]>(`SELECT id, name FROM unit WHERE id = ANY ($1::uuid[])`, [unitIds]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** The attention list's facts; its pilots carry what their evaluations are computed from. */
  async attentionFacts(orgId: string, today: string): Promise<Omit<AttentionFacts, 'breachedRequests' | 'greenOffTrack' | 'pausedWaves' | 'pilots'> & { pilots: AttentionPilotRow[] }> {
    const [pilots, blockedUnits, overdueActions] = await Promise.all([
      this.dataSource.query<AttentionPilotRow[]>(
        `SELECT pl.id, pl.program_id AS "programId", p.name AS "programName", pl.name, pl.status::text AS status, pl.start_date::text AS "startDate", pl.end_date::text AS "endDate",
                pl.unit_ids AS "unitIds", pl.comparison_unit_ids AS "comparisonUnitIds"
           FROM pilot pl JOIN program p ON p.id = pl.program_id AND p.archived_at IS NULL
          WHERE pl.org_id = $1 AND pl.status IN ('running', 'in_review')`,
        [orgId],
      ),
      this.dataSource.query<AttentionFacts['blockedUnits'][number][]>(
        `SELECT pu.program_id AS "programId", p.name AS "programName", u.id AS "unitId", u.name AS "unitName", pu.note
           FROM program_unit pu JOIN program p ON p.id = pu.program_id AND p.archived_at IS NULL JOIN unit u ON u.id = pu.unit_id
          WHERE pu.org_id = $1 AND pu.blocked`,
        [orgId],
      ),
      this.dataSource.query<AttentionFacts['overdueActions'][number][]>(
        `SELECT a.id, a.program_id AS "programId", p.name AS "programName", a.meeting_id AS "meetingId", a.title, u.name AS "ownerName", a.due_on::text AS "dueOn"
           FROM action_item a JOIN program p ON p.id = a.program_id AND p.archived_at IS NULL JOIN app_user u ON u.id = a.owner_id
          WHERE a.org_id = $1 AND a.status = 'open' AND a.due_on < $2`,
        [orgId, today],
      ),
    ]);
    return { pilots, blockedUnits, overdueActions };
  }

  /**
   * What tells whether a roll-out wave is paused, for every active program at once (three statements
   * in one round trip): its units on the new model, the scaled pilots' guardrails, and those units'
   * weekly means of the guardrails from their wave's first week.
   */
  async waveGuardrails(orgId: string): Promise<{
    units: WaveUnitOnTheModel[];
    guardrails: (WaveMetric & { pilotId: string })[];
    weekly: { metricId: string; unitId: string; week: string; value: number }[];
  }> {
    const [units, guardrails, weekly] = await Promise.all([
      this.dataSource.query<WaveUnitOnTheModel[]>(
        `SELECT w.id AS "waveId", w.name AS "waveName", to_char(w.planned_start, 'YYYY-MM-DD') AS since, p.id AS "programId", p.name AS "programName",
                pl.pilot_id AS "pilotId", wu.unit_id AS "unitId", u.name AS "unitName", wu.stage, wu.blocked_from AS "blockedFrom", wu.baselines
           FROM ${waveUnitsOnTheModel('JOIN unit u ON u.id = wu.unit_id')}
          ORDER BY w.planned_start, w.name, u.name`,
        [orgId],
      ),
      this.dataSource.query<(WaveMetric & { pilotId: string })[]>(
        `SELECT sm.id, sm.pilot_id AS "pilotId", sm.name, sm.direction, sm.kind, sm.baseline, sm.target, sm.tolerance
           FROM success_metric sm WHERE sm.kind = 'guardrail' AND sm.pilot_id IN (SELECT pl.pilot_id FROM rollout_plan pl JOIN program p ON p.id = pl.program_id AND p.archived_at IS NULL WHERE pl.org_id = $1)
          ORDER BY sm.created_at, sm.id`,
        [orgId],
      ),
      this.dataSource.query<{ metricId: string; unitId: string; week: string; value: number }[]>(
        `SELECT m.metric_id AS "metricId", m.unit_id AS "unitId", to_char(date_trunc('week', m.date), 'YYYY-MM-DD') AS week, avg(m.value) AS value
           FROM ${waveUnitsOnTheModel(`JOIN success_metric sm ON sm.pilot_id = pl.pilot_id AND sm.kind = 'guardrail'
                JOIN measurement m ON m.metric_id = sm.id AND m.unit_id = wu.unit_id AND m.date >= date_trunc('week', w.planned_start)`)}
          GROUP BY 1, 2, 3`,
        [orgId],
      ),
    ]);
    return { units, guardrails, weekly: weekly.map((row) => ({ ...row, value: Number(row.value) })) };
  }

  /** The organization's active programs, by name, narrowed by owner, phase and the units they work with (null: any). */
  async programs(orgId: string, filter: { ownerId: string | null; phase: ProgramPhase | null; unitIds: readonly string[] | null }): Promise<PortfolioProgramRow[]> {
    return this.dataSource.query(
      `SELECT p.id, p.name, p.phase, p.status, p.owner_id AS "ownerId", u.name AS "ownerName", coalesce(v.version, 0)::text AS "dataVersion"
         FROM program p JOIN app_user u ON u.id = p.owner_id LEFT JOIN program_data_version v ON v.program_id = p.id
        WHERE p.org_id = $1 AND p.archived_at IS NULL
          AND ($2::uuid IS NULL OR p.owner_id = $2) AND ($3::program_phase IS NULL OR p.phase = $3)
          AND ($4::uuid[] IS NULL OR EXISTS (SELECT 1 FROM program_unit pu WHERE pu.program_id = p.id AND pu.unit_id = ANY ($4::uuid[])))
        ORDER BY p.name, p.id`,
      [orgId, filter.ownerId, filter.phase, filter.unitIds],
    );
  }

  /** What the filters offer: the units of every active program's roll-out, and the people who own an active program, by name. */
  async filterChoices(orgId: string): Promise<{ unitIds: string[]; owners: { id: string; name: string }[] }> {
    const [units, owners] = await Promise.all([
      this.dataSource.query<{ unitId: string }[]>(
        `SELECT DISTINCT pu.unit_id AS "unitId" FROM program_unit pu JOIN program p ON p.id = pu.program_id AND p.archived_at IS NULL WHERE pu.org_id = $1`,
        [orgId],
      ),
      this.dataSource.query<{ id: string; name: string }[]>(
        `SELECT u.id, u.name FROM app_user u WHERE u.id IN (SELECT owner_id FROM program WHERE org_id = $1 AND archived_at IS NULL) ORDER BY u.name, u.id`,
        [orgId],
      ),
    ]);
    return { unitIds: units.map((row) => row.unitId), owners };
  }

  async programUnits(programIds: readonly string[]): Promise<{ programId: string; unitId: string; blocked: boolean }[]> {
    return this.dataSource.query(`SELECT program_id AS "programId", unit_id AS "unitId", blocked FROM program_unit WHERE program_id = ANY ($1::uuid[])`, [programIds]);
  }

  /** Every unit of the organization, for the region tree and the filters (a company has hundreds). */
  async units(orgId: string): Promise<{ id: string; name: string; kind: UnitKind; parentId: string | null }[]> {
    return this.dataSource.query(`SELECT id, name, kind, parent_id AS "parentId" FROM unit WHERE org_id = $1`, [orgId]);
  }

  /** Each unit's latest check-in in the programs since `since` (any of the program's pilots), newest week first. */
  async latestCheckIns(programIds: readonly string[], since: string): Promise<{ programId: string; unitId: string; pilotId: string; status: RagStatus }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (program_id, unit_id) program_id AS "programId", unit_id AS "unitId", pilot_id AS "pilotId", status
         FROM check_in WHERE program_id = ANY ($1::uuid[]) AND week_start >= $2::date
        ORDER BY program_id, unit_id, week_start DESC`,
      [programIds, since],
    );
  }

  /** Check-ins of the programs by program, week and status, from the week of `since`. */
  async checkInMix(programIds: readonly string[], since: string): Promise<{ programId: string; weekStart: string; status: RagStatus; count: number }[]> {
    return this.dataSource.query(
      `SELECT program_id AS "programId", to_char(week_start, 'YYYY-MM-DD') AS "weekStart", status, count(*)::int AS count
         FROM check_in WHERE program_id = ANY ($1::uuid[]) AND week_start >= $2::date GROUP BY program_id, week_start, status`,
      [programIds, since],
    );
  }

  /** The stage moves of the programs' wave units, oldest first, each on its UTC day (as the roll-out tab reads them). */
  async stageMoves(programIds: readonly string[]): Promise<{ programId: string; waveUnitId: string; to: WaveUnitStage; on: string }[]> {
    return this.dataSource.query(
      `SELECT program_id AS "programId", wave_unit_id AS "waveUnitId", to_stage AS "to", to_char(moved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "on"
         FROM wave_unit_move WHERE program_id = ANY ($1::uuid[]) ORDER BY moved_at, id`,
      [programIds],
    );
  }
}
