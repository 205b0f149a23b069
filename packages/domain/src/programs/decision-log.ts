import { GATE_DECISION_LABELS, type GateDecision } from '../pilots/pilot.types.js';
import { OPERATING_MODEL_LABELS, type OperatingModel } from './program.types.js';

/**
 * Kinds of decision in a program's decision log. Each kind keeps its own record (a gate decision
 * on a pilot, a recorded operating-model choice); the log reads them together. Governance
 * decisions join as a further kind.
 */
export const DECISION_KINDS = ['gate_decision', 'model_choice', 'design_sign_off'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  gate_decision: 'Pilot gate decision',
  model_choice: 'Operating model choice',
  design_sign_off: 'Design sign-off',
};

/** What a decision-log entry is called: "Scale UK lead routing", "Hybrid chosen as the target model", "Target model design, version 2, signed off". */
export function decisionLogTitle(
  entry:
    | { kind: 'gate_decision'; decision: GateDecision; pilotName: string }
    | { kind: 'model_choice'; model: OperatingModel }
    | { kind: 'design_sign_off'; version: number },
): string {
  switch (entry.kind) {
    case 'gate_decision':
      return `${GATE_DECISION_LABELS[entry.decision]}: ${entry.pilotName}`;
    case 'model_choice':
      return `${OPERATING_MODEL_LABELS[entry.model]} chosen as the target model`;
    case 'design_sign_off':
      return `Target model design, version ${entry.version}, signed off`;
  }
}
