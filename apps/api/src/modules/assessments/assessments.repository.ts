import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_ACTIVITIES, DEFAULT_CAPABILITIES, type WorkPerformer } from '@rollout/domain';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { ProgramEntity } from '../programs/program.entity.js';
import { namedUnitsOfProgram, type NamedUnit } from '../programs/programs.repository.js';
import { ActivityEntity } from './activity.entity.js';
import { AssessmentCellEntity } from './assessment-cell.entity.js';
import { AssessmentReminderEntity } from './assessment-reminder.entity.js';
import { CapabilityEntity } from './capability.entity.js';

/** A unit of a program's rollout as the grid shows it: a column. */
export interface GridUnitRow {
  program_id: string;
  unit_id: string;
  name: string;
  parent_id: string | null;
}

/** An activity with how many of its cells are filled. */
export interface ActivityCountRow {
  id: string;
  name: string;
  capabilityId: string;
  programId: string;
  version: number;
  filledCells: number;
}

/** One row of the grid's export: an activity for the central team (no unit) or a unit, filled or not. */
export interface GridExportRow {
  capability: string;
  activity: string;
  unit: string | null;
  performer: WorkPerformer | null;
  maturity: number | null;
  note: string | null;
}

/** The assessments feature's SQL: the catalog, the grid's cells and reminders. */
@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Gives a new program the default catalog: the four capabilities and their activities, in order. */
  async insertDefaultCatalog(em: EntityManager, orgId: string, programId: string): Promise<void> {
    const capabilities = await em.save(
      CapabilityEntity,
      DEFAULT_CAPABILITIES.map((capability, position) => em.create(CapabilityEntity, { orgId, programId, name: capability.name, position })),
    );
    const idOf = new Map(DEFAULT_CAPABILITIES.map((capability, index) => [capability.key, capabilities[index]?.id ?? '']));
    await em.insert(
      ActivityEntity,
      DEFAULT_ACTIVITIES.map((activity, position) => ({ orgId, programId, capabilityId: idOf.get(activity.capability) ?? '', name: activity.name, position })),
    );
  }

  async thresholds(programIds: readonly string[]): Promise<Pick<ProgramEntity, 'id' | 'assessmentThreshold'>[]> {
    return this.dataSource.getRepository(ProgramEntity).find({ where: { id: In([...programIds]) }, select: { id: true, assessmentThreshold: true } });
  }

  async capabilities(programIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<CapabilityEntity[]> {
    return em.getRepository(CapabilityEntity).find({ where: { programId: In([...programIds]) }, order: { position: 'ASC', name: 'ASC' } });
  }

  /** Activities by id with their filled-cell counts (for pilots and lessons that refer to them). */
  async activitiesByIds(ids: readonly string[]): Promise<ActivityCountRow[]> {
    return this.dataSource.query(
      `SELECT a.id, a.name, a.capability_id AS "capabilityId", a.program_id AS "programId", a.version,
              (SELECT count(*)::int FROM assessment_cell c WHERE c.activity_id = a.id) AS "filledCells"
         FROM activity a WHERE a.id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  async capabilitiesByIds(ids: readonly string[]): Promise<CapabilityEntity[]> {
    return this.dataSource.getRepository(CapabilityEntity).findBy({ id: In([...ids]) });
  }

  /** How many pilots and lessons are tagged with the activity: it cannot be removed while any are. */
  async countTagged(em: EntityManager, activityId: string): Promise<{ pilots: number; lessons: number }> {
    const [row] = await em.query<{ pilots: number; lessons: number }[]>(
      `SELECT (SELECT count(*)::int FROM pilot WHERE $1 = ANY(activity_ids)) AS pilots, (SELECT count(*)::int FROM lesson WHERE activity_id = $1) AS lessons`,
      [activityId],
    );
    return row ?? { pilots: 0, lessons: 0 };
  }

  async activities(programIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<ActivityEntity[]> {
    return em.getRepository(ActivityEntity).find({ where: { programId: In([...programIds]) }, order: { position: 'ASC', name: 'ASC' } });
  }

  async cells(programIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<AssessmentCellEntity[]> {
    return em.getRepository(AssessmentCellEntity).find({ where: { programId: In([...programIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The programs' rollout units with their names and parents, in the order they were added. */
  async gridUnits(programIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<GridUnitRow[]> {
    return em.query(
      `SELECT pu.program_id, u.id AS unit_id, u.name, u.parent_id FROM program_unit pu JOIN unit u ON u.id = pu.unit_id
        WHERE pu.program_id = ANY($1::uuid[]) ORDER BY pu.created_at, u.name, pu.id`,
      [[...programIds]],
    );
  }

  /**
   * Every row of the program's grid in the grid's order: each activity for the central team, then for
   * each unit of the rollout; empty cells too, so the file can be filled in and imported. `unitIds`
   * narrows to those units' rows (the central team's left out).
   */
  async exportRows(orgId: string, programId: string, unitIds: readonly string[] | null): Promise<GridExportRow[]> {
    return this.dataSource.query<GridExportRow[]>(
      `WITH cols AS (
         SELECT NULL::uuid AS unit_id, NULL::varchar AS unit, 0 AS rank, NULL::timestamptz AS added
         UNION ALL
         SELECT u.id, u.name, 1, pu.created_at FROM program_unit pu JOIN unit u ON u.id = pu.unit_id WHERE pu.program_id = $1
       )
       SELECT cap.name AS capability, a.name AS activity, cols.unit, cell.performer, cell.maturity, cell.note
         FROM activity a
         JOIN capability cap ON cap.id = a.capability_id
        CROSS JOIN cols
         LEFT JOIN assessment_cell cell
           ON cell.activity_id = a.id AND (cell.unit_id = cols.unit_id OR (cell.unit_id IS NULL AND cols.unit_id IS NULL))
        WHERE a.program_id = $1 AND a.org_id = $2 AND ($3::uuid[] IS NULL OR cols.unit_id = ANY($3::uuid[]))
        ORDER BY cap.position, cap.name, a.position, a.name, cols.rank, cols.added, cols.unit`,
      [programId, orgId, unitIds === null ? null : [...unitIds]],
    );
  }

  /** The latest reminder per program and unit. */
  async lastReminders(programIds: readonly string[]): Promise<AssessmentReminderEntity[]> {
    return this.dataSource
      .getRepository(AssessmentReminderEntity)
      .createQueryBuilder('r')
      .distinctOn(['r.program_id', 'r.unit_id'])
      .where('r.program_id IN (:...programIds)', { programIds })
      .orderBy('r.program_id')
      .addOrderBy('r.unit_id')
      .addOrderBy('r.sent_at', 'DESC')
      .getMany();
  }

  async findActivity(em: EntityManager, orgId: string, id: string): Promise<ActivityEntity | null> {
    return em.findOneBy(ActivityEntity, { id, orgId });
  }

  async findCapability(em: EntityManager, orgId: string, id: string): Promise<CapabilityEntity | null> {
    return em.findOneBy(CapabilityEntity, { id, orgId });
  }

  async isProgramUnit(em: EntityManager, programId: string, unitId: string): Promise<boolean> {
    return (await em.query<unknown[]>(`SELECT 1 FROM program_unit WHERE program_id = $1 AND unit_id = $2`, [programId, unitId])).length > 0;
  }

  async findCell(em: EntityManager, activityId: string, unitId: string | null): Promise<AssessmentCellEntity | null> {
    return em.findOneBy(AssessmentCellEntity, { activityId, unitId: unitId ?? IsNull() });
  }

  async insertCell(em: EntityManager, values: Partial<AssessmentCellEntity>): Promise<AssessmentCellEntity> {
    return em.save(em.create(AssessmentCellEntity, values));
  }

  async countCells(em: EntityManager, activityId: string): Promise<number> {
    return em.countBy(AssessmentCellEntity, { activityId });
  }

  /** Position after the last activity of the program (new activities go last in their capability). */
  async nextActivityPosition(em: EntityManager, programId: string): Promise<number> {
    const [row] = await em.query<{ next: number }[]>(`SELECT COALESCE(MAX(position) + 1, 0) AS next FROM activity WHERE program_id = $1`, [programId]);
    return Number(row?.next ?? 0);
  }

  async insertActivity(em: EntityManager, values: Partial<ActivityEntity>): Promise<ActivityEntity> {
    return em.save(em.create(ActivityEntity, values));
  }

  async deleteActivity(em: EntityManager, id: string): Promise<void> {
    await em.delete(ActivityEntity, { id });
  }

  async insertReminder(em: EntityManager, values: Partial<AssessmentReminderEntity>): Promise<AssessmentReminderEntity> {
    return em.save(em.create(AssessmentReminderEntity, values));
  }

  /** What a grid file is checked against, read inside its transaction: the catalog, the units (with codes) and the filled cells. */
  async importTargets(
    em: EntityManager,
    programId: string,
  ): Promise<{ activities: { id: string; name: string }[]; units: NamedUnit[]; cells: AssessmentCellEntity[] }> {
    const activities = await em.find(ActivityEntity, { where: { programId }, select: { id: true, name: true } });
    const units = await namedUnitsOfProgram(em, programId);
    const cells = await em.find(AssessmentCellEntity, { where: { programId } });
    return { activities, units, cells };
  }

  /** Completeness inputs of one program inside a transaction (the phase gate). */
  async gridOf(em: EntityManager, programId: string): Promise<{ activityIds: string[]; unitIds: string[]; cells: { activityId: string; unitId: string | null }[] }> {
    const activities = await em.find(ActivityEntity, { where: { programId }, select: { id: true } });
    const units = await em.query<{ unit_id: string }[]>(`SELECT unit_id FROM program_unit WHERE program_id = $1`, [programId]);
    const cells = await em.find(AssessmentCellEntity, { where: { programId }, select: { activityId: true, unitId: true } });
    return { activityIds: activities.map((activity) => activity.id), unitIds: units.map((unit) => unit.unit_id), cells };
  }
}
