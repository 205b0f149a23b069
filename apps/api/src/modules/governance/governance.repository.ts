import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SubjectKind, WaveUnitStage } from '@rollout/domain';
import { Between, DataSource, In, type DeepPartial, type EntityManager } from 'typeorm';
import { ActionItemEntity } from './action-item.entity.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { ForumEntity } from './forum.entity.js';
import { MeetingDecisionEntity } from './meeting-decision.entity.js';
import { MeetingEntity } from './meeting.entity.js';

/** A subject's key in batches: `pilot:<id>`. */
export const subjectKey = (kind: SubjectKind, id: string) => `${kind}:${id}`;

// Where each kind of subject lives and how it belongs to a program (units through program_unit).
const SUBJECT_SQL: Record<SubjectKind, string> = {
  pilot: `SELECT 'pilot' AS kind, id, name, program_id FROM pilot`,
  wave: `SELECT 'wave', id, name, program_id FROM rollout_wave`,
  capability: `SELECT 'capability', id, name, program_id FROM capability`,
  unit: `SELECT 'unit', u.id, u.name, pu.program_id FROM unit u JOIN program_unit pu ON pu.unit_id = u.id`,
  request: `SELECT 'request', id, 'REQ-' || number || ' ' || problem, program_id FROM revops_request`,
};

