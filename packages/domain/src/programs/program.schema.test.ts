import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors.js';
import { parseInput } from '../common/parse-input.js';
import { createProgramSchema, programListSchema } from './program.schema.js';

const valid = {
  name: '  Global hub-and-spoke  ',
  targetModel: 'hub_and_spoke',
  sponsor: 'CRO',
  ownerId: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  startDate: '2026-01-05',
  targetDate: '2026-01-05',
};

function fieldsOf(input: unknown): Record<string, string> {
  try {
    parseInput(createProgramSchema, input);
  } catch (error) {
    if (error instanceof DomainError) return Object.fromEntries(error.fieldErrors.map((e) => [e.field, e.message]));
  }
  return {};
}

describe('program input', () => {
  it('trims text, defaults objective and status, and accepts a same-day target', () => {
    expect(parseInput(createProgramSchema, valid)).toEqual({ ...valid, name: 'Global hub-and-spoke', objective: '', status: 'on_track' });
  });

  it('treats GraphQL nulls as omitted', () => {
    expect(parseInput(createProgramSchema, { ...valid, objective: null, status: null }).status).toBe('on_track');
  });

  it('reports each invalid field with a human message', () => {
    expect(fieldsOf({ ...valid, name: 'ab', targetModel: 'matrix', ownerId: 'x', startDate: '2026-02-30', sponsor: 'x'.repeat(121) })).toEqual({
      name: 'Name needs at least 3 characters.',
      targetModel: 'Pick an operating model.',
      ownerId: 'Pick an owner.',
      startDate: 'This date does not exist.',
      sponsor: 'Sponsor can have at most 120 characters.',
    });
  });

  it('puts a target date before the start date on the target date field', () => {
    expect(fieldsOf({ ...valid, targetDate: '2025-12-31' })).toEqual({ targetDate: 'The target date must be on or after the start date.' });
  });

  it('caps the page size at 100 and defaults to newest first', () => {
    expect(parseInput(programListSchema, {})).toMatchObject({ first: 25, sortBy: 'updated_at', sortDirection: 'desc', includeArchived: false });
    expect(() => parseInput(programListSchema, { first: 101 })).toThrow(DomainError);
  });
});

describe('hostile input', () => {
  it('refuses NUL characters anywhere in the input, naming the field', () => {
    expect(() => parseInput(createProgramSchema, { ...valid, sponsor: 'CRO\u0000' })).toThrow(DomainError);
    try {
      parseInput(programListSchema, { search: 'a\u0000b' });
    } catch (error) {
      expect(error instanceof DomainError && error.fieldErrors).toEqual([{ field: 'search', message: 'Remove the invisible control character (NUL).' }]);
    }
  });
});
