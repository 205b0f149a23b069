import { password } from '@rollout/domain';
import { describe, expect, it } from 'vitest';
import { generatePassphrase, PASSPHRASE_WORDS } from './passphrase';

describe('generatePassphrase', () => {
  it('gives words and a number that pass the shared password rule', () => {
    const value = generatePassphrase();
    expect(value).toMatch(new RegExp(`^([a-z]+-){${PASSPHRASE_WORDS}}\\d{2}$`));
    expect(password.safeParse(value).success).toBe(true);
  });

  it('differs between calls', () => {
    const values = new Set(Array.from({ length: 50 }, () => generatePassphrase()));
    expect(values.size).toBe(50);
  });
});
