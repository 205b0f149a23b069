import { DataSource } from 'typeorm';
import { Module } from '@nestjs/common';
import { ACTOR_SOURCE } from '../../common/auth/actor-source.js';
import { SignInLimiter } from '../auth/sign-in-limiter.js';
import { OrganizationEntity } from './organization.entity.js';
import { UserAdminResolver } from './user-admin.resolver.js';
import { UserAdminService } from './user-admin.service.js';
import { UserUnitEntity } from './user-unit.entity.js';
import { UserEntity } from './user.entity.js';
import { UsersLoaders } from './users.loaders.js';
import { UsersRepository } from './users.repository.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

/** Organizations, user accounts and their unit assignments; the session guard reloads actors through it. Owns the sign-in limiter, which auth shares. */
@Module({
  providers: [
    UsersRepository,
    UsersService,
    UsersLoaders,
    UsersResolver,
    UserAdminService,
    UserAdminResolver,
    { provide: ACTOR_SOURCE, useExisting: UsersService },
    // One set of counters for sign-in and for password changes' current-password checks.
    { provide: SignInLimiter, useFactory: (dataSource: DataSource) => new SignInLimiter(dataSource), inject: [DataSource] },
  ],
  exports: [UsersService, ACTOR_SOURCE, SignInLimiter],
})
export class UsersModule {
  static readonly entities = [OrganizationEntity, UserEntity, UserUnitEntity];
}
