/** The six phases of a RevOps transformation program, in order. */
export const PROGRAM_PHASES = ['assess', 'align', 'design', 'pilot', 'scale', 'govern'] as const;
export type ProgramPhase = (typeof PROGRAM_PHASES)[number];

export const PROGRAM_PHASE_LABELS: Record<ProgramPhase, string> = {
  assess: 'Assess',
  align: 'Align',
  design: 'Design',
  pilot: 'Pilot',
  scale: 'Scale',
  govern: 'Govern',
};

export const PROGRAM_PHASE_DESCRIPTIONS: Record<ProgramPhase, string> = {
  assess: 'Map today: where RevOps work happens, duplication, gaps, tools, data quality, baseline KPIs.',
  align: 'Agree design principles and their weights with GTM and finance leaders.',
  design: 'Choose the target model: central vs embedded capabilities, decision rights, roles.',
  pilot: 'Run the model in one unit for about four weeks with success metrics, then decide.',
  scale: 'Roll out to the remaining units in waves with enablement and readiness checks.',
  govern: 'Keep the operating rhythm: roadmap alignment, metrics review, improvement.',
};

/** Target RevOps operating models; `undecided` until the Design phase picks one. */
export const OPERATING_MODELS = ['centralized', 'hub_and_spoke', 'hybrid', 'pod', 'decentralized', 'undecided'] as const;
export type OperatingModel = (typeof OPERATING_MODELS)[number];

export const OPERATING_MODEL_LABELS: Record<OperatingModel, string> = {
  centralized: 'Centralized',
  hub_and_spoke: 'Hub-and-spoke',
  hybrid: 'Hybrid',
  pod: 'Pod',
  decentralized: 'Decentralized',
  undecided: 'Not yet chosen',
};

/** Overall health of a program as its manager reports it. */
export const PROGRAM_STATUSES = ['on_track', 'at_risk', 'off_track', 'on_hold', 'completed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

export const PROGRAM_STATUS_LABELS: Record<ProgramStatus, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  on_hold: 'On hold',
  completed: 'Completed',
};

/** A transformation program. Dates are `YYYY-MM-DD`. */
export interface Program {
  id: string;
  name: string;
  objective: string;
  targetModel: OperatingModel;
  sponsor: string;
  ownerId: string;
  startDate: string;
  targetDate: string;
  phase: ProgramPhase;
  status: ProgramStatus;
  archived: boolean;
  version: number;
}

/** One recorded phase change; the first entry of a program has no `fromPhase`. */
export interface PhaseChange {
  fromPhase: ProgramPhase | null;
  toPhase: ProgramPhase;
  reason: string | null;
  changedById: string;
  changedAt: string;
}
