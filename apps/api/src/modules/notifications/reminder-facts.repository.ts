import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GATE_SOON_DAYS, STALE_AFTER_DAYS, WAVE_READINESS_DAYS } from '@rollout/domain';
import { DataSource } from 'typeorm';
import type { ForumEntity } from '../governance/forum.entity.js';
import type { MeetingEntity } from '../governance/meeting.entity.js';

/** Who a program-level reminder goes to: its owner and leads (and, for gates, its pilot's steering committee). */
export interface ProgramRow {
  programId: string;
  orgId: string;
  leadIds: string[];
}

// Partners who report on a unit: assigned to it or to a unit above it.
const PARTNERS_OF_UNITS = `
  WITH RECURSIVE covered(user_id, unit_id) AS (
    SELECT uu.user_id, uu.unit_id FROM user_unit uu JOIN app_user u ON u.id = uu.user_id AND u.active AND u.role = 'regional_partner'
    UNION
    SELECT covered.user_id, child.id FROM unit child JOIN covered ON child.parent_id = covered.unit_id
  )`;

/** The SQL the reminder check reads, across organizations, in a handful of statements. */
@Injectable()
export class ReminderFactsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Programs not archived, with their owner and leads. */
  async programs(): Promise<ProgramRow[]> {
    return this.dataSource.query(
      `SELECT p.id AS "programId", p.org_id AS "orgId", array_remove(array_agg(DISTINCT m.user_id) || p.owner_id, NULL) AS "leadIds"
         FROM program p LEFT JOIN program_member m ON m.program_id = p.id AND m.role = 'lead'
        WHERE p.archived_at IS NULL GROUP BY p.id`,
    );
  }

  /** Units of running pilots without a check-in for more than the stale days (counted from the pilot's start when none), with who reports on them. */
  async staleUnits(today: string): Promise<{ programId: string; pilotId: string; pilotName: string; unitId: string; unitName: string; lastCheckInOn: string | null; partnerIds: string[] }[]> {
    return this.dataSource.query(
      `${PARTNERS_OF_UNITS},
       units AS (
         SELECT p.program_id, p.id AS pilot_id, p.name AS pilot_name, p.start_date, unnest(p.unit_ids) AS unit_id
           FROM pilot p JOIN program pr ON pr.id = p.program_id AND pr.archived_at IS NULL WHERE p.status = 'running'
       )
       SELECT units.program_id AS "programId", units.pilot_id AS "pilotId", units.pilot_name AS "pilotName", units.unit_id AS "unitId", un.name AS "unitName",
              last.submitted_on::text AS "lastCheckInOn", COALESCE(array_agg(DISTINCT covered.user_id) FILTER (WHERE covered.user_id IS NOT NULL), '{}') AS "partnerIds"
         FROM units JOIN unit un ON un.id = units.unit_id
         LEFT JOIN LATERAL (SELECT max(c.submitted_on) AS submitted_on FROM check_in c WHERE c.pilot_id = units.pilot_id AND c.unit_id = units.unit_id) last ON true
         LEFT JOIN covered ON covered.unit_id = units.unit_id
        WHERE COALESCE(last.submitted_on, units.start_date) < $1::date - $2::int
        GROUP BY units.program_id, units.pilot_id, units.pilot_name, units.unit_id, un.name, last.submitted_on`,
      [today, STALE_AFTER_DAYS],
    );
  }

  async overdueActions(today: string): Promise<{ id: string; programId: string; meetingId: string; title: string; dueOn: string; ownerId: string; ownerName: string }[]> {
    return this.dataSource.query(
      `SELECT a.id, a.program_id AS "programId", a.meeting_id AS "meetingId", a.title, a.due_on::text AS "dueOn", a.owner_id AS "ownerId", u.name AS "ownerName"
         FROM action_item a JOIN app_user u ON u.id = a.owner_id JOIN program p ON p.id = a.program_id AND p.archived_at IS NULL
        WHERE a.status = 'open' AND a.due_on < $1::date`,
      [today],
    );
  }

  /** Running pilots whose last day is within the gate-soon days, with their steering committee. */
  async gatesSoon(today: string): Promise<{ id: string; programId: string; name: string; endDate: string; steeringIds: string[] }[]> {
    return this.dataSource.query(
      `SELECT p.id, p.program_id AS "programId", p.name, p.end_date::text AS "endDate", p.steering_member_ids AS "steeringIds"
         FROM pilot p JOIN program pr ON pr.id = p.program_id AND pr.archived_at IS NULL
        WHERE p.status = 'running' AND p.end_date BETWEEN $1::date AND $1::date + $2::int`,
      [today, GATE_SOON_DAYS],
    );
  }

  /** Units not yet ready in waves that start within the readiness days, with who reports on them. */
  async unreadyWaveUnits(today: string): Promise<{ waveUnitId: string; programId: string; unitName: string; waveName: string; plannedStart: string; partnerIds: string[] }[]> {
    return this.dataSource.query(
      `${PARTNERS_OF_UNITS}
       SELECT wu.id AS "waveUnitId", wu.program_id AS "programId", un.name AS "unitName", w.name AS "waveName", w.planned_start::text AS "plannedStart",
              COALESCE(array_agg(DISTINCT covered.user_id) FILTER (WHERE covered.user_id IS NOT NULL), '{}') AS "partnerIds"
         FROM wave_unit wu JOIN rollout_wave w ON w.id = wu.wave_id JOIN unit un ON un.id = wu.unit_id JOIN program p ON p.id = wu.program_id AND p.archived_at IS NULL
         LEFT JOIN covered ON covered.unit_id = wu.unit_id
        WHERE wu.stage IN ('not_started', 'preparing') AND w.planned_start BETWEEN $1::date AND $1::date + $2::int
        GROUP BY wu.id, un.name, w.name, w.planned_start`,
      [today, WAVE_READINESS_DAYS],
    );
  }

  /** Forums of programs not archived, with their meeting rows (cancellations and moves), for meetings coming up. */
  async forumsWithMeetings(): Promise<{ forums: ForumEntity[]; meetings: MeetingEntity[] }> {
    const forums = await this.dataSource.query<ForumEntity[]>(
      `SELECT f.id, f.org_id AS "orgId", f.program_id AS "programId", f.name, f.cadence, f.weekday, f.week_of_month AS "weekOfMonth", f.starts_on::text AS "startsOn",
              f.start_time AS "startTime", f.time_zone AS "timeZone", f.duration_minutes AS "durationMinutes", f.attendee_ids AS "attendeeIds", f.version
         FROM forum f JOIN program p ON p.id = f.program_id AND p.archived_at IS NULL`,
    );
    const meetings = await this.dataSource.query<MeetingEntity[]>(
      `SELECT m.forum_id AS "forumId", m.occurs_on::text AS "occursOn", m.starts_at AS "startsAt", m.moved, m.cancelled_reason AS "cancelledReason"
         FROM meeting m JOIN forum f ON f.id = m.forum_id JOIN program p ON p.id = f.program_id AND p.archived_at IS NULL WHERE m.starts_at > now() - interval '40 days'`,
    );
    return { forums, meetings };
  }
}
