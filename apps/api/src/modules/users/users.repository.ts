import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@rollout/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { UnitEntity } from '../units/unit.entity.js';
import { UserUnitEntity } from './user-unit.entity.js';
import { UserEntity } from './user.entity.js';

/** The users feature's SQL: accounts, unit assignments and sessions. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * An active user as an actor: role, assigned units, and those plus everything below them, in one
   * statement (the session guard reads it for every request); null when the user is gone or deactivated.
   */
  async activeActor(userId: string): Promise<Actor | null> {
    const [row] = await this.dataSource.query<Actor[]>(
      `WITH RECURSIVE scope(unit_id, assigned) AS (
         SELECT unit_id, true FROM user_unit WHERE user_id = $1
         UNION
         SELECT child.id, false FROM unit child JOIN scope ON child.parent_id = scope.unit_id
       ), units AS (SELECT unit_id, bool_or(assigned) AS assigned FROM scope GROUP BY unit_id)
       SELECT u.id, u.org_id AS "orgId", u.role,
              ARRAY(SELECT unit_id FROM units WHERE assigned) AS "unitIds", ARRAY(SELECT unit_id FROM units) AS "scopeUnitIds"
         FROM app_user u WHERE u.id = $1 AND u.active`,
      [userId],
    );
    return row ?? null;
  }

  async byIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  /** Units assigned to the users, by unit name. */
  async assignedUnits(userIds: readonly string[]): Promise<UserUnitEntity[]> {
    return this.dataSource
      .getRepository(UserUnitEntity)
      .createQueryBuilder('assignment')
      .innerJoinAndMapOne('assignment.unit', UnitEntity, 'unit', 'unit.id = assignment.unit_id')
      .where('assignment.user_id IN (:...userIds)', { userIds: [...userIds] })
      .orderBy('unit.name')
      .getMany();
  }

  /** Ends every session of a user at once (deactivation, password reset), but the one named. */
  async endSessions(em: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await em.query(`DELETE FROM "session" WHERE sess ->> 'userId' = $1 AND sid <> $2`, [userId, exceptSessionId ?? '']);
  }
}
