import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, type Actor, type Role } from '@rollout/domain';
import { DataSource, In } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { UnitEntity } from '../units/unit.entity.js';
import { toUnitModel } from '../units/unit.mapper.js';
import type { UnitModel } from '../units/unit.model.js';
import { UserUnitEntity } from './user-unit.entity.js';
import { UserEntity } from './user.entity.js';
import { toUserModel } from './user.mapper.js';
import type { UserModel } from './user.model.js';

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The actor for a session, or null when the user is gone or deactivated. */
  async findActiveActor(userId: string): Promise<Actor | null> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId, active: true });
    if (!user) return null;
    // Assigned units plus everything below them, in one round trip.
    const rows: { unit_id: string; assigned: boolean }[] = await this.dataSource.query(
      `WITH RECURSIVE scope(unit_id, assigned) AS (
         SELECT unit_id, true FROM user_unit WHERE user_id = $1
         UNION
         SELECT child.id, false FROM unit child JOIN scope ON child.parent_id = scope.unit_id
       )
       SELECT unit_id, bool_or(assigned) AS assigned FROM scope GROUP BY unit_id`,
      [userId],
    );
    return {
      id: user.id,
      orgId: user.orgId,
      role: user.role,
      unitIds: rows.filter((row) => row.assigned).map((row) => row.unit_id),
      scopeUnitIds: rows.map((row) => row.unit_id),
    };
  }

  async findActiveByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase(), active: true });
  }

  async get(actor: Actor, id: string): Promise<UserModel> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id, orgId: actor.orgId });
    if (!user) throw new NotFoundError('User', id);
    return toUserModel(user);
  }

  /** Active users (admins may include deactivated ones), optionally of one role, by name. */
  async list(actor: Actor, filter: { role?: Role | null; includeInactive?: boolean | null }): Promise<UserModel[]> {
    const includeInactive = filter.includeInactive === true && can(actor, 'user.manage');
    const users = await this.dataSource.getRepository(UserEntity).find({
      where: { orgId: actor.orgId, ...(includeInactive ? {} : { active: true }), ...(filter.role ? { role: filter.role } : {}) },
      order: { name: 'ASC' },
    });
    return users.map(toUserModel);
  }

  /** DataLoader batch: users by id, in key order (null for unknown ids). */
  async byIds(ids: readonly string[]): Promise<(UserModel | null)[]> {
    const users = await this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
    const byId = new Map(users.map((user) => [user.id, toUserModel(user)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** DataLoader batch: units assigned to each user, in key order. */
  async unitsByUserIds(userIds: readonly string[]): Promise<UnitModel[][]> {
    const rows = await this.dataSource
      .getRepository(UserUnitEntity)
      .createQueryBuilder('assignment')
      .innerJoinAndMapOne('assignment.unit', UnitEntity, 'unit', 'unit.id = assignment.unit_id')
      .where('assignment.user_id IN (:...userIds)', { userIds: [...userIds] })
      .orderBy('unit.name')
      .getMany();
    return userIds.map((userId) => rows.filter((row) => row.userId === userId).map((row) => toUnitModel(row.unit)));
  }
}
