import { GATE_DECISION_LABELS, type GateDecision } from '../pilots/pilot.types.js';
import { OPERATING_MODEL_LABELS, type OperatingModel } from './program.types.js';

/**
 * Kinds of decision in a program's decision log. Each kind keeps its own record (a gate decision
 * on a pilot, a recorded operating-model choice, a forum's decision); the log reads them together.
 */
export const DECISION_KINDS = ['gate_decision', 'model_choice', 'design_sign_off', 'forum_decision'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  gate_decision: 'Pilot gate decision',
  model_choice: 'Operating model choice',
  design_sign_off: 'Design sign-off',
  forum_decision: 'Forum decision',
};

/** What a decision-log entry is called: "Scale UK lead routing", "Hybrid chosen as the target model", "Target model design, version 2, signed off". */
export function decisionLogTitle(
  entry:
    | { kind: 'gate_decision'; decision: GateDecision; pilotName: string }
    | { kind: 'model_choice'; model: OperatingModel }
    | { kind: 'design_sign_off'; version: number }
    | { kind: 'forum_decision'; title: string },
): string {
  switch (entry.kind) {
    case 'gate_decision':
      return `${GATE_DECISION_LABELS[entry.decision]}: ${entry.pilotName}`;
    case 'model_choice':
      return `${OPERATING_MODEL_LABELS[entry.model]} chosen as the target model`;
    case 'design_sign_off':
      return `Target model design, version ${entry.version}, signed off`;
    case 'forum_decision':
      return entry.title;
  }
}