/** The governance feature's SQL: forums, meetings, their decisions and action items, calendar feeds. */
@Injectable()
export class GovernanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private em(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  async forumsOfPrograms(programIds: readonly string[]): Promise<ForumEntity[]> {
    return this.dataSource.manager.find(ForumEntity, { where: { programId: In([...programIds]) }, order: { name: 'ASC' } });
  }

  async forumsAttendedBy(userId: string, orgId: string): Promise<ForumEntity[]> {
    return this.dataSource.manager.createQueryBuilder(ForumEntity, 'f').where('f.org_id = :orgId AND :userId = ANY(f.attendee_ids)', { orgId, userId }).getMany();
  }

  async findForum(orgId: string, id: string, em?: EntityManager): Promise<ForumEntity | null> {
    return this.em(em).findOneBy(ForumEntity, { id, orgId });
  }

  async insertForums(em: EntityManager, values: DeepPartial<ForumEntity>[]): Promise<ForumEntity[]> {
    return em.save(ForumEntity, values.map((value) => em.create(ForumEntity, value)));
  }

  /**
   * The meeting rows of these forums whose scheduled day is from `from` to `to` (both `YYYY-MM-DD`),
   * for the calendar and the schedule's exceptions: a forum's history of meetings grows every week,
   * a calendar reads only its weeks.
   */
  async meetingsOfForums(forumIds: readonly string[], days: { from: string; to: string }, em?: EntityManager): Promise<MeetingEntity[]> {
    if (forumIds.length === 0) return [];
    return this.em(em).find(MeetingEntity, { where: { forumId: In([...forumIds]), occursOn: Between(days.from, days.to) } });
  }

  async findMeeting(orgId: string, id: string, em?: EntityManager): Promise<MeetingEntity | null> {
    return this.em(em).findOneBy(MeetingEntity, { id, orgId });
  }

  async findOccurrence(em: EntityManager, forumId: string, occursOn: string): Promise<MeetingEntity | null> {
    return em.findOneBy(MeetingEntity, { forumId, occursOn });
  }

  async insertMeeting(em: EntityManager, values: DeepPartial<MeetingEntity>): Promise<MeetingEntity> {
    return em.save(MeetingEntity, em.create(MeetingEntity, values));
  }

  /** Meetings of the forum that have minutes (started, or with decisions or action items): they keep the forum. */
  async meetingsWithMinutes(em: EntityManager, forumId: string): Promise<number> {
    const [row] = await em.query<{ n: string }[]>(`SELECT count(*) AS n FROM meeting WHERE forum_id = $1 AND started_at IS NOT NULL`, [forumId]);
    return Number(row?.n ?? 0);
  }

  /** Roll-out moves of the program's units from `since` to `until`, with names. */
  async stageChanges(programId: string, since: Date, until: Date): Promise<{ unitId: string; unitName: string; waveName: string; from: WaveUnitStage; to: WaveUnitStage; movedAt: Date }[]> {
    return this.dataSource.query(
      `SELECT wu.unit_id AS "unitId", u.name AS "unitName", w.name AS "waveName", m.from_stage AS "from", m.to_stage AS "to", m.moved_at AS "movedAt"
         FROM wave_unit_move m JOIN wave_unit wu ON wu.id = m.wave_unit_id JOIN unit u ON u.id = wu.unit_id JOIN rollout_wave w ON w.id = wu.wave_id
        WHERE m.program_id = $1 AND m.moved_at >= $2 AND m.moved_at < $3 ORDER BY m.moved_at`,
      [programId, since, until],
    );
  }

  async overdueActions(programId: string, day: string): Promise<{ actionItemId: string; title: string; ownerName: string; dueOn: string }[]> {
    return this.dataSource.query(
      `SELECT a.id AS "actionItemId", a.title, u.name AS "ownerName", a.due_on::text AS "dueOn"
         FROM action_item a JOIN app_user u ON u.id = a.owner_id WHERE a.program_id = $1 AND a.status = 'open' AND a.due_on < $2 ORDER BY a.due_on, a.title`,
      [programId, day],
    );
  }

  async decisionsOfMeetings(meetingIds: readonly string[]): Promise<MeetingDecisionEntity[]> {
    return this.dataSource.manager.find(MeetingDecisionEntity, { where: { meetingId: In([...meetingIds]) }, order: { decidedAt: 'ASC' } });
  }

  async actionItemsOfMeetings(meetingIds: readonly string[]): Promise<ActionItemEntity[]> {
    return this.dataSource.manager.find(ActionItemEntity, { where: { meetingId: In([...meetingIds]) }, order: { createdAt: 'ASC' } });
  }

  async insertDecision(em: EntityManager, values: DeepPartial<MeetingDecisionEntity>): Promise<MeetingDecisionEntity> {
    return em.save(MeetingDecisionEntity, em.create(MeetingDecisionEntity, values));
  }

  async insertActionItem(em: EntityManager, values: DeepPartial<ActionItemEntity>): Promise<ActionItemEntity> {
    return em.save(ActionItemEntity, em.create(ActionItemEntity, values));
  }

  async findActionItem(orgId: string, id: string, em?: EntityManager): Promise<ActionItemEntity | null> {
    return this.em(em).findOneBy(ActionItemEntity, { id, orgId });
  }

  /** A program's action items by due day (open ones first), at most `limit`. */
  async actionItemsOfProgram(programId: string, openOnly: boolean, limit: number): Promise<ActionItemEntity[]> {
    const query = this.dataSource.manager.createQueryBuilder(ActionItemEntity, 'a').where('a.program_id = :programId', { programId });
    if (openOnly) query.andWhere(`a.status = 'open'`);
    return query.orderBy(`a.status = 'open'`, 'DESC').addOrderBy('a.due_on', 'ASC').addOrderBy('a.title', 'ASC').limit(limit).getMany();
  }

  /** A user's open action items in programs not archived, by due day. */
  async openActionItemsOwnedBy(orgId: string, userId: string, limit: number): Promise<ActionItemEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(ActionItemEntity, 'a')
      .innerJoin('program', 'p', 'p.id = a.program_id AND p.archived_at IS NULL')
      .where(`a.org_id = :orgId AND a.owner_id = :userId AND a.status = 'open'`, { orgId, userId })
      .orderBy('a.due_on', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Names of subjects, one statement for any mix of kinds. */
  async subjectNames(keys: readonly { kind: SubjectKind; id: string }[]): Promise<Map<string, string>> {
    const kinds = [...new Set(keys.map((key) => key.kind))];
    if (kinds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ kind: SubjectKind; id: string; name: string }[]>(
      `SELECT DISTINCT kind, id, name FROM (${kinds.map((kind) => SUBJECT_SQL[kind]).join(' UNION ALL ')}) s WHERE id = ANY($1::uuid[])`,
      [keys.map((key) => key.id)],
    );
    return new Map(rows.map((row) => [subjectKey(row.kind, row.id), row.name]));
  }

  /** True when the subject is one of the program's. */
  async subjectBelongs(em: EntityManager, programId: string, kind: SubjectKind, id: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(`SELECT 1 FROM (${SUBJECT_SQL[kind]}) s WHERE id = $1 AND program_id = $2`, [id, programId]);
    return rows.length > 0;
  }

  async saveFeed(em: EntityManager, values: DeepPartial<CalendarFeedEntity>): Promise<CalendarFeedEntity> {
    await em.delete(CalendarFeedEntity, { userId: values.userId });
    return em.save(CalendarFeedEntity, em.create(CalendarFeedEntity, values));
  }

  async feedOf(userId: string): Promise<CalendarFeedEntity | null> {
    return this.dataSource.manager.findOneBy(CalendarFeedEntity, { userId });
  }

  async feedByTokenHash(tokenHash: Buffer): Promise<CalendarFeedEntity | null> {
    return this.dataSource.manager.findOneBy(CalendarFeedEntity, { tokenHash });
  }

  async deleteFeed(em: EntityManager, userId: string): Promise<boolean> {
    return ((await em.delete(CalendarFeedEntity, { userId })).affected ?? 0) > 0;
  }
}
