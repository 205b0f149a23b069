import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, type Actor, type Role } from '@rollout/domain';
import { DataSource } from 'typeorm';
import type { ActorSource } from '../../common/auth/actor-source.js';
import { NotFoundError } from '../../common/errors/app-error.js';
import { UserEntity } from './user.entity.js';
import { toUserModel } from './user.mapper.js';
import type { UserModel } from './user.model.js';
import { UsersRepository } from './users.repository.js';

@Injectable()
export class UsersService implements ActorSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
  ) {}

  /** The actor for a session, or null when the user is gone or deactivated. */
  async findActiveActor(userId: string): Promise<Actor | null> {
    return this.users.activeActor(userId);
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
}
