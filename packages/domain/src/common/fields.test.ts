import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { hiddenCharacterProblem, nameText } from './fields.js';
import { parseInput } from './parse-input.js';

describe('names', () => {
  const schema = nameText('Name', 1, 120);
  const fieldErrorOf = (value: string) => {
    try {
      parseInput(schema, value);
      return null;
    } catch (error) {
      return error instanceof DomainError ? error.fieldErrors[0]?.message : String(error);
    }
  };

  it('refuses lone surrogates and bidi controls, keeps emoji and right-to-left scripts', () => {
    expect(fieldErrorOf('EMEA \uD83D')).toBe('Remove the broken character (half of an emoji or symbol).');
    expect(fieldErrorOf('\uDE00 EMEA')).toBe('Remove the broken character (half of an emoji or symbol).');
    expect(fieldErrorOf('invoice\u202Eslx.exe')).toBe('Remove the invisible character that reverses the text direction (U+202A–U+202E, U+2066–U+2069).');
    expect(fieldErrorOf('Team \u2067A\u2069')).toMatch(/reverses the text direction/);
    expect(fieldErrorOf('EMEA 🚀')).toBeNull();
    expect(fieldErrorOf('فريق الخليج')).toBeNull();
    expect(hiddenCharacterProblem('plain.csv')).toBeNull();
  });
});
