import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttentionFacts } from '@rollout/domain';
import { DataSource } from 'typeorm';

/** The portfolio's SQL: what needs attention across the organization's active programs, one statement per kind (the backlog's breaches are the backlog repository's). */
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

  async attentionFacts(orgId: string, today: string): Promise<Omit<AttentionFacts, 'breachedRequests'>> {
    const [pilots, blockedUnits, overdueActions] = await Promise.all([
      this.dataSource.query<AttentionFacts['pilots'][number][]>(
        `SELECT pl.id, pl.program_id AS "programId", p.name AS "programName", pl.name, pl.status::text AS status, pl.end_date::text AS "endDate"
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
}
