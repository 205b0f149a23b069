import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';
import { DomainError } from '../common/errors.js';

// Password strength: zxcvbn's estimate of how many guesses an attacker needs, against common
// passwords, English words, names, keyboard patterns, dates and repeats, plus the user's own email
// and name. A separate entry point (`@rollout/domain/passwords`): its dictionaries are about 2 MB,
// so the web loads it only where a password is typed.

/** zxcvbn scores 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

export const PASSWORD_SCORE_LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

/** Whose password it is: their email and name make it weak and are refused outright. */
export interface PasswordOwner {
  email?: string | null;
  name?: string | null;
}

export interface PasswordStrength {
  /** 0 (guessed at once) to 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4;
  label: (typeof PASSWORD_SCORE_LABELS)[number];
  /** Why the password is refused, with what to do instead; null when it is accepted. */
  problem: string | null;
}

let estimator: ZxcvbnFactory | undefined;
// Built on first use: the dictionaries take a moment to rank.
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
  }));

const MIN_PERSONAL_PART = 4;

/** The owner's email, its local part, their name and each word of it (4+ characters), lower-cased. */
function personalParts(owner: PasswordOwner): string[] {
  const email = owner.email?.trim().toLowerCase() ?? '';
  const name = owner.name?.trim().toLowerCase() ?? '';
  const parts = [email, email.split('@')[0] ?? '', name, name.replace(/\s+/g, ''), ...name.split(/[\s.,'-]+/)];
  return [...new Set(parts)].filter((part) => part.length >= MIN_PERSONAL_PART);
}

function weakness(result: ZxcvbnResult): string {
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter((text): text is string => Boolean(text));
  return ['This password is too easy to guess.', ...advice].join(' ');
}

/** How strong `password` is for `owner`, and why it is refused when it is (score below 3, or their email or name in it). */
export function passwordStrength(password: string, owner: PasswordOwner = {}): PasswordStrength {
  const personal = personalParts(owner);
  const result = zxcvbn().check(password, personal);
  const lower = password.toLowerCase();
  const score = result.score;
  const containsPersonal = personal.some((part) => lower.includes(part));
  const problem = containsPersonal
    ? 'Do not use your email address or name in your password.'
    : score < MIN_PASSWORD_SCORE
      ? weakness(result)
      : null;
  return { score: containsPersonal ? 0 : score, label: PASSWORD_SCORE_LABELS[containsPersonal ? 0 : score], problem };
}

/** Throws BAD_USER_INPUT on `field` saying why, when `passwordStrength` refuses the password. */
export function checkPasswordStrength(password: string, owner: PasswordOwner, field = 'newPassword'): void {
  const { problem } = passwordStrength(password, owner);
  if (problem) throw new DomainError('BAD_USER_INPUT', problem, [{ field, message: problem }]);
}
