import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors/app-error.js';
import { SignInLimiter } from './sign-in-limiter.js';

function rateLimited(run: () => void): Record<string, unknown> | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, ...error.extensions };
  }
  return undefined;
}

describe('sign-in limiter', () => {
  it('limits attempts per account and says when to retry, then forgets after the window', () => {
    let now = 1_000_000;
    const limiter = new SignInLimiter({ perAccount: 3, perIp: 100, windowMs: 60_000 }, () => now);
    for (let i = 0; i < 3; i += 1) expect(rateLimited(() => limiter.hit('a@x', '1.1.1.1'))).toBeUndefined();
    now += 15_000;
    expect(rateLimited(() => limiter.hit('a@x', '2.2.2.2'))).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 45 });
    expect(rateLimited(() => limiter.hit('b@x', '1.1.1.1'))).toBeUndefined();
    now += 45_001;
    expect(rateLimited(() => limiter.hit('a@x', '1.1.1.1'))).toBeUndefined();
  });

  it('limits attempts per IP across accounts', () => {
    const limiter = new SignInLimiter({ perAccount: 100, perIp: 2, windowMs: 60_000 }, () => 0);
    limiter.hit('a@x', '9.9.9.9');
    limiter.hit('b@x', '9.9.9.9');
    expect(rateLimited(() => limiter.hit('c@x', '9.9.9.9'))).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('clears an account’s counter after a successful sign-in', () => {
    const limiter = new SignInLimiter({ perAccount: 1, perIp: 100, windowMs: 60_000 }, () => 0);
    limiter.hit('a@x', '1.1.1.1');
    limiter.reset('a@x');
    expect(rateLimited(() => limiter.hit('a@x', '1.1.1.1'))).toBeUndefined();
  });
});
