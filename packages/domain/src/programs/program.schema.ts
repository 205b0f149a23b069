import { z } from 'zod';
import { canonicalId, expectedVersion, id, localDate, nameText, text } from '../common/fields.js';
import { OPERATING_MODELS, PROGRAM_PHASES, PROGRAM_STATUSES } from './program.types.js';

const programFields = z.object({
  name: nameText('Name', 3, 120),
  objective: text('Objective', 0, 2000).default(''),
  targetModel: z.enum(OPERATING_MODELS, 'Pick an operating model.'),
  sponsor: text('Sponsor', 1, 120),
  ownerId: canonicalId('Pick an owner.'),
  startDate: localDate,
  targetDate: localDate,
  status: z.enum(PROGRAM_STATUSES, 'Pick a status.').default('on_track'),
});

type DateRange = { startDate: string; targetDate: string };
const targetAfterStart = (value: DateRange) => value.targetDate >= value.startDate;
const targetAfterStartIssue = { message: 'The target date must be on or after the start date.', path: ['targetDate'] };

/** Input to create a program; it starts in the Assess phase. */
export const createProgramSchema = programFields.refine(targetAfterStart, targetAfterStartIssue);
export type CreateProgramInput = z.input<typeof createProgramSchema>;
export type CreateProgramValues = z.output<typeof createProgramSchema>;

/** Input to edit a program's details; phase changes go through `changePhaseSchema`. */
export const updateProgramSchema = programFields
  .extend({ id, expectedVersion })
  .refine(targetAfterStart, targetAfterStartIssue);
export type UpdateProgramInput = z.input<typeof updateProgramSchema>;

/** Input to move a program to another phase. */
export const changePhaseSchema = z.object({
  programId: id,
  toPhase: z.enum(PROGRAM_PHASES, 'Pick a phase.'),
  reason: text('Reason', 0, 500).optional(),
  /** An admin's reason to move on although the phase gate is not met. */
  overrideReason: text('Reason for overriding the gate', 0, 500).optional(),
  expectedVersion,
});
export type ChangePhaseInput = z.input<typeof changePhaseSchema>;

export const PROGRAM_SORT_FIELDS = ['name', 'target_date', 'phase', 'updated_at'] as const;
export type ProgramSortField = (typeof PROGRAM_SORT_FIELDS)[number];

/** The largest page of the program list. */
export const MAX_PROGRAMS_PAGE = 100;

/** Search, filters, sort and page of the program list. */
export const programListSchema = z.object({
  search: text('Search', 0, 100).optional(),
  phases: z.array(z.enum(PROGRAM_PHASES)).max(PROGRAM_PHASES.length).optional(),
  statuses: z.array(z.enum(PROGRAM_STATUSES)).max(PROGRAM_STATUSES.length).optional(),
  models: z.array(z.enum(OPERATING_MODELS)).max(OPERATING_MODELS.length).optional(),
  includeArchived: z.boolean().default(false),
  sortBy: z.enum(PROGRAM_SORT_FIELDS).default('updated_at'),
  sortDirection: z.enum(['asc', 'desc']).default('desc'),
  first: z.number().int().min(1, 'Ask for at least one program.').max(MAX_PROGRAMS_PAGE, `Ask for at most ${MAX_PROGRAMS_PAGE} programs.`).default(25),
  after: z.string().max(500).optional(),
});
export type ProgramListInput = z.input<typeof programListSchema>;
export type ProgramListQuery = z.output<typeof programListSchema>;
