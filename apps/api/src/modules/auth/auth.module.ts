import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';

/** Signing in and out. */
@Module({ imports: [UsersModule], providers: [AuthService, AuthResolver] })
export class AuthModule {
  static readonly entities = [];
}
