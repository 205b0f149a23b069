import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { UnitEntity } from '../units/unit.entity.js';
import { UserUnitEntity } from './user-unit.entity.js';
import { UserEntity } from './user.entity.js';

/** The users feature's SQL: accounts, unit assignments and sessions. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findActive(userId: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id: userId, active: true });
  }

  /** A user's assigned units plus everything below them, in one round trip; `assigned` marks the former. */
  async unitScope(userId: string): Promise<{ unitId: string; assigned: boolean }[]> {
    return this.dataSource.query(
      `WITH RECURSIVE scope(unit_id, assigned) AS (
         SELECT unit_id, true FROM user_unit WHERE user_id = $1
         UNION
         SELECT child.id, false FROM unit child JOIN scope ON child.parent_id = scope.unit_id
       )
       SELECT unit_id AS "unitId", bool_or(assigned) AS assigned FROM scope GROUP BY unit_id`,
      [userId],
    );
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
