import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors.js';
import { checkPasswordStrength, passwordStrength } from './password-strength.js';

const owner = { email: 'dana.fischer@northwind.example', name: 'Dana Fischer' };

describe('password strength', () => {
  it('refuses the weak passwords probing got through: spaces, repeats, common ones, digit runs', () => {
    for (const password of ['            ', 'aaaaaaaaaaaa', 'password1234', '123456789012', 'qwertyuiop12']) {
      const strength = passwordStrength(password, owner);
      expect(strength.score, password).toBeLessThan(3);
      expect(strength.problem, password).toMatch(/^This password is too easy to guess\./);
    }
  });

  it('refuses the user’s own email or name, whatever the case, and says so', () => {
    for (const password of ['dana.fischer@northwind.example', 'Dana.Fischer@Northwind.example!', 'correct-horse-FISCHER-battery']) {
      expect(passwordStrength(password, owner)).toMatchObject({ score: 0, problem: 'Do not use your email address or name in your password.' });
    }
  });

  it('accepts a long passphrase of uncommon words and labels its strength', () => {
    expect(passwordStrength('violet tractor sings 41 hymns', owner)).toEqual({ score: 4, label: 'Very strong', problem: null });
  });

  it('throws BAD_USER_INPUT on the named field with the reason', () => {
    try {
      checkPasswordStrength('password1234', owner, 'password');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const [fieldError] = (error as DomainError).fieldErrors;
      expect(fieldError?.field).toBe('password');
      expect(fieldError?.message).toMatch(/too easy to guess/);
    }
    expect(() => checkPasswordStrength('violet tractor sings 41 hymns', owner)).not.toThrow();
  });
});
