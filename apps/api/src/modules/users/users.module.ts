import { Module } from '@nestjs/common';
import { UserAdminResolver } from './user-admin.resolver.js';
import { UserAdminService } from './user-admin.service.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({ providers: [UsersService, UsersResolver, UserAdminService, UserAdminResolver], exports: [UsersService] })
export class UsersModule {}
