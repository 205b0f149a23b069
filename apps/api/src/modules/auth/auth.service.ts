import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '@rollout/domain';
import type { AppRequest } from '../../common/auth/request-from.js';
import { AppError, UnauthenticatedError } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { logger } from '../../common/logging/logger.js';
import { toUserModel } from '../users/user.mapper.js';
import type { UserModel } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { SignInLimiter } from './sign-in-limiter.js';
import { LiveEvents } from '../../common/live/live-events.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const signInSchema = z.object({
  email: z.string().trim().max(254, 'Email can have at most 254 characters.'),
  password: z.string().max(200, 'Password can have at most 200 characters.'),
});

const GENERIC_FAILURE = 'Email or password is incorrect.';

@Injectable()
export class AuthService implements OnModuleInit {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private dummyHash = '';

  constructor(
    private readonly users: UsersService,
    private readonly limiter: SignInLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly live: LiveEvents,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    this.dummyHash = await hashPassword('not-a-real-password');
  }

  /** Checks the password and starts a fresh session (new id: no session fixation). */
  async signIn(req: AppRequest, input: { email: string; password: string }): Promise<UserModel> {
    // express-session silently drops a Secure cookie on a plain-HTTP request: the sign-in would
    // "succeed" and the next request would be signed out. Say what is wrong instead.
    if (this.config.cookieSecure && !req.secure) {
      throw new AppError(
        'TLS_REQUIRED',
        'Signing in needs HTTPS: the session cookie is sent only over TLS. Serve Rollout over HTTPS, or set TRUST_PROXY to the proxies that terminate TLS in front of it (they must send X-Forwarded-Proto: https).',
      );
    }
    const { email, password } = parseInput(signInSchema, input);
    await this.limiter.hit(email.toLowerCase(), req.ip ?? 'unknown');
    const user = await this.users.findActiveByEmail(email);
    const valid = await verifyPassword(user?.passwordHash ?? this.dummyHash, password);
    if (!user || !valid) {
      logger.warn({ email: email.toLowerCase(), ip: req.ip }, 'failed sign-in');
      throw new UnauthenticatedError(GENERIC_FAILURE);
    }
    await this.limiter.reset(email.toLowerCase());
    await new Promise<void>((resolve, reject) => req.session.regenerate((error) => (error ? reject(error as Error) : resolve())));
    req.session.userId = user.id;
    await new Promise<void>((resolve, reject) => req.session.save((error) => (error ? reject(error as Error) : resolve())));
    return toUserModel(user);
  }

  /** Ends the session server-side; the cookie becomes useless at once. */
  async signOut(req: AppRequest): Promise<boolean> {
    // Its open sockets close too, on whichever process holds them.
    await this.live.publish(this.dataSource.manager, { type: 'session_ended', sessionId: req.sessionID });
    await new Promise<void>((resolve, reject) => req.session.destroy((error) => (error ? reject(error as Error) : resolve())));
    return true;
  }
}
